"""Shared by the benchmark scripts: repeated timing, a result row with its same-run baseline, output.

Every script prints a table and, with ``--json PATH``, writes ``{"scenarios": [row, …]}`` where a row is
``{scenario, unit, median, spread, baseline, ratio, target, ok}`` (spread = max − min over the runs).
``benchmarks/run.py`` runs every script and merges their rows into one table and one JSON file.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


@dataclass
class Row:
    scenario: str
    unit: str
    median: float
    spread: float
    baseline: float | None
    target: str
    ok: bool

    @property
    def ratio(self) -> float | None:
        return round(self.median / self.baseline, 2) if self.baseline else None

    def as_dict(self) -> dict:
        return {**asdict(self), "ratio": self.ratio}


def samples(function: Callable[[], object], repeats: int) -> list[float]:
    """Wall-clock milliseconds of each call."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return times


def summary(values: list[float]) -> tuple[float, float]:
    return round(statistics.median(values), 3), round(max(values) - min(values), 3)


def row(scenario: str, unit: str, values: list[float], baseline: list[float] | None, target: str,
        ok: Callable[[float, float | None], bool]) -> Row:
    median, spread = summary(values)
    base = summary(baseline)[0] if baseline else None
    return Row(scenario, unit, median, spread, base, target, bool(ok(median, base)))


def flush_disk() -> None:
    """Write out what earlier work left to be written (a 1,000,000-row file takes seconds), so that it is not
    written while the next figure is measured."""
    if hasattr(os, "sync"):  # not on Windows
        os.sync()


def parser(description: str) -> argparse.ArgumentParser:
    result = argparse.ArgumentParser(description=description)
    result.add_argument("--quick", action="store_true", help="small data and few repeats (CI smoke test)")
    result.add_argument("--json", type=Path, help="write the rows to this JSON file")
    return result


def print_table(rows: list[Row]) -> None:
    print(f"{'scenario':58} {'median':>10} {'spread':>9} {'baseline':>10} {'ratio':>6}  target        ok")
    for r in rows:
        base = f"{r.baseline:10.2f}" if r.baseline is not None else f"{'—':>10}"
        ratio = f"{r.ratio:6.2f}" if r.ratio is not None else f"{'—':>6}"
        print(f"{r.scenario:58} {r.median:8.2f}{r.unit:>2} {r.spread:9.2f} {base} {ratio}  {r.target:13} "
              f"{'yes' if r.ok else 'NO'}")


def emit(rows: list[Row], json_path: Path | None) -> None:
    print_table(rows)
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps({"scenarios": [r.as_dict() for r in rows]}, ensure_ascii=False, indent=2))
