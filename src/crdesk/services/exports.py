"""Export lists to CSV (UTF-8 with BOM, for Excel) and XLSX. Each area registers its tables in EXPORTS.

Cells that a spreadsheet would run as a formula (= + - @ TAB CR at the start) are neutralized with a
leading apostrophe.
"""
from __future__ import annotations

import csv
import datetime as dt
import decimal
import importlib
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from crdesk.files import written_whole

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: Iterable[list[Any]]


# name -> "module:function"; the function takes Services and returns a Table. Loaded on use.
EXPORTS: dict[str, str] = {
    "clients": "crdesk.services.clients:export_table",
    "visits": "crdesk.services.visits:export_table",
    "visitors": "crdesk.services.visitors:export_table",
    "vehicles": "crdesk.services.fleet_exports:vehicles",
    "drivers": "crdesk.services.fleet_exports:drivers",
    "trips": "crdesk.services.fleet_exports:trips",
    "fuel": "crdesk.services.fleet_exports:fuel",
    "maintenance": "crdesk.services.fleet_exports:maintenance",
    "complaints": "crdesk.services.complaint_lists:export_table",
    "returns": "crdesk.services.return_lists:export_table",
    "products": "crdesk.services.products:export_table",
    "materials": "crdesk.services.planning_exports:materials",
    "production-plans": "crdesk.services.planning_exports:production_plans",
    "purchase-plans": "crdesk.services.planning_exports:purchase_plans",
    "deliveries": "crdesk.services.delivery_exports:orders",
    "runs": "crdesk.services.delivery_exports:runs",
    "slips": "crdesk.services.delivery_exports:slips",
}


def neutralize(value: Any) -> Any:
    """A leading apostrophe before a formula start; a text that starts with an apostrophe gets a second one,
    so an import can take exactly one away (services/import_kinds.text) and get the original back."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS + ("'",)):
        return "'" + value
    return value


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    return neutralize(value)


def resolve(name: str) -> Callable[..., Table]:
    if name not in EXPORTS:
        raise KeyError(name)
    module, function = EXPORTS[name].split(":")
    return getattr(importlib.import_module(module), function)


def write_csv(table: Table, path: Path) -> int:
    count = 0
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(table.headers)
        for row in table.rows:
            writer.writerow([_text(_cell(v)) for v in row])
            count += 1
    return count


def _text(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def write_xlsx(table: Table, path: Path, title: str = "crdesk") -> int:
    with streamed_workbook() as workbook:
        sheet = workbook.create_sheet(title=title[:31])
        sheet.append(table.headers)
        count = 0
        for row in table.rows:
            sheet.append([_cell(v) for v in row])
            count += 1
        workbook.save(path)
    return count


@contextmanager
def streamed_workbook():
    """openpyxl's write-only workbook; when writing fails, its sheets are closed (an open one raises again
    when the garbage collector finalizes it)."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    try:
        yield workbook
    except BaseException:
        for sheet in workbook.worksheets:
            with suppress(Exception):
                sheet.close()
        raise


def write(table: Table, path: Path, title: str = "crdesk") -> int:
    """Write by the file's extension (.csv or .xlsx); returns the number of data rows."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValueError(f"unsupported export format {suffix!r}: use .csv or .xlsx")
    with written_whole(path) as part:
        return write_csv(table, part) if suffix == ".csv" else write_xlsx(table, part, title)
