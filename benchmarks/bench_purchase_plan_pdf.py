"""A 100-line packaging purchase plan as PDF: crdesk's form against plain reportlab, in the same run.

crdesk: ``crdesk.pdf.purchase_plan.render`` — company header, QR code, head fields, a 17-column table with
escaped Paragraph cells and a heading repeated on every page, the formula note, signature blocks, per-document
page numbers. Baseline: reportlab's ``SimpleDocTemplate`` with one ``Table`` of the same 100 × 17 strings
(plain cells, repeated heading, same font and paper), nothing else. Target: crdesk ≤ 1 s.

    python benchmarks/bench_purchase_plan_pdf.py [--repeats 7] [--lines 100] [--json out.json] [--quick]

``sample_form`` and ``crdesk_pdf`` are also used by tests/pdf/test_plan_pdf.py (pagination).
"""
from __future__ import annotations

import io
import sys

TARGET_MS = 1000.0


def sample_form(lines: int):
    from crdesk.pdf.production_plan import PlanHead, Step
    from crdesk.pdf.purchase_plan import PurchaseLine, PurchasePlanForm

    rows = [PurchaseLine(f"BZ{i:04d}", f"五层瓦楞纸箱 {i} 号 600×400×{200 + i}", "个", f"{5100 + i:,}", "730", "200",
                         "100", f"{4270 + i:,}", "50 / 200", f"{4300 + i // 50 * 50:,}", f"{4300 + i // 50 * 50:,}",
                         "3.2", f"{(4300 + i // 50 * 50) * 3.2:,.2f}", "华南包装材料有限公司", "2026-03-01",
                         "供应商五月涨价，提前备货" if i % 10 == 0 else "") for i in range(1, lines + 1)]
    head = PlanHead("包装物采购计划表", "CG20260001", "已批准",
                    [("计划月份", "2026年03月"), ("版本", "原始版本"), ("状态", "已批准"),
                     ("依据生产计划", "SC20260001"), ("合计金额（元）", "1,400,000.00"), ("审批意见", "同意")],
                    [Step("制表", "张配送", "2026-02-20"), Step("审核", "张配送", "2026-02-21"),
                     Step("批准", "王经理", "2026-02-22")], printed_on="2026-02-23")
    return PurchasePlanForm(head, rows, "1,400,000.00")


def crdesk_pdf(form) -> bytes:
    from crdesk.pdf.document import Company
    from crdesk.pdf.purchase_plan import render

    return render(form, Company("客户服务中心", "上海市浦东新区", "021-62345678"))


def baseline_pdf(form) -> bytes:
    """The same table drawn by plain reportlab: strings in cells, heading repeated, nothing else."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from crdesk.pdf.fonts import font_name
    from crdesk.pdf.purchase_plan import COLUMNS, _row

    font = font_name()
    data = [[c.label for c in COLUMNS]] + [_row(i, line) for i, line in enumerate(form.lines, start=1)]
    width = landscape(A4)[0] - 24 * 72 / 25.4
    total = sum(c.width for c in COLUMNS)
    table = Table(data, colWidths=[width * c.width / total for c in COLUMNS], repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 7), ("GRID", (0, 0), (-1, -1), 0.5, "#333333")]))
    output = io.BytesIO()
    SimpleDocTemplate(output, pagesize=landscape(A4), leftMargin=34, rightMargin=34).build([table])
    return output.getvalue()


def pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def main(argv: list[str] | None = None) -> int:
    from common import emit, parser, row, samples  # benchmarks/common.py: run as a script from benchmarks/

    arguments = parser(__doc__.splitlines()[0])
    arguments.add_argument("--lines", type=int, default=100)
    arguments.add_argument("--repeats", type=int, default=7)
    args = arguments.parse_args(argv)
    repeats = 2 if args.quick else args.repeats
    form = sample_form(args.lines)
    ours_pdf, base_pdf = crdesk_pdf(form), baseline_pdf(form)  # warm up: the font loads once per process
    ours = samples(lambda: crdesk_pdf(form), repeats)
    base = samples(lambda: baseline_pdf(form), repeats)
    result = row(f"purchase plan PDF, {args.lines} lines ({pages(ours_pdf)} pages; baseline {pages(base_pdf)})",
                 "ms", ours, base, f"≤ {TARGET_MS:.0f} ms", lambda median, _base: median <= TARGET_MS)
    emit([result], args.json)
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
