"""Render a registered document on the DB worker, then show the print preview (print or save as PDF)."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from crdesk.ui.context import AppContext
from crdesk.ui.errors import show_error


def preview_document(parent: QWidget, app: AppContext, kind: str, key: str, title: str) -> None:
    from crdesk.services import printing

    def render(services) -> bytes:
        return printing.resolve(kind)(services, key)

    def show(pdf: bytes) -> None:
        from crdesk.ui.print_preview import show_print_preview

        show_print_preview(parent, pdf, title)

    app.worker.submit(render, show, lambda error: show_error(parent, error), owner=parent)
