"""Small canvas helpers for the fast fixed forms (delivery slip, run pack): text in a cell, wrapped text
in a box, a QR code drawn as one vector path.

Canvas strings print literally (no markup), so user text only goes through :func:`crdesk.pdf.text.clean`
(controls dropped, newlines unified) and :func:`crdesk.pdf.text.fit_line` (shrink, then cut with "…").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from crdesk.pdf.text import clean, fit_line


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float


def cell_text(canvas: Canvas, text: object, font: str, size: float, x: float, y: float, width: float,
              align: str = "left", spacing: float = 0.0) -> None:
    """One line of ``text`` in ``width`` from ``x`` (baseline ``y``), shrunk or cut to fit."""
    value = text if type(text) is str and text.isprintable() else clean(text)
    if not value:
        return
    room = width - spacing * max(len(value) - 1, 0)
    if stringWidth(value, font, size) > room:
        value, size = fit_line(value, font, size, max(room, 1))
    canvas.setFont(font, size)
    if align == "center":
        canvas.drawCentredString(x + width / 2, y, value, charSpace=spacing)
    elif align == "right":
        canvas.drawRightString(x + width, y, value)
    else:
        canvas.drawString(x, y, value)


def wrap(text: object, font: str, size: float, width: float) -> list[str]:
    """Greedy character wrapping (Chinese has no spaces to break at); keeps the text's own newlines."""
    lines = []
    for part in clean(text).split("\n"):
        line, used = "", 0.0
        for ch in part:
            w = stringWidth(ch, font, size)
            if line and used + w > width:
                lines.append(line)
                line, used = "", 0.0
            line += ch
            used += w
        lines.append(line)
    return lines


def wrapped(canvas: Canvas, text: object, font: str, size: float, box: Box) -> None:
    """``text`` wrapped into ``box`` (vertically centred); what does not fit is cut with "…"."""
    value = text if type(text) is str and text.isprintable() else clean(text)
    if not value:
        return
    if "\n" not in value and stringWidth(value, font, size) <= box.w:
        canvas.setFont(font, size)
        canvas.drawString(box.x, box.y + box.h / 2 - size * 0.35, value)
        return
    leading = size * 1.2
    lines = wrap(value, font, size, box.w)
    fits = max(1, int((box.h - size * 0.4) // leading))
    if len(lines) > fits:
        if fits == 1:  # one line: shrink the whole text first
            lines = [" ".join(lines)]
        lines = lines[:fits - 1] + [fit_line("".join(lines[fits - 1:]), font, size, box.w, smallest=size)[0]]
    top = box.y + box.h / 2 + (len(lines) * leading) / 2 - size * 0.95
    for k, line in enumerate(lines):
        line, line_size = fit_line(line, font, size, box.w)
        canvas.setFont(font, line_size)
        canvas.drawString(box.x, top - k * leading, line)


@lru_cache(maxsize=4096)
def _qr_ops(value: str) -> tuple[int, str]:
    """(modules, PDF path operators) of a QR code, error correction level M: one ``re`` per run of dark
    modules, in module units (the caller scales them), so a code costs one short string instead of
    hundreds of formatted coordinates.

    Every slip has a new number, so nothing is cached in a day's batch: the code is made with a fixed mask
    pattern (valid QR; choosing the "best" of eight costs ~6× the time), ~1 ms where reportlab's encoder
    used by :func:`crdesk.pdf.page.draw_qr` takes ~10–20 ms, too slow for 1,000 slips in 5 s."""
    import segno

    matrix = segno.make_qr(value, error="m", boost_error=False, mask=2).matrix
    ops = []
    for r, row in enumerate(matrix):
        start = None
        for col, dark in enumerate(list(row) + [0]):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                ops.append(f"{start} {r} {col - start} 1 re")
                start = None
    return len(matrix), " ".join(ops)


def draw_qr(canvas: Canvas, value: str, x: float, y: float, size: float) -> None:
    """A QR code of ``value`` filling the ``size`` square at (x, y), with a two-module quiet zone inside."""
    modules, ops = _qr_ops(value)
    cell = size / (modules + 4)
    canvas.saveState()
    canvas.transform(cell, 0, 0, -cell, x + 2 * cell, y + size - 2 * cell)  # module units, rows downwards
    canvas.setFillColorRGB(0, 0, 0)
    canvas.addLiteral(ops + " f")
    canvas.restoreState()


@dataclass(frozen=True)
class Col:
    label: str
    weight: float
    align: str = "left"


def draw_table(canvas: Canvas, font: str, size: float, columns: list[Col], rows: list[list[str]],
               x0: float, x1: float, top: float, row_h: float, shade=(0.93, 0.94, 0.96)) -> float:
    """A ruled table: heading row plus ``rows`` (each value wrapped into its cell); returns its bottom."""
    unit = (x1 - x0) / sum(c.weight for c in columns)
    xs = [x0]
    for column in columns:
        xs.append(xs[-1] + column.weight * unit)
    canvas.setFillColorRGB(*shade)
    canvas.rect(x0, top - row_h, x1 - x0, row_h, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    pad = 1.2 * 72 / 25.4
    for k, column in enumerate(columns):
        cell_text(canvas, column.label, font, size, xs[k], top - row_h / 2 - size * 0.35, xs[k + 1] - xs[k],
                  "center")
    for n, row in enumerate(rows, start=2):
        y = top - n * row_h
        for k, column in enumerate(columns):
            value = row[k] if k < len(row) else ""
            box = Box(xs[k] + pad, y, xs[k + 1] - xs[k] - 2 * pad, row_h)
            if column.align == "left":
                wrapped(canvas, value, font, size, box)
            else:
                cell_text(canvas, value, font, size, box.x, y + row_h / 2 - size * 0.35, box.w, column.align)
    bottom = top - (len(rows) + 1) * row_h
    canvas.setLineWidth(0.5)
    canvas.grid(xs, [top - row_h * k for k in range(len(rows) + 2)])
    return bottom


class TextBatch:
    """Stands in for the canvas in :func:`cell_text` and :func:`wrapped`: every string goes into one text
    object (one ``BT … ET``) instead of one text object per string, which halves the cost of a page of
    values. Call :meth:`flush` to put it on the canvas."""

    def __init__(self, canvas: Canvas):
        self.canvas = canvas
        self.text = canvas.beginText()
        self._font: tuple[str, float] | None = None

    def setFont(self, font: str, size: float) -> None:  # noqa: N802 (canvas API)
        if self._font != (font, size):
            self.text.setFont(font, size)
            self._font = (font, size)

    def setFillColorRGB(self, r: float, g: float, b: float) -> None:  # noqa: N802 (canvas API)
        self.text.setFillColorRGB(r, g, b)

    def drawString(self, x: float, y: float, value: str) -> None:  # noqa: N802 (canvas API)
        self.text.setTextOrigin(x, y)
        self.text.textOut(value)

    def drawRightString(self, x: float, y: float, value: str) -> None:  # noqa: N802 (canvas API)
        self.drawString(x - stringWidth(value, *self._font), y, value)

    def drawCentredString(self, x: float, y: float, value: str, charSpace: float = 0) -> None:  # noqa: N802,N803
        width = stringWidth(value, *self._font) + charSpace * max(len(value) - 1, 0)
        if charSpace:
            self.text.setCharSpace(charSpace)
        self.drawString(x - width / 2, y, value)
        if charSpace:
            self.text.setCharSpace(0)

    def flush(self) -> None:
        self.canvas.drawText(self.text)
