"""The shared page layout of every crdesk form: build a :class:`Document`, get PDF bytes.

Every page gets the company header (name, address, phone from the business settings), the document title,
its number with a QR code of the number at the top right, and a footer "第 N 页 / 共 M 页". The body is a
list of blocks; signature lines close the document (at the foot of its last page by default). All user
text is escaped, so ``<b>``, ``<img src=x>``, ``&`` and unclosed tags print literally. ``pdf/`` never
touches the database: services gather the data and pass it in, labels already translated.

Example (a complaint form; ``values`` from ``services.settings.all()``)::

    from crdesk.pdf.layout import (Column, Company, Document, Field, FieldGrid, Signature, TableBlock,
                                   TextBlock, render)

    pdf = render(Document(
        title="客户投诉处理单", number="TS2026000123", company=Company.from_settings(values),
        header_note="受理日期：2026-03-02",
        blocks=[
            FieldGrid([Field("客户名称", name, span=2), Field("电话", phone), Field("受理人", staff)]),
            TableBlock([Column("产品", 3), Column("数量", 1, "right")], rows=[["酱油 500ml", "12"]],
                       title="涉及产品", empty_text="无"),
            TextBlock("投诉内容", complaint_text),
            TextBlock("处理意见", "", min_lines=4),  # left blank to write by hand
        ],
        signatures=[Signature("经办人", staff), Signature("审核"), Signature("批准")],
    ))

Other paper: ``Document(..., page=CONTINUOUS_241X140)`` (241 × 140 mm pin-feed forms) or any
``PageSetup(size=(w, h), margins=…, font_size=…, header_height=…, qr_size=…)`` in points (``MM`` = 1 mm).

Many documents in one PDF (batch printing delivery slips): :func:`render_many` — page numbers count per
document, ``progress(done, total)`` is called as each document starts; raise from it to cancel.

Blocks: :class:`FieldGrid` (label/value pairs in a ruled grid), :class:`TableBlock` (rows under a heading
that repeats on each page), :class:`TextBlock` (free text in a box, any length), or your own (see
:mod:`crdesk.pdf.blocks`). A one-page form renders in a few milliseconds once the font is loaded;
the first render pays the font load (:func:`crdesk.pdf.fonts.font_name`).

Very long tables: one ``TableBlock`` splits across pages fine up to a few hundred pages; for thousands of
rows prefer one document per group (e.g. per client) with :func:`render_many`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from crdesk.files import written_whole
from crdesk.pdf.document import (A4, A4_PORTRAIT, CONTINUOUS_241X140, MM, Column, Company, Document, Field,
                                 FieldGrid, Labels, PageSetup, Signature, TableBlock, TextBlock)

__all__ = ["A4", "A4_PORTRAIT", "CONTINUOUS_241X140", "MM", "Column", "Company", "Document", "Field",
           "FieldGrid", "Labels", "PageSetup", "Signature", "TableBlock", "TextBlock", "render",
           "render_many", "write"]


def _story(document: Document) -> list:
    from reportlab.platypus import Spacer

    from crdesk.pdf.blocks import BlockContext, flowables_of
    from crdesk.pdf.fonts import font_name
    from crdesk.pdf.signatures import PushToBottom, SignatureLines
    from crdesk.pdf.text import styles

    setup = document.page
    context = BlockContext(setup.frame_width, styles(setup.font_size), document.labels, setup)
    story: list = []
    for block in document.blocks:
        if story:
            story.append(Spacer(0, setup.block_gap))
        story += flowables_of(block, context)
    if document.signatures:
        lines = SignatureLines(document.signatures, document.labels, font_name(), setup.font_size,
                               document.signatures_per_row)
        _, height = lines.wrap(setup.frame_width, setup.size[1])
        story += [PushToBottom(height) if document.signatures_at_bottom else Spacer(0, setup.block_gap * 2),
                  lines]
    return story or [Spacer(0, 0)]  # an empty form still gets its page


def render_many(documents: Sequence[Document], progress=None) -> bytes:
    """One PDF of several documents, each starting on a new page with its own header and page count.

    All documents must use the same paper size. ``progress(done, total)`` is called before each document
    and once at the end.
    """
    from reportlab.platypus import PageBreak

    from crdesk.pdf.fonts import font_name
    from crdesk.pdf.page import Batch, StartDocument, build

    documents = list(documents)
    if not documents:
        raise ValueError("nothing to print")
    setup = documents[0].page
    if any(d.page.size != setup.size for d in documents):
        raise ValueError("all documents of one PDF must use the same paper size")
    font_name()
    batch = Batch(documents, progress)
    batch.start(0)
    story: list = []
    for index, document in enumerate(documents):
        if index:
            story += [StartDocument(batch, index), PageBreak()]
        story += _story(document)
    first = documents[0]
    title = first.title if len(documents) > 1 else " ".join(filter(None, [first.title, first.number]))
    data = build(story, batch, setup, title, first.author or first.company.name)
    if progress:
        progress(len(documents), len(documents))
    return data


def render(document: Document) -> bytes:
    """The PDF of one document."""
    return render_many([document])


def write(document: Document, path: str | Path) -> Path:
    """Render ``document`` into the file ``path`` (written whole, so no half-written file is left behind)."""
    path = Path(path)
    data = render(document)
    with written_whole(path) as part:
        part.write_bytes(data)
    return path
