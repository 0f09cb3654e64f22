"""Run every benchmark and merge their rows into one table and one JSON file.

    python benchmarks/run.py            # the full table (builds its data with crdesk demo-data; slow)
    python benchmarks/run.py --quick    # small data, few repeats: the CI smoke test
    python benchmarks/run.py --update-readme   # also rewrite README.md's Performance table from the JSON

Each ``bench_*.py`` script is run in a fresh process with ``--json``; a script that fails is reported and
makes the run fail, so the scripts cannot rot.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from common import flush_disk

HERE = Path(__file__).resolve().parent
README = HERE.parent / "README.md"
START, END = "<!-- performance:start -->", "<!-- performance:end -->"


def run_all(quick: bool) -> tuple[list[dict], list[str]]:
    out = HERE / "out" / ("quick" if quick else "full")
    out.mkdir(parents=True, exist_ok=True)
    rows, failures = [], []
    for script in sorted(HERE.glob("bench_*.py")):
        target = out / f"{script.stem}.json"
        target.unlink(missing_ok=True)
        command = [sys.executable, str(script), "--json", str(target)] + (["--quick"] if quick else [])
        flush_disk()  # what the previous script wrote (the growth benchmark: 1,000,000 rows)
        started = time.monotonic()
        result = subprocess.run(command, cwd=HERE, capture_output=True, text=True)
        print(f"{script.name}: exit {result.returncode} in {time.monotonic() - started:.0f} s", file=sys.stderr)
        if result.returncode != 0 or not target.exists():
            failures.append(f"{script.name}: {(result.stderr or result.stdout).strip().splitlines()[-1:]}")
            continue
        rows += json.loads(target.read_text())["scenarios"]
    return rows, failures


def markdown(rows: list[dict]) -> str:
    lines = ["| scenario | crdesk (median) | spread | baseline, same run | ratio | target | holds |",
             "|---|---|---|---|---|---|---|"]
    for r in rows:
        base = f"{r['baseline']:.2f} {r['unit']}" if r.get("baseline") is not None else "—"
        ratio = f"{r['ratio']:.2f}" if r.get("ratio") is not None else "—"
        lines.append(f"| {r['scenario']} | {r['median']:.2f} {r['unit']} | {r['spread']:.2f} | {base} | {ratio} | "
                     f"{r['target']} | {'yes' if r['ok'] else 'no'} |")
    return "\n".join(lines)


def update_readme(rows: list[dict]) -> None:
    text = README.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"README.md has no {START} … {END} markers")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    README.write_text(f"{head}{START}\n{markdown(rows)}\n{END}{tail}", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--update-readme", action="store_true")
    args = parser.parse_args()
    rows, failures = run_all(args.quick)
    result = HERE / ("out/quick-results.json" if args.quick else "results.json")
    result.write_text(json.dumps({"quick": args.quick, "scenarios": rows}, ensure_ascii=False, indent=2))
    print(markdown(rows))
    if args.update_readme and not args.quick:
        update_readme(rows)
    for failure in failures:
        print(f"FAILED {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
