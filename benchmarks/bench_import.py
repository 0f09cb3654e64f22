"""Import speed: clients from a CSV file (UTF-8 with BOM, as Excel and ``crdesk export`` write it) into SQLite.

crdesk: ``ImportService.run`` — decode, parse, map columns, validate every row with the clients' own rules,
check codes against the database, insert in one transaction with one audit row.
Baseline in the same run: the raw floor — ``csv.reader`` and ``sqlite3.executemany`` of the same rows into the
same (migrated, indexed) table, with no checks at all.
Target: ≥ 50,000 rows/s (DESIGN.md §6).

    python benchmarks/bench_import.py [--quick] [--rows N] [--json out.json]
"""
from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from common import emit, parser, row

HEADERS = ["客户编号", "客户名称", "类型", "等级", "区域", "地址", "电话", "有效"]
CITIES = ["上海", "杭州", "南京", "苏州", "合肥", "济南", "广州", "深圳", "成都", "武汉"]
SHOPS = ["华联超市", "百货商店", "便利店", "批发部", "连锁超市", "食品商行"]
KINDS = ["经销商", "零售商", "消费者"]


def write_csv(path: Path, count: int) -> None:
    rng = random.Random(7)
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for number in range(1, count + 1):
            city = rng.choice(CITIES)
            writer.writerow([f"KH{number:06d}", f"{city}{rng.choice(SHOPS)}{number}号店", rng.choice(KINDS),
                             rng.choice("ABCD"), "华东", f"{city}市人民路{rng.randrange(1, 999)}号",
                             f"1{rng.choice('3589')}{rng.randrange(10**8, 10**9)}", "是"])


def template(folder: Path) -> Path:
    from crdesk.db import migrations
    from crdesk.db.connection import connect

    path = folder / "template.sqlite3"
    db = connect(f"sqlite:///{path}")
    migrations.upgrade(db)
    db.close()
    return path


def timed(function) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one call (the CPU figure is what a shared, busy machine cannot inflate)."""
    wall, cpu = time.perf_counter(), time.process_time()
    function()
    return time.perf_counter() - wall, time.process_time() - cpu


def crdesk_import(template_path: Path, source: Path, work: Path) -> tuple[float, float]:
    from crdesk.db.connection import connect
    from crdesk.services import Services
    from crdesk.services.context import Actor

    target = work / "crdesk.sqlite3"
    shutil.copy(template_path, target)
    db = connect(f"sqlite:///{target}")
    services = Services(db, Actor(None, "bench", "bench", "manager"))
    box = {}
    elapsed = timed(lambda: box.setdefault("result", services.importing.run(source, "clients")))
    db.close()
    assert box["result"].imported == box["result"].rows and not box["result"].errors, box["result"].errors[:3]
    return elapsed


def baseline_import(template_path: Path, source: Path, work: Path) -> tuple[float, float]:
    target = work / "baseline.sqlite3"
    shutil.copy(template_path, target)
    connection = sqlite3.connect(str(target))
    stamp = dt.datetime.now().replace(microsecond=0).isoformat(" ")

    def run():
        with open(source, encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            next(reader)
            rows = [(code, name, kind, grade, region, address, phone, active == "是", "", "", stamp, stamp, "bench",
                     1) for code, name, kind, grade, region, address, phone, active in reader]
        with connection:
            connection.executemany(
                "INSERT INTO client (code, name, kind, grade, region, address, phone, active, note, search_text,"
                " created_at, updated_at, updated_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows)

    elapsed = timed(run)
    connection.close()
    return elapsed


def main() -> None:
    cli = parser(__doc__)
    cli.add_argument("--rows", type=int, help="rows in the file (default 100,000; --quick 20,000)")
    args = cli.parse_args()
    count = args.rows or (20_000 if args.quick else 100_000)
    repeats = 3 if args.quick else 5
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source = work / "clients.csv"
        write_csv(source, count)
        base_db = template(work)
        ours, baseline = [], []
        for _ in range(repeats):  # interleaved, so both see the same machine load
            baseline.append(baseline_import(base_db, source, work))
            ours.append(crdesk_import(base_db, source, work))

    def rate(times, index):
        return [count / t[index] / 1000 for t in times]

    emit([
        row(f"import clients CSV → SQLite ({count:,} rows), k rows/s", "k", rate(ours, 0), rate(baseline, 0),
            "≥50k rows/s", lambda m, b: m >= 50),
        row(f"same, k rows per CPU-second ({count:,} rows)", "k", rate(ours, 1), rate(baseline, 1),
            "≥50k rows/s", lambda m, b: m >= 50),
    ], args.json)


if __name__ == "__main__":
    main()
