"""The delivery lists as export tables (``crdesk export deliveries|runs|slips``): pages streamed through
the services (so permissions apply), never the whole table at once."""
from __future__ import annotations

from crdesk.services.delivery_data import OrderFilter, RunFilter, SlipFilter
from crdesk.services.delivery_rules import ORDER_STATUS_LABELS, RUN_STATUS_LABELS, SLIP_STATUS_LABELS, hhmm
from crdesk.services.paging import every_row


def _rows(fetch, convert):
    return map(convert, every_row(fetch))


def orders(services, flt: OrderFilter = OrderFilter()):
    from crdesk.services.exports import Table

    return Table(["送货任务号", "客户", "送货地址", "要求日期", "状态", "车次", "重量(kg)", "更新时间"], _rows(
        lambda after: services.deliveries.page(flt, after=after, limit=1000),
        lambda r: [r.number, r.client_name, r.address, r.requested_date, ORDER_STATUS_LABELS[r.status],
                   r.run_number, r.weight_kg, r.updated_at]))


def runs(services, flt: RunFilter = RunFilter()):
    from crdesk.services.exports import Table

    return Table(["车次号", "日期", "车牌", "司机", "配送员", "出发", "返回", "状态", "站点数", "装载(kg)"], _rows(
        lambda after: services.runs.page(flt, after=after, limit=1000),
        lambda r: [r.number, r.run_date, r.plate, r.driver_name, r.clerk_name, hhmm(r.departs_at),
                   hhmm(r.returns_at), RUN_STATUS_LABELS[r.status], r.stop_count, r.load_kg]))


def slips(services, flt: SlipFilter = SlipFilter()):
    from crdesk.services.exports import Table

    headings = ["送货单号", "送货任务号", "客户", "车次", "状态", "开单时间", "打印次数", "收货人", "签收时间"]
    return Table(headings, _rows(
        lambda after: services.slips.page(flt, after=after, limit=1000),
        lambda r: [r.number, r.order_number, r.client_name, r.run_number, SLIP_STATUS_LABELS[r.status],
                   r.issued_at, r.print_count, r.receiver_name, r.signed_at]))
