"""installer/linux/install.sh on a miniature bundle in a temporary home: install, upgrade in place without
touching the user's data, uninstall."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.installer_modules import INSTALLER, ROOT


@pytest.fixture
def unpacked(tmp_path) -> Path:
    """The tarball's top folder: install.sh, crdesk.desktop and a bundle whose program prints its version."""
    top = tmp_path / "crdesk-9.9-linux-x86_64"
    icons = top / "crdesk" / "_internal" / "resources" / "icons"
    shutil.copytree(ROOT / "resources" / "icons", icons)
    for name in ("install.sh", "crdesk.desktop"):
        shutil.copy2(INSTALLER / "linux" / name, top / name)
    write_program(top, "1")
    return top


def write_program(top: Path, version: str) -> None:
    program = top / "crdesk" / "crdesk"
    program.write_text(f"#!/bin/sh\necho crdesk {version}\n")
    program.chmod(0o755)


def install(top: Path, home: Path, *args: str) -> str:
    env = {"PATH": os.environ["PATH"], "HOME": str(home)}
    result = subprocess.run(["sh", str(top / "install.sh"), "--user", *args], env=env, capture_output=True,
                            text=True, check=True)
    return result.stdout


def test_install_upgrade_uninstall_keep_the_users_data(unpacked, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    install(unpacked, home)
    app = home / ".local" / "opt" / "crdesk"
    command = home / ".local" / "bin" / "crdesk"
    assert subprocess.run([str(command)], check=False, capture_output=True, text=True).stdout == "crdesk 1\n"
    entry = (home / ".local" / "share" / "applications" / "crdesk.desktop").read_text(encoding="utf-8")
    assert f'Exec="{app}/crdesk"' in entry and "Icon=crdesk" in entry
    assert (home / ".local/share/icons/hicolor/48x48/apps/crdesk.png").is_file()

    data = home / ".local" / "share" / "crdesk"
    data.mkdir()
    (data / "crdesk.sqlite3").write_text("the user's database")
    (app / "_internal" / "stale_module.py").write_text("from the old version")
    write_program(unpacked, "2")
    install(unpacked, home)
    assert subprocess.run([str(command)], check=False, capture_output=True, text=True).stdout == "crdesk 2\n"
    assert not (app / "_internal" / "stale_module.py").exists()
    assert (data / "crdesk.sqlite3").read_text() == "the user's database"

    assert "was kept" in install(unpacked, home, "--uninstall")
    assert not app.exists() and not command.exists() and not command.is_symlink()
    assert not (home / ".local" / "share" / "applications" / "crdesk.desktop").exists()
    assert (data / "crdesk.sqlite3").read_text() == "the user's database"


def test_refuses_to_install_without_a_bundle(unpacked, tmp_path):
    shutil.rmtree(unpacked / "crdesk")
    result = subprocess.run(["sh", str(unpacked / "install.sh"), "--user"], check=False, env={"PATH": os.environ["PATH"],
                            "HOME": str(tmp_path)}, capture_output=True, text=True)
    assert result.returncode == 1 and "no crdesk bundle" in result.stderr
