"""Delivery slips as PDF: one slip, and a day of 1,000 slips in one PDF, each beside plain reportlab.

crdesk: ``crdesk.pdf.delivery_slip.render`` (shared form parts as XObjects, fitted and wrapped text, QR
path) and, end to end, ``services.slips.print_day`` on a SQLite database (queries, run packs with manifest
and loading list, print counting and audit rows). Baseline, measured in the same run: the same page drawn
with plain reportlab canvas calls — the same strings at the same places, the same grid, reportlab's own QR
widget, one ``drawString`` per value, no fitting, no shared forms. Targets (DESIGN.md §6): one slip
≤ 50 ms; 1,000 slips ≤ 5 s.

    python benchmarks/bench_slips.py [--quick] [--json benchmarks/out/slips.json]
"""
from __future__ import annotations

import datetime as dt
import io
import tempfile
from decimal import Decimal
from pathlib import Path

from common import emit, parser, row, samples

ONE_SLIP_MS = 50.0
DAY_MS = 5000.0


def sample(number: int):
    from crdesk.pdf.delivery_slip import SlipDoc, SlipLine

    lines = [SlipLine(f"YL01{k:02d}", ["纯净水", "冰红茶", "橙汁饮料", "花生油"][k % 4], "550ml×24瓶", "箱",
                      str(5 + k), "24.00", f"{24 * (5 + k):.2f}") for k in range(3 + number % 3)]
    return SlipDoc(number=f"PS2026{number:06d}", client=f"上海华联超市{number % 97}号店（KH{number:06d}）",
                   address=f"上海市黄浦区人民路{number % 900 + 1}号", contact="王海", phone="13812345678",
                   date="2026-03-02", window="09:00–11:30", order_number=f"SH2026{number:06d}",
                   run=f"CC202600{number // 50:03d} 第{number % 50 + 1}站", vehicle="沪B·57239",
                   driver="赵建国 13816623378", clerk="张配送", lines=lines,
                   total_quantity=str(sum(int(x.quantity) for x in lines)), total_amount="720.00",
                   notes="请走后门卸货", printed="打印：2026-03-02 07:20")


def options(fmt: str, copies=("stub", "client", "receipt")):
    from crdesk.pdf.delivery_slip import SlipOptions
    from crdesk.pdf.document import Company

    return SlipOptions(Company("某某食品有限公司客户服务中心", "上海市人民路1号", "021-62345678"), fmt, copies)


def crdesk_pdf(docs, fmt: str, copies=("stub", "client", "receipt")) -> bytes:
    from crdesk.pdf.delivery_slip import render

    return render(docs, options(fmt, copies))


def baseline_pdf(docs, fmt: str, copies: int = 1) -> bytes:
    """Plain reportlab: every string drawn where crdesk draws it, the grid, reportlab's QR widget."""
    from reportlab.graphics import renderPDF
    from reportlab.pdfgen.canvas import Canvas

    from crdesk.pdf.fonts import font_name
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from crdesk.pdf.slip_painter import GEOMETRY, MM

    g, font = GEOMETRY[fmt], font_name()
    output = io.BytesIO()
    canvas = Canvas(output, pagesize=g.size, initialFontName=font)
    width, height = g.size
    x0, x1, top = g.margin, width - g.margin - g.strip, height - g.margin
    for doc in docs:
        for _ in range(copies):
            canvas.setFont(font, 14)
            canvas.drawCentredString(width / 2, top - 12, "某某食品有限公司客户服务中心")
            canvas.drawCentredString(width / 2, top - 30, "送 货 单")
            widget = QrCodeWidget(doc.number, barLevel="M", barWidth=g.qr, barHeight=g.qr)
            drawing = Drawing(g.qr, g.qr)
            drawing.add(widget)
            renderPDF.draw(drawing, canvas, x1 - g.qr, top - g.qr)
            canvas.setFont(font, g.font)
            y = top - g.header
            for label, value in (("客户", doc.client), ("任务号", doc.order_number), ("送货地址", doc.address),
                                 ("联系人", doc.contact), ("电话", doc.phone), ("送货日期", doc.date),
                                 ("车次", doc.run), ("车辆", doc.vehicle), ("时间", doc.window),
                                 ("司机", doc.driver), ("配送员", doc.clerk), ("No.", doc.number)):
                canvas.drawString(x0, y, label)
                canvas.drawString(x0 + 16 * MM, y, value)
                y -= g.row / 2.5
            xs = [x0 + (x1 - x0) * k / 8 for k in range(9)]
            rows = [top - g.header - 5 * g.row - g.row * k for k in range(g.rows + 3)]
            canvas.grid(xs, rows)
            for n, line in enumerate(doc.lines):
                for k, value in enumerate((str(n + 1), line.code, line.name, line.specification, line.unit,
                                           line.quantity)):
                    canvas.drawString(xs[k] + 2, rows[n + 2] + 4, value)
            canvas.drawString(x0, g.margin + 20, "收货人签字：            日期：            送货人签字：")
            canvas.drawString(x0, g.margin, "第 1 页 / 共 1 页")
            canvas.showPage()
    canvas.save()
    return output.getvalue()


def service_day(slips: int) -> tuple[object, dt.date]:
    """A SQLite database with ``slips`` dispatched stops on one day (20 runs), and that day."""
    import random

    from crdesk.db.models.catalog import Driver, Product, Vehicle
    from crdesk.db.setup import init_database
    from crdesk.demo.clients import _insert_clients
    from crdesk.services import Services
    from crdesk.services.deliveries import LineData, OrderData
    from crdesk.services.runs import RunData

    path = Path(tempfile.mkdtemp()) / "slips.sqlite3"
    db, _ = init_database(f"sqlite:///{path}")
    services = Services(db)
    _insert_clients(db, random.Random(1), 200, lambda *a: None)
    day = services.ctx.today()
    far = day + dt.timedelta(days=365)
    products = [Product.create(code=f"YL{k:02d}", name=f"饮料{k}", unit_weight_kg=Decimal("8"),
                               unit_price=Decimal("45")).id for k in range(6)]
    runs = max(1, slips // 50)
    for k in range(runs):
        vehicle = Vehicle.create(plate=f"沪B{k:05d}", capacity_kg=100000, insurance_expiry=far, inspection_due=far)
        driver = Driver.create(name=f"司机{k}", licence_expiry=far)
        run = services.runs.save(RunData(run_date=day, vehicle_id=vehicle.id, driver_id=driver.id)).run
        ids = [services.deliveries.save(OrderData(client_id=1 + (k * 50 + n) % 200, requested_date=day, lines=[
            LineData(products[(n + j) % 6], Decimal(5 + j)) for j in range(3)])).id
               for n in range(min(50, slips - k * 50))]
        run = services.runs.assign(run.id, run.version, ids).run
        services.runs.dispatch(run.id, run.version)
    return services, day


def main(argv=None) -> int:
    args = parser(__doc__.splitlines()[0]).parse_args(argv)
    day_size, repeats = (100, 2) if args.quick else (1000, 3)
    one, day = [sample(1)], [sample(n) for n in range(1, day_size + 1)]
    for fmt in ("a4", "form241"):  # warm up: the font loads once per process
        crdesk_pdf(one, fmt), baseline_pdf(one, fmt)
    rows = [
        row("one slip, 241×140 continuous form", "ms", samples(lambda: crdesk_pdf(one, "form241"), 15),
            samples(lambda: baseline_pdf(one, "form241"), 15), f"≤ {ONE_SLIP_MS:.0f} ms",
            lambda m, b: m <= ONE_SLIP_MS),
        row("one slip, A4, 3 marked copies", "ms", samples(lambda: crdesk_pdf(one, "a4"), 15),
            samples(lambda: baseline_pdf(one, "a4", 3), 15), f"≤ {ONE_SLIP_MS:.0f} ms",
            lambda m, b: m <= ONE_SLIP_MS),
        row(f"{day_size} slips, 241×140 form, one PDF", "ms", samples(lambda: crdesk_pdf(day, "form241"), repeats),
            samples(lambda: baseline_pdf(day, "form241"), repeats), f"≤ {DAY_MS:.0f} ms", lambda m, b: m <= DAY_MS),
        row(f"{day_size} slips, A4 one copy, one PDF", "ms",
            samples(lambda: crdesk_pdf(day, "a4", ("client",)), repeats),
            samples(lambda: baseline_pdf(day, "a4"), repeats), f"≤ {DAY_MS:.0f} ms", lambda m, b: m <= DAY_MS),
        row(f"{day_size} slips, A4 3 copies ({3 * day_size} pages)", "ms",
            samples(lambda: crdesk_pdf(day, "a4"), repeats),
            samples(lambda: baseline_pdf(day, "a4", 3), repeats), f"≤ {DAY_MS:.0f} ms", lambda m, b: m <= DAY_MS),
    ]
    services, when = service_day(day_size)
    from crdesk.services.slips import SlipSettings

    settings = SlipSettings("form241")
    services.slips.print_day(when, settings)  # warm up
    rows.append(row(f"print_day: {day_size} slips + run packs, SQLite, counted", "ms",
                    samples(lambda: services.slips.print_day(when, settings), repeats),
                    samples(lambda: baseline_pdf(day, "form241"), repeats), f"≤ {DAY_MS:.0f} ms",
                    lambda m, b: m <= DAY_MS))
    emit(rows, args.json)
    return 0 if all(r.ok for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
