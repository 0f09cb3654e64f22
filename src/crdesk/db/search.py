"""Substring search over a table's ``search_text`` column, with an index on each backend (DESIGN.md §4.5, §7).

``text_condition(model, text)`` is a WHERE condition for rows whose ``search_text`` contains ``text`` (the
caller lower-cases both): a plain substring, case-insensitive for Latin letters, ``%`` and ``_`` literal.
Every backend returns the same rows; only the way there differs, and the condition always ends with the
LIKE test itself, so an index narrows the rows but never decides alone (a stale entry cannot show a row).

* SQLite (migration 0008): a contentless FTS5 ``trigram`` table ``<table>_search`` over ``search_text || '  '``.
  Text of three or more characters is a phrase query (consecutive trigrams = the substring). Text of one or
  two characters is a range over the index's terms, read through the ``fts5vocab`` table
  ``<table>_search_vocab``: every trigram that starts with it (the two padding spaces make a row's last
  characters start a trigram too). Writers need not know about it: rows above ``<table>_search_state``'s
  ``indexed_up_to`` are new, and triggers note each update of search_text and delete of an indexed row in
  ``<table>_search_pending`` (writing to FTS5 from a trigger flushes its buffer once per row, and any INSERT
  trigger makes SQLite keep a statement journal per row: a bulk insert took 55–85 % longer). A search
  counts those unindexed rows as candidates, and once more than ``REFRESH_AT`` are waiting it brings the
  index up to date in one batch (``refresh``).
  The candidates are probed first, up to ``PROBE_LIMIT`` rows: a selective text becomes
  ``id IN (candidates) AND LIKE``, which SQLite drives from the index and then sorts; a common text stays a
  plain LIKE, because scanning the list in its sort order meets a page of matches (and the count cap) sooner
  than sorting tens of thousands of candidates would.
* PostgreSQL: a pg_trgm GIN index on ``search_text`` (when the extension could be created) serves the same
  LIKE for three or more characters; the planner chooses between it and the sort order's index. One or two
  characters give pg_trgm no trigram: a scan (in the sort order, which is quick for a common text).
* MariaDB/MySQL, and any database without the index: LIKE.
"""
from __future__ import annotations

import logging

import peewee

log = logging.getLogger(__name__)

PROBE_LIMIT = 8000  # candidates up to this many: drive the query from the index; more: scan in list order
REFRESH_AT = 500  # rows the index does not know yet, past this many: a search brings it up to date first
_LAST_CHAR = "\U0010ffff"
_REFRESH = [  # the padding and names are those of migration 0008
    "INSERT INTO {index}({index}, rowid, search_text) SELECT 'delete', id, indexed || '  ' FROM {index}_pending",
    ("INSERT INTO {index}(rowid, search_text) SELECT id, search_text || '  ' FROM {table} "
     "WHERE id > (SELECT indexed_up_to FROM {index}_state) OR id IN (SELECT id FROM {index}_pending)"),
    "UPDATE {index}_state SET indexed_up_to = (SELECT coalesce(max(id), 0) FROM {table})",
    "DELETE FROM {index}_pending",
]


def _database(model: type[peewee.Model]) -> peewee.Database:
    db = model._meta.database
    return getattr(db, "obj", db)  # the DatabaseProxy's database


def index_name(model: type[peewee.Model]) -> str:
    return f"{model._meta.table_name}_search"


def has_index(model: type[peewee.Model]) -> bool:
    """Whether ``model``'s table has the SQLite search index (made by migration 0008 where FTS5 trigram exists)."""
    db = _database(model)
    if not isinstance(db, peewee.SqliteDatabase):
        return False
    found = db.execute_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (index_name(model),))
    return found.fetchone() is not None


def phrase(text: str) -> str:
    """An FTS5 query for ``text`` as one phrase (quotes doubled)."""
    return '"' + text.replace('"', '""') + '"'


def candidates(model: type[peewee.Model], text: str) -> peewee.Select:
    """Ids the index holds a text containing ``text`` for (ids may repeat for 1–2 characters)."""
    name = index_name(model)
    if len(text) >= 3:
        fts = peewee.Table(name, ("rowid", "search_text"))
        return fts.select(fts.rowid).where(peewee.Expression(fts.search_text, "MATCH", phrase(text)))
    vocab = peewee.Table(f"{name}_vocab", ("term", "doc"))
    return vocab.select(vocab.doc).where((vocab.term >= text) & (vocab.term <= text + _LAST_CHAR))


def _pending(model: type[peewee.Model]) -> peewee.Select:
    table = peewee.Table(f"{index_name(model)}_pending", ("id",))
    return table.select(table.id)


def _at_most(db: peewee.Database, query: peewee.Select, limit: int) -> int:
    """How many distinct rows ``query`` yields, counting no further than ``limit``."""
    limited = query.distinct().limit(limit).alias("probe")
    return peewee.Select([limited], [peewee.fn.COUNT(peewee.SQL("*"))]).bind(db).scalar()


def refresh(model: type[peewee.Model]) -> bool:
    """Bring the index up to date (new rows, and the rows the triggers noted); False without an index or when
    the file cannot be written (searches stay right either way: unindexed rows are candidates)."""
    if not has_index(model):
        return False
    db = _database(model)
    names = {"index": index_name(model), "table": model._meta.table_name}
    try:
        with db.atomic():
            for statement in _REFRESH:
                db.execute_sql(statement.format(**names))
    except peewee.OperationalError as error:  # a read-only file or a long-held lock: search without it
        log.warning("cannot refresh the %s search index: %s", names["table"], error)
        return False
    return True


def _unindexed(model: type[peewee.Model]) -> tuple[int, int]:
    """The highest indexed id, and how many rows the index does not know yet (counted up to REFRESH_AT + 1)."""
    db, key = _database(model), model._meta.primary_key
    up_to = db.execute_sql(f'SELECT indexed_up_to FROM "{index_name(model)}_state"').fetchone()[0]
    new = _at_most(db, model.select(key).where(key > up_to), REFRESH_AT + 1)
    return up_to, new + _at_most(db, _pending(model), REFRESH_AT + 1)


def like(column: peewee.Field, text: str) -> peewee.Expression:
    """``column LIKE '%text%'`` with ``%``, ``_`` and ``\\`` literal. On PostgreSQL LIKE, not ILIKE: both sides
    are lower-case already, and it scans 3–4× faster (ILIKE lower-cases every row again). peewee writes its
    ILIKE as LIKE on SQLite and MySQL (case-insensitive there) and its LIKE as GLOB on SQLite."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = peewee.NodeList((peewee.Value(f"%{escaped}%", converter=False), peewee.SQL("ESCAPE"),
                               peewee.Value("\\", converter=False)))
    postgres = isinstance(_database(column.model), peewee.PostgresqlDatabase)
    return peewee.Expression(column, peewee.OP.LIKE if postgres else peewee.OP.ILIKE, pattern)


def text_condition(model: type[peewee.Model], text: str) -> peewee.Expression:
    """WHERE condition: ``model.search_text`` contains ``text`` (already stripped and lower-cased)."""
    like_text = like(model.search_text, text)
    if not text or not has_index(model):
        return like_text
    up_to, unindexed = _unindexed(model)
    if unindexed > REFRESH_AT and refresh(model):
        up_to, unindexed = _unindexed(model)
    found = candidates(model, text)
    if _at_most(_database(model), found, PROBE_LIMIT + 1) + unindexed > PROBE_LIMIT:
        return like_text
    key = model._meta.primary_key
    if unindexed:
        return (key.in_(found.union_all(_pending(model))) | (key > up_to)) & like_text
    return key.in_(found) & like_text
