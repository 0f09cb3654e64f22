import datetime as dt
import json
from decimal import Decimal

import pytest

from crdesk.db.models.core import AuditLog
from crdesk.services.errors import InvalidTransition, NotFound, PermissionDenied, ValidationError
from crdesk.services.pod import PodData, PodLine, Scan
from crdesk.services.slips import Cancelled, SlipSettings
from tests.services.test_deliveries_setup import dispatched_run, make_world, order, run

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 400  # ~100 KB: more than MySQL's plain BLOB holds


@pytest.fixture
def clerk(make_services):
    return make_services("clerk")


@pytest.fixture
def world(clerk):
    return make_world(clerk)


def _pod(services, slip, receiver="王海", quantities=None, reasons=None, scan=None):
    lines = services.pod.lines(slip.id)
    quantities = quantities or [line.quantity for line in lines]
    reasons = reasons or [""] * len(lines)
    return PodData(receiver, services.ctx.now(), [PodLine(line.id, Decimal(q), r)
                                                  for line, q, r in zip(lines, quantities, reasons)], scan)


def test_every_print_and_reprint_is_counted_and_audited(clerk, world):
    out, (stop,) = dispatched_run(clerk, world)
    number = clerk.deliveries.slips_of(stop.id)[0]
    for _ in range(3):
        assert clerk.slips.print_slips([number]).startswith(b"%PDF")
    slip = clerk.slips.get_by_number(number)
    assert slip.print_count == 3
    rows = list(AuditLog.select().where((AuditLog.table_name == "delivery_slip") & (AuditLog.record_id == slip.id)
                                        & AuditLog.action.in_(["print", "reprint"])).order_by(AuditLog.id))
    assert [r.action for r in rows] == ["print", "reprint", "reprint"]
    assert json.loads(rows[-1].changes) == {"print_count": [2, 3]} and rows[0].reason.startswith("a4 ")


def test_printing_an_order_issues_one_slip_and_reprinting_keeps_its_number(clerk, world):
    saved = order(clerk, world)
    planned = run(clerk, world)
    clerk.runs.assign(planned.id, planned.version, [saved.id])
    clerk.slips.print_orders([saved.id])
    clerk.slips.print_orders([saved.id])
    assert clerk.deliveries.slips_of(saved.id) == [f"PS{world.day.year}000001"]


def test_unscheduled_orders_get_no_slip_and_unknown_numbers_are_not_found(clerk, world):
    saved = order(clerk, world)
    with pytest.raises(ValidationError) as caught:
        clerk.slips.print_orders([saved.id])
    assert caught.value.code == "not_scheduled"
    with pytest.raises(NotFound):
        clerk.slips.print_slips(["PS1999000001"])


def test_slip_settings_are_validated_and_used(clerk, manager, world):
    with pytest.raises(PermissionDenied):
        clerk.slips.save_settings(SlipSettings("form241", ("client",), True))
    with pytest.raises(ValidationError):
        manager.slips.save_settings(SlipSettings("a5", ("client",)))
    manager.slips.save_settings(SlipSettings("form241", ("receipt", "stub"), True))
    assert clerk.slips.settings() == SlipSettings("form241", ("stub", "receipt"), True)


def test_proof_of_delivery_signs_and_locks_the_slip(clerk, make_services, world):
    driver = make_services("driver")
    out, (stop,) = dispatched_run(clerk, world)
    slip = driver.pod.find_by_scan(clerk.deliveries.slips_of(stop.id)[0].lower() + "\r\n")
    driver.pod.record(slip.id, slip.version, _pod(driver, slip, scan=Scan("回单.png", PNG)))
    signed = driver.slips.get(slip.id)
    assert signed.status == "signed" and signed.locked and signed.receiver_name == "王海"
    assert driver.deliveries.get(stop.id).status == "delivered"
    with pytest.raises(InvalidTransition) as caught:
        driver.pod.record(slip.id, signed.version, _pod(driver, signed, receiver="别人"))
    assert caught.value.code == "slip_locked"
    assert driver.slips.get(slip.id).receiver_name == "王海"
    (scan,) = driver.pod.scans(slip.id)
    assert (scan.filename, scan.mime, scan.size) == ("回单.png", "image/png", len(PNG))
    assert driver.pod.scan_data(scan.id) == PNG
    assert clerk.slips.print_slips([signed.number]).startswith(b"%PDF")  # a locked slip may be reprinted


def test_a_delivered_quantity_that_differs_needs_a_reason_and_makes_the_order_partial(clerk, world):
    out, (stop,) = dispatched_run(clerk, world, (10,))
    slip = clerk.pod.find_by_scan(clerk.deliveries.slips_of(stop.id)[0])
    with pytest.raises(ValidationError) as caught:
        clerk.pod.record(slip.id, slip.version, _pod(clerk, slip, quantities=[8]))
    assert (caught.value.field, caught.value.code) == ("lines.0.reason", "difference_needs_reason")
    with pytest.raises(ValidationError) as caught:
        clerk.pod.record(slip.id, slip.version, _pod(clerk, slip, quantities=[11], reasons=["多送"]))
    assert caught.value.code == "delivered_out_of_range"
    clerk.pod.record(slip.id, slip.version, _pod(clerk, slip, quantities=[8], reasons=["两箱破损拒收"]))
    data = clerk.deliveries.get(stop.id)
    assert data.status == "partial" and data.lines[0].delivered_qty == 8
    assert data.lines[0].difference_reason == "两箱破损拒收"


@pytest.mark.parametrize("scan,code", [
    (Scan("x.exe", b"MZ\x90\x00"), "scan_type"),
    (Scan("big.pdf", b"%PDF-" + b"0" * (10 * 1024 * 1024)), "scan_too_large"),
])
def test_bad_scans_are_refused(clerk, world, scan, code):
    out, (stop,) = dispatched_run(clerk, world)
    slip = clerk.pod.find_by_scan(clerk.deliveries.slips_of(stop.id)[0])
    with pytest.raises(ValidationError) as caught:
        clerk.pod.record(slip.id, slip.version, _pod(clerk, slip, scan=scan))
    assert (caught.value.field, caught.value.code) == ("scan", code)
    assert clerk.slips.get(slip.id).status == "issued"


def test_reception_cannot_record_proof_of_delivery(clerk, reception, world):
    out, (stop,) = dispatched_run(clerk, world)
    slip = reception.pod.find_by_scan(clerk.deliveries.slips_of(stop.id)[0])
    with pytest.raises(PermissionDenied):
        reception.pod.record(slip.id, slip.version, _pod(clerk, slip))


def test_slips_not_yet_returned_are_listed_per_driver_and_date(clerk, world):
    out, stops = dispatched_run(clerk, world, (1, 2, 3))
    first = clerk.pod.find_by_scan(clerk.deliveries.slips_of(stops[0].id)[0])
    clerk.pod.record(first.id, first.version, _pod(clerk, first))
    waiting = clerk.pod.unreturned(driver_id=world.driver, date_from=world.day, date_to=world.day)
    assert [w.slip_number for w in waiting] == [clerk.deliveries.slips_of(s.id)[0] for s in stops[1:]]
    assert {(w.driver_name, w.run_date, w.days_out) for w in waiting} == {("赵师傅", world.day, 0)}
    assert clerk.pod.unreturned(date_from=world.day + dt.timedelta(days=1)) == []


def test_scan_field_accepts_full_width_text_and_an_order_number(clerk, world):
    out, (stop,) = dispatched_run(clerk, world)
    number = clerk.deliveries.slips_of(stop.id)[0]
    full_width = "".join(chr(ord(ch) + 0xFEE0) for ch in number)
    assert clerk.pod.find_by_scan(f" {full_width} ").number == number
    assert clerk.pod.find_by_scan(stop.number).number == number
    with pytest.raises(NotFound):
        clerk.pod.find_by_scan("PS0000")


def test_a_day_prints_with_progress_and_can_be_cancelled_without_counting(clerk, world):
    out, stops = dispatched_run(clerk, world, (1, 2, 3))
    seen = []
    data = clerk.slips.print_day(world.day, progress=lambda done, total: seen.append((done, total)))
    assert data.startswith(b"%PDF") and seen[-1] == (3, 3)
    with pytest.raises(Cancelled):
        clerk.slips.print_day(world.day, cancelled=lambda: True)
    assert {clerk.slips.get_by_number(clerk.deliveries.slips_of(s.id)[0]).print_count for s in stops} == {1}
    with pytest.raises(ValidationError):
        clerk.slips.print_day(world.day + dt.timedelta(days=3))
