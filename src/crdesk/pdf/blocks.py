"""Blocks → reportlab flowables: ruled field grids, tables with repeated headings, boxed text.

:func:`flowables_of` accepts the dataclasses of :mod:`crdesk.pdf.document`, any reportlab flowable (passed
through), or an object with ``flowables(context: BlockContext) -> list`` for a form that needs something
of its own; such a block escapes its user text with :func:`crdesk.pdf.text.paragraph` and may build its
tables with :class:`Rows`.

A table row may not be taller than a page (reportlab raises ``LayoutError``, and its ``splitInRow`` mangles
spanned cells and repeated headings). :class:`Rows` therefore cuts a tall cell into pieces of at most
``BlockContext.max_row_height``, one physical row each, ruled as one row: a 10,000-character note in a
grid cell or a table runs on over the following pages.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from crdesk.pdf.document import MM, Column, FieldGrid, Labels, PageSetup, TableBlock, TextBlock
from crdesk.pdf.text import Styles, clean, cut, paragraph, styles

RULE = 0.5
RULE_COLOR = colors.HexColor("#333333")
LABEL_BACKGROUND = colors.HexColor("#eef1f5")
TITLE_BACKGROUND = colors.HexColor("#dde4ec")
PAD_X, PAD_Y = 4, 3.5
_ALIGN = {TA_CENTER: "CENTER", TA_RIGHT: "RIGHT"}


@dataclass(frozen=True)
class BlockContext:
    """What a block needs to lay itself out: the frame size, the document's styles, labels and page."""

    width: float
    styles: Styles
    labels: Labels
    page: PageSetup

    @property
    def max_row_height(self) -> float:
        return self.page.frame_height * 0.3


@dataclass(frozen=True)
class Cell:
    """User text (escaped on use) in a style, ``span`` physical columns wide."""

    text: Any
    style: Any
    span: int = 1
    background: Any = None


class Rows:
    """Builds a ruled table row by row; tall cells are cut into several physical rows (see module docstring).

    A cell whose text is one line that fits goes in as a plain string (drawn with ``drawString``, never
    parsed as markup): most cells of a form are like that, and it makes a form several times cheaper
    to lay out than a Paragraph in every cell. ``style`` is the table's default for such strings.
    """

    def __init__(self, widths: Sequence[float], max_height: float, grid: bool = True, style: Any = None):
        self.widths, self.max_height, self.grid = list(widths), max_height, grid
        self.style = style if style is not None else styles().value
        self.data: list[list] = []
        self.commands: list[tuple] = []

    def _pieces(self, cell: Cell, width: float, at: tuple[int, int]) -> list:
        value, style = clean(cell.text), cell.style
        if "\n" in value or len(value) > 200 or stringWidth(value, style.fontName, style.fontSize) > width:
            return cut(value, style, width, self.max_height)
        if (style.fontName, style.fontSize, style.leading) != (self.style.fontName, self.style.fontSize,
                                                                self.style.leading):
            self.commands.append(("FONT", at, at, style.fontName, style.fontSize, style.leading))
        if style.alignment in _ALIGN:
            self.commands.append(("ALIGN", at, at, _ALIGN[style.alignment]))
        return [value]

    def add(self, cells: Sequence[Cell], rule_below: bool = True) -> None:
        """One logical row; the cells' spans must add up to the number of columns."""
        pieces, column, starts, first = [], 0, [], len(self.data)
        for cell in cells:
            width = sum(self.widths[column:column + cell.span]) - 2 * PAD_X
            pieces.append(self._pieces(cell, width, (column, first)))
            starts.append(column)
            column += cell.span
        count = max(len(p) for p in pieces)
        for index in range(count):
            row = [""] * len(self.widths)
            for cell, start, parts in zip(cells, starts, pieces):
                row[start] = parts[index] if index < len(parts) else ""
            self.data.append(row)
        last = len(self.data) - 1
        for cell, start in zip(cells, starts):
            end = start + cell.span - 1
            if cell.span > 1:
                self.commands += [("SPAN", (start, r), (end, r)) for r in range(first, last + 1)]
            if cell.background is not None:
                self.commands.append(("BACKGROUND", (start, first), (end, last), cell.background))
        if count > 1:
            self.commands += [("VALIGN", (0, first), (-1, last), "TOP"),
                              ("TOPPADDING", (0, first + 1), (-1, last), 0),
                              ("BOTTOMPADDING", (0, first), (-1, last - 1), 0)]
        if rule_below and self.grid:
            self.commands.append(("LINEBELOW", (0, last), (-1, last), RULE, RULE_COLOR))

    def table(self, repeat_rows: int = 0, extra: Sequence[tuple] = ()) -> Table:
        base = self.style
        style = [("FONT", (0, 0), (-1, -1), base.fontName, base.fontSize, base.leading),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("LEFTPADDING", (0, 0), (-1, -1), PAD_X), ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
                 ("TOPPADDING", (0, 0), (-1, -1), PAD_Y), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
                 ("BOX", (0, 0), (-1, -1), RULE, RULE_COLOR)]
        if self.grid:
            style.append(("LINEBEFORE", (1, 0), (-1, -1), RULE, RULE_COLOR))
        table = Table(self.data, colWidths=self.widths, repeatRows=repeat_rows, hAlign="LEFT")
        table.setStyle(TableStyle(style + self.commands + list(extra)))
        return table

    def title(self, text: str, styles: Styles) -> None:
        self.add([Cell(text, styles.section, len(self.widths), TITLE_BACKGROUND)])


def flowables_of(block: Any, context: BlockContext) -> list:
    if isinstance(block, FieldGrid):
        return [field_grid(block, context)]
    if isinstance(block, TableBlock):
        return [table_block(block, context)]
    if isinstance(block, TextBlock):
        return text_block(block, context)
    if hasattr(block, "flowables"):
        return list(block.flowables(context))
    if isinstance(block, Flowable):
        return [block]
    raise TypeError(f"not a printable block: {block!r}")


def _grid_rows(fields: Sequence, columns: int) -> list[list[list]]:
    """Fields placed left to right, ``columns`` pairs a row; the last field of each row stretches to its end."""
    rows, row, used = [], [], 0
    for item in fields:
        span = min(max(item.span, 1), columns)
        if row and used + span > columns:
            row[-1][1] += columns - used
            rows.append(row)
            row, used = [], 0
        row.append([item, span])
        used += span
    if row:
        row[-1][1] += columns - used
        rows.append(row)
    return rows


def field_grid(grid: FieldGrid, context: BlockContext) -> Table:
    columns = max(grid.columns, 1)
    pair = context.width / columns
    label_width = grid.label_width or min(26 * MM, pair * 0.4)
    rows = Rows([label_width, pair - label_width] * columns, context.max_row_height, style=context.styles.value)
    if grid.title:
        rows.title(grid.title, context.styles)
    for row in _grid_rows(grid.fields, columns):
        rows.add([cell for item, span in row for cell in (
            Cell(item.label, context.styles.label, 1, LABEL_BACKGROUND),
            Cell(item.value, context.styles.value, 2 * span - 1))])
    return rows.table(repeat_rows=1 if grid.title else 0)


def _cell_style(column: Column, styles: Styles):
    return {"center": styles.center, "right": styles.right}.get(column.align, styles.value)


def table_block(block: TableBlock, context: BlockContext) -> Table:
    columns = list(block.columns)
    total = sum(max(c.width, 0.01) for c in columns)
    rows = Rows([context.width * max(c.width, 0.01) / total for c in columns], context.max_row_height,
                style=context.styles.value)
    if block.title:
        rows.title(block.title, context.styles)
    rows.add([Cell(c.label, context.styles.label, 1, LABEL_BACKGROUND) for c in columns])
    heading = len(rows.data)
    cell_styles = [_cell_style(c, context.styles) for c in columns]
    for values in block.rows:
        values = list(values)[:len(columns)] + [""] * (len(columns) - len(values))
        rows.add([Cell(v, s) for v, s in zip(values, cell_styles)])
    if not block.rows and block.empty_text:
        rows.add([Cell(block.empty_text, context.styles.center, len(columns))])
    return rows.table(repeat_rows=heading)


def text_block(block: TextBlock, context: BlockContext) -> list:
    lines = clean(block.text).split("\n")
    lines += [""] * (block.min_lines - len(lines))
    if not block.boxed:
        title = [paragraph(block.title, context.styles.section)] if block.title else []
        return title + [paragraph(line, context.styles.value) for line in lines]
    rows = Rows([context.width], context.max_row_height, grid=False, style=context.styles.value)
    if block.title:
        rows.title(block.title, context.styles)
        rows.commands.append(("LINEBELOW", (0, 0), (-1, 0), RULE, RULE_COLOR))
    first = len(rows.data)
    for line in lines:
        rows.add([Cell(line, context.styles.value)])
    tight = [("TOPPADDING", (0, first), (-1, -1), 0.5), ("BOTTOMPADDING", (0, first), (-1, -1), 0.5),
             ("TOPPADDING", (0, first), (-1, first), 4), ("BOTTOMPADDING", (0, -1), (-1, -1), 5)]
    return [rows.table(repeat_rows=first, extra=tight)]
