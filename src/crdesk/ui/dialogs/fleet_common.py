"""What the fleet forms share: optional dates, combos of vehicles and drivers loaded before a form opens,
translated code labels, and the open-after-loading helper (dialogs take data and return data)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QSpinBox

from crdesk.services import permissions as P
from crdesk.ui.errors import show_error

NO_DATE = QDate(2000, 1, 1)


def label(code_labels: dict[str, str], code: str) -> str:
    """A stored code (in_service, inspection …) as its translated label."""
    return QCoreApplication.translate("fleet", code_labels.get(code, code))


def fill_codes(combo: QComboBox, code_labels: dict[str, str]) -> None:
    for code in code_labels:
        combo.addItem(label(code_labels, code), code)


def select_data(combo: QComboBox, value: Any) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


def optional_date(edit: QDateEdit, empty_text: str) -> None:
    """The earliest date of the edit stands for "no date" and shows ``empty_text``."""
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(empty_text)


def set_date(edit: QDateEdit, value: dt.date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else edit.minimumDate())


def date_of(edit: QDateEdit) -> dt.date | None:
    value = edit.date()
    if edit.specialValueText() and value == edit.minimumDate():
        return None
    return dt.date(value.year(), value.month(), value.day())


def optional_int(spin: QSpinBox) -> int | None:
    return None if spin.specialValueText() and spin.value() == spin.minimum() else spin.value()


@dataclass(frozen=True)
class Choices:
    """Vehicles and drivers for the log forms; ``own_driver`` locks a driver's forms to themself."""

    vehicles: list[tuple[int, str]]
    drivers: list[tuple[int, str]]
    own_driver: int | None
    may_edit_all: bool
    odometers: dict[int, int]  # vehicle id -> its last reading, to start a new entry from


def load_choices(services) -> Choices:
    vehicles = services.fleet.vehicles()
    drivers = [(d.id, d.name) for d in services.fleet.drivers()]
    mine = services.fleet.my_driver()
    return Choices([(v.id, v.plate) for v in vehicles], drivers, mine.id if mine else None,
                   services.actor.can(P.FLEET_EDIT), {v.id: v.odometer_km for v in vehicles})


def fill_choices(combo: QComboBox, items: list[tuple[int, str]], empty: str | None = None) -> None:
    if empty is not None:
        combo.addItem(empty, None)
    for value, text in items:
        combo.addItem(text, value)


def open_loaded(app, parent, load: Callable[[Any], Any], build: Callable[[Any], Any],
                on_saved: Callable[[Any], None]) -> None:
    """Load on the DB worker, then open the form built from the result; ``on_saved`` gets what it saved."""
    def show(loaded) -> None:
        dialog = build(loaded)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: on_saved(dialog.result_data) if dialog.result_data else None)
        dialog.open()

    app.worker.submit(load, show, lambda error: show_error(parent, error), owner=parent)
