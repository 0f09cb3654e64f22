"""Reading PDFs back in tests with Python libraries only (pypdf; pypdfium2 where a page is rendered), so the
suite needs no poppler tools: text, text by position on the page, and the fonts a PDF uses.

The text, page and image helpers of the PDF foundation (`tests/pdf/pdfcheck.py`) are re-exported here, so a
test imports one module; this module adds what `pdftotext -x/-y` and `pdffonts` used to answer.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from pypdf.generic import DictionaryObject, StreamObject

from tests.pdf.pdfcheck import barcodes, page_image, page_texts, reader, squeezed, text

__all__ = ["MM", "Chunk", "FontInfo", "assert_fonts_embedded", "barcodes", "chunks", "font_infos", "page_image",
           "page_texts", "reader", "squeezed", "text", "text_in"]

MM = 72 / 25.4  # points in a millimetre
_SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")
_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


@dataclass(frozen=True)
class Chunk:
    """A run of text pypdf reads as one piece of one line, placed where the run starts (points from the
    page's bottom left). pypdf joins pieces on the same baseline into one run, so a run that starts at
    the left margin may end far to the right."""

    text: str
    x: float
    y: float


def chunks(data: bytes, index: int = 0) -> list[Chunk]:
    """The text runs of page ``index`` (its form XObjects included) with their start positions."""
    found: list[Chunk] = []

    def visit(value, cm, tm, _font, _size):
        if value.strip():
            x, y = tm[4], tm[5]
            found.append(Chunk(value.strip(), x * cm[0] + y * cm[2] + cm[4], x * cm[1] + y * cm[3] + cm[5]))

    reader(data).pages[index].extract_text(visitor_text=visit)
    return found


def text_in(data: bytes, index: int = 0, *, left: float = 0, bottom: float = 0, right: float = math.inf,
            top: float = math.inf) -> str:
    """The text of the runs of page ``index`` that start inside the rectangle (points), in reading order
    (top to bottom, then left to right), whitespace removed."""
    inside = [c for c in chunks(data, index) if left <= c.x <= right and bottom <= c.y <= top]
    return squeezed("".join(c.text for c in sorted(inside, key=lambda c: (-c.y, c.x))))


@dataclass(frozen=True)
class FontInfo:
    """One font object as `pdffonts` lists it."""

    name: str       # /BaseFont, subset prefix included
    subtype: str    # /Type0, /TrueType, /Type1 …
    embedded: bool  # a FontFile, FontFile2 or FontFile3 in its descriptor (a Type0 font's: its descendant's)
    subset: bool    # the name carries an ABCDEF+ subset tag
    unicode: bool   # a /ToUnicode map, so the text can be copied and searched


def font_infos(data: bytes) -> list[FontInfo]:
    """Every font object the PDF uses, once: on its pages, in form XObjects (nested) and in annotation
    appearances."""
    seen: set[tuple[str, int]] = set()
    return [_font_info(font.get_object()) for resources in _all_resources(data, seen)
            for font in (resources.get("/Font") or {}).values() if _first_time("font", font, seen)]


def assert_fonts_embedded(data: bytes, family: str = "WenQuanYiMicroHei") -> list[FontInfo]:
    """Fail unless the PDF uses fonts and every one is ``family``, embedded as a subset with a ToUnicode
    map (`pdffonts`: emb yes, sub yes, uni yes) — so no base-14 or other font that is not embedded."""
    infos = font_infos(data)
    assert infos, "the PDF uses no font"
    for info in infos:
        assert family in info.name, info
        assert info.embedded and info.subset and info.unicode, info
    return infos


def _font_info(font: DictionaryObject) -> FontInfo:
    name = str(font.get("/BaseFont", ""))
    described = [font] + [d.get_object() for d in font.get("/DescendantFonts") or []]
    descriptors = [d["/FontDescriptor"].get_object() for d in described if "/FontDescriptor" in d]
    embedded = any(key in descriptor for descriptor in descriptors for key in _FONT_FILES)
    return FontInfo(name.lstrip("/"), str(font.get("/Subtype", "")), embedded,
                    bool(_SUBSET_PREFIX.match(name.lstrip("/"))), "/ToUnicode" in font)


def _first_time(kind: str, value, seen: set[tuple[str, int]]) -> bool:
    """False for an indirect object already met; direct objects cannot repeat."""
    ref = getattr(value, "idnum", None)
    if ref is None:
        return True
    if (kind, ref) in seen:
        return False
    seen.add((kind, ref))
    return True


def _all_resources(data: bytes, seen: set) -> Iterator[DictionaryObject]:
    for page in reader(data).pages:
        yield from _resources_of(page, seen)
        for annotation in page.get("/Annots") or []:
            for appearance in (annotation.get_object().get("/AP") or {}).values():
                appearance = appearance.get_object()
                states = [appearance] if isinstance(appearance, StreamObject) else appearance.values()
                for state in states:
                    yield from _resources_of(state.get_object(), seen)


def _resources_of(holder, seen: set) -> Iterator[DictionaryObject]:
    """``holder``'s resources and those of the form XObjects they name, each form once."""
    resources = holder.get("/Resources")
    if resources is None:
        return
    resources = resources.get_object()
    yield resources
    for xobject in (resources.get("/XObject") or {}).values():
        form = xobject.get_object()
        if _first_time("xobject", xobject, seen) and form.get("/Subtype") == "/Form":
            yield from _resources_of(form, seen)
