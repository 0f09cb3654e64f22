"""After a lost connection (a server restart, a cable, a connection the server dropped): the status bar says
so and crdesk tries a cheap probe after 1, 2, 4, 8, 15, then every 30 seconds, until the server answers.

Nothing is ever replayed: the job that failed was one transaction and was rolled back whole by the server;
the form that sent it still holds its content and offers "retry" (ui/dialogs/record_dialog.py). The DB
worker closed the broken connection, so the probe — and every job after it — opens a fresh one.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

DELAYS = (1, 2, 4, 8, 15, 30)  # seconds between attempts; the last repeats


def ping(services) -> bool:
    """On the DB worker: open a connection if there is none and ask the server something trivial."""
    db = services.ctx.db
    db.connect(reuse_if_open=True)
    db.execute_sql("SELECT 1")
    return True


class Reconnector(QObject):
    status_changed = Signal(str)
    reconnected = Signal()

    def __init__(self, worker, parent: QObject | None = None, delays: tuple[float, ...] = DELAYS):
        super().__init__(parent)
        self.worker = worker
        self.delays = delays
        self.attempt = 0
        self.connected = True
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._probe)
        worker.connection_state.connect(self._state_changed)

    def _state_changed(self, connected: bool) -> None:
        was_connected, self.connected = self.connected, connected
        if connected:
            self._timer.stop()
            self.attempt = 0
            if not was_connected:
                self.status_changed.emit(self.tr("已重新连接"))
                self.reconnected.emit()
        elif was_connected:
            self._schedule()

    def _schedule(self) -> None:
        delay = self.delays[min(self.attempt, len(self.delays) - 1)]
        self.attempt += 1
        self._timer.start(int(delay * 1000))
        self.status_changed.emit(self.tr("连接中断，{seconds} 秒后自动重连（第 {attempt} 次）").format(
            seconds=f"{delay:g}", attempt=self.attempt))

    def _probe(self) -> None:
        self.status_changed.emit(self.tr("正在重新连接…"))
        self.worker.submit(ping, None, self._failed, owner=self)

    def _failed(self, _error: BaseException) -> None:
        if not self.connected:
            self._schedule()

    def retry_now(self) -> None:
        """Try at once (the user asked), then continue the backoff if it fails."""
        if not self.connected:
            self._timer.stop()
            self._probe()
