"""Fleet lists for ``crdesk export vehicles|drivers|trips|fuel|maintenance -o FILE`` (registered in EXPORTS).

Logs stream page by page (keyset), newest first; nothing loads a whole table at once.
"""
from __future__ import annotations

from crdesk.db.models.fleet import (CHECKLIST, CHECKLIST_LABELS, FUEL_TYPE_LABELS, MAINTENANCE_KIND_LABELS,
                                    VEHICLE_STATUS_LABELS, VEHICLE_TYPE_LABELS)
from crdesk.services.exports import Table
from crdesk.services.fleet_logs import LogFilter
from crdesk.services.paging import every_row


def _stream(fetch):
    return every_row(lambda after: fetch(LogFilter(), after=after, limit=1000))


def vehicles(services) -> Table:
    rows = ([v.plate, v.model, VEHICLE_TYPE_LABELS.get(v.vehicle_type, v.vehicle_type),
             FUEL_TYPE_LABELS.get(v.fuel_type, v.fuel_type), v.capacity_kg, v.capacity_m3,
             VEHICLE_STATUS_LABELS.get(v.status, v.status), v.insurance_expiry, v.inspection_due,
             v.service_interval_km, v.service_interval_months, v.odometer_km, v.service.due_km, v.service.due_date,
             v.note] for v in services.fleet.vehicles(include_retired=True))
    return Table(["车牌号", "车型", "类型", "燃料", "载重（千克）", "容积（立方米）", "状态", "保险到期", "年检到期",
                  "保养间隔（公里）", "保养间隔（月）", "当前里程", "下次保养里程", "下次保养日期", "备注"], rows)


def drivers(services) -> Table:
    rows = ([d.name, d.username, d.licence_no, d.licence_class, d.licence_expiry, d.phone, d.active]
            for d in services.fleet.drivers(include_inactive=True))
    return Table(["姓名", "登录用户", "驾驶证号", "准驾车型", "驾驶证有效期至", "电话", "在职"], rows)


def trips(services) -> Table:
    def checks(t):
        return "、".join(CHECKLIST_LABELS[i] for i in CHECKLIST if i not in t.checked) or "全部正常"

    rows = ([t.trip_date, t.plate, t.driver_name, t.start_odometer, t.end_odometer, t.km, t.route, t.purpose,
             t.departed_at, t.returned_at, checks(t), t.defects, t.delivery_run_id, t.updated_by]
            for t in _stream(services.fleet_logs.trips))
    return Table(["日期", "车牌号", "驾驶员", "出车里程", "回场里程", "行驶公里", "路线", "事由", "出车时间", "回场时间",
                  "出车检查（未通过项）", "缺陷", "配送车次ID", "登记人"], rows)


def fuel(services) -> Table:
    rows = ([f.fuel_date, f.plate, f.driver_name, f.odometer, f.litres, f.amount, f.station, f.full_tank,
             f.updated_by] for f in _stream(services.fleet_logs.fuel_page))
    return Table(["日期", "车牌号", "驾驶员", "里程表", "加油量（升）", "金额（元）", "加油站", "加满", "登记人"], rows)


def maintenance(services) -> Table:
    rows = ([m.service_date, m.plate, MAINTENANCE_KIND_LABELS.get(m.kind, m.kind), m.odometer, m.cost, m.vendor,
             m.description, m.valid_until, m.updated_by] for m in _stream(services.fleet_maintenance.page))
    return Table(["日期", "车牌号", "类别", "里程表", "费用（元）", "服务单位", "内容", "有效期至", "登记人"], rows)
