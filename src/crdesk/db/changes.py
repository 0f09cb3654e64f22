"""Which tables other workstations changed: the source behind live refresh.

Every business write already leaves an audit row in its own transaction (services/audit.py), so the audit
log is the change counter: new audit ids name the tables that changed, without a hot counter row that every
transaction would have to lock (and deadlock on, when two transactions touch two tables in opposite order).

* PostgreSQL: ``audit.record`` also sends ``NOTIFY crdesk_changes, '<table>'``; the server delivers it when
  the transaction commits (never for a rolled-back one) and the feed only reads the socket: no query at all.
* SQLite and MySQL/MariaDB: the feed asks for audit ids above the last one it saw. On MySQL, ids are handed
  out when a row is inserted but become visible when its transaction commits, so a smaller id can appear
  after a larger one: the feed keeps such holes and looks for them again for ``HOLE_SECONDS``.

A feed returns ``{ALL}`` when it cannot know (the first poll after a reconnect, a burst of changes).
Feeds run on the DB worker thread, between jobs (never inside a transaction).
"""
from __future__ import annotations

import time

import peewee

from crdesk.db.models.core import AuditLog

CHANNEL = "crdesk_changes"
ALL = "*"  # "anything may have changed": reload everything shown
HOLE_SECONDS = 60.0
BURST = 2000


def is_postgres(db: peewee.Database) -> bool:
    return isinstance(getattr(db, "obj", db), peewee.PostgresqlDatabase)  # a DatabaseProxy or the database


def notify(db: peewee.Database, table: str) -> None:
    """Tell listening workstations that ``table`` changed (PostgreSQL; delivered on commit)."""
    if is_postgres(db):
        db.execute_sql("SELECT pg_notify(%s, %s)", (CHANNEL, table))


class AuditLogFeed:
    """Polls the audit log (SQLite, MySQL/MariaDB)."""

    def __init__(self, db: peewee.Database, clock=time.monotonic):
        self.db = db
        self.clock = clock
        self.last_id: int | None = None
        self.holes: dict[int, float] = {}  # id not seen yet -> when it was first missed

    def poll(self) -> set[str]:
        with AuditLog.bind_ctx(self.db):
            if self.last_id is None:
                self.last_id = AuditLog.select(peewee.fn.MAX(AuditLog.id)).scalar() or 0
                return set()
            condition = AuditLog.id > self.last_id
            if self.holes:
                condition |= AuditLog.id.in_(list(self.holes))
            rows = list(AuditLog.select(AuditLog.id, AuditLog.table_name).where(condition)
                        .order_by(AuditLog.id).limit(BURST).tuples())
        if len(rows) == BURST:
            self.last_id, self.holes = rows[-1][0], {}
            return {ALL}
        return self._take(rows)

    def _take(self, rows: list[tuple[int, str]]) -> set[str]:
        now = self.clock()
        for record_id, _ in rows:
            self.holes.pop(record_id, None)
            if record_id > self.last_id:
                if record_id - self.last_id <= BURST:
                    self.holes.update((missing, now) for missing in range(self.last_id + 1, record_id))
                self.last_id = record_id
        self.holes = {i: t for i, t in self.holes.items() if now - t < HOLE_SECONDS}
        return {table for _, table in rows}


class NotifyFeed:
    """LISTEN on the worker's own PostgreSQL connection; notifications of this connection are skipped."""

    def __init__(self, db: peewee.Database):
        self.db = db
        self._conn = None

    def poll(self) -> set[str]:
        conn = self.db.connection()
        if conn is not self._conn:
            with conn.cursor() as cursor:
                cursor.execute(f"LISTEN {CHANNEL}")
            first = self._conn is None
            self._conn = conn
            return set() if first else {ALL}  # a new connection missed what happened meanwhile
        conn.poll()
        own = conn.get_backend_pid()
        tables = {n.payload for n in conn.notifies if n.pid != own}
        conn.notifies.clear()
        return tables


def feed_for(db: peewee.Database) -> AuditLogFeed | NotifyFeed:
    return NotifyFeed(db) if is_postgres(db) else AuditLogFeed(db)
