"""installer/check_bundle.py: the size budget .ci/bundle enforces."""
from __future__ import annotations

import pytest

from tests.packaging.installer_modules import load


@pytest.fixture
def bundle(tmp_path):
    (tmp_path / "_internal" / "PySide6").mkdir(parents=True)
    (tmp_path / "crdesk").write_bytes(b"#!" + b"x" * 998)
    (tmp_path / "_internal" / "PySide6" / "libQt6Core.so.6").write_bytes(b"y" * 2_000_000)
    (tmp_path / "_internal" / "libQt6Core.so.6").symlink_to("PySide6/libQt6Core.so.6")
    return tmp_path


def test_size_counts_files_once_and_links_as_links(bundle):
    size = load("check_bundle").bundle_size(bundle)
    assert 2_001_000 < size < 2_001_100


def test_over_budget_fails_and_names_the_biggest_part(bundle, capsys):
    assert load("check_bundle").main([str(bundle), "--budget-mb", "1"]) == 1
    out = capsys.readouterr().out
    assert "over its budget of 1 MB" in out and "2.0 MB  _internal/PySide6" in out


def test_within_budget_passes(bundle, capsys):
    assert load("check_bundle").main([str(bundle), "--budget-mb", "3"]) == 0
    assert "bundle ok" in capsys.readouterr().out
