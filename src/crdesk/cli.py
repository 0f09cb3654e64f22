"""Headless commands on the same services as the GUI (no QApplication, except for `screenshot`)."""
from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from crdesk import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="crdesk", description="客户服务中心桌面系统 crdesk")
    parser.add_argument("--version", action="version", version=f"crdesk {__version__}")
    parser.add_argument("--db", metavar="URL", help="sqlite:///path, postgresql://user@host/db or mysql://user:pw@host/db")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="user interface language")
    parser.add_argument("--self-test", action="store_true", help="check this installation (temporary database, PDF, translations, main window) and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("init-db", help="create or upgrade the database schema (idempotent)")
    demo = sub.add_parser("demo-data", help="fill an empty database with deterministic Chinese demo data")
    demo.add_argument("--scale", type=int, default=1, help="size factor (1 ≈ 200 clients; 5000 ≈ 1,000,000)")
    demo.add_argument("--force", action="store_true", help="add demo data to a database that is not empty")
    demo.add_argument("--only", metavar="AREA[,AREA]", help="only these areas, e.g. clients (benchmarks)")
    user = sub.add_parser("user", help="manage users").add_subparsers(dest="user_command", required=True)
    add = user.add_parser("add", help="add a user")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=["manager", "reception", "clerk", "driver"])
    add.add_argument("--display-name", help="name shown in the app and on forms (default: NAME)")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    export = sub.add_parser("export", help="export a list to .csv or .xlsx")
    export.add_argument("kind", help="a list (clients, visits …) or 'report' followed by a report name")
    export.add_argument("name", nargs="?", help="with 'report': complaints, hot-issues, satisfaction, surveys, "
                        "deliveries, vehicle-costs or plans")
    export.add_argument("--month", metavar="YYYY-MM", help="with 'report': the month (default: this month)")
    export.add_argument("-o", "--output", required=True, type=Path)
    prn = sub.add_parser("print", help="print a form to PDF")
    prn.add_argument("kind")
    prn.add_argument("key", nargs="+", help="the document number (or code, plate and month …)")
    prn.add_argument("-o", "--output", required=True, type=Path)
    imp = sub.add_parser("import", help="import clients, products, materials or vehicles from .csv or .xlsx")
    imp.add_argument("kind", choices=["clients", "products", "materials", "vehicles"])
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    imp.add_argument("--valid-only", action="store_true", help="import the valid rows even when others are bad")
    bak = sub.add_parser("backup", help="back up a SQLite database (for a server: print the dump command)")
    bak.add_argument("-o", "--output", required=True, type=Path)
    res = sub.add_parser("restore", help="replace the SQLite database with a checked backup")
    res.add_argument("file", type=Path)
    res.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    shot = sub.add_parser("screenshot", help="render every main tab and dialog offscreen to PNG files")
    shot.add_argument("--out", required=True, type=Path)
    shot.add_argument("--lang", choices=["zh_CN", "en"], default=argparse.SUPPRESS, help="language of the screens")
    return parser


def database_url(args) -> str:
    """--db, CRDESK_DB_URL, the workstation's saved choice (as the GUI uses it), else the default local file."""
    from crdesk.workstation import workstation_url
    from crdesk.paths import default_database_url

    return workstation_url(args.db) or default_database_url()


def _open(args, schema: str = "create"):
    """Services on the database, its schema: "create" — created in a new database, an older one refused (only
    init-db upgrades); "upgrade" — created or upgraded (init-db); "as-is" — not looked at (a backup)."""
    from crdesk.db.connection import connect
    from crdesk.db.setup import init_database
    from crdesk.services import Services
    from crdesk.services.context import Actor

    url = database_url(args)
    db, applied = (connect(url), []) if schema == "as-is" else init_database(url, schema == "upgrade")
    return Services(db, Actor(None, "cli", "命令行", "manager")), url, applied


def cmd_init_db(args) -> int:
    _, url, applied = _open(args, "upgrade")
    from crdesk.db.connection import describe

    names = ", ".join(f"{m.number:04d}_{m.name}" for m in applied) or "nothing to do, already up to date"
    print(f"database {describe(url)}: {names}")
    return 0


def cmd_demo_data(args) -> int:
    from crdesk import demo

    services, _, _ = _open(args)
    if args.scale < 1:
        raise SystemExit("crdesk: error: --scale must be 1 or more")

    def progress(area: str, done: int, total: int) -> None:
        print(f"\r{area}: {done}/{total}", end="", file=sys.stderr, flush=True)

    try:
        demo.generate(services, args.scale, force=args.force, progress=progress,
                      areas=args.only.split(",") if args.only else None)
    except demo.NotEmpty:
        raise SystemExit("crdesk: error: the database already holds data; use --force to add demo data anyway")
    print(file=sys.stderr)
    print(f"demo data written (scale {args.scale})")
    return 0


def cmd_user(args) -> int:
    services, _, _ = _open(args)
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("password: ")
    user = services.users.add(args.name, args.display_name or args.name, args.role, password)
    print(f"user {user.username} ({user.role}) added")
    return 0


def cmd_export(args) -> int:
    from crdesk.services import exports

    services, _, _ = _open(args)
    if args.kind == "report":
        from crdesk.services.report_export import export_report

        count = export_report(services, args.name, args.month, args.output)
        print(f"{count} rows written to {args.output}")
        return 0
    try:
        build = exports.resolve(args.kind)
    except KeyError:
        raise SystemExit(f"crdesk: error: unknown list {args.kind!r}; choose from: {', '.join(exports.EXPORTS)}")
    count = exports.write(build(services), args.output, title=args.kind)
    print(f"{count} rows written to {args.output}")
    return 0


def cmd_print(args) -> int:
    from crdesk.services import printing

    services, _, _ = _open(args)
    try:
        render = printing.resolve(args.kind)
    except KeyError:
        raise SystemExit(f"crdesk: error: unknown form {args.kind!r}; choose from: {', '.join(printing.DOCUMENTS)}")
    args.output.write_bytes(render(services, *args.key))
    print(f"{args.output} written")
    return 0


def cmd_screenshot(args) -> int:
    from crdesk.ui.screenshots import take_screenshots

    services, url, _ = _open(args)
    files = take_screenshots(services, url, args.out, language=args.lang or "zh_CN")
    print(f"{len(files)} screenshots written to {args.out}")
    return 0


def cmd_import(args) -> int:
    from crdesk.cli_data import run_import

    services, _, _ = _open(args)
    return run_import(services, args)


def cmd_backup(args) -> int:
    from crdesk.cli_data import run_backup

    services, _, _ = _open(args, "as-is")  # a backup before init-db must be possible
    return run_backup(services, args)


def cmd_restore(args) -> int:
    from crdesk.cli_data import run_restore

    return run_restore(args)


COMMANDS = {"import": cmd_import, "backup": cmd_backup, "restore": cmd_restore, "init-db": cmd_init_db, "demo-data": cmd_demo_data, "user": cmd_user, "export": cmd_export,
            "print": cmd_print, "screenshot": cmd_screenshot}


def run(argv: list[str]) -> int:
    """Run a CLI command; service errors become one clear line and exit status 1."""
    import peewee

    from crdesk.db.connection import DatabaseUrlError, first_line
    from crdesk.messages import describe
    from crdesk.services.errors import ServiceError

    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except ServiceError as error:
        print(f"crdesk: error: {describe(error)}", file=sys.stderr)
        return 1
    except (DatabaseUrlError, OSError, ValueError) as error:
        print(f"crdesk: error: {error}", file=sys.stderr)
        return 1
    except peewee.PeeweeException as error:
        print(f"crdesk: error: database: {first_line(error)}", file=sys.stderr)
        return 1
