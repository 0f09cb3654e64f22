"""What each role may do. Services check these; the UI only hides what a role cannot use."""
from __future__ import annotations

ROLES = ("manager", "reception", "clerk", "driver")  # 部门经理 / 接待员 / 配送员 / 司机

USERS_MANAGE = "users.manage"
AUDIT_READ = "audit.read"
SETTINGS_EDIT = "settings.edit"
BACKUP = "backup"
CLIENTS_READ = "clients.read"
CLIENTS_EDIT = "clients.edit"
VISITS_EDIT = "visits.edit"
VISITORS_EDIT = "visitors.edit"
PRODUCTS_EDIT = "products.edit"
COMPLAINTS_EDIT = "complaints.edit"
COMPLAINTS_ARCHIVE_WITHOUT_CALLBACK = "complaints.archive_without_callback"
INCIDENTS_ACK = "incidents.ack"
RETURNS_EDIT = "returns.edit"
RETURNS_APPROVE = "returns.approve"  # any amount; below the threshold RETURNS_EDIT suffices
PLANS_EDIT = "plans.edit"
PLANS_APPROVE = "plans.approve"
STOCK_EDIT = "stock.edit"
DELIVERIES_EDIT = "deliveries.edit"
DELIVERIES_READ = "deliveries.read"
POD_RECORD = "deliveries.pod"
FLEET_EDIT = "fleet.edit"
FLEET_LOG_OWN = "fleet.log_own"
FLEET_READ = "fleet.read"
DISPATCH_OVERRIDE = "dispatch.override"
REPORTS_READ = "reports.read"
CONFLICT_OVERWRITE = "conflict.overwrite"

ALL_PERMISSIONS = frozenset(
    value for name, value in dict(globals()).items() if name.isupper() and isinstance(value, str)
)

ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    "manager": ALL_PERMISSIONS,
    "reception": frozenset({
        CLIENTS_READ, CLIENTS_EDIT, VISITS_EDIT, VISITORS_EDIT, COMPLAINTS_EDIT, RETURNS_EDIT,
        DELIVERIES_READ, FLEET_READ,
    }),
    "clerk": frozenset({
        CLIENTS_READ, CLIENTS_EDIT, VISITS_EDIT, VISITORS_EDIT, PRODUCTS_EDIT, COMPLAINTS_EDIT, RETURNS_EDIT,
        PLANS_EDIT, STOCK_EDIT, DELIVERIES_EDIT, DELIVERIES_READ, POD_RECORD, FLEET_READ, FLEET_LOG_OWN,
    }),
    "driver": frozenset({CLIENTS_READ, DELIVERIES_READ, POD_RECORD, FLEET_READ, FLEET_LOG_OWN}),
}
