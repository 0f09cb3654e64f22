"""`crdesk print client|visit KEY -o FILE.pdf` on a demo database."""
from __future__ import annotations

import pytest

from crdesk import cli, demo
from crdesk.db.connection import DB
from crdesk.db.models.clients import Visit
from crdesk.services import Services
from tests.pdf.pdfcheck import barcodes, fonts, squeezed, text


@pytest.fixture
def demo_url(sqlite_url):
    demo.generate(Services(DB.obj), 1)
    return sqlite_url


def test_print_client_card_and_visit_record(demo_url, tmp_path, capsys):
    visit = Visit.select().order_by(Visit.id).first()
    client = visit.client
    card, record = tmp_path / "card.pdf", tmp_path / "visit.pdf"
    assert cli.run(["--db", demo_url, "print", "client", client.code, "-o", str(card)]) == 0
    assert cli.run(["--db", demo_url, "print", "visit", visit.number, "-o", str(record)]) == 0
    assert f"{card} written" in capsys.readouterr().out
    card_text, record_text = text(card.read_bytes()), text(record.read_bytes())
    assert "客户档案卡" in squeezed(card_text) and client.name in card_text and visit.number in card_text
    assert "回访记录单" in squeezed(record_text) and client.name in record_text and visit.staff in record_text
    assert barcodes(card.read_bytes()) == [client.code] and barcodes(record.read_bytes()) == [visit.number]
    assert all("/FontFile2" in d for d in fonts(record.read_bytes()).values())


def test_unknown_key_is_one_clear_line_and_no_file(demo_url, tmp_path, capsys):
    out = tmp_path / "none.pdf"
    assert cli.run(["--db", demo_url, "print", "client", "KH999999", "-o", str(out)]) == 1
    error = capsys.readouterr().err
    assert error.startswith("crdesk: error:") and "KH999999" in error and error.count("\n") == 1
    assert not out.exists()


def test_unknown_form_names_the_choices(demo_url, tmp_path):
    with pytest.raises(SystemExit) as caught:
        cli.run(["--db", demo_url, "print", "nonsense", "X", "-o", str(tmp_path / "x.pdf")])
    assert "client" in str(caught.value) and "visit" in str(caught.value)
