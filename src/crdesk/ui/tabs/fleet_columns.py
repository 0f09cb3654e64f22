"""The columns of the fleet tab's lists, and the row colours of the compliance and fuel lists."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from crdesk.db.models.fleet import (CHECKLIST, CHECKLIST_LABELS, MAINTENANCE_KIND_LABELS, VEHICLE_STATUS_LABELS,
                                    VEHICLE_TYPE_LABELS)
from crdesk.ui.dialogs.fleet_common import label
from crdesk.ui.models.paged import Column

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
OVERDUE = ("#fdecea", "#a61d24")
SOON = ("#fff4e0", "#8a5300")
COMPLIANCE_KINDS = {"insurance": "保险", "inspection": "年检", "licence": "驾驶证", "service": "保养"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("fleet", text)


def km(value) -> str:
    return f"{value:,}" if value is not None else ""


def money(value) -> str:
    return f"{value:,.2f}" if value is not None else ""


def level_text(level: int) -> str:
    if level < 0:
        return _tr("已过期")
    return _tr("今天到期") if level == 0 else _tr("{days} 天内到期").format(days=level)


def compliance_columns() -> list[Column]:
    return [
        Column(_tr("类别"), lambda r: label(COMPLIANCE_KINDS, r.kind), None, 5),
        Column(_tr("车辆 / 司机"), lambda r: r.subject, None, 9),
        Column(_tr("状态"), lambda r: level_text(r.level), None, 7),
        Column(_tr("到期日"), lambda r: r.due_date, None, 7),
        Column(_tr("剩余天数"), lambda r: r.days_left, None, 5, RIGHT),
        Column(_tr("保养里程"), lambda r: km(r.due_km), None, 7, RIGHT),
        Column(_tr("剩余里程"), lambda r: km(r.remaining_km), None, 6, RIGHT),
    ]


def urgency_style(level_of):
    """Row colours: red when overdue, orange within 7 days."""
    def style(row, role):
        level = level_of(row)
        colours = OVERDUE if level is not None and level < 0 else SOON if level is not None and level <= 7 else None
        if colours is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(colours[0])
        return QColor(colours[1]) if role == Qt.ItemDataRole.ForegroundRole else None
    return style


def vehicle_columns() -> list[Column]:
    def next_service(v):
        s = v.service
        return " / ".join(p for p in (km(s.due_km), s.due_date.isoformat() if s.due_date else "") if p)

    return [
        Column(_tr("车牌号"), lambda v: v.plate, None, 7), Column(_tr("车型"), lambda v: v.model, None, 10),
        Column(_tr("类型"), lambda v: label(VEHICLE_TYPE_LABELS, v.vehicle_type), None, 5),
        Column(_tr("状态"), lambda v: label(VEHICLE_STATUS_LABELS, v.status), None, 4),
        Column(_tr("当前里程"), lambda v: km(v.odometer_km), None, 6, RIGHT),
        Column(_tr("保险到期"), lambda v: v.insurance_expiry, None, 7),
        Column(_tr("年检到期"), lambda v: v.inspection_due, None, 7),
        Column(_tr("下次保养（公里 / 日期）"), next_service, None, 12),
    ]


def driver_columns() -> list[Column]:
    return [
        Column(_tr("姓名"), lambda d: d.name, None, 6), Column(_tr("登录用户"), lambda d: d.username, None, 6),
        Column(_tr("准驾车型"), lambda d: d.licence_class, None, 4),
        Column(_tr("驾驶证号"), lambda d: d.licence_no, None, 11),
        Column(_tr("有效期至"), lambda d: d.licence_expiry, None, 7), Column(_tr("电话"), lambda d: d.phone, None, 8),
        Column(_tr("在职"), lambda d: d.active, None, 3),
    ]


def checklist_text(trip) -> str:
    missing = [label(CHECKLIST_LABELS, item) for item in CHECKLIST if item not in trip.checked]
    return _tr("全部正常") if not missing else _tr("未通过：") + "、".join(missing)


def trip_columns() -> list[Column]:
    return [
        Column(_tr("日期"), lambda t: t.trip_date, None, 7), Column(_tr("车牌号"), lambda t: t.plate, None, 7),
        Column(_tr("驾驶员"), lambda t: t.driver_name, None, 5),
        Column(_tr("出车里程"), lambda t: km(t.start_odometer), None, 6, RIGHT),
        Column(_tr("回场里程"), lambda t: km(t.end_odometer), None, 6, RIGHT),
        Column(_tr("行驶公里"), lambda t: km(t.km), None, 5, RIGHT),
        Column(_tr("路线"), lambda t: t.route, None, 16), Column(_tr("事由"), lambda t: t.purpose, None, 8),
        Column(_tr("出车检查"), checklist_text, None, 8), Column(_tr("缺陷"), lambda t: t.defects, None, 12),
    ]


def fuel_columns() -> list[Column]:
    return [
        Column(_tr("日期"), lambda f: f.fuel_date, None, 7), Column(_tr("驾驶员"), lambda f: f.driver_name, None, 5),
        Column(_tr("里程表"), lambda f: km(f.odometer), None, 6, RIGHT),
        Column(_tr("加油量（升）"), lambda f: f"{f.litres:.2f}", None, 7, RIGHT),
        Column(_tr("金额（元）"), lambda f: money(f.amount), None, 6, RIGHT),
        Column(_tr("加油站"), lambda f: f.station, None, 12), Column(_tr("加满"), lambda f: f.full_tank, None, 3),
        Column(_tr("百公里油耗（升）"), lambda f: f"{f.l_per_100km:.2f}" if f.l_per_100km is not None else "",
               None, 7, RIGHT),
    ]


def fuel_style(row, role):
    if row.outlier and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
        return QColor(OVERDUE[0] if role == Qt.ItemDataRole.BackgroundRole else OVERDUE[1])
    return None


def maintenance_columns() -> list[Column]:
    return [
        Column(_tr("日期"), lambda m: m.service_date, None, 7), Column(_tr("车牌号"), lambda m: m.plate, None, 7),
        Column(_tr("类别"), lambda m: label(MAINTENANCE_KIND_LABELS, m.kind), None, 4),
        Column(_tr("里程表"), lambda m: km(m.odometer), None, 6, RIGHT),
        Column(_tr("费用（元）"), lambda m: money(m.cost), None, 6, RIGHT),
        Column(_tr("服务单位"), lambda m: m.vendor, None, 10), Column(_tr("内容"), lambda m: m.description, None, 16),
        Column(_tr("有效期至"), lambda m: m.valid_until, None, 7),
    ]


def cost_columns() -> list[Column]:
    return [
        Column(_tr("车牌号"), lambda c: c.plate, None, 7), Column(_tr("月份"), lambda c: c.month or _tr("合计"), None, 5),
        Column(_tr("行驶公里"), lambda c: km(c.km), None, 6, RIGHT),
        Column(_tr("加油量（升）"), lambda c: f"{c.litres:,.2f}", None, 7, RIGHT),
        Column(_tr("油费（元）"), lambda c: money(c.fuel_cost), None, 7, RIGHT),
        Column(_tr("保养维修费（元）"), lambda c: money(c.maintenance_cost), None, 9, RIGHT),
        Column(_tr("合计（元）"), lambda c: money(c.total), None, 7, RIGHT),
        Column(_tr("每公里费用（元）"), lambda c: money(c.cost_per_km), None, 7, RIGHT),
    ]


def driver_km_columns() -> list[Column]:
    return [Column(_tr("司机"), lambda d: d.name, None, 8), Column(_tr("出车次数"), lambda d: d.trips, None, 6, RIGHT),
            Column(_tr("行驶公里"), lambda d: km(d.km), None, 8, RIGHT)]
