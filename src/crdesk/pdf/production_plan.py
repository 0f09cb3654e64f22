"""The production plan form (生产计划表), A4 landscape, and what both plan forms share: the plan's head
fields, the status line, the line table, and the 制表 / 审核 / 批准 signature blocks printed with the names
and dates of the people who did each step.

Receives plain, already formatted strings (see ``crdesk.services.plan_printing``); never reads the database.

:class:`LineTable` is the plan's line table: its heading repeats on every page; a text (left-aligned) cell
that fits on one line is a plain string, a longer one an escaped Paragraph that wraps, clipped with "…" so
no row outgrows a page; number columns (right or centre) are plain one-line strings, shrunk to fit. Plain
table strings print literally (no markup), and skipping a Paragraph per cell makes a 100-line plan several
times faster to lay out.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from crdesk.pdf.document import A4, MM, Column, Company, Document, Field, FieldGrid, PageSetup, Signature

LANDSCAPE = PageSetup(size=(A4[1], A4[0]), margins=(8 * MM, 12 * MM, 7 * MM, 12 * MM), font_size=8.5,
                      header_height=24 * MM, qr_size=16 * MM, block_gap=3 * MM)
WEEK_DAYS = ("第1周 1–7日", "第2周 8–14日", "第3周 15–21日", "第4周 22–28日", "第5周 29日–月末")


@dataclass(frozen=True)
class Step:
    """One signature block: 制表 / 审核 / 批准, the name and the date of whoever did it (empty: not yet)."""
    label: str
    name: str = ""
    date: str = ""


@dataclass(frozen=True)
class PlanHead:
    title: str
    number: str
    status: str
    fields: Sequence[tuple[str, str]]
    steps: Sequence[Step]
    note: str = ""
    printed_on: str = ""
    author: str = ""


def plan_document(head: PlanHead, company: Company, blocks: Sequence) -> Document:
    """A plan form: head fields, the plan's own blocks, the note, and the signature blocks of its steps."""
    fields = [Field(label, value) for label, value in head.fields]
    if head.note.strip():
        fields.append(Field("备注", head.note, span=4))
    return Document(
        title=head.title, number=head.number, company=company, blocks=[FieldGrid(fields, columns=4), *blocks],
        signatures=[Signature(step.label, "　".join(filter(None, [step.name, step.date])), with_date=False)
                    for step in head.steps],
        header_note=f"状态：{head.status}    打印日期：{head.printed_on}", page=LANDSCAPE, author=head.author)


@dataclass(frozen=True)
class LineTable:
    """Plan lines under a title and a repeated heading; the last ``total_rows`` rows are shaded totals."""
    columns: Sequence[Column]
    rows: Sequence[Sequence[str]]
    title: str
    font_size: float = 7.5
    total_rows: int = 1

    def flowables(self, context) -> list:
        return [line_table(self, context.width, context.page.frame_height * 0.3)]


def clip(text: str, width: float, font_size: float, leading: float, max_height: float) -> str:
    """``text`` cut with "…" to what wraps into ``max_height`` at one em a character (CJK width)."""
    per_line = max(1, int(width // font_size))
    limit = per_line * max(1, int(max_height // leading))
    return text if len(text) <= limit else text[:limit - 1] + "…"


def line_table(block: LineTable, width: float, max_height: float):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Table, TableStyle

    from crdesk.pdf.blocks import LABEL_BACKGROUND, RULE, RULE_COLOR, TITLE_BACKGROUND
    from crdesk.pdf.fonts import font_name
    from crdesk.pdf.text import clean, fit_line, paragraph, styles

    font, size, style = font_name(), block.font_size, styles(block.font_size)
    total = sum(c.width for c in block.columns)
    widths = [width * c.width / total for c in block.columns]
    wraps = [c.align not in ("right", "center") for c in block.columns]
    commands = [("FONT", (0, 0), (-1, -1), font, size), ("GRID", (0, 1), (-1, -1), RULE, RULE_COLOR),
                ("BOX", (0, 0), (-1, -1), RULE, RULE_COLOR), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), TITLE_BACKGROUND),
                ("BACKGROUND", (0, 1), (-1, 1), LABEL_BACKGROUND)]
    commands += [("ALIGN", (i, 2), (i, -1), c.align.upper()) for i, c in enumerate(block.columns) if not wraps[i]]
    data = [[paragraph(block.title, style.section)] + [""] * (len(widths) - 1),
            [paragraph(c.label, style.label) for c in block.columns]]
    for values in block.rows:
        row = []
        for i, value in enumerate(values):
            room = widths[i] - 6
            if wraps[i]:
                text = clean(value)
                fits = "\n" not in text and stringWidth(text, font, size) <= room
                row.append(text if fits else paragraph(clip(text, room, size, style.value.leading, max_height),
                                                       style.value))
                continue
            text, fitted = fit_line(value, font, size, room)
            if fitted != size:
                commands.append(("FONTSIZE", (i, len(data)), (i, len(data)), fitted))
            row.append(text)
        data.append(row)
    if block.total_rows and block.rows:
        commands.append(("BACKGROUND", (0, len(data) - block.total_rows), (-1, -1), LABEL_BACKGROUND))
    table = Table(data, colWidths=widths, repeatRows=2, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


@dataclass(frozen=True)
class ProductionLine:
    code: str
    name: str
    unit: str
    weeks: Sequence[str]
    total: str
    actual: str
    rate: str
    note: str = ""


@dataclass(frozen=True)
class ProductionPlanForm:
    head: PlanHead
    week_labels: Sequence[str]  # "第1周" …
    lines: Sequence[ProductionLine]
    totals: Sequence[str]  # one per week, then the plan total, the actual total and the completion rate


def document(form: ProductionPlanForm, company: Company) -> Document:
    columns = ([Column("序号", 0.45, "center"), Column("产品编号", 1.0), Column("产品名称 / 规格", 2.6),
                Column("单位", 0.5, "center")]
               + [Column(label, 1.0, "right") for label in form.week_labels]
               + [Column("计划合计", 1.05, "right"), Column("实际产量", 1.05, "right"),
                  Column("完成率", 0.75, "right"), Column("备注", 1.5)])
    rows = [[str(index), line.code, line.name, line.unit, *line.weeks, line.total, line.actual, line.rate, line.note]
            for index, line in enumerate(form.lines, start=1)]
    rows.append(["", "合计", "", "", *form.totals, ""])
    weeks = "，".join(WEEK_DAYS[:len(form.week_labels)])
    table = LineTable(columns, rows, title=f"计划产量（按周：{weeks}）")
    return plan_document(form.head, company, [table])


def render(form: ProductionPlanForm, company: Company) -> bytes:
    from crdesk.pdf.layout import render as render_document

    return render_document(document(form, company))
