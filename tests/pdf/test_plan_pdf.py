"""The printed production and purchase plans: approver names and dates, the embedded font, Chinese text,
literal user text, pagination with repeated headings, and `crdesk print`."""
import dataclasses
import datetime as dt
from decimal import Decimal as D

import pytest

from crdesk import cli
from crdesk.services import plan_printing
from crdesk.services.materials import MaterialData
from crdesk.services.purchase_plans import LineEdit
from tests.pdf import pdfcheck
from tests.services.test_planning import catalog, plan_data

TODAY = dt.datetime(2026, 2, 20, 9, 30)


@pytest.fixture
def people(sqlite_url):
    """A delivery clerk and the manager, on a clock that says 2026-02-20."""
    from crdesk.services import Services
    from tests.fixtures import _services_for

    return tuple(Services(s.ctx.db, s.actor, lambda: TODAY) for s in (_services_for("clerk"), _services_for("manager")))


@pytest.fixture
def approved(people):
    clerk, manager = people
    products, materials = catalog(clerk)
    box = clerk.materials.get(materials["XZ01"])
    box.name = "<b>纸箱</b><img src=x>"
    clerk.materials.save(box)
    plan = clerk.production_plans.save(plan_data(products))
    plan = clerk.production_plans.submit(plan.id, plan.version)
    plan = manager.production_plans.approve(plan.id, plan.version, "同意")
    purchase = clerk.purchase_plans.generate(plan.id)
    line = next(line for line in purchase.lines if line.material_code == "XZ01")
    purchase = clerk.purchase_plans.save(purchase.id, purchase.version, [LineEdit(line.id, D("5000"), "提前备货")])
    purchase = clerk.purchase_plans.submit(purchase.id, purchase.version)
    purchase = manager.purchase_plans.approve(purchase.id, purchase.version)
    return plan, purchase


def test_the_purchase_plan_shows_the_arithmetic_and_who_prepared_checked_and_approved_it(people, approved):
    clerk, _ = people
    data = plan_printing.purchase_plan(clerk, approved[1].header.number)
    text = pdfcheck.squeezed(pdfcheck.text(data))
    for expected in ("包装物采购计划表", "CG20260001", "SC20260001", "需求量", "净需求", "建议采购", "5,100", "5,200",
                     "5,000", "提前备货", "16,000.00", "制表", "审核", "批准", "张配送1", "王经理1", "2026-02-20",
                     "<b>纸箱</b><img", "已批准"):
        assert expected in text, expected
    fonts = pdfcheck.fonts(data)
    assert fonts and all("/FontFile2" in descriptor for descriptor in fonts.values())


def test_the_production_plan_prints_weeks_totals_and_the_approver(people, approved):
    clerk, _ = people
    text = pdfcheck.squeezed(pdfcheck.text(plan_printing.production_plan(clerk, "sc20260001")))
    for expected in ("生产计划表", "第1周", "4,000", "5,000", "纯净水550ml×24", "批准", "王经理1", "同意"):
        assert expected in text, expected


def test_an_unapproved_plan_leaves_the_approval_block_empty(people):
    clerk, _ = people
    products, _ = catalog(clerk)
    plan = clerk.production_plans.save(plan_data(products))
    clerk.production_plans.submit(plan.id, plan.version)
    text = pdfcheck.squeezed(pdfcheck.text(plan_printing.production_plan(clerk, plan.header.number)))
    assert "待审批" in text and "张配送1" in text and "王经理" not in text


def test_a_100_line_purchase_plan_paginates_with_its_heading_on_every_page(people, approved):
    from benchmarks.bench_purchase_plan_pdf import crdesk_pdf, sample_form

    data = crdesk_pdf(sample_form(100))
    pages = pdfcheck.page_texts(data)
    assert len(pages) >= 3
    for number, page in enumerate(pages[:-1], start=1):
        squeezed = pdfcheck.squeezed(page)
        assert "采购明细" in squeezed and "需求量" in squeezed and "CG20260001" in squeezed
        assert f"第{number}页/共{len(pages)}页" in squeezed
    everything = pdfcheck.squeezed("".join(pages))
    assert all(f"BZ{i:04d}" in everything for i in range(1, 101))
    assert "王经理" in pdfcheck.squeezed(pages[-1])


def test_long_user_text_is_clipped_not_a_layout_error(people, approved):
    clerk, _ = people
    form = plan_printing.purchase_form(clerk, clerk.purchase_plans.get(approved[1].id))
    lines = [dataclasses.replace(line, name="长" * 2000, reason="因" * 2000) for line in form.lines]
    from crdesk.pdf.document import Company
    from crdesk.pdf.purchase_plan import render

    text = pdfcheck.squeezed(pdfcheck.text(render(dataclasses.replace(form, lines=lines), Company("中心"))))
    assert "长长长" in text and "…" in text


def test_crdesk_print_writes_both_plans(people, approved, sqlite_url, tmp_path, capsys):
    for kind, number in (("purchase-plan", "CG20260001"), ("production-plan", "SC20260001")):
        out = tmp_path / f"{kind}.pdf"
        assert cli.run(["--db", sqlite_url, "print", kind, number, "-o", str(out)]) == 0
        assert "王经理1" in pdfcheck.text(out.read_bytes())


def test_crdesk_export_writes_the_planning_lists(people, approved, sqlite_url, tmp_path):
    clerk, _ = people
    clerk.materials.save(MaterialData(code="QT01", name="=HYPERLINK(1)"))
    for kind in ("materials", "production-plans", "purchase-plans"):
        out = tmp_path / f"{kind}.csv"
        assert cli.run(["--db", sqlite_url, "export", kind, "-o", str(out)]) == 0
        text = out.read_text(encoding="utf-8-sig")
        assert {"materials": "'=HYPERLINK(1)", "production-plans": "SC20260001",
                "purchase-plans": "提前备货"}[kind] in text
