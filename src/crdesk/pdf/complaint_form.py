"""The complaint handling form (投诉处理单) and, shared with the return form, the layout of a closed-loop
case on paper: titled sections of fields and text boxes (intake, handling, callback), the timeline, and
signature lines. Steps not done yet print as empty boxes with room to write by hand.

Takes plain strings (labels already translated, values formatted); user text is escaped by the layout.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from crdesk.pdf.document import Column, Field, FieldGrid, Signature, TableBlock, TextBlock

TIMELINE_COLUMNS = (Column("时间", 1.5), Column("人员", 1.1), Column("步骤", 1.3), Column("说明", 4.2))


@dataclass(frozen=True)
class Section:
    """A titled grid of (label, value) pairs and texts (title, text): a filled text is a full-width row of
    the grid, an empty one a box with ``blank_lines`` lines free to write in."""

    title: str
    fields: Sequence[tuple[str, str]] = ()
    texts: Sequence[tuple[str, str]] = ()
    blank_lines: int = 3


@dataclass(frozen=True)
class CaseForm:
    sections: Sequence[Section]
    timeline: Sequence[Sequence[str]]  # time, who, step, note
    signatures: Sequence[tuple[str, str, str]]  # label, printed name, date
    after_first: Sequence[Any] = field(default_factory=tuple)  # blocks after the first section


def _section_blocks(section: Section) -> list:
    """Filled texts join the grid as full-width rows; empty ones become boxes to write in by hand."""
    filled = [(title, text) for title, text in section.texts if str(text).strip()]
    empty = [(title, text) for title, text in section.texts if not str(text).strip()]
    blocks: list = []
    grid = [Field(label, value) for label, value in section.fields] + [Field(t, text, span=2) for t, text in filled]
    if grid:
        blocks.append(FieldGrid(grid, title=section.title))
    for title, _ in empty:
        heading = title if grid else f"{section.title} · {title}"
        blocks.append(TextBlock(heading, "", min_lines=section.blank_lines))
    return blocks


def blocks(form: CaseForm) -> list:
    """The body of the form, in order: sections (the extra blocks after the first one), then the timeline."""
    body: list = []
    for index, section in enumerate(form.sections):
        body += _section_blocks(section)
        if index == 0:
            body += list(form.after_first)
    body.append(TableBlock(TIMELINE_COLUMNS, [list(row) for row in form.timeline], title="处理过程",
                           empty_text="无"))
    return body


def signatures(form: CaseForm) -> list[Signature]:
    return [Signature(label, name, date) for label, name, date in form.signatures]
