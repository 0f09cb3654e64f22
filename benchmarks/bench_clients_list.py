"""The clients list over a large table: time to the first screen and per page step deep in the list.

On a database made by ``crdesk demo-data --scale N`` (5000 ≈ 1,000,000 clients), three first screens, measured
in turn in each repetition:
- the baseline: a bare QTableView over a minimal keyset model that queries the file with sqlite3 on the GUI
  thread;
- crdesk's clients list, like for like: the view and model the clients tab builds (``client_list_model``,
  ``show_client_list``: PagedTableModel on the DB worker, ClientService's keyset pages, the remembered layout);
- the whole clients tab around that list: filters, detail pane with history, buttons — some twenty more widgets
  to build and paint than the bare view, so it has the absolute target only.
"First screen" is the time from creating the widget until the event loop has painted the list's viewport with
rows in it. Targets: the list ≤ 100 ms and ≤ 1.5× the baseline; the tab ≤ 100 ms; a page step ≤ 16 ms.

    python benchmarks/bench_clients_list.py [--quick] [--scale N] [--json out.json]
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import ROOT, emit, parser, row  # noqa: E402

PAGE = 200


def database(scale: int):
    path = ROOT / "benchmarks" / "out" / f"clients-scale{scale}.sqlite3"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        subprocess.run([sys.executable, "-m", "crdesk", "--db", f"sqlite:///{partial}", "demo-data", "--scale",
                        str(scale), "--only", "clients"], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        partial.rename(path)
    return path


def wait_for(condition, timeout: float = 30.0) -> None:
    """Run the event loop until ``condition``; it sleeps between events (as the app does), so the DB worker
    thread is not starved of the GIL by a spinning GUI thread."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not condition():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark step did not finish")


class MinimalKeysetModel:
    """The baseline: the smallest keyset model that shows the same columns."""

    def __new__(cls, path):
        from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

        class Model(QAbstractTableModel):
            def __init__(self):
                super().__init__()
                self.db = sqlite3.connect(str(path))
                self.rows, self.last = [], ""

            def rowCount(self, parent=QModelIndex()):
                return len(self.rows)

            def columnCount(self, parent=QModelIndex()):
                return 7

            def data(self, index, role=Qt.ItemDataRole.DisplayRole):
                return str(self.rows[index.row()][index.column()]) if role == Qt.ItemDataRole.DisplayRole else None

            def load(self, after: str):
                page = self.db.execute("SELECT code, name, kind, grade, region, phone, updated_at FROM client "
                                       "WHERE active = 1 AND code > ? ORDER BY code, id LIMIT ?", (after, PAGE)).fetchall()
                self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
                self.rows.extend(page)
                self.endInsertRows()
                self.last = page[-1][0]

        return Model()


def discard(widget) -> None:
    """Destroy a measured widget now, and collect garbage, so the next repetition starts from the same state.
    (A deleteLater() outside a running event loop is never carried out: the widgets piled up, and every
    repetition ran slower than the one before.)"""
    import gc

    import shiboken6
    from PySide6.QtWidgets import QApplication

    widget.close()
    shiboken6.delete(widget)
    QApplication.processEvents()
    gc.collect()


def painted_with_rows(view):
    """A watcher whose ``at`` becomes the perf_counter time at which the table's viewport finished its first
    paint with rows in it: the first screen of the list, for crdesk and the baseline alike. It paints that
    event itself, so the time is taken as the paint ends, not after whatever the event loop does next."""
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        at = None

        def eventFilter(self, obj, event):
            if self.at is not None or event.type() != QEvent.Type.Paint or view.model().rowCount() == 0:
                return False
            view.viewportEvent(event)
            self.at = time.perf_counter()
            return True

    watch = Watch(view)
    view.viewport().installEventFilter(watch)
    return watch


def baseline_first_screen(path) -> float:
    from PySide6.QtWidgets import QTableView

    start = time.perf_counter()
    model = MinimalKeysetModel(path)
    view = QTableView()
    view.setModel(model)
    painted = painted_with_rows(view)
    view.resize(1200, 700)
    view.show()
    model.load("")
    wait_for(lambda: painted.at is not None)
    elapsed = (painted.at - start) * 1000
    discard(view)
    return elapsed


def baseline_page_steps(path, deep_code: str, steps: int) -> list[float]:
    model = MinimalKeysetModel(path)
    model.load(deep_code)
    times = []
    for _ in range(steps):
        start = time.perf_counter()
        model.load(model.last)
        times.append((time.perf_counter() - start) * 1000)
    return times


def crdesk_context(path):
    from PySide6.QtCore import QSettings

    from crdesk.db.connection import connect
    from crdesk.services import Services
    from crdesk.settings import Preferences
    from crdesk.ui.app import ensure_application
    from crdesk.ui.context import AppContext
    from crdesk.ui.i18n import Translations
    from crdesk.ui.tasks import DbWorker

    ensure_application()
    url = f"sqlite:///{path}"
    worker = DbWorker(Services(connect(url)))
    prefs = Preferences(QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat))
    translations = Translations()
    translations.install("zh_CN")
    return AppContext(worker, prefs, translations, url)


def first_screen(app, build) -> float:
    """Time from ``build()`` — which returns the widget to show and its list view — to the list's rows painted."""
    start = time.perf_counter()
    widget, view = build()
    painted = painted_with_rows(view)
    widget.resize(1200, 700)
    widget.show()
    wait_for(lambda: painted.at is not None)
    elapsed = (painted.at - start) * 1000
    wait_for(lambda: app.worker.idle)
    discard(widget)
    return elapsed


def crdesk_list(app):
    """The clients list as the tab builds it: its model on the DB worker and its view."""
    from PySide6.QtWidgets import QTableView

    from crdesk.ui.tabs.clients import client_list_model, show_client_list

    view = QTableView()
    show_client_list(view, client_list_model(app.worker, view), app.prefs)
    return view, view


def crdesk_tab(app):
    """The whole clients tab: filters, the list, the detail pane with its history, the buttons."""
    from crdesk.ui.tabs.clients import ClientsTab

    tab = ClientsTab(app)
    return tab, tab.ui.client_table


def crdesk_page_steps(app, deep_key, steps: int) -> list[float]:
    from crdesk.services.clients import ClientFilter
    from crdesk.ui.models.paged import PagedTableModel
    from crdesk.ui.tabs.clients import list_columns

    flt = ClientFilter()
    model = PagedTableModel(app.worker, list_columns(),
                            lambda s, k, d, after, limit: s.clients.page(flt, k, d, after or deep_key, limit), "code")
    model.reload()
    wait_for(lambda: model.rowCount() > 0)
    times = []
    for _ in range(steps):
        before = model.rowCount()
        start = time.perf_counter()
        model.fetchMore()
        wait_for(lambda: model.rowCount() > before)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    args = parser(__doc__).parse_args()
    scale = 50 if args.quick else 5000
    path = database(scale)
    repeats, steps = (3, 5) if args.quick else (15, 30)
    count = sqlite3.connect(str(path)).execute("SELECT COUNT(*) FROM client").fetchone()[0]
    deep = sqlite3.connect(str(path)).execute(
        "SELECT code, id FROM client WHERE active = 1 ORDER BY code LIMIT 1 OFFSET ?",
        (min(int(count * 0.9), int(count * 0.95) - (steps + 2) * PAGE),)).fetchone()
    app = crdesk_context(path)
    base_first, list_first, tab_first = [], [], []
    for _ in range(repeats + 1):  # interleaved, so a slower stretch of the machine weighs on all three alike
        base_first.append(baseline_first_screen(path))
        list_first.append(first_screen(app, lambda: crdesk_list(app)))
        tab_first.append(first_screen(app, lambda: crdesk_tab(app)))
    del base_first[0], list_first[0], tab_first[0]  # the first round loads fonts and glyphs for all
    base_steps = baseline_page_steps(path, deep[0], steps)
    ours_steps = crdesk_page_steps(app, (deep[0], deep[1]), steps)
    app.worker.stop()
    label = f"{count:,} clients"
    emit([
        row(f"clients list, first screen ({label})", "ms", list_first, base_first, "≤100 ms, ≤1.5×",
            lambda m, b: m <= 100 and m <= 1.5 * b),
        row(f"clients tab around it, first screen ({label})", "ms", tab_first, base_first,
            "≤100 ms", lambda m, b: m <= 100),
        row(f"clients list, page step at 90% depth ({label})", "ms", ours_steps, base_steps, "≤16 ms",
            lambda m, b: m <= 16),
    ], args.json)


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of Qt objects (PySide may crash deallocating them at exit)
