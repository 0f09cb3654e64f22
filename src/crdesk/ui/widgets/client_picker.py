"""A line edit that finds a client as you type (name, code, phone or contact; one or two Chinese characters
work), searching on the DB worker, and remembers which client was chosen.

Use it in a Designer form as a promoted ``QLineEdit`` (class ``ClientPicker``, header
``crdesk.ui.widgets.client_picker``), then give it the worker once::

    ui.client_picker.attach(app.worker)
    ui.client_picker.set_client(client_id, "KH000123 上海华联超市")   # optional preset
    ui.client_picker.client_changed.connect(...)                       # int | None
    client_id = ui.client_picker.client_id()                           # None until a client is picked

Editing the text after a pick forgets the pick (``client_id()`` is None again), so a form never saves a
client the text no longer names. Up/Down and Enter choose from the list; Esc closes it.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from crdesk.services.clients import ClientFilter, ClientRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1
LABEL_ROLE = Qt.ItemDataRole.UserRole + 2
MATCH_LIMIT = 20


def label_of(row: ClientRow) -> str:
    """How a chosen client reads in the field: code and name."""
    return f"{row.code}  {row.name}"


class ClientPicker(QLineEdit):
    client_changed = Signal(object)  # the chosen client's id, or None when the choice is cleared

    def __init__(self, parent: QWidget | None = None, active_only: bool = True):
        super().__init__(parent)
        self._worker = None
        self._active_only = active_only
        self._client_id: int | None = None
        self._label = ""
        self._generation = 0
        self.setPlaceholderText(self.tr("输入客户名称、编号或电话查找"))
        self.setClearButtonEnabled(True)
        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(10)
        self._completer.setWidget(self)
        self._completer.activated[QModelIndex].connect(self._chosen)
        self._timer = QTimer(self, singleShot=True, interval=250, timeout=self._search)
        self.textEdited.connect(self._edited)
        self.textChanged.connect(lambda text: text or self._forget())

    # --- public API
    def attach(self, worker) -> None:
        """Give the picker the DB worker it searches with (required before typing)."""
        self._worker = worker

    def client_id(self) -> int | None:
        return self._client_id

    def set_client(self, client_id: int | None, label: str = "") -> None:
        """Preset the choice (e.g. the client a form was opened for); None clears it."""
        self._generation += 1
        self._client_id, self._label = client_id, label if client_id is not None else ""
        self.setText(self._label)
        self.client_changed.emit(client_id)

    def completer_popup(self):
        """The list of matches (tests and callers that want to know whether it is open)."""
        return self._completer.popup()

    # --- behaviour
    def _edited(self, text: str) -> None:
        if self._client_id is not None and text != self._label:
            self._forget()
        self._timer.start()

    def _forget(self) -> None:
        if self._client_id is not None:
            self._client_id, self._label = None, ""
            self.client_changed.emit(None)

    def _search(self) -> None:
        text = self.text().strip()
        self._generation += 1
        if not text or self._worker is None or self._client_id is not None:
            self._completer.popup().hide()
            return
        generation, flt = self._generation, ClientFilter(text=text, active=True if self._active_only else None)
        self._worker.submit(lambda s: s.clients.page(flt, "name", False, None, MATCH_LIMIT).rows,
                            lambda rows: self._show(generation, rows), lambda _error: None, owner=self)

    def _show(self, generation: int, rows: list[ClientRow]) -> None:
        if generation != self._generation or not self.isVisible():
            return
        self._model.clear()
        for row in rows:
            item = QStandardItem(f"{label_of(row)}    {row.region} {row.phone}".rstrip())
            item.setData(row.id, ID_ROLE)
            item.setData(label_of(row), LABEL_ROLE)
            self._model.appendRow(item)
        if not rows:
            item = QStandardItem(self.tr("没有找到匹配的客户"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self._model.appendRow(item)
        popup = self._completer.popup()
        self._completer.complete(self.rect())
        popup.setCurrentIndex(self._model.index(0, 0) if rows else QModelIndex())

    def _chosen(self, index: QModelIndex) -> None:
        client_id = index.data(ID_ROLE)
        if client_id is None:
            return
        self._generation += 1
        self._client_id, self._label = client_id, index.data(LABEL_ROLE)
        self.setText(self._label)
        self.client_changed.emit(client_id)
