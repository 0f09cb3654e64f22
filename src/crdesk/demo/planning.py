"""Demo planning: packaging materials, bills of materials, opening stock, and eight months of production and
purchase plans in every state, made through the services (so numbers, audit rows and signatures are real).

Timeline around the current month M: M−5 … M−2 approved and fully received (M−4 revised: its first
version is superseded; M−3 rejected once, then approved); M−1 approved, its purchase plan rejected once and
the revision partly received; M approved with its purchase plan waiting for the manager; M+1 submitted;
M+2 a draft. Past months have actual production and issues of material. Uses the products made by
``crdesk.demo.products`` (registered before this area).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from crdesk.db.models.catalog import Product
from crdesk.db.models.core import User
from crdesk.db.models.planning import ProductionActual
from crdesk.services import Services
from crdesk.services.context import Actor
from crdesk.services.materials import Bom, BomLineData, MaterialData
from crdesk.services.production_plans import PlanLineData, ProductionPlanData, previous_month, weeks_in

MAX_PRODUCTS = 24
# code, name, specification, unit, supplier, pack size, minimum order, unit price, safety stock
MATERIALS = [
    ("BZ001", "五层瓦楞纸箱", "600×400×300 mm", "个", "华南纸业有限公司", "50", "500", "3.20", "800"),
    ("BZ002", "五层瓦楞纸箱", "400×300×250 mm", "个", "华南纸业有限公司", "50", "500", "2.40", "800"),
    ("BZ003", "三层瓦楞纸箱", "300×200×200 mm", "个", "东莞永丰纸品厂", "100", "1000", "1.35", "1000"),
    ("BZ004", "彩印礼盒", "350×250×90 mm", "个", "上海美印包装", "200", "2000", "6.80", "300"),
    ("JD001", "封箱胶带", "48 mm × 100 m", "卷", "浙江永和胶粘", "36", "72", "6.50", "60"),
    ("SM001", "PE热收缩膜", "宽 550 mm，厚 0.05 mm", "千克", "苏州塑业有限公司", "25", "100", "14.80", "50"),
    ("CR001", "缠绕膜", "宽 500 mm", "卷", "苏州塑业有限公司", "12", "24", "38.00", "20"),
    ("BQ001", "不干胶标签", "100×60 mm", "张", "上海美印包装", "1000", "5000", "0.08", "5000"),
    ("GB001", "纸隔板", "九宫格", "套", "东莞永丰纸品厂", "200", "1000", "0.45", "1000"),
    ("TP001", "塑料托盘", "1200×1000 mm", "个", "青岛托盘制造", "10", "20", "85.00", "10"),
    ("DB001", "PP打包带", "宽 12 mm", "卷", "浙江永和胶粘", "10", "20", "42.00", "10"),
    ("SD001", "手提袋", "礼盒配套", "个", "上海美印包装", "500", "2000", "0.60", "500"),
]


def _at(month: dt.date, day: int, hour: int, now: dt.datetime) -> dt.datetime:
    """A moment relative to a plan month (day ≤ 0 is in the month before), never after ``now``."""
    return min(dt.datetime.combine(month, dt.time(hour)) + dt.timedelta(days=day - 1), now)


class Desk:
    """The clerk and the manager, each acting at a chosen time."""

    def __init__(self, services: Services):
        self.db, self.now = services.ctx.db, services.ctx.now()
        self.clerk = _actor("clerk", Actor(None, "demo_clerk", "张配送", "clerk"))
        self.manager = _actor("manager", Actor(None, "demo_manager", "王经理", "manager"))

    def clerk_at(self, when: dt.datetime) -> Services:
        return Services(self.db, self.clerk, lambda: when)

    def manager_at(self, when: dt.datetime) -> Services:
        return Services(self.db, self.manager, lambda: when)


def _actor(role: str, fallback: Actor) -> Actor:
    user = User.select().where((User.role == role) & (User.active == True)).order_by(User.id).first()  # noqa: E712
    return Actor(user.id, user.username, user.display_name, role) if user else fallback


def _materials(services: Services) -> dict[str, int]:
    ids = {}
    for code, name, spec, unit, supplier, pack, minimum, price, safety in MATERIALS:
        ids[code] = services.materials.save(MaterialData(
            code=code, name=name, specification=spec, unit=unit, supplier=supplier, pack_size=D(pack),
            min_order=D(minimum), unit_price=D(price), safety_stock=D(safety))).id
    return ids


def _boms(services: Services, rng, products: list[int], materials: dict[str, int]) -> None:
    boxes = ["BZ001", "BZ002", "BZ003", "BZ004"]
    for product_id in products:
        box = rng.choice(boxes)
        lines = [BomLineData(materials[box], D(1), D(rng.choice(["1", "1.5", "2", "3"]))),
                 BomLineData(materials["JD001"], D("0.02"), D("5")),
                 BomLineData(materials["BQ001"], D(rng.choice(["1", "2"])), D("2")),
                 BomLineData(materials["TP001"], D("0.0167"))]
        if box == "BZ004":
            lines.append(BomLineData(materials["SD001"], D(1), D("1")))
        elif rng.random() < 0.5:
            lines.append(BomLineData(materials["SM001"], D(rng.choice(["0.03", "0.04", "0.05"])), D("5")))
        if box == "BZ001":
            lines.append(BomLineData(materials["GB001"], D(1), D("2")))
        services.materials.save_bom(Bom(product_id, lines))


def _opening_stock(services: Services, rng, materials: dict[str, int]) -> None:
    for code, *_rest in MATERIALS:
        safety = D(next(m[8] for m in MATERIALS if m[0] == code))
        services.materials.adjust(materials[code], safety * rng.choice([2, 3, 4]), "期初盘点")


def _plan(month: dt.date, rng, products: list[int]) -> ProductionPlanData:
    weeks = weeks_in(month)
    lines = []
    for product_id in products:
        base = rng.choice([200, 300, 500, 800, 1000, 1500])
        quantities = [base + rng.randrange(-2, 3) * 50 for _ in range(4)]
        quantities.append(base // 2 if weeks == 5 else 0)
        lines.append(PlanLineData(product_id, [max(0, q) for q in quantities]))
    return ProductionPlanData(month, lines, note=f"{month:%Y年%m月}产能按两班安排")


def _approve_production(desk: Desk, month: dt.date, data: ProductionPlanData, reject_first: bool):
    plan = desk.clerk_at(_at(month, -12, 9, desk.now)).production_plans.save(data)
    plan = desk.clerk_at(_at(month, -10, 10, desk.now)).production_plans.submit(plan.id, plan.version)
    manager = desk.manager_at(_at(month, -9, 15, desk.now)).production_plans
    if reject_first:
        plan = manager.reject(plan.id, plan.version, "第二周产量超出灌装线产能，请调整", "可将部分产量移到第三周")
        revision = desk.clerk_at(_at(month, -8, 9, desk.now)).production_plans.revise(plan.id)
        revision.lines[0].weeks[1] = max(0, revision.lines[0].weeks[1] - 200)
        revision.lines[0].weeks[2] += 200
        plan = desk.clerk_at(_at(month, -8, 10, desk.now)).production_plans.save(revision)
        plan = desk.clerk_at(_at(month, -8, 11, desk.now)).production_plans.submit(plan.id, plan.version)
        manager = desk.manager_at(_at(month, -7, 16, desk.now)).production_plans
    return manager.approve(plan.id, plan.version, "同意")


def _purchase(desk: Desk, month: dt.date, production_id: int, reject_first: bool, approve: bool):
    plans = desk.clerk_at(_at(month, -6, 9, desk.now)).purchase_plans
    plan = plans.generate(production_id)
    plan = desk.clerk_at(_at(month, -6, 14, desk.now)).purchase_plans.submit(plan.id, plan.version)
    if reject_first:
        plan = desk.manager_at(_at(month, -5, 10, desk.now)).purchase_plans.reject(
            plan.id, plan.version, "彩印礼盒单价偏高，请先询价比价")
        plan = desk.clerk_at(_at(month, -5, 15, desk.now)).purchase_plans.revise(plan.id)
        plan = desk.clerk_at(_at(month, -5, 16, desk.now)).purchase_plans.submit(plan.id, plan.version)
    if not approve:
        return plan
    return desk.manager_at(_at(month, -4, 11, desk.now)).purchase_plans.approve(plan.id, plan.version, "同意采购")


def _receive(desk: Desk, rng, month: dt.date, plan, partly: bool) -> None:
    """Everything arrives, except (when ``partly``) a third of the lines, of which half arrives."""
    received = {line.id: line.quantity if not partly or rng.random() > 0.33 else (line.quantity / 2).quantize(D(1))
                for line in plan.lines if line.quantity > 0}
    if received:
        desk.clerk_at(_at(month, rng.randrange(1, 4), 10, desk.now)).purchase_plans.receive(
            plan.id, received, reference=f"送货单 {rng.randrange(10000, 99999)}")


def _actuals_and_issues(desk: Desk, rng, plan, last_week: int) -> None:
    at = _at(plan.month, 7 * last_week, 17, desk.now)
    services = desk.clerk_at(at)
    ProductionActual.insert_many([  # in bulk, as an import would deliver them
        dict(product=line.product_id, month=plan.month, week=week, quantity=int(quantity * rng.uniform(0.88, 1.04)),
             created_at=at, updated_at=at, updated_by=desk.clerk.username)
        for line in plan.lines for week, quantity in enumerate(line.weeks[:last_week], start=1) if quantity]).execute()
    for line in services.purchase_plans.preview(plan.id):
        stock = services.materials.stock(line.material_id)
        used = min(stock, (line.required * D(last_week) / D(weeks_in(plan.month))).quantize(D(1)))
        if used > 0:
            services.materials.issue(line.material_id, used, reference=plan.header.number, reason="生产领用")


def generate(services, scale: int, rng, progress) -> None:
    products = [row[0] for row in Product.select(Product.id).where(Product.active == True)  # noqa: E712
                .order_by(Product.id).limit(MAX_PRODUCTS).tuples()]
    if not products:
        return
    with services.ctx.db.atomic():  # one transaction: seconds faster than one commit per step
        _generate(Desk(services), rng, products, progress)


def _generate(desk: Desk, rng, products: list[int], progress) -> None:
    this_month = desk.now.date().replace(day=1)
    months = [this_month]
    for _ in range(5):
        months.insert(0, previous_month(months[0]))
    setup = desk.clerk_at(_at(months[0], -20, 9, desk.now))
    materials = _materials(setup)
    _boms(setup, rng, products, materials)
    _opening_stock(setup, rng, materials)
    for index, month in enumerate(months):
        past = month < this_month
        plan = _approve_production(desk, month, _plan(month, rng, products), reject_first=index == 2)
        if index == 1:  # revised after approval: the first version is kept as superseded
            plan = _revise_approved(desk, month, plan)
        purchase = _purchase(desk, month, plan.id, reject_first=index == 4, approve=past)
        if past:
            _receive(desk, rng, month, purchase, partly=index == 4)
            _actuals_and_issues(desk, rng, plan, weeks_in(month))
        progress("planning", index + 1, len(months) + 2)
    _future(desk, rng, products, this_month)
    progress("planning", len(months) + 2, len(months) + 2)


def _revise_approved(desk: Desk, month: dt.date, plan):
    revision = desk.clerk_at(_at(month, -8, 14, desk.now)).production_plans.revise(plan.id)
    revision.lines[-1].weeks[3] += 300
    revision.note = "客户追加订单，第4周增产"
    revision = desk.clerk_at(_at(month, -8, 15, desk.now)).production_plans.save(revision)
    revision = desk.clerk_at(_at(month, -8, 16, desk.now)).production_plans.submit(revision.id, revision.version)
    return desk.manager_at(_at(month, -7, 9, desk.now)).production_plans.approve(revision.id, revision.version,
                                                                                 "同意追加")


def _future(desk: Desk, rng, products: list[int], this_month: dt.date) -> None:
    next_month = (this_month + dt.timedelta(days=32)).replace(day=1)
    after = (next_month + dt.timedelta(days=32)).replace(day=1)
    clerk = desk.clerk_at(desk.now - dt.timedelta(hours=2))
    waiting = clerk.production_plans.save(_plan(next_month, rng, products))
    clerk.production_plans.submit(waiting.id, waiting.version)
    draft = clerk.production_plans.copy_from_previous_month(after)
    draft.note = "草稿：待与车间确认"
    clerk.production_plans.save(draft)
