"""`crdesk --self-test` passes from the checkout, and each of its checks can fail with a clear line."""
from __future__ import annotations

import io
import subprocess
import sys

import pytest

from crdesk import selftest
from crdesk.cli import build_parser


@pytest.mark.slow
def test_self_test_passes_from_the_checkout(tmp_path):
    result = subprocess.run([sys.executable, "-m", "crdesk", "--self-test"], check=False, capture_output=True, text=True,
                            timeout=120, cwd=tmp_path)
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    checks = lines[1:-1]
    assert [line.split()[0] for line in checks] == ["ok"] * len(selftest.CHECKS)
    assert "送货单" in result.stdout and "客户档案" in result.stdout  # the slip read back, the Chinese window
    assert lines[-1].startswith("self-test passed")
    assert list(tmp_path.iterdir()) == []  # nothing left behind


def test_a_failing_check_gives_a_line_and_exit_status_1():
    code = ("import sys\nfrom crdesk import selftest as s\n"
            "def broken(state):\n    raise RuntimeError('the font is gone')\n"
            "s.CHECKS[:] = [('fine', lambda state: 'all good'), ('broken', broken)]\n"
            "sys.exit(s.run_self_test())\n")
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "ok    fine          all good" in result.stdout
    assert "FAIL  broken        RuntimeError: the font is gone" in result.stdout
    assert "self-test FAILED: 1 of 2 checks (broken)" in result.stdout


def test_a_pdf_without_the_embedded_font_fails(monkeypatch):
    from reportlab.pdfgen.canvas import Canvas

    def helvetica_only() -> bytes:
        output = io.BytesIO()
        canvas = Canvas(output)
        canvas.drawString(72, 72, "no Chinese font here")
        canvas.save()
        return output.getvalue()

    monkeypatch.setattr(selftest, "sample_slip", helvetica_only)
    with pytest.raises(selftest.CheckFailed, match="not embedded"):
        selftest.check_pdf(selftest.State(tmp=None))


def test_the_sample_slip_passes_the_pdf_check():
    assert "read back" in selftest.check_pdf(selftest.State(tmp=None))


@pytest.mark.parametrize("language, texts, message", [
    ("en", ["crdesk", "&File", "客户档案"], "untranslated in English: 客户档案"),
    ("zh_CN", ["crdesk 客户服务中心", "&File"], "not in Chinese: &File"),
])
def test_a_window_in_the_wrong_language_fails(qapp, language, texts, message):
    from PySide6.QtGui import QImage

    with pytest.raises(selftest.CheckFailed, match=message):
        selftest.describe_window(language, QImage(8, 8, QImage.Format.Format_RGB32), texts, texts[-1:], [])


def test_a_tab_that_fails_to_load_fails_the_window_check(qapp):
    from PySide6.QtGui import QImage

    with pytest.raises(selftest.CheckFailed, match="failed to load"):
        selftest.describe_window("en", QImage(8, 8, QImage.Format.Format_RGB32), ["Fleet"], ["Fleet"],
                                 [RuntimeError("no such table")])


def test_the_flag_is_in_the_help():
    assert "--self-test" in build_parser().format_help()
