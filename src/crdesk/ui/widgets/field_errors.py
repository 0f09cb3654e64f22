"""Show a ValidationError at the field it concerns: red frame and tooltip on the widget, the sentence in the
form's message label, focus on the first bad field. The user's typing is never cleared."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from crdesk.messages import text
from crdesk.services.errors import ValidationError

INVALID_STYLE = "border: 1px solid #d9534f; background: #fff4f4;"


def _translate(source: str) -> str:
    return QCoreApplication.translate("messages", source)


class FieldErrors:
    def __init__(self, label: QLabel, fields: dict[str, QWidget], names: dict[str, str] | None = None):
        """``fields`` maps service field names to widgets; ``names`` to the label text shown in messages."""
        self.label = label
        self.fields = fields
        self.names = names or {}
        self._marked: list[QWidget] = []
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #b52b27;")
        self.clear()

    def clear(self) -> None:
        for widget in self._marked:
            widget.setStyleSheet("")
            widget.setToolTip("")
        self._marked = []
        self.label.clear()
        self.label.hide()

    def widget_for(self, field: str) -> QWidget | None:
        while field:
            if field in self.fields:
                return self.fields[field]
            field = field.rpartition(".")[0]
        return None

    def show(self, error: ValidationError) -> None:
        self.clear()
        lines = []
        for field, code, params in error.errors:
            message = text(code, params, _translate)
            widget = self.widget_for(field)
            if widget is not None:
                widget.setStyleSheet(INVALID_STYLE)
                widget.setToolTip(message)
                self._marked.append(widget)
            lines.append(f"{self.names.get(field, self.names.get(field.split('.')[0], field))}：{message}")
        self.label.setText("\n".join(lines))
        self.label.show()
        if self._marked:
            self._marked[0].setFocus()

    def message(self, sentence: str) -> None:
        self.clear()
        self.label.setText(sentence)
        self.label.show()
