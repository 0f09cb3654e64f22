"""The run pack (车次随车单据): per run, the driver's manifest (stops in order with address, phone,
quantities and weight), the loading list (装车清单: products summed over the run), then each stop's slip
in stop order. A whole day's runs go into one PDF; ``tick(done, total)`` is called before each slip, and
raising from it cancels.

Manifest and loading list are A4 with the shared page header and footer of :mod:`crdesk.pdf.page`; their
fixed-row tables continue on further pages. The slips follow in the format the options choose.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Callable, Sequence

from reportlab.pdfgen.canvas import Canvas

from crdesk.pdf.delivery_slip import SlipDoc, SlipOptions, new_canvas
from crdesk.pdf.document import A4_PORTRAIT, MM, Document, Labels, PageSetup
from crdesk.pdf.fonts import font_name
from crdesk.pdf.page import draw_footer, draw_header
from crdesk.pdf.slip_canvas import Box, Col, draw_table, wrapped
from crdesk.pdf.slip_painter import SlipPainter

MANIFEST_ROWS = 14
LOADING_ROWS = 24


@dataclass(frozen=True)
class Stop:
    seq: str
    slip_number: str
    client: str
    address: str
    contact: str
    window: str
    quantity: str
    weight: str


@dataclass(frozen=True)
class LoadItem:
    code: str
    name: str
    specification: str
    unit: str
    quantity: str
    weight: str


@dataclass(frozen=True)
class RunPack:
    number: str
    date: str
    vehicle: str
    driver: str
    clerk: str
    times: str
    stops: Sequence[Stop]
    load: Sequence[LoadItem]
    total_quantity: str
    total_weight: str
    capacity: str
    slips: Sequence[SlipDoc]
    printed: str = ""


@dataclass(frozen=True)
class PackLabels:
    manifest: str = "配送车次出车单"
    loading: str = "装车清单"
    summary: str = "日期：{date}　车辆：{vehicle}　司机：{driver}　配送员：{clerk}　时间：{times}"
    totals: str = "共 {stops} 站　合计数量 {quantity}　总重 {weight} kg　核定载重 {capacity} kg"
    stop_columns: tuple = ("站", "送货单号", "客户", "地址", "联系人 / 电话", "时间", "数量", "重量(kg)", "签收")
    load_columns: tuple = ("产品编号", "产品名称", "规格", "单位", "数量", "重量(kg)", "装车核对")
    signatures: tuple = ("司机签字", "配送员签字", "装车核对人")
    layout: Labels = field(default_factory=Labels)


def _chunks(rows: list, size: int) -> list[list]:
    return [rows[i:i + size] for i in range(0, len(rows), size)] or [[]]


class PackPainter:
    def __init__(self, canvas: Canvas, options: SlipOptions, labels: PackLabels):
        self.c, self.o, self.labels = canvas, options, labels
        self.font = font_name()
        self.setup: PageSetup = A4_PORTRAIT
        self.slips = SlipPainter(canvas, options)

    def _page(self, pack: RunPack, title: str, page: int, pages: int) -> tuple[float, float, float]:
        """Start an A4 page with header and footer; returns (x0, x1, top of the body)."""
        c, setup = self.c, self.setup
        c.setPageSize(setup.size)
        document = Document(title=title, number=pack.number, company=self.o.company, header_note=pack.printed,
                            page=setup, labels=self.labels.layout)
        draw_header(c, document)
        draw_footer(c, document, page, pages)
        top, right, _, left = setup.margins
        x0, x1 = left, setup.size[0] - right
        body = setup.size[1] - top - setup.header_height
        summary = self.labels.summary.format(date=pack.date, vehicle=pack.vehicle, driver=pack.driver,
                                             clerk=pack.clerk, times=pack.times)
        wrapped(c, summary, self.font, 9.5, Box(x0, body - 8 * MM, x1 - x0, 8 * MM))
        return x0, x1, body - 9 * MM

    def manifest(self, pack: RunPack) -> None:
        labels = self.labels
        cols = [Col(t, w, a) for t, w, a in zip(labels.stop_columns, (0.4, 1.9, 2.0, 2.4, 2.2, 0.9, 0.6, 0.8, 0.8),
                                                ("center", "left", "left", "left", "left", "center", "right",
                                                 "right", "left"))]
        chunks = _chunks(list(pack.stops), MANIFEST_ROWS)
        for page, chunk in enumerate(chunks, start=1):
            x0, x1, top = self._page(pack, labels.manifest, page, len(chunks))
            rows = [[s.seq, s.slip_number, s.client, s.address, s.contact, s.window, s.quantity, s.weight, ""]
                    for s in chunk]
            bottom = draw_table(self.c, self.font, 8.5, cols, rows, x0, x1, top, 12 * MM)
            if page == len(chunks):
                self._totals(pack, x0, x1, bottom)
            self.c.showPage()

    def _totals(self, pack: RunPack, x0: float, x1: float, bottom: float) -> None:
        text = self.labels.totals.format(stops=len(pack.stops), quantity=pack.total_quantity,
                                         weight=pack.total_weight, capacity=pack.capacity)
        wrapped(self.c, text, self.font, 9.5, Box(x0, bottom - 9 * MM, x1 - x0, 8 * MM))
        slot, y = (x1 - x0) / 3, self.setup.margins[2] + self.setup.footer_height + 8 * MM
        self.c.setFont(self.font, 9.5)
        for k, label in enumerate(self.labels.signatures):
            x = x0 + k * slot
            self.c.drawString(x, y, label + "：")
            self.c.line(x + 22 * MM, y - 2, x + slot - 5 * MM, y - 2)

    def loading(self, pack: RunPack) -> None:
        labels = self.labels
        cols = [Col(t, w, a) for t, w, a in zip(labels.load_columns, (1.2, 3.0, 1.6, 0.7, 1.0, 1.0, 1.0),
                                                ("left", "left", "left", "center", "right", "right", "left"))]
        chunks = _chunks(list(pack.load), LOADING_ROWS)
        for page, chunk in enumerate(chunks, start=1):
            x0, x1, top = self._page(pack, labels.loading, page, len(chunks))
            rows = [[i.code, i.name, i.specification, i.unit, i.quantity, i.weight, ""] for i in chunk]
            bottom = draw_table(self.c, self.font, 9, cols, rows, x0, x1, top, 8 * MM)
            if page == len(chunks):
                self._totals(pack, x0, x1, bottom)
            self.c.showPage()


def render_packs(packs: Sequence[RunPack], options: SlipOptions, labels: PackLabels = PackLabels(),
                 tick: Callable[[int, int], None] | None = None) -> bytes:
    """One PDF: for each run its manifest, loading list and slips (stop order)."""
    if not packs:
        raise ValueError("nothing to print")
    total = sum(len(p.slips) for p in packs)
    output = io.BytesIO()
    canvas = new_canvas(output, f"{labels.manifest} {packs[0].number}", options.company.name)
    painter = PackPainter(canvas, options, labels)
    done = 0
    for pack in packs:
        if tick is not None:
            tick(done, total)
        painter.manifest(pack)
        painter.loading(pack)
        for slip in pack.slips:
            if tick is not None:
                tick(done, total)
            painter.slips.draw(slip)
            done += 1
    if tick is not None:
        tick(total, total)
    canvas.save()
    return output.getvalue()
