"""Page furniture drawn on every page: company header, title, number and its QR code, footer with page numbers.

Page numbers ("第 N 页 / 共 M 页") count within each document, also when many documents share one PDF: the
canvas keeps every finished page until the end (reportlab's deferred "page x of y" pattern) and writes the
footers once the totals are known.
"""
from __future__ import annotations

import io
import itertools
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Sequence

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from crdesk.pdf.document import MM, Document, PageSetup
from crdesk.pdf.fonts import font_name
from crdesk.pdf.text import fit_line

GREY = (0.35, 0.35, 0.35)
Progress = Callable[[int, int], None]


@lru_cache(maxsize=256)
def qr_runs(value: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR code of ``value`` (level M) as (module count, dark runs as (row, first column, length))."""
    from reportlab.graphics.barcode.qr import QrCodeWidget

    code = QrCodeWidget(value, barLevel="M").qr
    code.make()
    runs = []
    for row, modules in enumerate(code.modules):
        column = 0
        for dark, group in itertools.groupby(map(bool, modules)):
            length = len(list(group))
            if dark:
                runs.append((row, column, length))
            column += length
    return code.getModuleCount(), tuple(runs)


def draw_qr(canvas: Canvas, value: str, x: float, y: float, size: float, border: int = 2) -> None:
    """A ``size`` × ``size`` QR code of ``value`` with its lower left corner at (x, y), as one filled path."""
    count, runs = qr_runs(value)
    module = size / (count + 2 * border)
    path = canvas.beginPath()
    for row, column, length in runs:
        path.rect(x + (column + border) * module, y + size - (row + border + 1) * module, length * module, module)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def _centred(canvas: Canvas, x: float, y: float, text: str, size: float, width: float, bold: bool = False,
             spacing: float = 0.0) -> None:
    font = font_name()
    text, size = fit_line(text, font, size, width - spacing * max(len(text) - 1, 0))
    canvas.setFont(font, size)
    if bold:  # the face has no bold: fill and stroke the outline
        canvas.setLineWidth(size * 0.03)
    canvas.drawCentredString(x, y, text, mode=2 if bold else None, charSpace=spacing)


def draw_header(canvas: Canvas, document: Document) -> None:
    setup, labels, company = document.page, document.labels, document.company
    width, height = setup.size
    top_margin, right_margin, _, left_margin = setup.margins
    x0, x1, top = left_margin, width - right_margin, height - top_margin
    scale = setup.header_height / (30 * MM)
    # The QR code may not reach down into the number line at the bottom of the header.
    qr = min(setup.qr_size, setup.header_height - 4.5 * MM - setup.font_size * 0.8)
    qr = qr if document.qr and document.number else 0
    if qr:
        draw_qr(canvas, document.number, x1 - qr, top - qr, qr)
    middle, room = (x0 + x1) / 2, (x1 - x0) - 2 * (qr + 3 * MM)
    canvas.saveState()
    _centred(canvas, middle, top - 13 * scale, company.name, max(13 * scale, 10), room, bold=True)
    contact = "    ".join(f"{label}{labels.colon}{value}" for label, value in
                           ((labels.address, company.address), (labels.phone, company.phone)) if value)
    canvas.setFillColorRGB(*GREY)
    _centred(canvas, middle, top - 24 * scale, contact, max(8 * scale, 6.5), room)
    canvas.setFillColorRGB(0, 0, 0)
    title_size = max(18 * scale, 14)
    _centred(canvas, middle, top - 47 * scale, document.title, title_size, room, bold=True,
             spacing=title_size * 0.3 if len(document.title) <= 8 else 0)
    rule = top - setup.header_height + 1.5 * MM
    font, small = font_name(), setup.font_size
    if document.number:
        text, size = fit_line(f"{labels.number}{labels.colon}{document.number}", font, small, (x1 - x0) / 2)
        canvas.setFont(font, size)
        canvas.drawString(x0, rule + 2 * MM, text)
    if document.header_note:
        text, size = fit_line(document.header_note, font, small, (x1 - x0) / 2)
        canvas.setFont(font, size)
        canvas.drawRightString(x1, rule + 2 * MM, text)
    canvas.setLineWidth(1.1)
    canvas.line(x0, rule, x1, rule)
    canvas.setLineWidth(0.4)
    canvas.line(x0, rule - 1.6, x1, rule - 1.6)
    canvas.restoreState()


def draw_footer(canvas: Canvas, document: Document, page: int, pages: int) -> None:
    setup = document.page
    width, _ = setup.size
    _, right_margin, bottom_margin, left_margin = setup.margins
    x0, x1 = left_margin, width - right_margin
    line = bottom_margin + setup.footer_height - 1.5 * MM
    font, size = font_name(), max(setup.font_size - 1.5, 6)
    canvas.saveState()
    canvas.setLineWidth(0.4)
    canvas.setStrokeColorRGB(*GREY)
    canvas.line(x0, line, x1, line)
    canvas.setFont(font, size)
    canvas.drawCentredString((x0 + x1) / 2, bottom_margin + 1 * MM, document.labels.page.format(page=page, pages=pages))
    if document.footer_note:
        text, size = fit_line(document.footer_note, font, size, (x1 - x0) / 3)
        canvas.setFont(font, size)
        canvas.drawString(x0, bottom_margin + 1 * MM, text)
    canvas.restoreState()


@dataclass
class Batch:
    """The documents of one PDF and which of them the pages being laid out belong to."""

    documents: Sequence[Document]
    progress: Progress | None = None
    current: int = 0
    page_documents: list[int] = field(default_factory=list)

    def on_page(self, canvas: Canvas, _template) -> None:
        self.page_documents.append(self.current)
        draw_header(canvas, self.documents[self.current])

    def start(self, index: int) -> None:
        if self.progress:
            self.progress(index, len(self.documents))
        self.current = index

    def canvas(self, *args, **kwargs) -> "PagedCanvas":
        return PagedCanvas(self, *args, **kwargs)


class StartDocument(Flowable):
    """A zero-size marker: the pages that follow it belong to document ``index`` of the batch."""

    def __init__(self, batch: Batch, index: int):
        super().__init__()
        self.batch, self.index = batch, index

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        self.batch.start(self.index)


class PagedCanvas(Canvas):
    """Keeps finished pages until ``save`` so each footer can say 共 M 页 of its own document."""

    def __init__(self, batch: Batch, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._batch = batch
        self._pages: list[dict] = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        owners = self._batch.page_documents
        totals: dict[int, int] = {}
        for owner in owners:
            totals[owner] = totals.get(owner, 0) + 1
        seen: dict[int, int] = {}
        for state, owner in zip(self._pages, owners):
            self.__dict__.update(state)
            seen[owner] = seen.get(owner, 0) + 1
            draw_footer(self, self._batch.documents[owner], seen[owner], totals[owner])
            super().showPage()
        super().save()


def build(story: list, batch: Batch, setup: PageSetup, title: str, author: str) -> bytes:
    """Lay out ``story`` (which holds the batch's StartDocument markers) on ``setup``'s paper; return the PDF."""
    output = io.BytesIO()
    top, right, bottom, left = setup.margins
    template = BaseDocTemplate(output, pagesize=setup.size, leftMargin=left, rightMargin=right,
                               topMargin=top + setup.header_height, bottomMargin=bottom + setup.footer_height,
                               title=title, author=author, creator="crdesk", subject=title,
                               initialFontName=font_name(), initialFontSize=setup.font_size)
    frame = Frame(left, bottom + setup.footer_height, setup.frame_width, setup.frame_height + 2 * MM,
                  leftPadding=0, rightPadding=0, topPadding=2 * MM, bottomPadding=0, id="body")
    template.addPageTemplates([PageTemplate("form", [frame], onPage=batch.on_page)])
    template.build(story, canvasmaker=batch.canvas)
    return output.getvalue()
