"""The monthly department report (客服中心月报): key figures of the month, then one section per report
with its figures, charts (reportlab graphics, two a row) and tables, and the manager's signature.

Receives plain, already formatted data (see ``crdesk.services.report_printing``); never reads the database.
Chart objects are described in :mod:`crdesk.pdf.charts`. User text (categories, product and staff names,
failure reasons) is escaped by the layout; chart strings are drawn, not parsed.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from crdesk.pdf.document import MM, Column, Company, Document, Field, FieldGrid, Signature, TableBlock, TextBlock

CHART_HEIGHT = 190
CHART_GAP = 4 * MM
LABEL_WIDTH = 31 * MM


@dataclass(frozen=True)
class Section:
    title: str
    period: str
    figures: Sequence[tuple[str, str]]
    charts: Sequence[Any]  # see crdesk.pdf.charts.drawing
    tables: Sequence[TableBlock]
    note: str = ""


@dataclass(frozen=True)
class MonthlyReport:
    number: str  # e.g. YB202603, printed with its QR code
    month: str  # 2026年03月
    summary: Sequence[tuple[str, str]]  # the month at a glance: (label, value)
    sections: Sequence[Section]
    prepared_by: str = ""
    printed_on: str = ""
    author: str = ""


class SectionBlock:
    """A report section: heading, figures, charts side by side, tables, note (a block for the layout)."""

    def __init__(self, section: Section, index: int):
        self.section, self.index = section, index

    def flowables(self, context) -> list:
        from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

        from crdesk.pdf.blocks import flowables_of
        from crdesk.pdf.charts import drawing
        from crdesk.pdf.fonts import font_name
        from crdesk.pdf.text import paragraph

        section = self.section
        heading = paragraph(f"{self.index}. {section.title}（{section.period}）", context.styles.section)
        opening: list = [heading, Spacer(0, 2 * MM)]  # kept on one page with the first row of charts
        if section.figures:
            grid = FieldGrid([Field(label, value) for label, value in section.figures], columns=3,
                             label_width=LABEL_WIDTH)
            opening += flowables_of(grid, context) + [Spacer(0, CHART_GAP)]
        half = (context.width - CHART_GAP) / 2
        charts = list(section.charts)
        rows = []
        for start in range(0, len(charts), 2):
            pair = [drawing(chart, half, CHART_HEIGHT) for chart in charts[start:start + 2]]
            row = Table([pair + [""] * (2 - len(pair))], colWidths=[half + CHART_GAP / 2] * 2, hAlign="LEFT")
            row.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font_name(), 8),  # not Helvetica (not embedded)
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            rows.append([row, Spacer(0, CHART_GAP)])
        story: list = [KeepTogether(opening + (rows[0] if rows else []))]
        for row in rows[1:]:
            story += [KeepTogether(row[:1]), row[1]]
        for table in section.tables:
            story += flowables_of(table, context) + [Spacer(0, CHART_GAP)]
        if section.note:
            story.append(paragraph(f"说明：{section.note}", context.styles.value))
        return story


def columns(headers: Sequence[str], widths: Sequence[float], numeric_from: int) -> list[Column]:
    widths = list(widths) or [1.0] * len(headers)
    return [Column(h, widths[i] if i < len(widths) else 1.0, "right" if i >= numeric_from else "left")
            for i, h in enumerate(headers)]


def document(report: MonthlyReport, company: Company) -> Document:
    blocks: list = [FieldGrid([Field(label, value) for label, value in report.summary], columns=3,
                              title=f"{report.month}工作概况", label_width=LABEL_WIDTH)]
    blocks += [SectionBlock(section, index) for index, section in enumerate(report.sections, start=1)]
    blocks.append(TextBlock("部门经理意见", "", min_lines=4))
    return Document(title="客服中心月报", number=report.number, company=company, author=report.author,
                    header_note=f"报告期：{report.month}    打印日期：{report.printed_on}", blocks=blocks,
                    signatures=[Signature("制表", report.prepared_by, report.printed_on), Signature("审核"),
                                Signature("部门经理")], signatures_at_bottom=False)


def render(report: MonthlyReport, company: Company) -> bytes:
    from crdesk.pdf.layout import render as render_document

    return render_document(document(report, company))
