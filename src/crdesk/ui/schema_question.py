"""A database's schema is created or upgraded only after the user agreed: in the connection dialog, and at start
for the database the workstation remembers (or gets with --db / CRDESK_DB_URL). A schema newer than this crdesk
is refused, read but never written.

At start the question comes from the first job on the DB worker, which waits for the answer (``WorkerAsks``):
a sign-in typed meanwhile stays queued behind that job, and the GUI goes on painting.
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from crdesk.services.errors import ServiceError

if TYPE_CHECKING:  # not before the sign-in window: the database layer loads peewee (on the worker)
    from concurrent.futures import Future

    from crdesk.db.probe import Probe


def _tr(text: str) -> str:
    return QCoreApplication.translate("schema", text)


class UpgradeDeclined(ServiceError):
    """The user said no to creating or upgrading the schema: nothing was written (an expected outcome, like a
    refusal: the worker does not log it as an error)."""

    code = "upgrade_declined"

    def __init__(self, database: str):
        super().__init__(database=database)


def asked_at_start(probe: Probe) -> bool:
    """A server's schema changes only after a yes: other workstations share it. A local file holding data is
    upgraded after a yes too, as in the connection dialog (it is backed up first); a new local file is created
    at once, there is nothing in it to lose."""
    return probe.state == "old" or (probe.state == "empty" and probe.backend != "sqlite")


def schema_question(probe: Probe, database: str) -> str:
    if probe.state == "empty":
        text = _tr("数据库 {database} 中还没有 crdesk 的数据表。现在创建吗？")
    elif probe.backend == "sqlite":
        text = _tr("数据库 {database} 需要 {count} 项结构升级（数据库版本 {version}，本程序版本 {latest}）。"
                   "升级前会自动备份数据库文件。现在升级吗？")
    else:
        text = _tr("数据库 {database} 需要 {count} 项结构升级（数据库版本 {version}，本程序版本 {latest}），"
                   "所有工作站都需使用新版本 crdesk。请确认管理员已备份服务器数据库。现在升级吗？")
    # The count, not just the versions: a missing migration numbered below the newest applied one leaves
    # the two versions equal.
    return text.format(database=database, count=probe.pending, version=probe.version, latest=probe.latest)


def confirm_schema_change(parent: QWidget | None, probe: Probe, database: str) -> bool:
    answer = QMessageBox.question(parent, _tr("创建或升级数据库"), schema_question(probe, database),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def too_new_text(version: int, latest: int) -> str:
    return _tr("该数据库由较新版本的 crdesk 使用（版本 {version}，本程序最高支持版本 {latest}），请先升级本程序。"
               "数据库未做任何修改。").format(version=version, latest=latest)


class WorkerAsks(QObject):
    """Lets a job on the DB worker ask the user on the GUI thread and wait for the answer. ``cancel`` answers
    no on the user's behalf (the session is stopping) — also to a question not asked yet."""

    _asked = Signal(object)  # the pending question: (ask, Future)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._lock = threading.Lock()
        self._pending: Future | None = None
        self._cancelled = False
        self._asked.connect(self._ask)  # queued: emitted on the worker, run on the GUI thread

    def __call__(self, ask: Callable[[], bool]) -> bool:
        """On the worker: ``ask()`` runs on the GUI thread; its answer (or its exception) comes back here."""
        from concurrent.futures import Future  # here, not at start: the question module loads before sign-in

        future: Future = Future()
        with self._lock:
            if self._cancelled:
                return False
            self._pending = future
        self._asked.emit((ask, future))
        return future.result()

    def _ask(self, pending) -> None:
        ask, future = pending
        if future.done():
            return
        try:
            answer = ask()
        except BaseException as error:  # the worker's job fails with it (and is reported there), never waits on
            _settle(future, exception=error)
            return
        _settle(future, answer)

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            pending = self._pending
        if pending is not None:
            _settle(pending, False)


def _settle(future: Future, answer: bool = False, exception: BaseException | None = None) -> None:
    """Give ``future`` its outcome unless it has one (cancel and the answer may race)."""
    from concurrent.futures import InvalidStateError

    try:
        if exception is not None:
            future.set_exception(exception)
        else:
            future.set_result(answer)
    except InvalidStateError:
        pass
