"""Columns of a dialog's lines table (products of an order, a return, a receipt …)."""
from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget


def fit_columns(table: QTableWidget, stretch: int) -> None:
    """Every column as wide as its header and its cells (no header cut short, in any language); column
    ``stretch`` takes the width left over."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
