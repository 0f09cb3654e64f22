"""User text on paper: escaping, cleaning, fitting and cutting; property tests over any string."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crdesk.pdf.fonts import font_name
from crdesk.pdf.layout import Column, Document, Field, FieldGrid, Signature, TableBlock, TextBlock, render
from crdesk.pdf.text import clean, cut, escape, fit_line, paragraph, styles
from tests.pdf.pdfcheck import squeezed, text

HOSTILE = ["<b>x</b>", "<img src=x>", "&amp;", "<para", "</para>", "<font name=Nope>", "&#xZZ;", "&", "a<br/>b",
           '<a href="file:///etc/passwd">x</a>', "<![CDATA[x]]>", "<?xml?>", "]]>", "<!-- c"]


@pytest.mark.parametrize("raw", HOSTILE)
def test_markup_is_escaped_to_print_literally(raw):
    """Short one-line cells are drawn as plain strings; long ones and paragraphs go through escape()."""
    assert "<" not in escape(raw) and ">" not in escape(raw)
    wrapped = "很长的文字" * 40 + raw
    data = render(Document("测试", "T1", blocks=[
        FieldGrid([Field("内容", raw), Field("长内容", wrapped)]), TextBlock("备注", f"{raw}\n{wrapped}"),
        paragraph(raw, styles().value)]))
    assert squeezed(text(data)).count(squeezed(raw)) == 5


def test_newlines_and_runs_of_spaces_are_kept():
    assert escape("a\r\nb\rc\nd") == "a<br/>b<br/>c<br/>d"
    assert escape("a  b") == "a &#160;b"
    assert escape("  x") == "&#160;&#160;x"


def test_control_characters_are_dropped_tabs_become_spaces():
    assert clean("a\x00b\x1bc\td\ufeffe") == "ab" + "c    d\ufeffe"
    assert clean(None) == "" and clean(12) == "12"


def test_fit_line_shrinks_then_cuts_with_an_ellipsis():
    font = font_name()
    assert fit_line("短", font, 10, 100) == ("短", 10)
    fitted, size = fit_line("客户服务中心" * 3, font, 10, 100)
    assert fitted == "客户服务中心" * 3 and 5 <= size < 10
    cut_text, size = fit_line("客户服务中心" * 30, font, 10, 100)
    assert cut_text.endswith("…") and size == 5


def test_short_text_stays_one_paragraph_tall_text_is_cut_into_pieces():
    style = styles().value
    assert len(cut("短备注", style, 200, 100)) == 1
    pieces = cut("长" * 3000, style, 200, 100)
    assert len(pieces) > 5
    for piece in pieces:
        assert sum(p.wrap(200, 100)[1] for p in piece) <= 100


# Any string: the document renders. Strings of characters the font has: they also read back.
PRINTABLE = st.text(st.sampled_from(list("客户档案回访记录单满意度 \n\t<>&;#/='\"abcXYZ019.-_%[]{}!?，。：（）")), max_size=300)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_renders_in_every_place_user_text_goes(value):
    assert render(Document(value, "T1", blocks=[FieldGrid([Field(value, value)], title=value),
                                         TableBlock([Column(value)], [[value]], title=value),
                                         TextBlock(value, value)],
                    header_note=value, footer_note=value, signatures=[Signature(value, value, value)])).startswith(b"%PDF")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_through_the_escape_path_makes_a_valid_paragraph(value):
    pieces = cut(value, styles().value, 60, 40)
    flat = [part for piece in pieces for part in (piece if isinstance(piece, list) else [piece])]
    assert render(Document("测试", "T1", blocks=[paragraph(value, styles().value), *flat])).startswith(b"%PDF")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PRINTABLE)
def test_printable_text_extracts_back_literally(value):
    data = render(Document("回访记录单", "T1", blocks=[paragraph(value, styles().value)]))
    assert squeezed(clean(value)) in squeezed(text(data))
    data = render(Document("回访记录单", "T1", blocks=[TextBlock("内容", value)]))
    assert squeezed(clean(value)) in squeezed(text(data))
