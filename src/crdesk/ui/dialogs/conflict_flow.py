"""What an editor of one versioned record does when its save is refused because someone saved first: the
conflict dialog, then reload their version, re-apply my changes on top of theirs, keep editing, or — with
CONFLICT_OVERWRITE — save mine over theirs (the service audits it). Record dialogs and the plan pages share it.

The editor (a QWidget) provides ``app``, ``errors`` (FieldErrors), ``field_names()``, ``reload(services, data)``
(their version, on the worker), ``show_theirs(theirs, text)``, ``show_merged(merged, theirs, text)``
and ``save_over(data, info)`` (which saves inside :func:`saving_over`). A workflow step (approve, receive,
call back …) never comes here: see ``RecordDialog.workflow_step``.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication

from crdesk.services import permissions as P
from crdesk.services import records
from crdesk.services.errors import ConflictError, ConflictInfo
from crdesk.ui.dialogs.conflict import OVERWRITE, REAPPLY, RELOAD, ConflictDialog, reapply, values_of
from crdesk.ui.errors import message_of


def _tr(text: str) -> str:
    return QCoreApplication.translate("conflict", text)


def resolve_conflict(editor, error: ConflictError, mine: Any, base: Any) -> None:
    """``mine``: the data the refused save sent; ``base``: the data as the editor loaded it."""
    info = error.info
    dialog = ConflictDialog(info, values_of(mine), editor.field_names(), editor,
                            can_overwrite=editor.app.can(P.CONFLICT_OVERWRITE))
    choice = dialog.exec()
    if choice == RELOAD:
        _load_theirs(editor, mine, lambda theirs: editor.show_theirs(
            theirs, _tr("已载入他人保存的最新版本，请核对后再保存。")))
    elif choice == REAPPLY:
        _load_theirs(editor, mine, lambda theirs: _show_reapplied(editor, base, mine, theirs, info))
    elif choice == OVERWRITE:
        editor.save_over(mine, info)
    else:
        editor.errors.message(message_of(error))


def _load_theirs(editor, mine: Any, then: Callable[[Any], None]) -> None:
    editor.app.worker.submit(lambda services: editor.reload(services, mine), then,
                             lambda error: editor.errors.message(message_of(error)), owner=editor)


def _show_reapplied(editor, base: Any, mine: Any, theirs: Any, info: ConflictInfo) -> None:
    merged, both = reapply(base, mine, theirs)
    text = _tr("已在 {who} 保存的版本上重新应用您的修改，请核对后保存。").format(who=info.changed_by)
    if both:
        names = "、".join(editor.field_names().get(name, name) for name in both)
        text += _tr("双方都修改了：{fields}（现为您的内容）。").format(fields=names)
    editor.show_merged(merged, theirs, text)


def saving_over(info: ConflictInfo, save: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A worker job: the editor's own ``save(services)``, writing over the version the conflict dialog showed.
    If yet another save came in meanwhile, that one is the next conflict."""
    def run(services):
        with records.overwriting(services.ctx, info):
            return save(services)
    return run
