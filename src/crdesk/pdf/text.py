"""User text on paper: escaping for reportlab ``Paragraph`` and wrapping that never overflows a cell.

Every string that did not come from our own source code goes through :func:`escape` (or :func:`paragraph`,
which calls it) before it reaches ``Paragraph``. ``Paragraph`` parses a small XML dialect: raw ``<img
src=…>`` would embed a local file, ``<b>`` would change the type and an unclosed ``<para`` would abort
the whole document. After :func:`escape`, such text prints literally, newlines and runs of spaces are
kept, control characters are dropped.

Styles made here wrap CJK-style (a line may break between any two characters), so Chinese text and long
unbroken strings (URLs, serial numbers, ``xxxxxxxx…``) wrap inside their cell instead of running over it.
Long texts split across pages: a 10,000-character note becomes several pages, not a layout error.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from crdesk.pdf.fonts import font_name

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_SPACE_RUN = re.compile(r"(?:(?<=^)|(?<= )) ", re.MULTILINE)
TAB = "    "


def clean(text: object) -> str:
    """Plain text as it should print: ``None`` → ``""``, newlines unified, tabs as spaces, controls dropped."""
    if text is None:
        return ""
    value = _NEWLINES.sub("\n", str(text)).replace("\t", TAB)
    return "".join(ch for ch in value if ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cs"))


def escape(text: object) -> str:
    """``Paragraph`` markup that prints ``text`` literally (see the module docstring)."""
    value = clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _SPACE_RUN.sub("&#160;", value)
    return value.replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one document, all in the bundled font and wrapping CJK-style."""

    value: object   # field values and table cells
    label: object   # field labels and table headings
    center: object  # centred cells
    right: object   # numbers
    section: object  # section headings


@lru_cache(maxsize=8)
def styles(font_size: float = 9.5) -> Styles:
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("crdesk.value", fontName=font_name(), fontSize=font_size, leading=font_size * 1.4,
                          wordWrap="CJK", alignment=TA_LEFT)

    def derive(name: str, **changes) -> ParagraphStyle:
        return ParagraphStyle(f"crdesk.{name}", parent=base, **changes)

    return Styles(
        value=base,
        label=derive("label", alignment=TA_CENTER),
        center=derive("center", alignment=TA_CENTER),
        right=derive("right", alignment=TA_RIGHT),
        section=derive("section", fontSize=font_size + 1, leading=(font_size + 1) * 1.4),
    )


def paragraph(text: object, style) -> "object":
    """A ``Paragraph`` of user text (escaped; an empty text still takes one line)."""
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text) or "&#160;", style)


def cut(text: object, style, width: float, max_height: float) -> list:
    """``text`` for a table cell, in pieces of at most ``max_height`` when wrapped to ``width``.

    Usually one ``Paragraph``. A tall text becomes several pieces (each a list of Paragraphs, one a line),
    which stacked in consecutive rows read as the one text. Short texts are recognised without wrapping
    them: no glyph of the font is wider than 2 em.
    """
    value = clean(text)
    per_line = max(1.0, width / (2 * style.fontSize))
    lines = value.split("\n")
    if sum(math.ceil(max(len(line), 1) / per_line) for line in lines) * style.leading <= max_height:
        return [paragraph(value, style)]
    pieces: list[list] = [[]]
    used = 0.0
    for line in lines:
        for part, height in _line_parts(paragraph(line, style), width, max_height):
            if pieces[-1] and used + height > max_height:
                pieces.append([])
                used = 0.0
            pieces[-1].append(part)
            used += height
    return pieces


def _line_parts(para, width: float, max_height: float) -> list[tuple[object, float]]:
    """One paragraph split between wrapped lines into parts no taller than ``max_height``, with their heights."""
    parts = []
    while True:
        _, height = para.wrap(width, max_height)
        if height <= max_height:
            return parts + [(para, height)]
        split = para.split(width, max_height)
        if len(split) != 2:
            return parts + [(para, height)]
        parts.append((split[0], split[0].wrap(width, max_height)[1]))
        para = split[1]


def fit_line(text: object, font: str, size: float, width: float, smallest: float = 5.0) -> tuple[str, float]:
    """One line of canvas text that fits ``width``: the font shrinks down to ``smallest``, then the text is
    cut with "…". Returns (text, font size); the text is :func:`clean` (canvas strings need no escaping)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    value = " ".join(clean(text).split("\n"))
    natural = stringWidth(value, font, size)
    if natural <= width:
        return value, size
    size = max(smallest, size * width / natural)
    if stringWidth(value, font, size) <= width:
        return value, size
    while value and stringWidth(value + "…", font, size) > width:
        value = value[:-max(1, len(value) // 20)]
    return value + "…", size
