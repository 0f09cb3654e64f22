"""Reports to spreadsheets: an .xlsx workbook with a 概况 sheet (key figures and how they are counted) and
one sheet per table, or a .csv file with the tables one after another. Cells pass through the exports'
formula neutralization. ``crdesk export report NAME --month YYYY-MM -o FILE.xlsx`` uses :func:`export_report`.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

from crdesk.services.errors import ValidationError
from crdesk.files import written_whole
from crdesk.services.exports import neutralize, streamed_workbook
from crdesk.services.report_data import Report

_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def _cell(value):
    return "" if value is None else neutralize(value)


def sheet_title(text: str, used: set[str]) -> str:
    """An Excel sheet name: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    base = _SHEET_CHARS.sub("_", text)[:31] or "Sheet"
    title, number = base, 2
    while title in used:
        suffix = f"({number})"
        title, number = base[:31 - len(suffix)] + suffix, number + 1
    used.add(title)
    return title


def write_xlsx(report: Report, path: Path) -> int:
    with streamed_workbook() as workbook:
        used: set[str] = set()
        summary = workbook.create_sheet(sheet_title("概况", used))
        summary.append([report.title, report.period])
        for label, value in report.figures:
            summary.append([label, _cell(value)])
        if report.note:
            summary.append(["说明", _cell(report.note)])
        count = 0
        for table in report.tables:
            sheet = workbook.create_sheet(sheet_title(table.title, used))
            sheet.append([_cell(h) for h in table.headers])
            for row in table.rows:
                sheet.append([_cell(v) for v in row])
                count += 1
        workbook.save(path)
    return count


def write_csv(report: Report, path: Path) -> int:
    count = 0
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow([report.title, report.period])
        for table in report.tables:
            writer.writerow([])
            writer.writerow([_cell(table.title)])
            writer.writerow([_cell(h) for h in table.headers])
            for row in table.rows:
                writer.writerow([_cell(v) for v in row])
                count += 1
    return count


def write(report: Report, path: Path) -> int:
    """By the file's extension; returns the number of table rows written."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValueError(f"unsupported export format {suffix!r}: use .csv or .xlsx")
    with written_whole(path) as part:
        return write_xlsx(report, part) if suffix == ".xlsx" else write_csv(report, part)


def export_report(services, name: str | None, month: str | None, path: Path) -> int:
    if not name:
        raise ValidationError("name", "required")
    report = services.reports.build(name, month or services.reports.default_month())
    return write(report, path)
