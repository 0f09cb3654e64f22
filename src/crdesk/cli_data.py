"""`crdesk import`, `crdesk backup` and `crdesk restore`: data in and out, on the same services as the GUI."""
from __future__ import annotations

import sys

from crdesk.messages import text


def _progress(done: int, total: int | None) -> None:
    print(f"\r{done}/{total or '?'}", end="", file=sys.stderr, flush=True)


def run_import(services, args) -> int:
    """Exit status 0 when every row is good; 1 with the row errors (row, column, reason) otherwise."""
    result = services.importing.run(args.file, args.kind, dry_run=args.dry_run, valid_only=args.valid_only,
                                    progress=_progress)
    print(file=sys.stderr)
    for error in result.errors:
        print(f"row {error.row}, {error.column}: {text(error.code, error.params)}", file=sys.stderr)
    if len(result.errors) < result.error_rows:
        print(f"… {result.error_rows - len(result.errors)} more rows with errors not shown", file=sys.stderr)
    summary = f"{result.rows} rows read ({result.encoding}), {result.valid} valid, {result.error_rows} with errors"
    if result.dry_run:
        print(f"{summary}; dry run: nothing written")
    elif result.refused:
        print(f"{summary}; nothing imported (fix the rows, or use --valid-only to import the valid rows)")
    else:
        print(f"{summary}; {result.imported} imported")
    return 1 if result.error_rows else 0


def run_backup(services, args) -> int:
    from crdesk.services.backup import ServerBackup

    try:
        path = services.backup.backup_to(args.output)
    except ServerBackup as server:
        print(f"crdesk: the database is on a server; back it up there with {server.commands.tool}:",
              file=sys.stderr)
        print(server.commands.backup)
        print(f"restore with: {server.commands.restore}", file=sys.stderr)
        return 1
    print(f"backup written to {path} ({path.stat().st_size:,} bytes, integrity checked)")
    return 0


def run_restore(args) -> int:
    """Check the backup before touching anything, ask, keep the current file, restore, upgrade."""
    from crdesk.cli import database_url
    from crdesk.db.connection import backend_of, connect, describe
    from crdesk.paths import backups_dir
    from crdesk.services import Services
    from crdesk.services.backup import check_backup
    from crdesk.services.context import Actor

    url = database_url(args)
    if backend_of(url) != "sqlite":
        raise SystemExit("crdesk: error: restore works on a SQLite database; restore a server with its own tools "
                         "(crdesk backup -o FILE prints them)")
    version = check_backup(args.file)
    if not args.yes:
        answer = input(f"replace {describe(url)} with {args.file} (schema version {version})? "
                       "The current database is kept in the backups folder. Type yes: ")
        if answer.strip().lower() != "yes":
            print("nothing restored")
            return 1
    services = Services(connect(url), Actor(None, "cli", "命令行", "manager"))
    restored = services.backup.restore(args.file, backups_dir())
    print(f"{describe(url)} restored from {args.file} (schema version {restored})")
    return 0
