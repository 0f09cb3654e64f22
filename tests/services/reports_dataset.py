"""A small fixed dataset for the report tests, inserted row by row so every figure can be counted by hand.

The report month is March 2026 (its twelve-month window: April 2025 … March 2026). The expected figures
are written out in the tests, worked out from the rows below — never computed by the code under test.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from crdesk.db.models.catalog import Driver, Product, Vehicle
from crdesk.db.models.clients import Client, Visit
from crdesk.db.models.complaints import Complaint, ReturnOrder
from crdesk.db.models.deliveries import DeliveryOrder, DeliverySlip
from crdesk.db.models.fleet import FuelLog, MaintenanceLog, TripLog
from crdesk.db.models.planning import (PackagingMaterial, ProductionActual, ProductionPlan, ProductionPlanLine,
                                       PurchasePlan, PurchasePlanLine, StockMovement)
from crdesk.services import Services
from crdesk.services.surveys import AnswerData, SurveyData

MONTH = dt.date(2026, 3, 1)
NOW = dt.datetime(2026, 3, 31, 18, 0)


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def frozen(services: Services, moment: dt.datetime = NOW) -> Services:
    return Services(services.ctx.db, services.actor, clock=lambda: moment)


@dataclass
class Dataset:
    a: Client
    b: Client
    p1: Product
    p2: Product


_numbers: dict[str, int] = {}


def _number(prefix: str) -> str:
    _numbers[prefix] = _numbers.get(prefix, 0) + 1
    return f"{prefix}{_numbers[prefix]:06d}"


def complaint(category: str, received: str, product: Product | None = None, severity: str = "normal",
              **extra) -> Complaint:
    moment = at(received)
    values = dict(number=_number("TS"), channel="phone", category=category, severity=severity,
                  product=product, description=f"{category}问题", received_by="reception1", received_at=moment,
                  response_due=moment, resolution_due=moment, status="registered")
    values.update(extra)
    return Complaint.create(**values)


def complaints(data: Dataset) -> None:
    complaint("包装", "2025-03-15 10:00:00", data.p2)  # before the twelve-month window
    complaint("服务态度", "2026-01-20 09:00:00")
    complaint("配送", "2026-02-03 09:00:00")
    complaint("配送", "2026-02-28 23:59:59")
    complaint("产品质量", "2026-02-10 11:00:00", data.p1, status="followed_up", resolved_at=at("2026-03-02 10:00:00"),
              callback_at=at("2026-03-05 10:00:00"), callback_outcome="satisfied", satisfaction=5)
    complaint("产品质量", "2026-03-01 00:00:00", data.p1, severity="major", status="followed_up",
              resolved_at=at("2026-03-10 10:00:00"), callback_at=at("2026-03-12 10:00:00"),
              callback_outcome="unsatisfied", satisfaction=2)
    complaint("产品质量", "2026-03-09 08:00:00", data.p1)
    complaint("产品质量", "2026-03-18 15:00:00", data.p2)
    complaint("配送", "2026-03-20 10:00:00")
    complaint("包装", "2026-03-31 23:59:59", data.p2)
    complaint("配送", "2026-04-01 00:00:00")  # after the month


def visits(data: Dataset) -> None:
    for client, when, score in ((data.a, "2026-02-05 10:00:00", 4), (data.b, "2026-02-20 10:00:00", 2),
                                (data.a, "2026-03-02 10:00:00", 5), (data.b, "2026-03-03 10:00:00", 5),
                                (data.a, "2026-03-30 10:00:00", 3), (data.b, "2026-03-15 10:00:00", None),
                                (data.a, "2025-03-31 10:00:00", 1)):
        Visit.create(number=_number("HF"), client=client, kind="call", staff="李接待", visited_at=at(when),
                     satisfaction=score)
    ReturnOrder.create(number=_number("TH"), client=data.a, requested_by="reception1", status="followed_up",
                       callback_at=at("2026-03-20 10:00:00"), callback_outcome="satisfied", satisfaction=4)


def surveys(data: Dataset, reception: Services, clerk: Services) -> None:
    """Two surveys in March (by two people), one in February."""
    def take(services: Services, moment: str, client: Client, answers: list[AnswerData]) -> None:
        frozen(services, at(moment)).surveys.save(SurveyData(client.id, answers=answers))

    take(reception, "2026-03-10 10:00:00", data.a, [AnswerData("product", 5), AnswerData("delivery", 4),
                                                     AnswerData("service", 3), AnswerData("improve", choice="送货速度")])
    take(clerk, "2026-03-25 16:00:00", data.b, [AnswerData("product", 4), AnswerData("delivery", 2),
                                                 AnswerData("improve", choice="送货速度")])
    take(reception, "2026-02-25 10:00:00", data.a, [AnswerData("product", 3)])


def _order(client: Client, requested: str, status: str, attempt: int = 1, reason: str = "") -> DeliveryOrder:
    return DeliveryOrder.create(number=_number("SH"), client=client, address="上海市", requested_date=day(requested),
                                status=status, attempt=attempt, failure_reason=reason)


def _slip(order: DeliveryOrder, status: str, signed: str | None = None) -> None:
    DeliverySlip.create(number=_number("PS"), order=order, status=status, signed_at=at(signed) if signed else None,
                        issue_no=DeliverySlip.select().where(DeliverySlip.order == order).count() + 1)


def deliveries(data: Dataset) -> None:
    _slip(_order(data.a, "2026-03-05", "delivered"), "signed", "2026-03-05 10:00:00")  # on time
    _slip(_order(data.a, "2026-03-06", "delivered"), "signed", "2026-03-07 09:00:00")  # late
    rescheduled = _order(data.b, "2026-03-10", "partial", attempt=2, reason="客户店铺关门")
    _slip(rescheduled, "void")
    _slip(rescheduled, "signed", "2026-03-10 15:00:00")  # on its date, but the second attempt
    _slip(_order(data.b, "2026-03-12", "failed", reason="客户店铺关门"), "void")
    _order(data.a, "2026-03-31", "failed", reason="地址有误")
    _order(data.a, "2026-03-25", "pending")
    _slip(_order(data.b, "2026-02-10", "delivered"), "signed", "2026-02-10 11:00:00")
    _slip(_order(data.b, "2026-04-01", "delivered"), "signed", "2026-04-01 11:00:00")


def fleet() -> None:
    v1 = Vehicle.create(plate="沪A·10001")
    v2 = Vehicle.create(plate="沪A·10002")
    driver = Driver.create(name="赵建国")
    for vehicle, when, start, end in ((v1, "2026-03-02", 1000, 1100), (v1, "2026-03-31", 1100, 1250),
                                      (v2, "2026-03-15", 500, 550), (v1, "2026-02-27", 900, 1000),
                                      (v1, "2026-04-01", 1250, 1300)):
        TripLog.create(vehicle=vehicle, driver=driver, trip_date=day(when), start_odometer=start, end_odometer=end)
    FuelLog.create(vehicle=v1, fuel_date=day("2026-03-03"), litres=Decimal("40.50"), amount=Decimal("300.00"),
                   odometer=1100)
    FuelLog.create(vehicle=v1, fuel_date=day("2026-02-27"), litres=Decimal("13.00"), amount=Decimal("100.00"),
                   odometer=1000)
    MaintenanceLog.create(vehicle=v1, service_date=day("2026-03-20"), kind="service", cost=Decimal("200.00"))


def plans(data: Dataset) -> None:
    def plan(month: str, status: str, revision: int, weeks: dict[Product, tuple]) -> ProductionPlan:
        row = ProductionPlan.create(number=f"SC{month[:4]}{month[5:7]}", revision=revision, month=day(month),
                                    status=status)
        for product, values in weeks.items():
            ProductionPlanLine.create(plan=row, product=product, **{f"week{i}": v for i, v in enumerate(values, 1)})
        return row

    plan("2026-03-01", "superseded", 0, {data.p1: (999, 0, 0, 0, 0)})
    march = plan("2026-03-01", "approved", 1, {data.p1: (100, 100, 100, 100, 0), data.p2: (50, 50, 0, 0, 0)})
    plan("2026-02-01", "approved", 0, {data.p1: (50, 50, 50, 50, 0)})
    for product, month, week, quantity in ((data.p1, "2026-03-01", 1, 90), (data.p1, "2026-03-01", 2, 110),
                                           (data.p1, "2026-03-01", 3, 100), (data.p2, "2026-03-01", 1, 120),
                                           (data.p1, "2026-02-01", 4, 180)):
        ProductionActual.create(product=product, month=day(month), week=week, quantity=quantity)
    m1 = PackagingMaterial.create(code="BZ001", name="纸箱")
    m2 = PackagingMaterial.create(code="BZ002", name="标签", unit="张")
    purchase = PurchasePlan.create(number="CG202603", month=MONTH, status="approved", production_plan=march)
    line1 = PurchasePlanLine.create(plan=purchase, material=m1, quantity=Decimal(1000))
    PurchasePlanLine.create(plan=purchase, material=m2, quantity=Decimal(500))
    for kind, quantity, line in (("receipt", 600, line1), ("receipt", 200, line1), ("issue", -100, None)):
        StockMovement.create(material=m1, kind=kind, quantity=Decimal(quantity), purchase_line=line)


def make_dataset(make_services) -> Dataset:
    reception = make_services("reception")
    clerk = make_services("clerk")
    data = Dataset(Client.create(code="KH000001", name="甲商店"), Client.create(code="KH000002", name="乙超市"),
                   Product.create(code="CP01", name="酱油"), Product.create(code="CP02", name="香醋"))
    complaints(data)
    visits(data)
    surveys(data, reception, clerk)
    deliveries(data)
    fleet()
    plans(data)
    return data
