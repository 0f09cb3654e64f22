"""Build everything crdesk ships for the platform this runs on, into dist/:

- Linux:   dist/crdesk/ (the one-folder bundle) and dist/crdesk-<version>-linux-<arch>.tar.gz, which holds the
           bundle, install.sh and the desktop entry;
- Windows: dist/crdesk/ and dist/crdesk-<version>-setup.exe (Inno Setup 6.3+ must be installed: ISCC.exe on
           PATH or in its default folder).

    pip install "pyinstaller>=6.10"      # once, into the environment that has crdesk installed
    python installer/build.py [--skip-self-test] [--no-package]

The bundle's `crdesk --self-test` runs before packaging (offscreen), so a bundle that lost its font,
translations or Qt plugins is never packaged.
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
DIST = ROOT / "dist"
BUNDLE = DIST / "crdesk"
WINDOWS = sys.platform == "win32"
PYINSTALLER = "pyinstaller>=6.10"


def version() -> str:
    text = (ROOT / "src" / "crdesk" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__\s*=\s*"([^"]+)"', text).group(1)


def step(message: str) -> None:
    print(f"== {message}", flush=True)


def check_inputs() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit(f'PyInstaller is missing: {sys.executable} -m pip install "{PYINSTALLER}"')
    translations = sorted((ROOT / "resources" / "translations").glob("*.qm"))
    if not translations:
        raise SystemExit("resources/translations/*.qm are missing: compile the translations first")


def run_pyinstaller() -> None:
    step("PyInstaller: dist/crdesk")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
                    str(INSTALLER / "crdesk.spec")], check=True, cwd=ROOT)


def program() -> Path:
    """The bundle's command-line program (on Windows the console twin of the windowed crdesk.exe)."""
    return BUNDLE / ("crdesk-cli.exe" if WINDOWS else "crdesk")


def self_test() -> None:
    step(f"{program().name} --self-test")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([str(program()), "--self-test"], check=True, env=env)


def size_of(path: Path) -> int:
    return sum(item.lstat().st_size for item in path.rglob("*") if not item.is_dir())


def reset_owner(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def linux_package() -> Path:
    """A tarball with crdesk/ (the bundle), install.sh and crdesk.desktop in one top folder."""
    arch = platform.machine().lower()
    top = f"crdesk-{version()}-linux-{arch}"
    target = DIST / f"{top}.tar.gz"
    step(f"tarball: {target.name}")
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(BUNDLE, f"{top}/crdesk", filter=reset_owner)
        for name in ("install.sh", "crdesk.desktop"):
            tar.add(INSTALLER / "linux" / name, f"{top}/{name}", filter=reset_owner)
    return target


def find_iscc() -> Path:
    found = shutil.which("ISCC") or shutil.which("iscc")
    candidates = [Path(found)] if found else []
    for variable in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        base = os.environ.get(variable)
        if base:
            candidates += [Path(base) / "Inno Setup 6" / "ISCC.exe", Path(base) / "Programs" / "Inno Setup 6" / "ISCC.exe"]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise SystemExit("Inno Setup's ISCC.exe was not found: install Inno Setup 6.3 or later, or put ISCC on PATH")


def windows_package() -> Path:
    sys.path.insert(0, str(INSTALLER))
    import check_iss

    script = INSTALLER / "windows" / "crdesk.iss"
    problems = check_iss.check(script, BUNDLE)
    if problems:
        raise SystemExit("\n".join(problems))
    step("Inno Setup: setup.exe")
    subprocess.run([str(find_iscc()), f"/DAppVersion={version()}", f"/DSourceDir={BUNDLE}", f"/DOutputDir={DIST}",
                    str(script)], check=True)
    return DIST / f"crdesk-{version()}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the crdesk bundle and installer for this platform.")
    parser.add_argument("--skip-self-test", action="store_true", help="do not run the bundle's --self-test")
    parser.add_argument("--no-package", action="store_true", help="stop after the bundle (no tarball / setup.exe)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    check_inputs()
    run_pyinstaller()
    if not args.skip_self_test:
        self_test()
    outputs = [BUNDLE]
    if not args.no_package:
        outputs.append(windows_package() if WINDOWS else linux_package())
    for output in outputs:
        size = size_of(output) if output.is_dir() else output.stat().st_size
        print(f"{output.relative_to(ROOT)}: {size / 1e6:.1f} MB")
    print(f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
