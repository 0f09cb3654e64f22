"""Demo fleet: four vehicles, two drivers (linked to the first two driver users, if any) and six months of
trips, fills and maintenance with consistent odometers. Dates are set so the compliance list has
something to show: a 年检 due within a week, an insurance within a month, a licence expiring.

Vehicles and drivers go through the fleet service (audited); the logs are bulk-inserted.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from crdesk.db.models.clients import Client
from crdesk.db.models.core import User
from crdesk.db.models.fleet import CHECKLIST, FuelLog, MaintenanceLog, TripLog
from crdesk.services import fleet_readings
from crdesk.services.fleet import DriverData, VehicleData

MONTHS = 6
CHUNK = 500
# plate, model, type, fuel, kg, m³, start km, L/100 km, km a working day, 年检 days ahead, insurance days ahead
VEHICLES = [
    ("沪B·57239", "江铃顺达 厢式货车", "van", "diesel", "1495", "10.5", 86000, 10.5, 120, 5, 140),
    ("沪A·6K392", "庆铃 五十铃 700P", "truck", "diesel", "4995", "24.0", 152000, 15.0, 90, 160, 20),
    ("沪A·D36821", "上汽大通 EV30", "van", "electric", "1050", "6.3", 21000, 0, 80, 300, 260),
    ("沪B·L2683", "大众 帕萨特", "car", "petrol", "0", "0", 64000, 8.0, 40, 210, 75),
]
DRIVERS = [("赵建国", "C1", "310104198203154417", 900, "13816623378"),
           ("钱志强", "B2", "310110197907282235", 25, "13917745261")]
DEFECTS = {"tyres": "左前轮胎压偏低，已充气", "lights": "右侧尾灯不亮，已报修", "fluids": "玻璃水不足，已加注",
           "brakes": "制动踏板偏软，已报修"}
PURPOSES = ["送货", "送货", "送货", "提货", "客户拜访", "退货取件"]
STATIONS = ["中石化曹杨路加油站", "中石油沪太路加油站", "中石化真北路加油站", "壳牌金沙江路加油站"]
REPAIRS = [("更换刹车片", "1260.00"), ("补胎", "60.00"), ("更换蓄电池", "580.00"), ("空调检修加氟", "320.00")]


def _drivers(services) -> list[int]:
    users = list(User.select().where((User.role == "driver") & (User.active == True))  # noqa: E712
                 .order_by(User.id).limit(len(DRIVERS)))
    today, ids = services.ctx.today(), []
    for index, (name, licence_class, licence_no, days, phone) in enumerate(DRIVERS):
        user = users[index] if index < len(users) else None
        ids.append(services.fleet.save_driver(DriverData(
            user.display_name if user else name, user_id=user.id if user else None, licence_no=licence_no,
            licence_class=licence_class, licence_expiry=today + dt.timedelta(days=days), phone=phone)).id)
    return ids


def _vehicle(services, spec) -> int:
    plate, model, kind, fuel, kg, m3, km, _, _, inspection, insurance = spec
    today = services.ctx.today()
    return services.fleet.save_vehicle(VehicleData(
        plate, model, kind, fuel, Decimal(kg), Decimal(m3), insurance_expiry=today + dt.timedelta(days=insurance),
        inspection_due=today + dt.timedelta(days=inspection), odometer_start_km=km,
        service_interval_km=10000 if fuel != "electric" else 20000, service_interval_months=6)).id


class _Log:
    """One vehicle's history, day by day, keeping every odometer reading in order."""

    def __init__(self, rng, vehicle_id: int, spec, drivers: list[int], destinations: list[str]):
        self.rng, self.vehicle, self.spec, self.drivers, self.destinations = rng, vehicle_id, spec, drivers, destinations
        self.km = self.last_fill = self.last_service = spec[6]
        self.last_service_day = dt.date.min
        self.trips, self.fills, self.care = [], [], []

    def day(self, day: dt.date) -> None:
        rng, per_day = self.rng, self.spec[8]
        for _ in range(rng.choice([1, 1, 2])):
            distance = max(8, int(rng.gauss(per_day, per_day / 3)))
            failed = rng.choice(sorted(DEFECTS)) if rng.random() < 0.04 else ""
            defect, checked = DEFECTS.get(failed, ""), [item for item in CHECKLIST if item != failed]
            self.trips.append(dict(
                vehicle=self.vehicle, driver=rng.choice(self.drivers), trip_date=day, start_odometer=self.km,
                end_odometer=self.km + distance, route=f"公司—{rng.choice(self.destinations)}—公司",
                purpose=rng.choice(PURPOSES), defects=defect, updated_by="demo",
                **{f"check_{item}": item in checked for item in CHECKLIST}))
            self.km += distance
        self._maybe_fill(day)

    def _maybe_fill(self, day: dt.date) -> None:
        rng, rate = self.rng, self.spec[7]
        if not rate or self.km - self.last_fill < rng.randint(450, 650):
            return
        noise = rng.uniform(0.93, 1.07) * (1.45 if rng.random() < 0.03 else 1)
        litres = Decimal(str(round((self.km - self.last_fill) * rate / 100 * noise, 2)))
        price = Decimal("7.85") if self.spec[3] == "diesel" else Decimal("8.12")
        self.fills.append(dict(vehicle=self.vehicle, driver=self.trips[-1]["driver"], fuel_date=day, litres=litres,
                               amount=(litres * price).quantize(Decimal("0.01")), odometer=self.km,
                               station=rng.choice(STATIONS), full_tank=rng.random() > 0.08, updated_by="demo"))
        self.last_fill = self.km

    def service_if_due(self, day: dt.date) -> None:
        interval = 20000 if self.spec[3] == "electric" else 10000
        if self.km - self.last_service >= interval - self.rng.randint(200, 900) or (
                day - self.last_service_day).days >= 175:
            self.service(day)

    def service(self, day: dt.date) -> None:
        text = "常规检查、更换空调滤芯" if self.spec[3] == "electric" else "更换机油、机滤，常规检查"
        self.add_care(day, "service", Decimal(self.rng.choice(["680.00", "760.00", "920.00"])), "4S店", text)
        self.last_service, self.last_service_day = self.km, day

    def renewals(self, day: dt.date, today: dt.date) -> None:
        """年检 / 保险 renewed a year before their next due date, when that falls inside the history."""
        for kind, days, cost, vendor in (("inspection", self.spec[9], "300.00", "车管所检测站"),
                                         ("insurance", self.spec[10], "4860.00", "中国人保")):
            due = today + dt.timedelta(days=days)
            if day == due - dt.timedelta(days=365):
                self.add_care(day, kind, Decimal(cost), vendor, "年度办理", valid_until=due)

    def add_care(self, day, kind, cost, vendor, text, valid_until=None) -> None:
        self.care.append(dict(vehicle=self.vehicle, service_date=day, kind=kind, odometer=self.km, cost=cost,
                              vendor=vendor, description=text, valid_until=valid_until, updated_by="demo"))


def _history(rng, log: _Log, first: dt.date, today: dt.date) -> None:
    log.service(first)
    day = first + dt.timedelta(days=1)
    while day < today:
        log.renewals(day, today)
        if day.weekday() < 6 and rng.random() < 0.9:
            log.day(day)
            if rng.random() < 0.01:
                name, cost = rng.choice(REPAIRS)
                log.add_care(day, "repair", Decimal(cost), "安顺汽修厂", name)
            log.service_if_due(day)
        day += dt.timedelta(days=1)


def _insert(db, model, rows: list[dict]) -> None:
    with db.atomic():
        for start in range(0, len(rows), CHUNK):
            model.insert_many(rows[start:start + CHUNK]).execute()


def generate(services, scale: int, rng, progress) -> None:
    today = services.ctx.today()
    first = today - dt.timedelta(days=MONTHS * 30)
    destinations = [row[0] for row in Client.select(Client.name).order_by(Client.id).limit(60).tuples()] or ["浦东仓库"]
    with services.ctx.db.atomic():
        drivers = _drivers(services)
        vehicles = [(_vehicle(services, spec), spec) for spec in VEHICLES]
    for index, (vehicle_id, spec) in enumerate(vehicles, start=1):
        log = _Log(rng, vehicle_id, spec, drivers, destinations)
        _history(rng, log, first, today)
        for rows, model in ((log.trips, TripLog), (log.fills, FuelLog), (log.care, MaintenanceLog)):
            _insert(services.ctx.db, model, rows)
        fleet_readings.refresh_odometer(vehicle_id)
        progress("fleet", index, len(vehicles))
