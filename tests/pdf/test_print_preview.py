"""Print preview and printing of PDF bytes (Qt, offscreen): paper size, page images, save as PDF."""
from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtPrintSupport")

from PySide6.QtPrintSupport import QPrinter  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QToolBar  # noqa: E402

from crdesk.pdf.layout import CONTINUOUS_241X140, Document, Field, FieldGrid, TextBlock, render  # noqa: E402
from crdesk.ui import print_preview  # noqa: E402
from crdesk.ui.print_preview import PdfPages, page_layout, paint_pages, show_print_preview  # noqa: E402
from tests.pdf.pdfcheck import barcodes, reader  # noqa: E402


@pytest.fixture(scope="module")
def three_pages() -> bytes:
    return render(Document("回访记录单", "HF2026000001", blocks=[
        FieldGrid([Field("客户名称", "上海华联超市")]), TextBlock("回访内容", "客户表示满意。" * 1000)]))


def test_pages_know_their_paper_and_render_to_images(three_pages):
    pages = PdfPages(three_pages)
    try:
        assert len(pages) == 3
        assert round(pages.size(0).width()) == 595 and round(pages.size(0).height()) == 842
        image = pages.image(0, 72)
        assert abs(image.width() - 595) <= 1 and abs(image.height() - 842) <= 1 and not image.isNull()
    finally:
        pages.close()


def test_paper_layout_follows_the_pdf_a4_by_name_continuous_forms_as_custom(qapp):
    a4 = page_layout(PdfPages(render(Document("表", "N1"))).size(0))
    assert a4.pageSize().key() == "A4" and a4.fullRectPoints().width() == 595
    continuous = page_layout(PdfPages(render(Document("送货单", "N1", page=CONTINUOUS_241X140))).size(0))
    rect = continuous.fullRectPoints()
    assert (rect.width(), rect.height()) == (683, 397)


def test_printing_draws_every_page_at_print_resolution(qapp, tmp_path, three_pages):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setFullPage(True)
    pages = PdfPages(three_pages)
    printer.setPageLayout(page_layout(pages.size(0)))
    paint_pages(printer, pages)
    pages.close()
    printed = (tmp_path / "printed.pdf").read_bytes()
    assert len(reader(printed).pages) == 3
    assert barcodes(printed) == ["HF2026000001"]  # the raster copy is sharp enough to scan


def test_preview_shows_the_pages_and_saves_the_original_pdf(qtbot, tmp_path, monkeypatch, three_pages):
    used = []
    original = PdfPages.image
    monkeypatch.setattr(PdfPages, "image", lambda self, index, dpi: used.append(dpi) or original(self, index, dpi))
    dialog = show_print_preview(None, three_pages, "回访记录单 HF2026000001")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(used) >= 3)
    assert set(used) == {print_preview.PREVIEW_DPI}
    assert "回访记录单 HF2026000001" in dialog.windowTitle()
    assert dialog.save_action in dialog.findChild(QToolBar).actions()

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "记录单"), "PDF"))
    saved = dialog.save_as_pdf()
    assert saved == tmp_path / "记录单.pdf" and saved.read_bytes() == three_pages
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert dialog.save_as_pdf() is None
    dialog.close()
