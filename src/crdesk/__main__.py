"""``crdesk`` and ``python -m crdesk``: the GUI without a command, a CLI subcommand otherwise."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from crdesk.cli import COMMANDS, build_parser, run

    if any(arg in COMMANDS for arg in argv) or any(arg in ("-h", "--help", "--version") for arg in argv):
        return run(argv)
    args = build_parser().parse_args(argv)
    if args.self_test:
        from crdesk.selftest import run_self_test

        return run_self_test()
    from crdesk.ui.app import run_gui

    return run_gui(db_url=args.db, language=args.lang)


if __name__ == "__main__":
    sys.exit(main())
