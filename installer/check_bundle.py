"""Check a PyInstaller bundle of crdesk: its size against a budget, and (Linux) that every shared library a
bundled binary loads is either in the bundle or one PyInstaller deliberately leaves to the system (libc, the
GL/xcb stack …) — so excluding Qt plugins and pruning libraries in crdesk.spec cannot leave a hole.

    python installer/check_bundle.py dist/crdesk --budget-mb 250
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ELF_MAGIC = b"\x7fELF"


def bundle_size(bundle: Path) -> int:
    """Bytes of all files, symbolic links counted as links (as the tarball and the install copy them)."""
    return sum(item.lstat().st_size for item in bundle.rglob("*") if item.is_symlink() or item.is_file())


def largest(bundle: Path, count: int = 8) -> list[tuple[int, str]]:
    """The biggest top-level entries of _internal/ (where a size regression shows first)."""
    internal = bundle / "_internal"
    sizes = [(bundle_size(item) if item.is_dir() else item.lstat().st_size, item.name) for item in internal.iterdir()]
    return sorted(sizes, reverse=True)[:count]


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as handle:
        return handle.read(4) == ELF_MAGIC


def missing_libraries(bundle: Path) -> list[str]:
    from PyInstaller.depend import dylib
    from PyInstaller.depend.bindepend import get_imports

    files = list(bundle.rglob("*"))
    bundled = {item.name for item in files}
    problems = []
    for binary in filter(is_elf, files):
        for name, _ in get_imports(str(binary)):
            base = Path(name).name
            if base not in bundled and dylib.include_library(base):
                problems.append(f"{binary.relative_to(bundle)} needs {base}, which is neither bundled nor a system library")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--budget-mb", type=float, required=True)
    args = parser.parse_args(argv)
    size_mb = bundle_size(args.bundle) / 1e6
    print(f"bundle {args.bundle}: {size_mb:.1f} MB (budget {args.budget_mb:.0f} MB)")
    for size, name in largest(args.bundle):
        print(f"  {size / 1e6:6.1f} MB  _internal/{name}")
    problems = [] if sys.platform != "linux" else missing_libraries(args.bundle)
    if size_mb > args.budget_mb:
        problems.append(f"the bundle is {size_mb:.1f} MB, over its budget of {args.budget_mb:.0f} MB")
    for problem in problems:
        print(f"FAIL {problem}")
    if not problems:
        print("bundle ok: within budget" + (", every library resolved" if sys.platform == "linux" else ""))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
