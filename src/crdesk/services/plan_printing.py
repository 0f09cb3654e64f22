"""Printed plans: gather a plan through the services (permissions apply), format it, render the PDF.

Registered in ``services.printing.DOCUMENTS`` as ``production-plan`` and ``purchase-plan``:
``crdesk print production-plan SC20260001 -o plan.pdf`` (a bare number prints the latest revision;
``SC20260001-R1`` a given one).
"""
from __future__ import annotations

from decimal import Decimal

from crdesk.services.plan_workflow import STATUS_LABELS, PlanHeader
from crdesk.services.production_plans import ProductionPlanData, weeks_in


def number_text(value) -> str:
    """4500.000 → "4,500"; 36.750 → "36.75"; −8.25 stays negative."""
    value = Decimal(value).normalize()
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return f"{value:,f}"


def money_text(value) -> str:
    return f"{Decimal(value):,.2f}"


def _date(at) -> str:
    return at.strftime("%Y-%m-%d") if at else ""


def steps(header: PlanHeader):
    """制表 / 审核 / 批准 with who did each step and when (批准 stays empty unless approved)."""
    from crdesk.pdf.production_plan import Step

    approved = header.status in ("approved", "superseded")
    return [Step("制表", header.prepared.name, _date(header.prepared.at)),
            Step("审核", header.submitted.name, _date(header.submitted.at)),
            Step("批准", header.decided.name if approved else "", _date(header.decided.at) if approved else "")]


def head_of(services, header: PlanHeader, title: str, fields: list[tuple[str, str]]):
    from crdesk.pdf.production_plan import PlanHead

    decision = header.rejection_reason if header.status == "rejected" else header.decision_comment
    common = [("计划月份", f"{header.month:%Y年%m月}"),
              ("版本", "原始版本" if header.revision == 0 else f"第 {header.revision} 次修订"),
              ("状态", STATUS_LABELS.get(header.status, header.status))]
    tail = [("驳回原因" if header.status == "rejected" else "审批意见", decision)]
    return PlanHead(title, header.display_number, STATUS_LABELS.get(header.status, header.status),
                    common + fields + tail, steps(header), header.note, services.ctx.today().isoformat(),
                    services.actor.display_name)


def _company(services):
    from crdesk.pdf.document import Company

    return Company.from_settings(services.settings.all())


def _rate(actual: int, planned: int) -> str:
    return f"{actual * 100 / planned:.1f}%" if planned else ""


def production_form(services, plan: ProductionPlanData):
    from crdesk.pdf.production_plan import ProductionLine, ProductionPlanForm

    weeks = weeks_in(plan.month)
    labels = [f"第{w}周" for w in range(1, 6)]
    lines = [ProductionLine(line.product_code, line.product_name, line.unit,
                            [number_text(q) for q in line.weeks[:weeks]], number_text(line.total),
                            number_text(line.actual_total), _rate(line.actual_total, line.total), line.note)
             for line in plan.lines]
    week_totals = [sum(line.weeks[w] for line in plan.lines) for w in range(weeks)]
    actual = sum(line.actual_total for line in plan.lines)
    totals = [number_text(t) for t in week_totals] + [number_text(plan.total), number_text(actual),
                                                      _rate(actual, plan.total)]
    head = head_of(services, plan.header, "生产计划表", [("产品数", str(len(plan.lines)))])
    return ProductionPlanForm(head, labels[:weeks], lines, totals)


def purchase_form(services, plan):
    from crdesk.pdf.purchase_plan import PurchaseLine, PurchasePlanForm

    lines = [PurchaseLine(
        line.material_code, " ".join(filter(None, [line.material_name, line.specification])), line.unit,
        number_text(line.required), number_text(line.stock), number_text(line.on_order),
        number_text(line.safety_stock), number_text(line.net),
        f"{number_text(line.pack_size)} / {number_text(line.min_order)}", number_text(line.proposed),
        number_text(line.quantity), number_text(line.unit_price), money_text(line.amount), line.supplier,
        _date(line.needed_by), line.adjust_reason) for line in plan.lines]
    head = head_of(services, plan.header, "包装物采购计划表", [
        ("依据生产计划", plan.production_plan_number), ("合计金额（元）", money_text(plan.total_amount))])
    return PurchasePlanForm(head, lines, money_text(plan.total_amount))


def production_plan(services, number: str) -> bytes:
    from crdesk.pdf.production_plan import render

    return render(production_form(services, services.production_plans.get_by_number(number)), _company(services))


def purchase_plan(services, number: str) -> bytes:
    from crdesk.pdf.purchase_plan import render

    return render(purchase_form(services, services.purchase_plans.get_by_number(number)), _company(services))
