"""The monthly vehicle log sheet (车辆运行记录表): one vehicle, one month — its trips, fills and
maintenance, the month's totals, and the driver and manager signature blocks. A4 landscape.

Receives plain, already formatted strings (see ``crdesk.services.fleet_printing``); never reads the
database. User text (routes, defects, stations, vendors) is escaped by the layout.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from crdesk.pdf.document import A4, MM, Column, Company, Document, Field, FieldGrid, PageSetup, Signature, TableBlock

LANDSCAPE = PageSetup(size=(A4[1], A4[0]), margins=(8 * MM, 12 * MM, 7 * MM, 12 * MM), font_size=8.5,
                      header_height=26 * MM, qr_size=17 * MM, block_gap=3 * MM)

TRIP_COLUMNS = [Column("日期", 0.85), Column("驾驶员", 0.8), Column("出车里程", 0.85, "right"),
                Column("回场里程", 0.85, "right"), Column("行驶公里", 0.75, "right"), Column("路线 / 事由", 3.0),
                Column("出车检查", 1.0, "center"), Column("缺陷及处理", 2.2)]
FUEL_COLUMNS = [Column("日期", 0.85), Column("驾驶员", 0.8), Column("里程表", 0.85, "right"),
                Column("加油量（升）", 0.9, "right"), Column("金额（元）", 0.9, "right"), Column("加油站", 2.2),
                Column("百公里油耗（升）", 1.1, "right"), Column("备注", 1.6)]
MAINTENANCE_COLUMNS = [Column("日期", 0.85), Column("类别", 0.7, "center"), Column("里程表", 0.85, "right"),
                       Column("费用（元）", 0.9, "right"), Column("服务单位", 2.0), Column("内容", 4.0)]


@dataclass(frozen=True)
class VehicleLogSheet:
    number: str  # printed with its QR code, e.g. 沪A·12345-2026-03
    vehicle: Sequence[tuple[str, str]]  # label, value: 车牌号, 车型, 月份, 月初 / 月末里程 …
    trips: Sequence[Sequence[str]]  # rows in TRIP_COLUMNS order
    fuel: Sequence[Sequence[str]]
    maintenance: Sequence[Sequence[str]]
    totals: Sequence[tuple[str, str]]  # label, value: 行驶里程, 油费, 维修费, 合计, 每公里费用 …
    drivers: str = ""  # the month's drivers, printed at the 驾驶员签字 line
    printed_on: str = ""
    author: str = ""


def document(sheet: VehicleLogSheet, company: Company) -> Document:
    return Document(
        title="车辆运行记录表", number=sheet.number, company=company, page=LANDSCAPE, author=sheet.author,
        header_note=f"打印日期：{sheet.printed_on}",
        blocks=[
            FieldGrid([Field(label, value) for label, value in sheet.vehicle], columns=4, title="车辆信息"),
            TableBlock(TRIP_COLUMNS, sheet.trips, title="行车记录", empty_text="本月无行车记录"),
            TableBlock(FUEL_COLUMNS, sheet.fuel, title="加油记录", empty_text="本月无加油记录"),
            TableBlock(MAINTENANCE_COLUMNS, sheet.maintenance, title="保养维修", empty_text="本月无保养维修"),
            FieldGrid([Field(label, value) for label, value in sheet.totals], columns=4, title="本月合计"),
        ],
        signatures=[Signature("驾驶员签字", sheet.drivers), Signature("车辆管理员"), Signature("部门经理签字")])


def render(sheet: VehicleLogSheet, company: Company) -> bytes:
    from crdesk.pdf.layout import render as render_document

    return render_document(document(sheet, company))
