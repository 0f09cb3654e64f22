"""Compile the Qt Designer sources in ``ui/*.ui`` into ``src/crdesk/ui/forms/ui_*.py``.

Run ``python -m crdesk.ui.build_forms`` after editing a .ui file. The generated files are committed (a frozen
app cannot run uic) and a test fails when they drift from their sources.
"""
from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SOURCES = ROOT / "ui"
TARGET = Path(__file__).resolve().parent / "forms"
HEADER = "# Generated from ui/{name} by `python -m crdesk.ui.build_forms`. Do not edit.\n"


def uic_binary() -> str:
    exe = Path(sys.executable).with_name("pyside6-uic")
    return str(exe) if exe.exists() else "pyside6-uic"


def compile_form(source: Path) -> str:
    generated = subprocess.run([uic_binary(), str(source)], check=True, capture_output=True,
                               text=True).stdout
    # uic stamps its own version in a comment block; keep only the code so builds are reproducible.
    body = "\n".join(line for line in generated.splitlines() if not line.startswith("##"))
    return HEADER.format(name=source.name) + only_used_imports(body.strip()) + "\n"


def only_used_imports(code: str) -> str:
    """uic imports some forty Qt classes into every form; the first form loaded made PySide create all of
    their types (~10 ms before the sign-in window painted). Keep the names the form uses."""
    tree = ast.parse(code)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = code.splitlines()
    trimmed = [node for node in tree.body if isinstance(node, ast.ImportFrom) and not node.level
               and all(alias.name != "*" and alias.asname is None for alias in node.names)]
    for node in reversed(trimmed):
        names = [alias.name for alias in node.names if alias.name in used]
        statement = textwrap.fill(", ".join(names), 110, initial_indent=f"from {node.module} import (",
                                  subsequent_indent="    ") + ")" if names else ""
        lines[node.lineno - 1:node.end_lineno] = statement.splitlines()
    return "\n".join(lines)


def target_of(source: Path) -> Path:
    return TARGET / f"ui_{source.stem}.py"


def build() -> list[Path]:
    TARGET.mkdir(exist_ok=True)
    (TARGET / "__init__.py").write_text('"""Generated from ../../../ui/*.ui. Do not edit."""\n')
    written = []
    for source in sorted(SOURCES.glob("*.ui")):
        target_of(source).write_text(compile_form(source), encoding="utf-8")
        written.append(target_of(source))
    return written


if __name__ == "__main__":
    for path in build():
        print(path.relative_to(ROOT))
