"""What a printed form is made of: plain dataclasses, no reportlab (importing them is cheap).

Labels arrive already translated; values are any user text (they are escaped when rendered). Sizes are in
PDF points (1 mm = ``MM`` points). See :mod:`crdesk.pdf.layout` for how to render a :class:`Document`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Sequence

MM = 72 / 25.4
A4 = (210 * MM, 297 * MM)


@dataclass(frozen=True)
class Company:
    """The company header printed at the top of every page (from the business settings)."""

    name: str = ""
    address: str = ""
    phone: str = ""

    @classmethod
    def from_settings(cls, values: Mapping[str, Any]) -> "Company":
        """From ``services.settings.all()``: keys ``company_name``, ``company_address``, ``company_phone``."""
        def text(key: str) -> str:
            return str(values.get(key) or "").strip()

        return cls(text("company_name"), text("company_address"), text("company_phone"))


@dataclass(frozen=True)
class Labels:
    """The layout's own words, translated by the caller when printing in another language."""

    number: str = "编号"
    date: str = "日期"
    address: str = "地址"
    phone: str = "电话"
    page: str = "第 {page} 页 / 共 {pages} 页"
    colon: str = "："


@dataclass(frozen=True)
class PageSetup:
    """Paper and proportions. ``margins`` are (top, right, bottom, left); the header and footer sit inside them."""

    size: tuple[float, float] = A4
    margins: tuple[float, float, float, float] = (10 * MM, 14 * MM, 8 * MM, 14 * MM)
    font_size: float = 9.5
    header_height: float = 30 * MM
    footer_height: float = 8 * MM
    qr_size: float = 20 * MM
    block_gap: float = 3.5 * MM

    @property
    def frame_width(self) -> float:
        return self.size[0] - self.margins[1] - self.margins[3]

    @property
    def frame_height(self) -> float:
        """The height left for the body between header and footer (less the frame's 2 mm top padding)."""
        return self.size[1] - self.margins[0] - self.margins[2] - self.header_height - self.footer_height - 2 * MM


A4_PORTRAIT = PageSetup()
# 241 × 140 mm continuous (pin-feed) forms, as used for delivery slips.
CONTINUOUS_241X140 = PageSetup(size=(241 * MM, 140 * MM), margins=(6 * MM, 12 * MM, 5 * MM, 12 * MM),
                               font_size=9, header_height=21 * MM, footer_height=6 * MM, qr_size=15 * MM,
                               block_gap=2 * MM)


@dataclass(frozen=True)
class Field:
    """One label / value pair of a :class:`FieldGrid`; ``span`` pairs wide (the last one in a row stretches)."""

    label: str
    value: Any = ""
    span: int = 1


@dataclass(frozen=True)
class FieldGrid:
    """Label / value pairs in a ruled grid, ``columns`` pairs a row, labels shaded."""

    fields: Sequence[Field]
    columns: int = 2
    title: str = ""
    label_width: float | None = None  # points; default: a share of the pair's width, at most 26 mm


@dataclass(frozen=True)
class Column:
    """A column of a :class:`TableBlock`: heading, relative width and alignment (left / center / right)."""

    label: str
    width: float = 1.0
    align: str = "left"


@dataclass(frozen=True)
class TableBlock:
    """A ruled table whose heading row (and title) repeat on every page it runs over."""

    columns: Sequence[Column]
    rows: Sequence[Sequence[Any]]
    title: str = ""
    empty_text: str = ""  # one centred line when there are no rows, e.g. "无"


@dataclass(frozen=True)
class TextBlock:
    """A titled box of free text (notes, summaries); any length, split across pages between and inside lines.

    ``min_lines`` keeps room to write by hand (e.g. 处理意见 left blank on purpose).
    """

    title: str
    text: Any = ""
    min_lines: int = 1
    boxed: bool = True


@dataclass(frozen=True)
class Signature:
    """A signature line: ``label`` (制表 / 审核 / 收货人签字), an optional printed name and date.

    ``with_date`` adds a 日期 line under it; ``date`` prints on that line (leave it empty to write by hand).
    """

    label: str
    name: str = ""
    date: str = ""
    with_date: bool = True


@dataclass(frozen=True)
class Document:
    """One printed form. ``blocks`` are :class:`FieldGrid` / :class:`TableBlock` / :class:`TextBlock`, or any
    reportlab flowable, or an object with ``flowables(context) -> list`` (see :mod:`crdesk.pdf.blocks`).
    """

    title: str
    number: str = ""
    company: Company = Company()
    blocks: Sequence[Any] = ()
    signatures: Sequence[Signature] = ()
    header_note: str = ""  # right of the number line, e.g. "打印日期：2026-03-01"
    footer_note: str = ""  # bottom left of every page, e.g. "存根联"
    page: PageSetup = A4_PORTRAIT
    labels: Labels = Labels()
    qr: bool = True  # a QR code of ``number``, top right, on every page
    signatures_at_bottom: bool = True  # push the signature lines to the foot of the last page
    signatures_per_row: int = 3
    author: str = ""  # PDF metadata
