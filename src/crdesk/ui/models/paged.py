"""A table model over a keyset-paged service query: it never loads a whole table.

The view asks for more rows as it scrolls (``canFetchMore`` / ``fetchMore``); each page is fetched on the DB
worker with the key of the last row. Sorting re-queries in SQL. Results of an outdated query are dropped.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from crdesk.services.paging import Page


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], Any]
    sort_key: str | None = None  # the service's sort name; None = not sortable
    width: int = 10  # initial width in characters, until the user resizes
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✔" if value else ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


# Roles as plain ints: Qt passes ``data()`` an int, and comparing or hashing an enum member costs a Python call
# (a paint asks ~1,200 times).
DISPLAY, ALIGNMENT, TOOLTIP = (int(role) for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                                                      Qt.ItemDataRole.ToolTipRole))
STYLE_ROLES = frozenset(int(role) for role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
                                               Qt.ItemDataRole.FontRole))

# fetch(services, sort_key, descending, after, limit) -> Page
Fetch = Callable[[Any, str, bool, Any, int], Page]


class PagedTableModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    page_loaded = Signal(int)  # rows now loaded
    failed = Signal(object)

    def __init__(self, worker, columns: list[Column], fetch: Fetch, sort_key: str, page_size: int = 200,
                 row_style: Callable[[Any, int], Any] | None = None, parent=None):
        super().__init__(parent)
        self._worker = worker
        self._columns = columns
        self._fetch = fetch
        self._sort_key = sort_key
        self._descending = False
        self._page_size = page_size
        self._row_style = row_style
        self._rows: list[Any] = []
        self._text_cache: dict[int, list[str]] = {}
        self._style_cache: dict[int, dict[int, Any]] = {}  # row -> style role -> value
        self._alignments = [int(column.align) for column in columns]
        self._next_key = None
        self._at_end = True
        self._loading = False
        self._generation = 0

    # --- Qt model interface
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=DISPLAY):
        # Called for every role of every visible cell on each paint: answer from what is cached per row (texts,
        # styles), so a paint calls no column or style function.
        if role == DISPLAY:
            return self._texts(index.row())[index.column()]
        if role == ALIGNMENT:
            return self._alignments[index.column()]
        if role == TOOLTIP:
            text = self._texts(index.row())[index.column()]
            return text if len(text) > 30 else None
        if self._row_style is not None and role in STYLE_ROLES:
            return self._styles(index.row())[role]
        return None

    def _styles(self, row: int) -> dict[int, Any]:
        styles = self._style_cache.get(row)
        if styles is None:
            item = self._rows[row]
            styles = self._style_cache[row] = {role: self._row_style(item, role) for role in STYLE_ROLES}
        return styles

    def _texts(self, row: int) -> list[str]:
        texts = self._text_cache.get(row)
        if texts is None:
            item = self._rows[row]
            texts = self._text_cache[row] = [display(column.value(item)) for column in self._columns]
        return texts

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._at_end and not self._loading

    def fetchMore(self, parent=QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._request()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column].sort_key
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self._sort_key, self._descending):
            return  # the view re-announces the current order when the model is attached
        self._sort_key, self._descending = key, descending
        self.reload()

    # --- our interface
    @property
    def loading(self) -> bool:
        return self._loading

    def sort_column(self) -> int:
        keys = [c.sort_key for c in self._columns]
        return keys.index(self._sort_key) if self._sort_key in keys else -1

    def set_fetch(self, fetch: Fetch) -> None:
        """A new filter: same columns, new query."""
        self._fetch = fetch
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows, self._next_key, self._at_end = [], None, False
        self._text_cache = {}
        self._style_cache = {}
        self._loading = False
        self.endResetModel()
        self._request()

    def column_widths(self) -> list[int]:
        return [c.width for c in self._columns]

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def find_row(self, predicate: Callable[[Any], bool]) -> int:
        return next((i for i, row in enumerate(self._rows) if predicate(row)), -1)

    def _request(self) -> None:
        self._set_loading(True)
        generation, key, descending, after = self._generation, self._sort_key, self._descending, self._next_key
        fetch, limit = self._fetch, self._page_size
        self._worker.submit(lambda services: fetch(services, key, descending, after, limit),
                            lambda page: self._append(generation, page),
                            lambda error: self._fail(generation, error), owner=self)

    def _append(self, generation: int, page: Page) -> None:
        if generation != self._generation:
            return
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._next_key = page.next_key
        self._at_end = page.next_key is None
        self._set_loading(False)
        self.page_loaded.emit(len(self._rows))

    def _fail(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._at_end = True
            self._set_loading(False)
            self.failed.emit(error)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)
