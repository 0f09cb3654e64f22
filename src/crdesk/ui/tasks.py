"""The database worker: one serialized thread for all database work (Anki's taskman uses max_workers=1).

``submit(fn, on_done, on_error, owner)`` runs ``fn(services)`` on the worker thread and calls ``on_done(result)``
or ``on_error(error)`` back on the GUI thread — unless ``owner`` (a QObject) was deleted meanwhile, or the job
was cancelled. Connection-level database errors close the connection (the next job reconnects) and arrive
as ``ConnectionLost``; nothing half-done is committed because every service write is one transaction.
"""
from __future__ import annotations

import logging
import queue
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, Signal

from crdesk.services.errors import ConnectionLost, ServiceError

log = logging.getLogger(__name__)
STALE_SECONDS = 30.0  # a connection idle this long is tested before the next job uses it


@dataclass(eq=False)
class Job:
    fn: Callable[[Any], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    owner: QObject | None
    cancelled: bool = False
    id: int = 0
    done: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self.cancelled = True


class DbWorker(QObject):
    """Jobs stay registered on the GUI thread until delivered, and the worker thread drops its own references
    (job, error traceback) before it reports: the last reference to a job's callbacks — and so to the widgets
    they hold — is always released on the GUI thread. A QWidget destroyed on the worker thread crashes Qt."""

    _delivered = Signal(int, object, object)  # job id, result, error
    busy_changed = Signal(bool)
    connection_state = Signal(bool)  # False after a lost connection, True after the next success

    def __init__(self, services, default_error_handler: Callable[[BaseException], None] | None = None):
        super().__init__()
        self.services = services
        self.default_error_handler = default_error_handler
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._jobs: dict[int, Job] = {}  # GUI thread only
        self._next_id = 0
        self._connected = True
        self._delivered.connect(self._deliver)
        self._thread = threading.Thread(target=self._run, name="crdesk-db", daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[[Any], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None, owner: QObject | None = None) -> Job:
        job = Job(fn, on_done, on_error, owner)
        self._next_id += 1
        job.id = self._next_id
        self._jobs[job.id] = job
        if len(self._jobs) == 1:
            self.busy_changed.emit(True)
        self._queue.put(job)
        return job

    def _run(self) -> None:
        idle_since = time.monotonic()
        while True:
            job = self._queue.get()
            if job is None:
                break
            result, error = self._execute(job, time.monotonic() - idle_since > STALE_SECONDS)
            idle_since = time.monotonic()
            job_id = job.id
            job.done.set()
            del job  # see the class docstring: the GUI thread keeps the last reference
            self._delivered.emit(job_id, result, error)
            del result, error

    def _execute(self, job: Job, stale: bool) -> tuple[Any, BaseException | None]:
        if job.cancelled:
            return None, None
        # peewee and the drivers load here, on the worker, with the first job — not before the first window.
        import peewee

        from crdesk.db.connection import revive

        try:
            if self.services is not None and stale:
                revive(self.services.ctx.db)  # e.g. MySQL closed it after wait_timeout
            return job.fn(self.services), None
        except (peewee.OperationalError, peewee.InterfaceError) as exc:
            return None, self._connection_lost(exc)
        except ServiceError as exc:  # an expected refusal: its frames are of no use, and hold references
            return None, exc.with_traceback(None)
        except BaseException as exc:  # logged here with its traceback, delivered to the GUI thread without it
            log.error("unexpected error in a database job", exc_info=exc)
            return None, exc.with_traceback(None)

    def _connection_lost(self, exc: Exception) -> ConnectionLost:
        log.warning("database error, closing the connection: %s", exc)
        try:
            db = self.services.ctx.db if self.services is not None else None  # None: it never opened
            if db is not None and not db.is_closed():
                db.close()
        except Exception:  # the connection is already unusable; the next job opens a new one
            log.debug("closing a broken connection failed", exc_info=True)
        return ConnectionLost(detail=str(exc).strip().splitlines()[0] if str(exc).strip() else "")

    def _deliver(self, job_id: int, result: Any, error: BaseException | None) -> None:
        job = self._jobs.pop(job_id)
        if not self._jobs:
            self.busy_changed.emit(False)
        connected = not isinstance(error, ConnectionLost)
        if connected != self._connected:
            self._connected = connected
            self.connection_state.emit(connected)
        if job.cancelled or (job.owner is not None and not shiboken6.isValid(job.owner)):
            return
        if error is None:
            if job.on_done:
                job.on_done(result)
        elif job.on_error:
            job.on_error(error)
        elif self.default_error_handler:
            self.default_error_handler(error)
        else:
            log.error("unhandled error in database job", exc_info=error)

    @property
    def idle(self) -> bool:
        return not self._jobs

    def run_sync(self, fn: Callable[[Any], Any], timeout: float = 30.0) -> Any:
        """Run on the worker and wait (start-up and tests only; never from an event handler)."""
        box: dict[str, Any] = {}
        job = self.submit(fn, lambda r: box.setdefault("result", r), lambda e: box.setdefault("error", e))
        if not job.done.wait(timeout):
            raise TimeoutError("database worker did not answer")
        from PySide6.QtCore import QCoreApplication

        while "result" not in box and "error" not in box:
            QCoreApplication.processEvents()
        if "error" in box:
            raise box["error"]
        return box["result"]

    def stop(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=10)
