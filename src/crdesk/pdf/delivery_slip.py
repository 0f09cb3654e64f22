"""The delivery slip (送货单), drawn straight onto the canvas in two paper formats.

- ``a4``: one copy per page; each page carries its copy's mark (第一联 存根联 …) at the top left and in the
  right-hand strip.
- ``form241``: the 241 × 140 mm continuous multi-part form of dot-matrix printers, printed once onto
  carbonless paper; the strip names every part (①存根联（白） ②客户联（红） ③回单联（黄）).

Why not :mod:`crdesk.pdf.layout`: its platypus flow costs ~35 ms a slip page, and a day of 1,000 slips must
render in ≤ 5 s. :mod:`crdesk.pdf.slip_painter` draws a fixed form with the same font and text helpers
(``clean``, ``fit_line``: canvas strings print literally, so hostile text needs no escaping), reusing what
pages share as form XObjects. Lines that do not fit one page continue on the next (续页), totals on the last.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Callable, Sequence

from reportlab.pdfgen.canvas import Canvas

from crdesk.pdf.document import Company
from crdesk.pdf.fonts import font_name
from crdesk.pdf.slip_painter import COPY_ORDER, SlipPainter, pages_of

__all__ = ["COPY_ORDER", "SlipDoc", "SlipLabels", "SlipLine", "SlipOptions", "draw_slips", "pages_of", "render"]


@dataclass(frozen=True)
class SlipLine:
    code: str
    name: str
    specification: str
    unit: str
    quantity: str
    price: str = ""
    amount: str = ""


@dataclass(frozen=True)
class SlipDoc:
    number: str
    client: str
    address: str
    contact: str
    phone: str
    date: str
    window: str
    order_number: str
    run: str
    vehicle: str
    driver: str
    clerk: str
    lines: Sequence[SlipLine]
    total_quantity: str
    total_amount: str = ""
    notes: str = ""
    printed: str = ""  # e.g. "打印：2026-03-02 08:10"
    reprint: bool = False


@dataclass(frozen=True)
class SlipLabels:
    title: str = "送货单"
    copies: dict = field(default_factory=lambda: {"stub": "存根联", "client": "客户联", "receipt": "回单联"})
    ordinals: tuple = ("第一联", "第二联", "第三联")
    paper: dict = field(default_factory=lambda: {"stub": "白", "client": "红", "receipt": "黄"})
    number: str = "No."
    client: str = "客户"
    order: str = "任务号"
    address: str = "送货地址"
    contact: str = "联系人"
    phone: str = "电话"
    date: str = "送货日期"
    window: str = "时间"
    run: str = "车次"
    vehicle: str = "车辆"
    driver: str = "司机"
    clerk: str = "配送员"
    columns: tuple = ("序号", "产品编号", "产品名称", "规格", "单位", "数量", "单价", "金额", "实收数量", "备注")
    total: str = "合计"
    notes: str = "备注"
    receiver: str = "收货人签字"
    sign_date: str = "日期"
    deliverer: str = "送货人签字"
    continued: str = "续页"
    reprint: str = "补打"
    page: str = "第 {page} 页 / 共 {pages} 页"


@dataclass(frozen=True)
class SlipOptions:
    company: Company = Company()
    format: str = "a4"
    copies: Sequence[str] = COPY_ORDER
    show_prices: bool = False
    labels: SlipLabels = SlipLabels()


def draw_slips(canvas: Canvas, docs: Sequence[SlipDoc], options: SlipOptions,
               tick: Callable[[int], None] | None = None) -> None:
    painter = SlipPainter(canvas, options)
    for index, doc in enumerate(docs):
        if tick is not None:
            tick(index)
        painter.draw(doc)


def new_canvas(output: io.BytesIO, title: str, author: str) -> Canvas:
    canvas = Canvas(output, pageCompression=1, invariant=0, initialFontName=font_name(), initialFontSize=9)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator("crdesk")
    return canvas


def render(docs: Sequence[SlipDoc], options: SlipOptions) -> bytes:
    """One PDF of the slips, each in every copy the options ask for."""
    if not docs:
        raise ValueError("nothing to print")
    output = io.BytesIO()
    canvas = new_canvas(output, f"{options.labels.title} {docs[0].number}", options.company.name)
    draw_slips(canvas, docs, options)
    canvas.save()
    return output.getvalue()
