"""Grid editing shared by the plan pages, and the production plan's week grid.

:class:`GridBase` owns a ``QTableWidget``: read-only and editable cells, a shaded totals row, parsing typed
numbers (a bad cell raises ``ValidationError`` at ``lines.N.column``) and marking the cells a service error
names. :class:`WeekGrid` is the production plan: one row a product, a column a week (week 5 is greyed out
in a 28-day February), the plan total, the actual production beside it and the completion rate.
"""
from __future__ import annotations

from contextlib import contextmanager
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from crdesk.messages import text as message_text
from crdesk.services.errors import ValidationError
from crdesk.services.plan_printing import number_text
from crdesk.services.production_actuals import ActualEntry
from crdesk.services.production_plans import PlanLineData, ProductionPlanData, weeks_in

ID_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
READ_ONLY = QBrush(QColor("#f3f4f6"))
TOTALS = QBrush(QColor("#e6ebf1"))
INVALID = QBrush(QColor("#fde2e1"))


def _tr(source: str) -> str:
    return QCoreApplication.translate("planning", source)


class GridBase(QObject):
    changed = Signal()

    def __init__(self, table: QTableWidget, headers: list[str], field_columns: dict[str, int],
                 widths: tuple[int, ...]):
        """``widths``: each column's width in digits; never narrower than its header."""
        super().__init__(table)
        self.table = table
        self.field_columns = field_columns  # service field name → column
        self.editable = False
        self._filling = False
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        digit = table.fontMetrics().horizontalAdvance("0")
        for column, width in enumerate(widths):
            table.setColumnWidth(column, max(width * digit + 12, header.sectionSizeHint(column)))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.itemChanged.connect(self._item_changed)

    def cell(self, row: int, column: int, value, editable: bool = False, right: bool = False,
             data=None) -> QTableWidgetItem:
        item = QTableWidgetItem("" if value is None else str(value))
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if editable and self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        else:
            item.setBackground(READ_ONLY)
        item.setFlags(flags)
        if right:
            item.setTextAlignment(RIGHT)
        if data is not None:
            item.setData(ID_ROLE, data)
        self.table.setItem(row, column, item)
        return item

    def text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def number(self, row: int, column: int, field: str, integer: bool = False):
        raw = self.text(row, column).replace(",", "")
        try:
            value = Decimal(raw or "0")
            if not value.is_finite() or (integer and value != value.to_integral_value()):
                raise InvalidOperation
        except InvalidOperation:
            raise ValidationError(f"lines.{row}.{field}", "not_a_number") from None
        return int(value) if integer else value

    def shade_totals(self, row: int) -> None:
        for column in range(self.table.columnCount()):
            item = self.table.item(row, column) or self.cell(row, column, "")
            item.setBackground(TOTALS)

    def clear_marks(self) -> None:
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item and item.toolTip():
                    item.setToolTip("")
                    item.setBackground(READ_ONLY if not item.flags() & Qt.ItemFlag.ItemIsEditable else QBrush())

    def mark(self, error: ValidationError) -> bool:
        """Colour the cells the error names (``lines.N.field``); True when at least one was found."""
        found = False
        for field, code, params in error.errors:
            parts = field.split(".")
            if len(parts) != 3 or parts[0] != "lines" or not parts[1].isdigit():
                continue
            row, column = int(parts[1]), self.field_columns.get(parts[2])
            item = self.table.item(row, column) if column is not None else None
            if item is not None:
                item.setBackground(INVALID)
                item.setToolTip(message_text(code, params, lambda s: QCoreApplication.translate("messages", s)))
                if not found:
                    self.table.setCurrentItem(item)
                found = True
        return found

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if not self._filling:
            self.recalculate()
            self.changed.emit()

    def recalculate(self) -> None:
        """Refresh computed cells after an edit (subclasses)."""

    @contextmanager
    def filling(self):
        """Programmatic changes: no ``changed`` signal, no recalculation."""
        self._filling = True
        self.table.blockSignals(True)
        try:
            yield
        finally:
            self.table.blockSignals(False)
            self._filling = False


class WeekGrid(GridBase):
    WEEK0 = 3  # columns: code, name, unit, week 1…5, total, actual, rate

    def __init__(self, table: QTableWidget):
        headers = [_tr("产品编号"), _tr("产品名称"), _tr("单位")] + [
            _tr("第{week}周").format(week=w) for w in range(1, 6)] + [_tr("计划合计"), _tr("实际产量"), _tr("完成率")]
        fields = {"product": 0, **{f"week{w}": self.WEEK0 + w - 1 for w in range(1, 6)}}
        super().__init__(table, headers, fields, (8, 16, 4, 7, 7, 7, 7, 7, 8, 8, 6))
        self.plan: ProductionPlanData | None = None
        self.actual_mode = False
        self._fixed: list[int] = []  # per row: the actual total (plan mode) or the plan total (actual mode)

    @property
    def weeks(self) -> int:
        return weeks_in(self.plan.month) if self.plan else 5

    def load(self, plan: ProductionPlanData, editable: bool, actual: bool = False) -> None:
        """Show the plan's weeks, or (``actual``) the actual production by week beside the plan total."""
        self.plan, self.editable, self.actual_mode = plan, editable, actual
        label = _tr("第{week}周实际") if actual else _tr("第{week}周")
        for week in range(1, 6):
            self.table.horizontalHeaderItem(self.WEEK0 + week - 1).setText(label.format(week=week))
        self._fixed = [line.total if actual else line.actual_total for line in plan.lines]
        with self.filling():
            self.table.setRowCount(0)
            for line in plan.lines:
                self._append(line)
            self._totals_row()
        self.recalculate()

    def _append(self, line: PlanLineData) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.cell(row, 0, line.product_code, data=line.product_id)
        self.cell(row, 1, line.product_name)
        self.cell(row, 2, line.unit)
        values = line.actual if self.actual_mode else line.weeks
        for week in range(1, 6):
            usable = week <= self.weeks
            self.cell(row, self.WEEK0 + week - 1, values[week - 1] if usable else "", editable=usable, right=True)
        for column in (8, 9, 10):
            self.cell(row, column, "", right=True)

    def _totals_row(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            self.cell(row, column, _tr("合计") if column == 1 else "", right=column > 2)
        self.shade_totals(row)

    def line_rows(self) -> int:
        return max(0, self.table.rowCount() - 1)

    def _weeks(self, row: int) -> list[int]:
        return [self.number(row, self.WEEK0 + w - 1, f"week{w}", integer=True) if w <= self.weeks else 0
                for w in range(1, 6)]

    def lines(self) -> list[PlanLineData]:
        """The grid as plan lines; a cell that is not a whole number raises ValidationError at its cell."""
        return [PlanLineData(self.table.item(row, 0).data(ID_ROLE), self._weeks(row), product_code=self.text(row, 0),
                             product_name=self.text(row, 1)) for row in range(self.line_rows())]

    def actual_entries(self) -> list[ActualEntry]:
        """In actual mode: every (product, week) figure of the grid."""
        return [ActualEntry(self.table.item(row, 0).data(ID_ROLE), week, quantity)
                for row in range(self.line_rows())
                for week, quantity in enumerate(self._weeks(row)[:self.weeks], start=1)]

    def product_ids(self) -> set[int]:
        return {self.table.item(row, 0).data(ID_ROLE) for row in range(self.line_rows())}

    def add_product(self, product_id: int, code: str, name: str, unit: str) -> None:
        if product_id in self.product_ids():
            return
        with self.filling():
            self.table.removeRow(self.line_rows())
            self._append(PlanLineData(product_id, [0] * 5, product_code=code, product_name=name, unit=unit))
            self._fixed.append(0)
            self._totals_row()
        self.recalculate()
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes() if index.row() < self.line_rows()},
                      reverse=True)
        with self.filling():
            for row in rows:
                self.table.removeRow(row)
                del self._fixed[row]
        if rows:
            self.recalculate()
            self.changed.emit()

    def recalculate(self) -> None:
        totals, planned, actual = [0] * 5, 0, 0
        with self.filling():
            for row in range(self.line_rows()):
                weeks = [self._int(row, self.WEEK0 + w) for w in range(5)]
                totals = [a + b for a, b in zip(totals, weeks)]
                plan_total, done = (self._fixed[row], sum(weeks)) if self.actual_mode else (sum(weeks), self._fixed[row])
                planned, actual = planned + plan_total, actual + done
                self._show_totals(row, plan_total, done)
            last = self.line_rows()
            for w in range(5):
                self.table.item(last, self.WEEK0 + w).setText(number_text(totals[w]) if w < self.weeks else "")
            self._show_totals(last, planned, actual)

    def _show_totals(self, row: int, planned: int, actual: int) -> None:
        self.table.item(row, 8).setText(number_text(planned))
        self.table.item(row, 9).setText(number_text(actual))
        self.table.item(row, 10).setText(f"{actual * 100 / planned:.1f}%" if planned else "")

    def _int(self, row: int, column: int) -> int:
        try:
            return int(Decimal(self.text(row, column).replace(",", "") or "0"))
        except (InvalidOperation, ValueError):
            return 0

    def total(self) -> int:
        return self._int(self.line_rows(), 8)
