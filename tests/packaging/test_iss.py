"""The Inno Setup script, checked as far as Linux allows (installer/check_iss.py), and the checker itself."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.packaging.installer_modules import INSTALLER, load

SCRIPT = INSTALLER / "windows" / "crdesk.iss"


@pytest.fixture
def check_iss():
    return load("check_iss")


@pytest.fixture
def bundle(tmp_path) -> Path:
    """What PyInstaller leaves in dist/crdesk on Windows, in miniature."""
    root = tmp_path / "crdesk"
    (root / "_internal").mkdir(parents=True)
    for name in ("crdesk.exe", "crdesk-cli.exe", "_internal/base_library.zip"):
        (root / name).write_bytes(b"MZ")
    return root


def test_the_script_passes(check_iss, bundle):
    assert check_iss.check(SCRIPT) == []
    assert check_iss.check(SCRIPT, bundle) == []


def test_the_installer_starts_the_program_the_spec_builds(check_iss, bundle):
    (bundle / "crdesk.exe").unlink()
    problems = check_iss.check(SCRIPT, bundle)
    assert problems and all("crdesk.exe is not in the bundle" in problem for problem in problems)


def test_an_empty_bundle_is_refused(check_iss, tmp_path):
    problems = check_iss.check(SCRIPT, tmp_path)
    assert any("[Files] Source" in problem for problem in problems)


def test_upgrades_and_per_user_installs_are_configured(check_iss):
    text = SCRIPT.read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in text and "PrivilegesRequiredOverridesAllowed=dialog" in text
    assert 'Type: filesandordirs; Name: "{app}\\_internal"' in text  # old modules go before an upgrade
    assert "{localappdata}" not in text and "UninstallDelete" not in text  # never touches the user's data


@pytest.mark.parametrize("edit, expected", [
    (lambda text: text.replace("AppId={{6F0C2B8E-3A51-4D7B-9E2C-5C1D8A4F7B30}\n", ""), "[Setup] lacks AppId"),
    (lambda text: text.replace("AppId={{6F0C2B8E", "AppId={{not-a-guid"), "is not a fixed GUID"),
    (lambda text: text.replace("crdesk.ico", "missing.ico"), "SetupIconFile"),
    (lambda text: text.replace("[Tasks]", "[Taks]"), "unknown section [Taks]"),
    (lambda text: text.replace('Source: "{#SourceDir}\\*"', 'Source: "{#SourceDir}\\nothing\\*"'), "matches no file"),
])
def test_the_checker_finds_mistakes(check_iss, bundle, edit, expected):
    problems = check_iss.check(SCRIPT, bundle, text=edit(SCRIPT.read_text(encoding="utf-8")))
    assert any(expected in problem for problem in problems), problems


def test_defines_from_the_command_line_win_over_the_scripts_defaults(check_iss):
    defines = {"SourceDir": "C:\\build"}
    check_iss.directive('#define SourceDir SourcePath + "..\\..\\dist\\crdesk"', defines)
    check_iss.directive('#define AppExe "crdesk.exe"', defines)
    assert defines == {"SourceDir": "C:\\build", "AppExe": "crdesk.exe"}
