"""The layer rule and generated-code hygiene (DESIGN.md §2, §4.3)."""
import subprocess
import sys
from pathlib import Path

import pytest

from crdesk.ui import build_forms

ROOT = Path(__file__).resolve().parents[2]


def test_db_services_and_pdf_do_not_import_qt():
    code = ("import sys, pkgutil, importlib, crdesk.db, crdesk.services, crdesk.pdf\n"
            "for pkg in (crdesk.db, crdesk.services, crdesk.pdf):\n"
            "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
            "        importlib.import_module(m.name)\n"
            "import crdesk.services as s; s.load_areas()\n"
            "bad = sorted(n for n in sys.modules if n.startswith('PySide6'))\n"
            "print(','.join(bad))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_cli_commands_do_not_load_qt_or_reportlab_at_import():
    code = "import sys, crdesk.cli, crdesk.__main__; print([n for n in sys.modules if n.split('.')[0] in ('PySide6', 'reportlab')])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_a_command_given_its_database_does_not_load_qt_to_find_it():
    code = ("import argparse, sys, crdesk.cli\n"
            "crdesk.cli.database_url(argparse.Namespace(db='sqlite:////tmp/x.sqlite3'))\n"
            "print([n for n in sys.modules if n.startswith('PySide6')])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("source", sorted((ROOT / "ui").glob("*.ui")), ids=lambda p: p.name)
def test_generated_forms_match_their_designer_sources(source):
    target = build_forms.target_of(source)
    assert target.exists(), f"run: python -m crdesk.ui.build_forms ({target.name} missing)"
    assert target.read_text(encoding="utf-8") == build_forms.compile_form(source), (
        f"{target.name} drifted from ui/{source.name}: run python -m crdesk.ui.build_forms")


def test_every_generated_form_has_a_source():
    sources = {p.stem for p in (ROOT / "ui").glob("*.ui")}
    generated = {p.stem.removeprefix("ui_") for p in build_forms.TARGET.glob("ui_*.py")}
    assert generated <= sources
