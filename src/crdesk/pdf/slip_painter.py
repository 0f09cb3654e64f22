"""Draws delivery slips fast: what every slip shares is drawn once per PDF as a form XObject (company
header, title, copy mark, ruled grid, labels, signature lines); what a slip page says (values, lines, QR)
is drawn once into a form of its own and placed on the page of every copy. A 3-copy A4 slip therefore
costs little more than one page. See :mod:`crdesk.pdf.delivery_slip` for the data.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from crdesk.pdf.document import MM
from crdesk.pdf.fonts import font_name
from crdesk.pdf.slip_canvas import Box, TextBatch, cell_text, draw_qr, wrapped
from crdesk.pdf.text import clean

COPY_ORDER = ("stub", "client", "receipt")
CIRCLED = "①②③"
SHADE = (0.93, 0.94, 0.96)


@dataclass(frozen=True)
class Geometry:
    size: tuple[float, float]
    margin: float
    strip: float  # the right-hand strip with the copy marks
    header: float
    qr: float
    row: float
    rows: int  # product rows a page
    font: float
    strip_font: float


GEOMETRY = {
    "a4": Geometry((210 * MM, 297 * MM), 12 * MM, 9 * MM, 34 * MM, 22 * MM, 8 * MM, 15, 9.5, 12),
    "form241": Geometry((241 * MM, 140 * MM), 7 * MM, 7 * MM, 20 * MM, 15 * MM, 6 * MM, 6, 8.5, 8.5),
}
WEIGHTS = (0.5, 1.3, 3.0, 1.6, 0.6, 0.9, 0.9, 1.0, 1.0, 1.4)  # relative widths of the product columns
PRICE_COLUMNS = (6, 7)
ALIGN = {0: "center", 4: "center", 5: "right", 6: "right", 7: "right"}
PAD = 1.2 * MM
LABEL_W = 15 * MM


def pages_of(line_count: int, fmt: str) -> int:
    return max(1, -(-line_count // GEOMETRY[fmt].rows))


def _cleaned(value):
    """A slip's strings with control characters dropped once (every copy and page reuses them)."""
    changes = {name: clean(text) for name, text in vars(value).items()
               if isinstance(text, str) and not text.isprintable()}
    return replace(value, **changes) if changes else value


class SlipPainter:
    """Draws slips onto a canvas (shared with the run pack); one :meth:`draw` per slip."""

    def __init__(self, canvas: Canvas, options):
        self.c, self.o, self.g = canvas, options, GEOMETRY[options.format]
        self.font = font_name()
        self.copies = [c for c in COPY_ORDER if c in options.copies] or list(COPY_ORDER)
        self.columns = [i for i in range(len(WEIGHTS)) if options.show_prices or i not in PRICE_COLUMNS]
        width, height = self.g.size
        self.x0, self.x1 = self.g.margin, width - self.g.margin - self.g.strip
        self.top = height - self.g.margin
        unit = (self.x1 - self.x0) / sum(WEIGHTS[i] for i in self.columns)
        self.xs = [self.x0]
        for i in self.columns:
            self.xs.append(self.xs[-1] + WEIGHTS[i] * unit)
        self.info_top = self.top - self.g.header
        self.table_top = self.info_top - 5 * self.g.row - 2 * MM
        self.notes_top = self.table_top - (self.g.rows + 2) * self.g.row - 1.5 * MM
        self._forms: set[str] = set()
        self.batch: TextBatch | None = None  # the text of the slip page being drawn
        self._serial = 0

    def draw(self, doc) -> int:
        """Draw every page of ``doc`` in every copy; returns the number of pages drawn."""
        doc = _cleaned(doc)
        lines = [_cleaned(line) for line in doc.lines]
        pages = pages_of(len(lines), self.o.format)
        copies = self.copies if self.o.format == "a4" else [None]
        content = []
        for page in range(pages):
            self._serial += 1
            name = f"slipdata{self._serial}"
            self.c.beginForm(name, 0, 0, *self.g.size)
            self._values(doc, lines, page, pages)
            self.c.endForm()
            content.append(name)
        for copy in copies:
            for page, name in enumerate(content):
                self.c.setPageSize(self.g.size)
                self.c.doForm(self._static(copy, page > 0))
                self.c.doForm(name)
                self.c.showPage()
        return pages * len(copies)

    # What every slip shares ---------------------------------------------------------------------------
    def _static(self, copy: str | None, continued: bool) -> str:
        name = f"slipform_{copy}_{int(continued)}"
        if name not in self._forms:
            self.c.beginForm(name, 0, 0, *self.g.size)
            self._header(copy, continued)
            self._strip(copy)
            self._info_grid()
            self._table_grid()
            self._notes_box()
            self._signatures()
            self.c.endForm()
            self._forms.add(name)
        return name

    def _header(self, copy: str | None, continued: bool) -> None:
        c, g, labels, company = self.c, self.g, self.o.labels, self.o.company
        scale = g.header / (34 * MM)
        room = self.x1 - self.x0 - 2 * (g.qr + 2 * MM)
        left = (self.x0 + self.x1) / 2 - room / 2
        cell_text(c, company.name, self.font, 12 * scale + 2, left, self.top - 12 * scale - 2, room, "center")
        title = labels.title + (f"（{labels.continued}）" if continued else "")
        cell_text(c, title, self.font, 17 * scale + 3, left, self.top - 34 * scale - 5, room, "center", spacing=4)
        if copy is not None:
            mark = Box(self.x0, self.top - 12 * MM, 26 * MM, 11 * MM)
            c.setLineWidth(1.2)
            c.rect(mark.x, mark.y, mark.w, mark.h)
            index = COPY_ORDER.index(copy)
            cell_text(c, labels.ordinals[index], self.font, 8, mark.x, mark.y + 6.8 * MM, mark.w, "center")
            cell_text(c, labels.copies[copy], self.font, 13, mark.x, mark.y + 1.6 * MM, mark.w, "center")
        c.setLineWidth(0.9)
        c.line(self.x0, self.info_top + 1 * MM, self.x1, self.info_top + 1 * MM)

    def _strip(self, copy: str | None) -> None:
        """The copy marks down the right edge, characters upright one under the other."""
        labels, g = self.o.labels, self.g
        if copy is None:
            parts = [f"{CIRCLED[COPY_ORDER.index(c)]}{labels.copies[c]}（{labels.paper[c]}）" for c in self.copies]
        else:
            parts = [f"{labels.ordinals[COPY_ORDER.index(copy)]}{labels.copies[copy]}"]
        text = "　".join(parts)
        step = min(g.strip_font * 1.15, (self.top - g.margin) / max(len(text), 1))
        x = self.x1 + g.strip / 2 + 0.5 * MM
        y = (self.top + g.margin) / 2 + step * len(text) / 2 - step
        self.c.setFont(self.font, min(g.strip_font, step))
        for k, ch in enumerate(text):
            self.c.drawCentredString(x, y - k * step, ch)

    def _info_rows(self):
        labels = self.o.labels
        return [[(labels.client, "client", 2), (labels.order, "order_number", 1)],
                [(labels.address, "address", 3)],
                [(labels.contact, "contact", 1), (labels.phone, "phone", 1), (labels.date, "date", 1)],
                [(labels.run, "run", 1), (labels.vehicle, "vehicle", 1), (labels.window, "window", 1)],
                [(labels.driver, "driver", 1), (labels.clerk, "clerk", 2)]]

    def _info_cells(self):
        """(label, field name, label box, value box) of the information grid."""
        pair, y = (self.x1 - self.x0) / 3, self.info_top
        for row in self._info_rows():
            y -= self.g.row
            x = self.x0
            for label, name, span in row:
                w = pair * span
                yield label, name, Box(x, y, LABEL_W, self.g.row), Box(x + LABEL_W, y, w - LABEL_W, self.g.row)
                x += w

    def _info_grid(self) -> None:
        c, size = self.c, self.g.font
        c.setLineWidth(0.5)
        for label, _, box, value in self._info_cells():
            c.setFillColorRGB(*SHADE)
            c.rect(box.x, box.y, box.w, box.h, stroke=1, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(value.x, value.y, value.w, value.h)
            cell_text(c, label, self.font, size, box.x, box.y + box.h / 2 - size * 0.35, box.w, "center")

    def _table_grid(self) -> None:
        c, g, labels = self.c, self.g, self.o.labels
        y = self.table_top - g.row
        c.setFillColorRGB(*SHADE)
        c.rect(self.x0, y, self.x1 - self.x0, g.row, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        for k, i in enumerate(self.columns):
            cell_text(c, labels.columns[i], self.font, g.font, self.xs[k], y + g.row / 2 - g.font * 0.35,
                      self.xs[k + 1] - self.xs[k], "center")
        c.setLineWidth(0.5)
        c.grid(self.xs, [self.table_top - g.row * k for k in range(g.rows + 3)])

    def _notes_box(self) -> None:
        g = self.g
        self.c.rect(self.x0, self.notes_top - g.row * 1.5, self.x1 - self.x0, g.row * 1.5)
        cell_text(self.c, self.o.labels.notes + "：", self.font, g.font, self.x0 + 1.5 * MM,
                  self.notes_top - g.font - 1.5, 14 * MM)

    def _signatures(self) -> None:
        c, labels, size = self.c, self.o.labels, self.g.font
        slot, y = (self.x1 - self.x0) / 3, self.g.margin + 7 * MM
        c.setLineWidth(0.5)
        c.setFont(self.font, size)
        for k, label in enumerate((labels.receiver, labels.sign_date, labels.deliverer)):
            x = self.x0 + k * slot
            text = label + "："
            c.drawString(x, y, text)
            c.line(x + stringWidth(text, self.font, size) + 1, y - 2, x + slot - 5 * MM, y - 2)

    # What one slip page says -------------------------------------------------------------------------
    def _values(self, doc, lines: Sequence, page: int, pages: int) -> None:
        g, labels = self.g, self.o.labels
        draw_qr(self.c, doc.number, self.x1 - g.qr, self.top - g.qr, g.qr)
        c = self.batch = TextBatch(self.c)
        line_y, half = self.info_top + 2.5 * MM, (self.x1 - self.x0) / 2
        c.setFillColorRGB(0.75, 0, 0)
        cell_text(c, f"{labels.number} {doc.number}", self.font, g.font + 1.5, self.x0, line_y, half)
        c.setFillColorRGB(0, 0, 0)
        note = " ".join(filter(None, [doc.printed, labels.reprint if doc.reprint else ""]))
        cell_text(c, note, self.font, g.font - 1, self.x0 + half, line_y, half - g.qr - 2 * MM, "right")
        for _, name, _, box in self._info_cells():
            wrapped(c, getattr(doc, name), self.font, g.font, Box(box.x + 1.5 * MM, box.y, box.w - 3 * MM, box.h))
        first = page * g.rows
        rows = lines[first:first + g.rows]
        y = self.table_top - g.row
        for n, line in enumerate(rows):
            values = (str(first + n + 1), line.code, line.name, line.specification, line.unit, line.quantity,
                      line.price, line.amount)
            self._row(values, y - (n + 1) * g.row)
        if page == pages - 1:
            self._row(("", "", labels.total, "", "", doc.total_quantity, "", doc.total_amount),
                      y - (g.rows + 1) * g.row)
        box = Box(self.x0 + 16 * MM, self.notes_top - g.row * 1.5, self.x1 - self.x0 - 18 * MM, g.row * 1.5)
        wrapped(c, doc.notes, self.font, g.font - 0.5, box)
        c.setFont(self.font, g.font - 1.5)
        c.drawCentredString((self.x0 + self.x1) / 2, g.margin, labels.page.format(page=page + 1, pages=pages))
        c.flush()

    def _row(self, values: Sequence[str], y: float) -> None:
        size, base = self.g.font, y + self.g.row / 2 - self.g.font * 0.35
        for k, i in enumerate(self.columns):
            if i < len(values) and values[i]:
                cell_text(self.batch, values[i], self.font, size, self.xs[k] + PAD, base,
                          self.xs[k + 1] - self.xs[k] - 2 * PAD, ALIGN.get(i, "left"))
