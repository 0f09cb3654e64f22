"""The scheduling board (排车看板): unassigned orders on the left, one lane per vehicle on the right with its
runs as cards, each card a list of stops. Drag orders onto a run to assign them, drag stops within a run
to reorder them, drag them back to the left to take them off the run. The board only asks: it emits what
the user wants (``assign_requested`` …) and the tab calls the services, then shows the board anew.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGroupBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from crdesk.services.delivery_rules import RUN_STATUS_LABELS
from crdesk.services.schedule import Board, RunCard, StopCard

SELECTED_STYLE = "QFrame#run_card { border: 2px solid #2f6fb0; background: #f2f7fc; }"
NORMAL_STYLE = "QFrame#run_card { border: 1px solid #b9c3cf; background: white; }"
OVER_STYLE = "color: #b52b27;"


class StopList(QListWidget):
    """Order cards that can be dragged to another list; ``key`` is the run id (None: the unassigned list)."""

    dropped = Signal(object, object, list, int)  # target key, source key, order ids, row

    def __init__(self, key: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setObjectName("unassigned_list" if key is None else f"stops_{key}")
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(True)

    def add_stop(self, stop: StopCard, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, stop.order_id)
        item.setToolTip(f"{stop.number}\n{stop.client_name}\n{stop.address}")
        self.addItem(item)

    def order_ids(self) -> list[int]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def selected_ids(self) -> list[int]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.selectedItems()]

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        source = event.source()
        if not isinstance(source, StopList):
            event.ignore()
            return
        index = self.indexAt(event.position().toPoint())
        row = index.row() if index.isValid() else self.count()
        ids = source.selected_ids()
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the board is redrawn from the database
        event.accept()
        if ids:
            self.dropped.emit(self.key, source.key, ids, row)


def reordered(current: list[int], moved: list[int], row: int) -> list[int]:
    """``current`` with ``moved`` taken out and put back in before position ``row`` (counted in ``current``)."""
    before = len([i for i in current[:row] if i in moved])
    rest = [i for i in current if i not in moved]
    at = max(0, min(row - before, len(rest)))
    return rest[:at] + moved + rest[at:]


class ScheduleBoard(QWidget):
    assign_requested = Signal(int, list)  # run id, order ids
    unassign_requested = Signal(int, list)  # run id, order ids
    reorder_requested = Signal(int, list)  # run id, every stop in the new order
    run_selected = Signal(object)  # RunCard or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.board: Board | None = None
        self.selected: RunCard | None = None
        self.lists: dict[int | None, StopList] = {}
        self._cards: dict[int, QFrame] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.unassigned_box = QGroupBox(self)
        box_layout = QVBoxLayout(self.unassigned_box)
        self.unassigned = StopList(None, self.unassigned_box)
        self.unassigned.dropped.connect(self._dropped)
        box_layout.addWidget(self.unassigned)
        self.unassigned_box.setMinimumWidth(260)
        layout.addWidget(self.unassigned_box, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        layout.addWidget(self.scroll, 3)
        self.lists[None] = self.unassigned

    # --- drawing
    def show_board(self, board: Board) -> None:
        keep = self.selected.id if self.selected else None
        self.board, self.selected = board, None
        self.lists = {None: self.unassigned}
        self._cards = {}
        self.unassigned.clear()
        for stop in board.unassigned:
            self.unassigned.add_stop(stop, self._stop_text(stop, show_date=True))
        self.unassigned_box.setTitle(self.tr("待排车送货任务（{count}）").format(count=len(board.unassigned)))
        lanes = QWidget()
        lanes_layout = QVBoxLayout(lanes)
        for lane in board.lanes:
            lanes_layout.addWidget(self._lane(lane, board.days > 1))
        lanes_layout.addStretch(1)
        self.scroll.setWidget(lanes)
        run = next((r for lane in board.lanes for r in lane.runs if r.id == keep), None)
        self.select_run(run)

    def _lane(self, lane, week: bool) -> QWidget:
        frame = QGroupBox(self.tr("{plate}　核定载重 {capacity} kg").format(
            plate=lane.plate, capacity=f"{lane.capacity_kg:.0f}"))
        if lane.status == "maintenance":
            frame.setTitle(frame.title() + self.tr("（维修中）"))
        row = QHBoxLayout(frame)
        if not lane.runs:
            row.addWidget(QLabel(self.tr("无车次")))
        for run in lane.runs:
            row.addWidget(self._card(run, week))
        row.addStretch(1)
        return frame

    def _card(self, run: RunCard, week: bool) -> QFrame:
        card = QFrame()
        card.setObjectName("run_card")
        card.setStyleSheet(NORMAL_STYLE)
        card.setMinimumWidth(230)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(card)
        date = f"{run.run_date:%m-%d} " if week else ""
        head = QLabel(self.tr("{date}{number}　{start}–{end}\n司机 {driver}　{status}").format(
            date=date, number=run.number, start=f"{run.departs_at:%H:%M}", end=f"{run.returns_at:%H:%M}",
            driver=run.driver_name, status=self.status_text(run.status)))
        load = QLabel(self.tr("装载 {load} / {capacity} kg，{stops} 站").format(
            load=f"{run.load_kg:.0f}", capacity=f"{run.capacity_kg:.0f}", stops=len(run.stops)))
        if run.capacity_kg and run.load_kg > run.capacity_kg:
            load.setStyleSheet(OVER_STYLE)
        stops = StopList(run.id, card)
        stops.setMinimumHeight(120)
        stops.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        for stop in run.stops:
            stops.add_stop(stop, f"{stop.stop_seq}. " + self._stop_text(stop))
        stops.dropped.connect(self._dropped)
        stops.itemPressed.connect(lambda _item, r=run: self.select_run(r))
        for widget in (head, load, stops):
            layout.addWidget(widget)
        head.mousePressEvent = lambda _event, r=run: self.select_run(r)
        self.lists[run.id] = stops
        self._cards[run.id] = card
        return card

    def _stop_text(self, stop: StopCard, show_date: bool = False) -> str:
        date = f"{stop.requested_date:%m-%d} " if show_date else ""
        window = f"  {stop.window}" if stop.window else ""
        return f"{date}{stop.client_name}（{stop.region}）{window}\n{stop.address}　{stop.weight_kg:.0f} kg"

    def status_text(self, status: str) -> str:
        return self.tr(RUN_STATUS_LABELS.get(status, status))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(900, 500)

    # --- selection and intents
    def select_run(self, run: RunCard | None) -> None:
        self.selected = run
        for run_id, card in self._cards.items():
            card.setStyleSheet(SELECTED_STYLE if run is not None and run_id == run.id else NORMAL_STYLE)
        self.run_selected.emit(run)

    def run_card(self, run_id: int) -> RunCard | None:
        if self.board is None:
            return None
        return next((r for lane in self.board.lanes for r in lane.runs if r.id == run_id), None)

    def _dropped(self, target, source, ids: list[int], row: int) -> None:
        if target is None:
            if source is not None:
                self.unassign_requested.emit(source, ids)
        elif target == source:
            current = self.lists[target].order_ids()
            self.reorder_requested.emit(target, reordered(current, ids, row))
        else:
            self.assign_requested.emit(target, ids)
