"""Print preview, printing and "save as PDF…" for the PDF bytes of a printed form.

PDFium (pypdfium2) rasterises a page when Qt asks for it: for the preview at a screen-like resolution,
for the printer at the printer's resolution up to 300 dpi. "Save as PDF…" writes the original bytes, so
the saved file is the vector PDF with the embedded font, not a picture of it. The paper size comes from
the PDF (A4, 241 × 140 mm continuous forms …); the PDF carries its own margins, so Qt adds none.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QAction, QImage, QPageLayout, QPageSize, QPainter, QPaintEngine
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QWidget

PREVIEW_DPI = 110
_LIVE_PRINTERS: set = set()
MAX_PRINT_DPI = 300


class PdfPages:
    """The pages of a PDF: their sizes in points and each page as a QImage."""

    def __init__(self, data: bytes):
        import pypdfium2

        self.document = pypdfium2.PdfDocument(data)

    def __len__(self) -> int:
        return len(self.document)

    def size(self, index: int) -> QSizeF:
        width, height = self.document[index].get_size()
        return QSizeF(width, height)

    def image(self, index: int, dpi: float) -> QImage:
        bitmap = self.document[index].render(scale=dpi / 72, prefer_bgrx=True)
        # BGRX bytes are QImage's RGB32 on little-endian machines; copy() detaches from PDFium's buffer.
        return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32).copy()

    def close(self) -> None:
        self.document.close()


def page_layout(size: QSizeF) -> QPageLayout:
    """A margin-free layout for paper of ``size`` points: a named size (A4 …) in its orientation, else custom."""
    width, height = size.width(), size.height()
    named = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point, "",
                      QPageSize.SizeMatchPolicy.FuzzyMatch)
    if named.id() != QPageSize.PageSizeId.Custom:
        orientation = QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
        return QPageLayout(named, orientation, QMarginsF(0, 0, 0, 0))
    custom = QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    return QPageLayout(custom, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def paint_pages(printer: QPrinter, pages: PdfPages) -> None:
    """Draw every page of ``pages`` onto ``printer``, each filling the paper (aspect ratio kept)."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        preview = painter.paintEngine().type() == QPaintEngine.Type.Picture
        dpi = PREVIEW_DPI if preview else min(printer.resolution(), MAX_PRINT_DPI)
        for index in range(len(pages)):
            if index:
                printer.newPage()
            paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            image = pages.image(index, dpi)
            scale = min(paper.width() / image.width(), paper.height() / image.height())
            painter.drawImage(QRectF(paper.x(), paper.y(), image.width() * scale, image.height() * scale), image)
    finally:
        painter.end()


class PrintPreview(QPrintPreviewDialog):
    """Qt's print preview of a PDF, with a "save as PDF…" button in its toolbar."""

    def __init__(self, parent: QWidget | None, pdf: bytes, title: str):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(printer, parent)
        # The dialog keeps a C++ pointer to the printer: the printer must outlive the dialog's C++ object.
        _LIVE_PRINTERS.add(printer)
        self.destroyed.connect(lambda *_: _LIVE_PRINTERS.discard(printer))
        self.printer = printer
        self.pdf, self.title = pdf, title
        self.pages = PdfPages(pdf)
        self.printer.setDocName(title)
        self.printer.setFullPage(True)
        if len(self.pages):
            self.printer.setPageLayout(page_layout(self.pages.size(0)))
        self.setWindowTitle(self.tr("打印预览 - {title}").format(title=title))
        self.paintRequested.connect(lambda printer: paint_pages(printer, self.pages))
        self.finished.connect(lambda _result: self.pages.close())
        self.save_action = QAction(self.tr("另存为 PDF…"), self)
        self.save_action.triggered.connect(self.save_as_pdf)
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.save_action)

    def save_as_pdf(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("另存为 PDF"), f"{_safe_name(self.title)}.pdf",
                                              self.tr("PDF 文件 (*.pdf)"))
        if not name:
            return None
        path = Path(name) if Path(name).suffix.lower() == ".pdf" else Path(name + ".pdf")
        try:
            path.write_bytes(self.pdf)
        except OSError as error:
            QMessageBox.warning(self, self.tr("另存为 PDF"),
                                self.tr("无法保存文件：{error}").format(error=error.strerror or error))
            return None
        return path


def _safe_name(title: str) -> str:
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in title).strip() or "crdesk"


def show_print_preview(parent: QWidget | None, pdf_bytes: bytes, title: str) -> PrintPreview:
    """Open the print preview of ``pdf_bytes`` (window-modal, returns at once); it deletes itself when closed."""
    from PySide6.QtCore import Qt

    dialog = PrintPreview(parent, pdf_bytes, title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
