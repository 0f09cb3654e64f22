"""Import clients, products, packaging materials and vehicles from CSV or XLSX.

* Files: CSV in UTF-8 with or without BOM, GB18030/GBK (what Excel saves on a Chinese Windows; tried only when
  strict UTF-8 fails), UTF-16 ("Unicode text"); XLSX (the first visible sheet, cached values of formulas).
* Columns are matched to fields by header (``import_kinds``); the caller may change the mapping.
* Every row is parsed and validated by the area's own rules; errors name the row (as the spreadsheet numbers
  it, the header being row 1), the column and the reason.
* All or nothing: the rows go in with one transaction and a single audit row; when any row is bad, nothing
  is written — unless the caller asks for the valid rows only. ``dry_run`` checks without writing.
* Fast (≥ 50,000 rows/s into SQLite, ``benchmarks/bench_import.py``): rows are validated in Python, keys are
  checked against the database a chunk at a time, and rows are inserted with one prepared statement.
"""
from __future__ import annotations

import codecs
import csv
import io
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from crdesk.db.bulk import bulk_insert, existing_keys, indexes_built_after
from crdesk.services import audit
from crdesk.services.context import Context
from crdesk.services.errors import ServiceError, ValidationError
from crdesk.services.import_kinds import CellError, Kind, kind_of, with_defaults

CHUNK = 1000
MAX_ERRORS = 1000  # errors kept for display; all are counted
MAX_FILE_BYTES = 512 * 1024 * 1024
csv.field_size_limit(64 * 1024 * 1024)  # a huge cell becomes a "too long" row error, not a crash


@dataclass(frozen=True)
class RowError:
    row: int  # the spreadsheet's row number (the header is row 1)
    column: str  # the column's header in the file (or the field's header when the column is missing)
    code: str
    params: dict = field(default_factory=dict)


@dataclass
class Sheet:
    headers: list[str]
    rows: Iterator[tuple[int, list[Any]]]  # (row number, cells)
    total: int | None  # an estimate for progress
    encoding: str  # utf-8 / utf-8-sig / gb18030 / utf-16 / xlsx


@dataclass
class Preview:
    kind: str
    headers: list[str]
    mapping: list[str | None]  # a field name per column, None = ignored
    rows: list[list[Any]]
    encoding: str
    total: int | None


@dataclass
class ImportResult:
    kind: str
    rows: int = 0  # data rows read (blank rows skipped)
    imported: int = 0
    error_rows: int = 0
    errors: list[RowError] = field(default_factory=list)
    encoding: str = ""
    dry_run: bool = False

    @property
    def valid(self) -> int:
        return self.rows - self.error_rows

    @property
    def refused(self) -> bool:
        """Nothing was written because some rows are bad (and the valid rows alone were not asked for)."""
        return not self.dry_run and self.error_rows > 0 and self.imported == 0


class ImportCancelled(ServiceError):
    code = "cancelled"


class _Refused(Exception):
    """Rolls the import's transaction back when a row is bad."""


# --- reading files
def decode(raw: bytes) -> tuple[str, str]:
    """Strict UTF-8 (BOM or not), UTF-16 with a BOM, then GB18030 (a superset of GBK and GB2312)."""
    if raw.startswith(codecs.BOM_UTF8):
        candidates = [("utf-8-sig", raw[3:], "utf-8")]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = [("utf-16", raw, "utf-16")]
    else:
        candidates = [("utf-8", raw, "utf-8"), ("gb18030", raw, "gb18030")]
    for name, data, codec in candidates:
        try:
            return data.decode(codec), name
        except UnicodeDecodeError:
            continue
    raise ValidationError("file", "unknown_encoding")


def _delimiter(first_line: str) -> str:
    return max(",\t;", key=first_line.count) if first_line else ","


def _csv_sheet(path: Path) -> Sheet:
    raw = path.read_bytes()
    text, encoding = decode(raw)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.split("\n", 1)[0]), strict=True)
    return _with_header(_numbered_csv(reader), text.count("\n"), encoding)


def _numbered_csv(reader) -> Iterator[tuple[int, list[str]]]:
    """(record number, cells); a badly quoted record stops the file with its line number."""
    try:
        yield from enumerate(reader, start=1)
    except csv.Error as error:
        raise ValidationError("file", "bad_file", detail=f"line {reader.line_num}: {error}") from None


def _xlsx_sheet(path: Path) -> Sheet:
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():  # "no default style" and the like: files from other programs
            warnings.simplefilter("ignore", UserWarning)
            workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # a damaged or foreign file: openpyxl raises many kinds
        raise ValidationError("file", "bad_file", detail=str(error)[:200]) from None
    sheet = workbook.active or workbook.worksheets[0]

    def rows():
        try:
            yield from enumerate((list(r) for r in sheet.iter_rows(values_only=True)), start=1)
        finally:
            workbook.close()

    return _with_header(rows(), sheet.max_row, "xlsx")


def _with_header(numbered: Iterator[tuple[int, list]], total: int | None, encoding: str) -> Sheet:
    rows = iter(numbered)  # one iterator for the header and the rows after it (never closed in between)
    for number, cells in rows:
        if any(_filled(c) for c in cells):
            headers = [str(c).strip() if c is not None else "" for c in cells]
            while headers and not headers[-1]:
                headers.pop()
            return Sheet(headers, rows, max((total or 0) - number, 0) or None, encoding)
    raise ValidationError("file", "empty_file")


def _filled(cell: Any) -> bool:
    return cell is not None and (not isinstance(cell, str) or cell.strip() != "")


def _blank(cells: list[Any]) -> bool:
    try:
        return not "".join(cells).strip()  # CSV: all text
    except TypeError:
        return not any(_filled(c) for c in cells)


def open_sheet(path: Path) -> Sheet:
    path = Path(path)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ValidationError("file", "file_too_large", max_mb=MAX_FILE_BYTES // 2 ** 20)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        return _csv_sheet(path)
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx_sheet(path)
    raise ValidationError("file", "unsupported_file")


def auto_mapping(kind: Kind, headers: list[str]) -> list[str | None]:
    """The field each column feeds (first match wins; a field is fed by one column at most)."""
    used: set[str] = set()
    mapping: list[str | None] = []
    for header in headers:
        found = next((f.name for f in kind.fields if f.name not in used and f.matches(header)), None)
        if found:
            used.add(found)
        mapping.append(found)
    return mapping


# --- one import
class _Run:
    def __init__(self, ctx: Context, kind: Kind, sheet: Sheet, mapping: list[str | None], write: bool,
                 valid_only: bool):
        self.ctx, self.kind, self.write, self.valid_only = ctx, kind, write, valid_only
        self.parsers = [(i, name, kind.field(name).parse) for i, name in enumerate(mapping) if name]
        self.header_of = {name: sheet.headers[i] for i, name in enumerate(mapping) if name}
        self.width = len(sheet.headers)
        self.result = ImportResult(kind.name, encoding=sheet.encoding, dry_run=not write)
        self.keys: dict[Any, int] = {}  # key -> row number, within the file
        self.chunk: list[tuple[int, dict]] = []
        self.unkeyed: list[dict] = []  # valid rows without a key: numbered once every key of the file is known
        self.defaults = with_defaults(kind, {})
        self.stamp = dict(created_at=ctx.now(), updated_at=ctx.now(), updated_by=ctx.actor.username, version=1)

    def error(self, row: int, name: str, code: str, params: dict | None = None) -> None:
        if len(self.result.errors) < MAX_ERRORS:
            self.result.errors.append(RowError(row, self._column(name), code, dict(params or {})))

    def _column(self, name: str) -> str:
        if name in self.header_of:
            return self.header_of[name]
        return next((f.header for f in self.kind.fields if f.name == name), name)

    def row(self, number: int, cells: list[Any]) -> None:
        if _blank(cells):
            return
        self.result.rows += 1
        values, errors = self._parse(cells)
        if not errors:
            values = self._checked(number, values, errors)
        if errors:
            self._failed(number, errors)
        else:
            self.chunk.append((number, values))
            if len(self.chunk) >= CHUNK:
                self.flush()

    def _parse(self, cells: list[Any]) -> tuple[dict[str, Any], list[tuple[str, str, dict]]]:
        """Every field's value (the default where the cell is empty or the column is missing), and errors."""
        values = self.defaults.copy()
        errors = []
        count = len(cells)
        if count > self.width and any(_filled(c) for c in cells[self.width:]):
            errors.append(("", "extra_cells", {"count": count, "expected": self.width}))
        for index, name, parse in self.parsers:
            cell = cells[index] if index < count else None
            if cell is None or cell == "" or (cell.__class__ is str and cell.isspace()):
                continue  # an empty cell: the field's default
            try:
                values[name] = parse(cell)
            except CellError as error:
                errors.append((name, error.code, error.params))
        return values, errors

    def _checked(self, number: int, values: dict[str, Any], errors: list) -> dict:
        try:
            values = self.kind.check(values)
        except ValidationError as error:
            errors.extend(error.errors)
            return {}
        key = values[self.kind.key]
        if key:
            first = self.keys.setdefault(key, number)
            if first != number:
                errors.append((self.kind.key, "duplicate_in_file", {"row": first}))
        return values

    def _failed(self, number: int, errors: list) -> None:
        self.result.error_rows += 1
        for name, code, params in errors:
            self.error(number, name.split(".")[0], code, params)

    def flush(self) -> None:
        chunk, self.chunk = self.chunk, []
        existing = existing_keys(self.ctx.db, self.kind.model, self.kind.key,
                                 [values[self.kind.key] for _, values in chunk if values[self.kind.key]])
        good = []
        for number, values in chunk:
            if not values[self.kind.key]:
                if self._writing():  # a dry run or a refused import never numbers them
                    self.unkeyed.append(values)
            elif values[self.kind.key] in existing:
                self._failed(number, [(self.kind.key, "duplicate_code", {})])
            else:
                good.append(values)
        self._insert(good)

    def finish(self) -> None:
        """The last chunk, then the rows without a key (numbered past every key in the file, so a generated
        code never takes one a later row of the file brings)."""
        self.flush()
        numbering = bool(self.unkeyed) and self._writing()
        if numbering or self.result.imported:
            self.kind.finish(self.ctx, self.keys)
        for start in range(0, len(self.unkeyed) if numbering else 0, CHUNK):
            part = self.unkeyed[start:start + CHUNK]  # numbered a chunk at a time: one SQL parameter per code
            self.kind.number(self.ctx, part, self.keys)
            self._insert(part)

    def _writing(self) -> bool:
        return self.write and (self.valid_only or not self.result.error_rows)

    def _insert(self, rows: list[dict]) -> None:
        if rows and self._writing():
            bulk_insert(self.ctx.db, self.kind.model, rows, self.stamp)
            self.result.imported += len(rows)


Progress = Callable[[int, int | None], None]


class ImportService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def preview(self, path: Path, kind: str, limit: int = 50) -> Preview:
        spec = kind_of(kind)
        self.ctx.require(spec.permission)
        sheet = open_sheet(path)
        rows = []
        for _, cells in sheet.rows:
            if not _blank(cells):
                rows.append(cells)
            if len(rows) >= limit:
                break
        return Preview(kind, sheet.headers, auto_mapping(spec, sheet.headers), rows, sheet.encoding, sheet.total)

    def run(self, path: Path, kind: str, mapping: list[str | None] | None = None, dry_run: bool = False,
            valid_only: bool = False, progress: Progress | None = None,
            cancelled: Callable[[], bool] = lambda: False) -> ImportResult:
        """Check (dry_run) or import a file. ``result.refused`` tells that bad rows stopped the import."""
        spec = kind_of(kind)
        self.ctx.require(spec.permission)
        sheet = open_sheet(path)
        mapping = auto_mapping(spec, sheet.headers) if mapping is None else list(mapping)
        _check_mapping(spec, sheet, mapping)
        run = _Run(self.ctx, spec, sheet, mapping, not dry_run, valid_only)
        if dry_run:
            self._feed(run, sheet, progress, cancelled)
            return run.result
        try:
            with self.ctx.db.atomic(), indexes_built_after(self.ctx.db, spec.model, sheet.total):
                self._feed(run, sheet, progress, cancelled)
                if run.result.error_rows and not valid_only:
                    raise _Refused
                if run.result.imported:
                    audit.record(self.ctx, "import", spec.model._meta.table_name, None,
                                 {"file": [None, Path(path).name], "rows": [None, run.result.imported]},
                                 reason=Path(path).name)
        except _Refused:
            run.result.imported = 0
        return run.result

    @staticmethod
    def _feed(run: _Run, sheet: Sheet, progress: Progress | None, cancelled: Callable[[], bool]) -> None:
        for count, (number, cells) in enumerate(sheet.rows, start=1):
            run.row(number, cells)
            if count % CHUNK == 0:
                if cancelled():
                    raise ImportCancelled()
                if progress:
                    progress(count, sheet.total)
        run.finish()
        run.result.errors.sort(key=lambda error: error.row)
        if progress:
            progress(run.result.rows, run.result.rows)


def _check_mapping(kind: Kind, sheet: Sheet, mapping: list[str | None]) -> None:
    if len(mapping) != len(sheet.headers):
        raise ValidationError("mapping", "mapping_mismatch")
    named = [name for name in mapping if name]
    if len(named) != len(set(named)):
        raise ValidationError("mapping", "duplicate_mapping")
    missing = [f.header for f in kind.fields if f.required and f.name not in named]
    if missing:
        raise ValidationError("mapping", "missing_column", columns="、".join(missing))


def field_headers(kind: str) -> list[tuple[str, str]]:
    """(field name, Chinese header) for the mapping choices of the import dialog."""
    return [(f.name, f.header) for f in kind_of(kind).fields]

