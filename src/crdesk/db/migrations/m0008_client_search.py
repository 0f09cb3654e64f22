"""Client search index (see crdesk.db.search): what each backend can do to find a substring of search_text.

* SQLite with FTS5 ``trigram`` (3.34+): a contentless FTS5 table ``client_search`` over ``search_text || '  '``
  filled from the existing rows and an ``fts5vocab`` table over it. crdesk.db.search brings it up to date in
  batches: rows above ``client_search_state.indexed_up_to`` are new, and triggers note every update of
  search_text and every delete of an indexed row in ``client_search_pending`` (whoever writes: services,
  imports, demo data). There is no INSERT trigger: any trigger on ``client`` makes SQLite keep a statement
  journal for each inserted row, which cost a bulk insert of 100,000 clients 55–85 % more time; SQLite hands
  out new ids above the highest one (a deleted highest id that comes back is a noted delete).
* PostgreSQL: ``CREATE EXTENSION pg_trgm`` (trusted: the database owner may) and a GIN trigram index on
  search_text; without the extension, a log line and plain LIKE.
* MariaDB: its FULLTEXT parser splits words at spaces and punctuation (there is no ngram parser), so it
  cannot find part of a Chinese name: plain LIKE, said in a log line.

The SQL is frozen here (the padding and table names must match crdesk.db.search for this schema version).
"""
import logging

import peewee

log = logging.getLogger(__name__)

SQLITE = [
    ("CREATE VIRTUAL TABLE client_search USING fts5(search_text, content='', columnsize=0, "
     "tokenize='trigram case_sensitive 1')"),
    "CREATE VIRTUAL TABLE client_search_vocab USING fts5vocab(client_search, 'instance')",
    "INSERT INTO client_search(rowid, search_text) SELECT id, search_text || '  ' FROM client",
    # Rows with a higher id than this are not indexed yet (new rows: no INSERT trigger, see the docstring).
    "CREATE TABLE client_search_state (indexed_up_to INTEGER NOT NULL)",
    "INSERT INTO client_search_state (indexed_up_to) SELECT coalesce(max(id), 0) FROM client",
    # Indexed rows changed or deleted since, with the text the index holds for them: the first note of an id
    # wins (OR IGNORE), as the index keeps that text until crdesk.db.search.refresh.
    "CREATE TABLE client_search_pending (id INTEGER PRIMARY KEY, indexed TEXT NOT NULL)",
    """CREATE TRIGGER client_search_update AFTER UPDATE OF search_text ON client
       WHEN old.search_text IS NOT new.search_text
        AND old.id <= (SELECT indexed_up_to FROM client_search_state) BEGIN
         INSERT OR IGNORE INTO client_search_pending(id, indexed) VALUES (old.id, old.search_text);
       END""",
    """CREATE TRIGGER client_search_delete AFTER DELETE ON client
       WHEN old.id <= (SELECT indexed_up_to FROM client_search_state) BEGIN
         INSERT OR IGNORE INTO client_search_pending(id, indexed) VALUES (old.id, old.search_text);
       END""",
]


def _sqlite_has_trigram(db) -> bool:
    try:
        with db.atomic():  # a savepoint: the probe leaves nothing behind
            db.execute_sql("CREATE VIRTUAL TABLE temp.crdesk_trigram_probe USING fts5(x, tokenize='trigram')")
            db.execute_sql("DROP TABLE temp.crdesk_trigram_probe")
        return True
    except peewee.OperationalError as error:
        log.warning("SQLite %s has no FTS5 trigram tokenizer (%s): client search scans with LIKE",
                    db.execute_sql("SELECT sqlite_version()").fetchone()[0], error)
        return False


def _sqlite(db) -> None:
    if _sqlite_has_trigram(db):
        for statement in SQLITE:
            db.execute_sql(statement)


def _postgresql(db) -> None:
    try:
        with db.atomic():
            db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except peewee.DatabaseError as error:
        log.warning("cannot create the pg_trgm extension (%s): client search scans with LIKE; "
                    "a superuser can run CREATE EXTENSION pg_trgm and CREATE INDEX client_search_trgm "
                    "ON client USING gin (search_text gin_trgm_ops)", str(error).strip())
        return
    db.execute_sql("CREATE INDEX client_search_trgm ON client USING gin (search_text gin_trgm_ops)")


def apply(db):
    real = getattr(db, "obj", db)
    if isinstance(real, peewee.SqliteDatabase):
        _sqlite(db)
    elif isinstance(real, peewee.PostgresqlDatabase):
        _postgresql(db)
    else:
        log.info("MariaDB/MySQL: no substring index for client search (FULLTEXT cannot find part of a "
                 "Chinese word without an ngram parser); searches use LIKE")
