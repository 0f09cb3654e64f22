"""Live refresh: every few seconds the DB worker asks the change feed (db/changes.py: PostgreSQL LISTEN/NOTIFY,
the audit log elsewhere) which tables other workstations changed, and the tabs that show them reload —
only the pages the user has scrolled through, keeping the selected row and the scroll position.

A poll is skipped while the previous one is still queued or the connection is down; after a reconnect every
tab hears "anything may have changed" (``ALL``).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QTableView

from crdesk.db.changes import ALL, feed_for
from crdesk.ui.models.paged import PagedTableModel


class LiveRefresh(QObject):
    tables_changed = Signal(object)  # set[str]

    def __init__(self, worker, seconds: float = 3.0, parent: QObject | None = None):
        super().__init__(parent)
        self.worker = worker
        self._feed = None  # created and used on the worker thread only
        self._pending = False
        self._connected = True
        self.timer = QTimer(self)
        self.timer.setInterval(int(seconds * 1000))
        self.timer.timeout.connect(self.poll)
        worker.connection_state.connect(self._connection_changed)

    def start(self) -> None:
        if self.timer.interval() > 0:
            self.poll()
            self.timer.start()

    def poll(self) -> None:
        if self._pending or not self._connected:
            return
        self._pending = True
        self.worker.submit(self._poll_on_worker, self._delivered, self._failed, owner=self)

    def _poll_on_worker(self, services) -> set[str]:
        if self._feed is None:
            self._feed = feed_for(services.ctx.db)
        return self._feed.poll()

    def _delivered(self, tables: set[str]) -> None:
        self._pending = False
        if tables:
            self.tables_changed.emit(set(tables))

    def _failed(self, _error: BaseException) -> None:
        self._pending = False  # a lost connection is the reconnector's business

    def _connection_changed(self, connected: bool) -> None:
        if connected and not self._connected:
            self.tables_changed.emit({ALL})
        self._connected = connected


# Changes that matter to every view: the business settings (deadlines, thresholds, the outbound-call rule …)
# and a restored database, besides "anything may have changed".
EVERYWHERE = frozenset({ALL, "setting", "database"})


def concerns(watched: frozenset[str] | None, tables: set[str]) -> bool:
    """Whether a change to ``tables`` matters to a view of ``watched`` (None: any table)."""
    return watched is None or not EVERYWHERE.isdisjoint(tables) or not watched.isdisjoint(tables)


class ViewKeeper(QObject):
    """Put a paged table view back where it was after its model reloads: fetch pages until the rows that
    were on screen (and the selected one) are loaded again, re-select the same record by id, restore the scroll
    position. Gives up quietly after ``max_rows``."""

    def __init__(self, view: QTableView, max_rows: int = 5000):
        super().__init__(view)
        self.view, self.model = view, view.model()
        self.scroll = view.verticalScrollBar().value()
        current = view.currentIndex()
        row = self.model.row_at(current.row()) if current.isValid() else None
        self.selected_id = getattr(row, "id", None)
        self.column = max(current.column(), 0)
        visible = view.rowAt(view.viewport().height() - 1)
        last_needed = max(current.row() if current.isValid() else 0, visible if visible >= 0 else self.scroll)
        self.needed = min(last_needed + 1, max_rows)
        previous = getattr(view, "_crdesk_keeper", None)
        if previous is not None:
            previous.release()
        view._crdesk_keeper = self
        self.model.page_loaded.connect(self._loaded)

    def release(self) -> None:
        try:
            self.model.page_loaded.disconnect(self._loaded)
        except (RuntimeError, TypeError):  # already disconnected
            pass
        if getattr(self.view, "_crdesk_keeper", None) is self:
            self.view._crdesk_keeper = None

    def _loaded(self, count: int) -> None:
        if count < self.needed and self.model.canFetchMore():
            self.model.fetchMore()
            return
        self.release()
        if self.selected_id is not None:
            row = self.model.find_row(lambda r: getattr(r, "id", None) == self.selected_id)
            if row >= 0 and row != self.view.currentIndex().row():
                self.view.setCurrentIndex(self.model.index(row, self.column))
        self.view.verticalScrollBar().setValue(self.scroll)


def refresh_keeping_views(tab) -> None:
    """The tab's own refresh, with every paged list in it put back where the user had it."""
    for view in tab.findChildren(QTableView):
        if isinstance(view.model(), PagedTableModel) and view.model().rowCount():
            ViewKeeper(view)
    tab.refresh()
