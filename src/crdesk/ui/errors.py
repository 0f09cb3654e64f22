"""How service errors reach the user: never a traceback. Validation at the field (see FieldErrors);
conflicts in the conflict dialog; a lost connection offers retry and keeps the form; anything unexpected is
logged to a file and reported in one sentence."""
from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crdesk.messages import describe
from crdesk.services.errors import ConnectionLost, ServiceError

log = logging.getLogger("crdesk")


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def message_of(error: BaseException) -> str:
    if isinstance(error, ServiceError):
        return describe(error, lambda s: QCoreApplication.translate("messages", s))
    log.error("unexpected error: %s", "".join(traceback.format_exception(error)))
    return _tr("发生内部错误，已记录到日志文件。您的输入仍保留在窗口中。")


def ask_retry(parent: QWidget, error: ConnectionLost) -> bool:
    """True when the user wants to try again (the form stays open either way)."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("数据库连接中断"), message_of(error), parent=parent)
    detail = error.params.get("detail")
    if detail:
        box.setDetailedText(detail)
    retry = box.addButton(_tr("重试"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("稍后再试"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is retry


def show_error(parent: QWidget | None, error: BaseException) -> None:
    QMessageBox.warning(parent, _tr("无法完成操作"), message_of(error))
