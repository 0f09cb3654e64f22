"""Reading PDFs back in tests: text, fonts, page images, barcodes."""
from __future__ import annotations

import io

import pypdf


def reader(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in reader(data).pages]


def text(data: bytes) -> str:
    return "\n".join(page_texts(data))


def squeezed(value: str) -> str:
    """Text without any whitespace: wrapping adds line breaks, non-breaking spaces come back as spaces."""
    return "".join(value.split())


def fonts(data: bytes) -> dict[str, dict]:
    """Every font used on any page: base name -> its font descriptor (empty for the standard 14 fonts)."""
    found: dict[str, dict] = {}
    for page in reader(data).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font.get("/FontDescriptor", {}) and font["/FontDescriptor"].get_object()
    return found


def page_image(data: bytes, index: int = 0, dpi: int = 150):
    """Page ``index`` rendered by PDFium as a PIL image."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return document[index].render(scale=dpi / 72).to_pil()
    finally:
        document.close()


def barcodes(data: bytes, index: int = 0) -> list[str]:
    import zxingcpp

    return [found.text for found in zxingcpp.read_barcodes(page_image(data, index))]
