"""The manager's reports over a year of data: all seven reports of a month (each with its twelve-month trend)
and the monthly department report PDF (客服中心月报) with its charts, on ``crdesk demo-data --scale N``.

crdesk: ``ReportService.monthly`` (GROUP BY queries per report) and ``report_printing.monthly_report`` (the
data plus the PDF). Baselines in the same run: for the data, the naive way — the year's complaint, visit and
delivery rows loaded into Python and counted there (what the reports must not do); for the PDF, the same
document with its tables but without the charts. Target: the whole PDF ≤ 2 s at scale 10.

    python benchmarks/bench_monthly_report.py [--quick] [--scale N] [--repeats N] [--json out.json]
"""
from __future__ import annotations

import subprocess
import sys
from collections import Counter

from common import ROOT, emit, parser, row, samples

TARGET_MS = 2000.0


def database(scale: int):
    path = ROOT / "benchmarks" / "out" / f"reports-scale{scale}.sqlite3"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        subprocess.run([sys.executable, "-m", "crdesk", "--db", f"sqlite:///{partial}", "demo-data", "--scale",
                        str(scale)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        partial.rename(path)
    return path


def services_for(path):
    from crdesk.db.connection import connect
    from crdesk.services import Services
    from crdesk.services.context import Actor

    return Services(connect(f"sqlite:///{path}"), Actor(None, "bench", "基准测试", "manager"))


def naive_counts(first, last) -> int:
    """The baseline for the data: every row of the year into Python, counted by month there."""
    from crdesk.db.models.clients import Visit
    from crdesk.db.models.complaints import Complaint
    from crdesk.db.models.deliveries import DeliveryOrder

    counts: Counter = Counter()
    for received, category in Complaint.select(Complaint.received_at, Complaint.category).where(
            Complaint.received_at.between(first, last)).tuples():
        counts[(received.strftime("%Y%m"), category)] += 1
    for visited, score in Visit.select(Visit.visited_at, Visit.satisfaction).where(
            Visit.visited_at.between(first, last)).tuples():
        counts[(visited.strftime("%Y%m"), "visit")] += score or 0
    for requested, status in DeliveryOrder.select(DeliveryOrder.requested_date, DeliveryOrder.status).where(
            DeliveryOrder.requested_date.between(first.date(), last.date())).tuples():
        counts[(requested.strftime("%Y%m"), status)] += 1
    return len(counts)


def pdf_without_charts(services, month: str) -> bytes:
    import dataclasses

    from crdesk.pdf.document import Company
    from crdesk.pdf.monthly_report import render
    from crdesk.services.report_printing import monthly_data

    data = monthly_data(services, month)
    bare = dataclasses.replace(data, sections=[dataclasses.replace(s, charts=[]) for s in data.sections])
    return render(bare, Company.from_settings(services.settings.all()))


def main() -> None:
    args_parser = parser(__doc__.splitlines()[0])
    args_parser.add_argument("--scale", type=int, default=None)
    args_parser.add_argument("--repeats", type=int, default=None)
    args = args_parser.parse_args()
    scale = args.scale or (1 if args.quick else 10)
    repeats = args.repeats or (2 if args.quick else 5)
    path = database(scale)
    services = services_for(path)
    from crdesk.db import months
    from crdesk.pdf.fonts import font_name
    from crdesk.services.report_printing import monthly_report

    font_name()  # the one-time font load is not part of a report
    month = services.reports.default_month()
    first, _ = months.bounds(months.add_months(month, -11))
    _, last = months.bounds(month)
    label = months.label(month)
    data = samples(lambda: services.reports.monthly(label), repeats)
    naive = samples(lambda: naive_counts(first, last), repeats)
    pdf = samples(lambda: monthly_report(services, label), repeats)
    bare = samples(lambda: pdf_without_charts(services, label), repeats)
    rows = [
        row(f"7 reports of {label}, 12-month trends, scale {scale}", "ms", data, naive, f"≤ {TARGET_MS:.0f} ms",
            lambda median, base: median <= TARGET_MS),
        row(f"monthly report PDF with charts, scale {scale}", "ms", pdf, bare, f"≤ {TARGET_MS:.0f} ms",
            lambda median, base: median <= TARGET_MS),
    ]
    emit(rows, args.json)


if __name__ == "__main__":
    main()
