"""Import clients, products, packaging materials or vehicles: choose a file, see a preview with the column
mapping (change it per column), check every row (row, column, reason), then import — all rows or, when the
user ticks it, only the valid ones. Reading, checking and importing run on the DB worker with progress and
cancel; nothing is written unless the import finishes."""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from crdesk.messages import text
from crdesk.services.import_kinds import KINDS
from crdesk.services.importing import ImportCancelled, ImportResult, Preview
from crdesk.ui.context import AppContext
from crdesk.ui.errors import message_of
from crdesk.ui.forms.ui_import_dialog import Ui_ImportDialog
from crdesk.ui.models.paged import display

ENCODINGS = {"utf-8-sig": "UTF-8（带 BOM）", "utf-8": "UTF-8", "gb18030": "GBK / GB18030", "utf-16": "UTF-16",
             "xlsx": "Excel 工作簿"}


def _message(code: str, params: dict) -> str:
    return text(code, params, lambda s: QCoreApplication.translate("messages", s))


class ImportDialog(QDialog):
    progressed = Signal(int, object)  # rows done, total estimate (emitted on the worker thread)
    imported = Signal(str)  # the table that received rows

    def __init__(self, app: AppContext, parent: QWidget | None = None, kind: str = "clients"):
        super().__init__(parent)
        self.app = app
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.setObjectName("import_dialog")
        self.path: Path | None = None
        self.preview: Preview | None = None
        self.result: ImportResult | None = None
        self._cancel = threading.Event()
        self._running = False
        ui = self.ui
        for name, spec in KINDS.items():
            if app.can(spec.permission):
                ui.kind_combo.addItem(self.tr(spec.title), name)  # KINDS' texts are labels (i18n_build)
        ui.kind_combo.setCurrentIndex(max(0, ui.kind_combo.findData(kind)))
        ui.mapping_table.setColumnCount(2)
        ui.mapping_table.setHorizontalHeaderLabels([self.tr("文件中的列"), self.tr("导入为")])
        ui.errors_table.setColumnCount(3)
        ui.errors_table.setHorizontalHeaderLabels([self.tr("行"), self.tr("列"), self.tr("原因")])
        for table in (ui.mapping_table, ui.errors_table):
            table.horizontalHeader().setStretchLastSection(True)
            table.verticalHeader().hide()
        ui.errors_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 5)
        self.progressed.connect(self._show_progress)
        ui.choose_button.clicked.connect(self.choose_file)
        ui.kind_combo.currentIndexChanged.connect(lambda _: self.path and self.load(self.path))
        ui.check_button.clicked.connect(lambda: self.run(dry_run=True))
        ui.import_button.clicked.connect(lambda: self.run(dry_run=False))
        ui.cancel_button.clicked.connect(self._cancel.set)
        ui.close_button.clicked.connect(self.reject)
        self._set_running(False)
        self.resize(980, 680)

    @property
    def kind(self) -> str:
        return self.ui.kind_combo.currentData()

    # --- file and preview
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择要导入的文件"), "",
                                              self.tr("表格文件 (*.csv *.xlsx *.txt);;所有文件 (*)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        self.path = Path(path)
        self.preview = self.result = None
        self.ui.file_edit.setText(str(self.path))
        self.ui.summary_label.setText(self.tr("正在读取文件…"))
        self._fill_errors([])
        kind, path = self.kind, self.path
        self.app.worker.submit(lambda s: s.importing.preview(path, kind), self._show_preview,
                               self._failed, owner=self)

    def _show_preview(self, preview: Preview) -> None:
        self.preview = preview
        ui = self.ui
        estimate = self.tr("约 {rows} 行").format(rows=preview.total) if preview.total else ""
        ui.info_label.setText(self.tr("编码：{encoding}　{estimate}　共 {columns} 列").format(
            encoding=ENCODINGS.get(preview.encoding, preview.encoding), estimate=estimate,
            columns=len(preview.headers)))
        self._fill_mapping(preview)
        ui.preview_table.clear()
        ui.preview_table.setColumnCount(len(preview.headers))
        ui.preview_table.setHorizontalHeaderLabels(preview.headers)
        ui.preview_table.setRowCount(len(preview.rows))
        for row, cells in enumerate(preview.rows):
            for column, value in enumerate(cells[:len(preview.headers)]):
                ui.preview_table.setItem(row, column, QTableWidgetItem(display(value)[:200]))
        ui.summary_label.setText(self.tr("请核对列对应关系，然后点“检查”或“导入”。"))
        self._set_running(False)

    def _fill_mapping(self, preview: Preview) -> None:
        table = self.ui.mapping_table
        table.setRowCount(len(preview.headers))
        fields = [(f.name, self.tr(f.header) + (" *" if f.required else ""))
                  for f in KINDS[preview.kind].fields]
        for row, (header, field) in enumerate(zip(preview.headers, preview.mapping)):
            table.setItem(row, 0, QTableWidgetItem(header))
            combo = QComboBox(table)
            combo.addItem(self.tr("（不导入）"), None)
            for name, label in fields:
                combo.addItem(label, name)
            combo.setCurrentIndex(max(0, combo.findData(field)) if field else 0)
            table.setCellWidget(row, 1, combo)

    def mapping(self) -> list[str | None]:
        table = self.ui.mapping_table
        return [table.cellWidget(row, 1).currentData() for row in range(table.rowCount())]

    # --- check and import
    def run(self, dry_run: bool) -> None:
        if self.path is None or self.preview is None or self._running:
            return
        path, kind, mapping, valid_only = self.path, self.kind, self.mapping(), self.ui.valid_only_check.isChecked()
        self._cancel.clear()
        self._set_running(True)
        self.ui.summary_label.setText(self.tr("正在检查…") if dry_run else self.tr("正在导入…"))
        self.app.worker.submit(
            lambda s: s.importing.run(path, kind, mapping, dry_run=dry_run, valid_only=valid_only,
                                      progress=self.progressed.emit, cancelled=self._cancel.is_set),
            self._finished, self._failed, owner=self)

    def _show_progress(self, done: int, total) -> None:
        self.ui.progress_bar.setMaximum(max(int(total or 0), done, 1))
        self.ui.progress_bar.setValue(done)

    def _finished(self, result: ImportResult) -> None:
        self._set_running(False)
        self.result = result
        self._fill_errors(result.errors)
        summary = self.tr("共 {rows} 行：有效 {valid} 行，有错误 {bad} 行。").format(
            rows=result.rows, valid=result.valid, bad=result.error_rows)
        if result.dry_run:  # the outcome on a line of its own
            summary += "\n" + self.tr("检查完毕，尚未写入任何数据。")
        elif result.refused:
            summary += "\n" + self.tr("有错误的行，未导入任何数据。请修改文件，或勾选“只导入有效的行”。")
        else:
            summary += "\n" + self.tr("已导入 {count} 行。").format(count=result.imported)
            self.imported.emit(KINDS[result.kind].model._meta.table_name)
        self.ui.summary_label.setText(summary)

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        if isinstance(error, ImportCancelled):
            self.ui.summary_label.setText(self.tr("已取消，未写入任何数据。"))
        else:
            self.ui.summary_label.setText(message_of(error))

    def _fill_errors(self, errors) -> None:
        table = self.ui.errors_table
        table.setRowCount(len(errors))
        for row, error in enumerate(errors):
            for column, value in enumerate((str(error.row), error.column, _message(error.code, error.params))):
                table.setItem(row, column, QTableWidgetItem(value))
        self.ui.errors_group.setTitle(self.tr("有错误的行（{count}）").format(count=len(errors)) if errors
                                      else self.tr("有错误的行"))

    def _set_running(self, running: bool) -> None:
        self._running = running
        ui = self.ui
        ready = self.preview is not None and not running
        for widget in (ui.check_button, ui.import_button):
            widget.setEnabled(ready)
        for widget in (ui.choose_button, ui.kind_combo, ui.mapping_table, ui.valid_only_check):
            widget.setEnabled(not running)
        ui.cancel_button.setEnabled(running)
        ui.progress_bar.setVisible(running or ui.progress_bar.value() > 0)

    def reject(self) -> None:
        self._cancel.set()  # a running import rolls back; the worker finishes it before the next job
        super().reject()
