"""User-facing text for service error codes (Chinese source text; the UI translates it with Qt).

Qt-free so the CLI prints the same sentences as the GUI.
"""
from __future__ import annotations

from typing import Callable

from crdesk.services.errors import ConflictError, ServiceError, ValidationError

MESSAGES: dict[str, str] = {
    "required": "必填项，不能为空",
    "too_long": "内容过长：最多 {max} 个字符（当前 {length} 个）",
    "invalid_phone": "电话号码格式不正确：请输入手机号（如 13812345678）或固定电话（如 021-62345678）",
    "invalid_email": "电子邮箱格式不正确",
    "invalid_choice": "请从列表中选择",
    "out_of_range": "数值须在 {min} 到 {max} 之间",
    "before_visit": "下次回访日期不能早于本次拜访日期",
    "before_check_in": "离开时间不能早于来访时间",
    "already_checked_out": "该访客已登记离开",
    "not_found": "找不到该记录：{what} {key}",
    "permission_denied": "您的角色无权执行此操作",
    "conflict": "该记录已被 {changed_by} 于 {changed_at} 修改，您的修改尚未保存",
    "connection_lost": "数据库连接已断开，内容已保留，请重试",
    "upgrade_declined": "未创建或升级数据库 {database}，数据库未做任何修改。请选择其他数据库连接，或取消以退出。",
    "bad_credentials": "用户名或密码错误",
    "locked": "登录失败次数过多，账户已锁定至 {until}",
    "inactive": "该账户已停用",
    "passwords_differ": "两次输入的密码不一致",
    "password_too_short": "密码至少需要 {min} 个字符",
    "invalid_username": "用户名不能为空且不能包含空格",
    "duplicate_username": "该用户名已存在",
    "users_exist": "系统中已有用户，请登录",
    "cannot_demote_self": "不能取消自己的经理角色或停用自己的账户",
    "unknown_setting": "未知的设置项",
    "not_a_number": "请输入数字",
    "invalid_transition": "当前状态下不能执行此操作",
    # fleet (车辆管理) and the dispatch check
    "invalid_plate": "车牌号格式不正确：如 沪A·12345，新能源车如 粤B·D12345",
    "duplicate_plate": "该车牌号已登记",
    "odometer_below_last": "里程表读数不能低于该车上次记录的 {last} 公里",
    "odometer_end_before_start": "回场里程不能小于出车里程 {start} 公里",
    "odometer_above_later": "里程表读数不能高于该车之后日期记录的 {next} 公里",
    "not_own_entry": "只能登记或修改自己的行车和加油记录",
    "no_driver_profile": "您的账户未关联司机档案，无法登记行车或加油记录",
    "must_be_positive": "数值须大于 0",
    "not_negative": "数值不能为负数",
    "future_date": "日期不能晚于今天",
    "defects_required": "检查未通过的项目请注明缺陷情况",
    "valid_until_before_date": "有效期不能早于办理日期",
    "invalid_month": "月份格式应为 YYYY-MM，如 2026-03",
    "driver_user_taken": "该用户已关联其他司机档案",
    "driver_user_not_driver": "只能关联角色为司机的用户",
    "vehicle_in_maintenance": "车辆 {plate} 正在维修，不能派车",
    "vehicle_retired": "车辆 {plate} 已报废，不能派车",
    "insurance_expired": "车辆保险已于 {date} 到期",
    "insurance_expiring": "车辆保险将于 {date} 到期（还有 {days} 天）",
    "insurance_unknown": "未登记车辆保险到期日",
    "inspection_expired": "车辆年检已于 {date} 到期",
    "inspection_expiring": "车辆年检将于 {date} 到期（还有 {days} 天）",
    "inspection_unknown": "未登记车辆年检日期",
    "licence_expired": "司机驾驶证已于 {date} 到期",
    "licence_expiring": "司机驾驶证将于 {date} 到期（还有 {days} 天）",
    "licence_unknown": "未登记司机驾驶证有效期",
    "driver_inactive": "司机 {name} 已停用",
    "service_overdue": "车辆已超过保养期限（应在 {due_km} 公里或 {due_date} 前保养，当前 {odometer} 公里），不能派车",
    "service_due": "车辆已到保养期限（{due_km} 公里或 {due_date}），请尽快保养",
    "returned_before_departed": "回场时间不能早于出车时间",
    "wrong_status": "当前状态为「{status}」，不能{action}",
    "callback_required": "尚未回访：只有部门经理可以不经回访直接归档，并须填写原因",
    "in_future": "时间不能晚于现在",
    "before_resolution": "回访时间不能早于处理完毕的时间",
    "already_acknowledged": "该重大事件已由 {by} 确认",
    "invalid_code": "编号只能包含大写字母、数字和 - _ .，最长 32 位",
    "duplicate_code": "该编号已存在",
    "too_many_decimals": "最多保留 {places} 位小数",
    "complaint_other_client": "关联的投诉单属于其他客户",
    "too_many_lines": "明细最多 {max} 行",
    "receipt_lines_mismatch": "收货明细须与退换货单的每一行一一对应",
    "replacement_needs_address": "换货补发需要送货地址：请先在客户档案中填写该客户的地址",
    "over_approval_limit": "退换货数量超过 {max_quantity} 或金额超过 {max_amount} 元，须由部门经理审批",
    # planning (生产计划 / 包装物采购计划)
    "plan_locked": "该计划已提交或已批准，不能修改；如需调整请撤回或创建修订版",
    "plan_exists": "该月份已有生产计划，请打开原计划或创建修订版",
    "no_such_week": "该月份没有第 5 周（29 日以后）",
    "no_lines": "计划中没有任何数量，不能提交",
    "duplicate_line": "同一项目不能重复出现",
    "must_not_be_zero": "调整数量不能为 0",
    "exceeds_stock": "超出现有库存（当前库存 {stock}）",
    "exceeds_outstanding": "超出未到货数量（尚未到货 {outstanding}）",
    "not_in_plan": "该行不属于此计划",
    "plan_not_approved": "只有已批准的计划才能执行此操作",
    "not_latest_revision": "只能修订该计划的最新版本",
    "bad_header": "文件首行应为：{expected}",
    # deliveries (送货任务 / 配送车次 / 送货单 / 签收)
    "scheduling_refused": "排车检查未通过：{reasons}",
    "over_capacity": "车辆 {plate} 超载：装载 {load} kg，核定载重 {capacity} kg",
    "vehicle_double_booked": "车辆 {plate} 在 {times} 已安排车次 {run}",
    "driver_double_booked": "司机 {name} 在 {times} 已安排车次 {run}",
    "window_order": "送货时间段的结束时间须晚于开始时间",
    "order_without_lines": "请至少添加一行产品",
    "positive_quantity": "数量须大于 0",
    "negative_price": "单价不能为负数",
    "date_in_past": "日期不能早于今天",
    "returns_before_departure": "返回时间须晚于出发时间",
    "not_on_run": "送货任务 {number} 不在该车次上",
    "stops_mismatch": "站点列表与车次上的送货任务不一致，请刷新后重试",
    "run_without_stops": "车次上还没有送货任务，不能发车",
    "open_stops": "还有未签收的站点：{numbers}",
    "not_scheduled": "送货任务 {number} 尚未排车，不能开送货单",
    "slip_void": "送货单 {number} 已作废，不能打印",
    "invalid_copies": "请至少选择一联，且每联只能选一次",
    "no_runs": "{day} 没有配送车次",
    "invalid_date": "日期格式应为 YYYY-MM-DD",
    "cancelled": "已取消",
    "slip_locked": "送货单 {number} 已签收，不能再修改",
    "signed_in_future": "签收时间不能晚于现在",
    "signed_before_issue": "签收时间不能早于送货单开单时间",
    "lines_mismatch": "签收明细须与送货任务的每一行一一对应",
    "delivered_out_of_range": "实收数量须在 0 到 {max} 之间",
    "difference_needs_reason": "实收数量与送货数量不一致，请填写原因",
    "scan_too_large": "回单扫描件不能超过 {max_mb} MB",
    "scan_type": "回单扫描件须为 PDF、PNG、JPEG 或 TIFF 文件",
    # import and backup (导入 / 备份与恢复)
    "unknown_encoding": "无法识别文件的编码：请在 Excel 中另存为“CSV UTF-8”或 XLSX 文件",
    "bad_file": "文件无法读取：{detail}",
    "empty_file": "文件中没有数据",
    "unsupported_file": "只能导入 .csv 或 .xlsx 文件",
    "file_too_large": "文件超过 {max_mb} MB，请分成几个文件导入",
    "extra_cells": "该行有 {count} 列，多于表头的 {expected} 列",
    "duplicate_in_file": "与文件第 {row} 行重复",
    "not_an_integer": "请输入整数",
    "invalid_bool": "请填写“是”或“否”",
    "not_a_date": "日期格式不正确：请使用 2026-03-01 的格式",
    "mapping_mismatch": "列对应关系与文件的列数不一致，请重新选择文件",
    "duplicate_mapping": "同一字段只能对应文件中的一列",
    "missing_column": "缺少必需的列：{columns}",
    "not_a_backup": "该文件不是 crdesk 的数据库备份",
    "backup_damaged": "备份文件已损坏（完整性检查未通过）：{detail}",
    "backup_too_new": "该备份来自较新版本的 crdesk（数据库版本 {version}，本程序支持到 {latest}），请先升级 crdesk",
    "server_backup": "服务器数据库请用 {tool} 备份和恢复：{command}",
    # satisfaction surveys and reports (满意度调查 / 报表)
    "invalid_key": "问题代码须以小写字母开头，只含小写字母、数字和下划线",
    "duplicate_key": "问题代码重复",
    "choice_count": "单选题须有 {min} 到 {max} 个选项",
    "duplicate_choice": "选项不能重复",
    "question_count": "问卷须有 {min} 到 {max} 个问题",
    "survey_other_client": "关联的单据不属于该客户",
    "survey_not_delivered": "送货任务尚未送达，不能做送货后满意度调查",
    "survey_empty": "请至少回答一个问题",
    "survey_exists": "该单据已做过满意度调查，请打开原调查修改",
    "unknown_report": "没有这个报表：{name}（可选：{choices}）",
    "error": "操作失败",
}

Translate = Callable[[str], str]


def text(code: str, params: dict | None = None, translate: Translate = lambda s: s) -> str:
    """The sentence for ``code``; text parameters go through ``translate`` too (a status label such as 已归档
    becomes "Closed" in English; names and numbers come back unchanged)."""
    template = translate(MESSAGES.get(code, MESSAGES["error"]))
    values = {key: translate(value) if isinstance(value, str) else value for key, value in (params or {}).items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


def describe(error: ServiceError, translate: Translate = lambda s: s) -> str:
    """One line for a service error; validation errors name their field."""
    if isinstance(error, ConflictError):
        params = dict(error.params, changed_at=f"{error.params['changed_at']:%Y-%m-%d %H:%M}"
                      if error.params.get("changed_at") else "")
        return text("conflict", params, translate)
    message = text(error.code, error.params, translate)
    if isinstance(error, ValidationError):
        return f"{error.field}: {message}"
    return message
