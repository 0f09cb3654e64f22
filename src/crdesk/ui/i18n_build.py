"""Build the English translation: ``python -m crdesk.ui.i18n_build [--todo FILE.tsv] [--apply FILE.tsv]``.

Chinese is the source language; ``resources/translations/crdesk_en.ts`` holds the English text and
``crdesk_en.qm`` (compiled from it, shipped in the wheel and the bundle) is what the app loads.

1. ``pyside6-lupdate`` reads the ``tr()`` / ``QCoreApplication.translate()`` calls of ``src/crdesk/**/*.py`` and the
   Designer files ``ui/*.ui``.
2. What lupdate cannot see is written as ``QT_TRANSLATE_NOOP(context, text)`` lines into a generated file that
   lupdate reads too:
   - literal calls of module-level wrappers such as ``def _tr(text): return QCoreApplication.translate("fleet",
     text)``, also when another module imports the wrapper;
   - label tables: UPPER_CASE constants of ``crdesk.ui`` modules (defined there or imported from services) that
     hold Chinese text go to context "labels" (the compiled .qm has them in every context of the UI too, so
     ``self.tr(STATUS_LABELS[code])`` works in any class); ``MESSAGES`` go to "messages" and the
     ``TABS`` titles to "tabs"; so do registries of services listed in ``EXTRA_TABLES`` (approval sources).
   Lookups of Qt's own text (``translate("QPlatformTheme", "Cancel")``) are left to Qt's qtbase_*.qm.
3. The messages are merged into the .ts keeping existing translations (vanished ones are dropped); a new
   message whose source text is already translated in another context gets that translation, one without
   Chinese in it (``yyyy-MM-dd``, ``◀``) is its own translation; ``--apply``
   sets translations from a TSV file (``context<TAB>source<TAB>translation``); then lrelease writes the .qm.
   ``--todo FILE`` writes the unfinished messages as such a TSV to fill in.
"""
from __future__ import annotations

import argparse
import ast
import importlib
import json
import pkgutil
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import fields, is_dataclass
from pathlib import Path

from crdesk.ui import i18n_catalog as catalog

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "src" / "crdesk"
TS_FILE = ROOT / "resources" / "translations" / "crdesk_en.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
TABLE_CONTEXTS = {"MESSAGES": "messages", "TABS": "tabs"}  # constant -> context; other tables: "labels"
NOT_TRANSLATED = {"LANGUAGES"}  # language names are shown in their own language
# registries in services whose Chinese labels the UI shows without importing them as constants
EXTRA_TABLES = ("crdesk.services.approvals:SOURCES",)
# not UI text: generated forms (lupdate reads their .ui sources), the language list, screenshot sample data
SKIPPED_MODULES = ("crdesk.ui.forms", "crdesk.ui.i18n", "crdesk.ui.data_screenshots")
CJK = re.compile(r"[\u3400-\u9fff]")
SHARED_CONTEXT = "labels"


def tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else name


def python_sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "forms" not in p.relative_to(PACKAGE).parts)


def ui_sources() -> list[Path]:
    return sorted((ROOT / "ui").glob("*.ui"))


# --- literal calls of translate wrappers ------------------------------------------------------------------
def _wrapper(node: ast.FunctionDef):
    """How a module-level wrapper maps call arguments to (context, text): ``def f(text, …): return
    QCoreApplication.translate("ctx", text)`` gives ("ctx", 0); ``def tr(context, text): return
    QCoreApplication.translate(context, text)`` gives (0, 1). None for any other function."""
    body = [s for s in node.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    if len(body) != 1 or not isinstance(body[0], ast.Return):
        return None
    call = body[0].value
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "translate"
            and len(call.args) >= 2):
        return None
    params = [a.arg for a in node.args.args]

    def position(arg):
        return params.index(arg.id) if isinstance(arg, ast.Name) and arg.id in params else None

    context = call.args[0].value if isinstance(call.args[0], ast.Constant) else position(call.args[0])
    text = position(call.args[1])
    return None if context is None or text is None else (context, text)


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _literal(args: list[ast.expr], index: int) -> str | None:
    if index < len(args) and isinstance(args[index], ast.Constant) and isinstance(args[index].value, str):
        return args[index].value
    return None


def wrapper_strings(paths: list[Path]) -> set[tuple[str, str]]:
    trees = {_module_name(p): ast.parse(p.read_text(encoding="utf-8")) for p in paths}
    wrappers = {(module, node.name): spec for module, tree in trees.items() for node in tree.body
                if isinstance(node, ast.FunctionDef) and (spec := _wrapper(node))}
    found = set()
    for module, tree in trees.items():
        local = {name: spec for (mod, name), spec in wrappers.items() if mod == module}
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    if (node.module, alias.name) in wrappers:
                        local[alias.asname or alias.name] = wrappers[(node.module, alias.name)]
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in local:
                context, text = local[node.func.id]
                context = context if isinstance(context, str) else _literal(node.args, context)
                text = _literal(node.args, text)
                if context is not None and text is not None:
                    found.add((context, text))
    return found


# --- label tables -----------------------------------------------------------------------------------------
def _texts(value, depth: int = 0):
    if depth > 4:
        return
    if isinstance(value, str):
        if CJK.search(value):
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _texts(item, depth + 1)
    elif is_dataclass(value) and not isinstance(value, type):
        for field in fields(value):
            yield from _texts(getattr(value, field.name), depth + 1)


def table_strings() -> set[tuple[str, str]]:
    import crdesk.messages
    import crdesk.ui

    modules = [crdesk.messages] + [importlib.import_module(info.name) for info in
                                   pkgutil.walk_packages(crdesk.ui.__path__, "crdesk.ui.")
                                   if not info.name.startswith(SKIPPED_MODULES)]
    found = set()
    for module in modules:
        for name, value in vars(module).items():
            if name.isupper() and not name.startswith("_") and name not in NOT_TRANSLATED:
                context = TABLE_CONTEXTS.get(name, "labels")
                found.update((context, text) for text in _texts(value))
    import crdesk.services

    for info in pkgutil.walk_packages(crdesk.services.__path__, "crdesk.services."):
        importlib.import_module(info.name)  # each area registers itself (approval sources …) at import
    for spec in EXTRA_TABLES:
        module, name = spec.split(":")
        found.update(("labels", text) for text in _texts(getattr(importlib.import_module(module), name)))
    return found


# --- lupdate / lrelease -----------------------------------------------------------------------------------
def _marks(pairs: set[tuple[str, str]]) -> str:
    return "".join(f"QT_TRANSLATE_NOOP({json.dumps(ctx, ensure_ascii=False)}, {json.dumps(text, ensure_ascii=False)})\n"
                   for ctx, text in sorted(pairs))


def lupdate(ts_file: Path, workdir: Path) -> None:
    """Merge every translatable string of the tree into ``ts_file`` (created when missing)."""
    python = python_sources()
    marks = workdir / "table_strings.py"
    marks.write_text(_marks(wrapper_strings(python) | table_strings()), encoding="utf-8")
    listing = workdir / "sources.lst"
    listing.write_text("".join(f"{p}\n" for p in [*python, *ui_sources(), marks]), encoding="utf-8")
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-source-language", "zh_CN", "-target-language", "en", f"@{listing}", "-ts", str(ts_file)],
                   check=True)
    _drop_foreign_contexts(ts_file)


def _drop_foreign_contexts(ts_file: Path) -> None:
    """lupdate files a ``tr(context, text)`` helper call outside a class under the empty context (those calls
    translate variables, covered by the tables above), and a lookup of Qt's own text such as
    ``translate("QPlatformTheme", "Cancel")`` under Qt's context, which qtbase_*.qm translates: both are dropped."""
    ours = _class_names()
    text = ts_file.read_text(encoding="utf-8")

    def keep(match: re.Match) -> str:
        name = match.group(1)
        return "" if not name or (re.match(r"Q[A-Z]", name) and name not in ours) else match.group(0)

    cleaned = re.sub(r"<context>\s*<name>([^<]*)</name>.*?</context>\n", keep, text, flags=re.DOTALL)
    if cleaned != text:
        ts_file.write_text(cleaned, encoding="utf-8")


def _class_names() -> set[str]:
    return {node.name for path in python_sources() for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.ClassDef)}


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile the .ts with the "labels" messages copied into every context of the UI, so that
    ``self.tr(STATUS_LABELS[code])`` finds them in any class (a Python QTranslator that falls back to "labels"
    would do the same at run time, but PySide 6 loses a reference to None on every such call and crashes)."""
    with tempfile.TemporaryDirectory() as tmp:
        expanded = Path(tmp) / ts_file.name
        _with_shared_labels(ts_file, expanded)
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(expanded), "-qm", str(qm_file)], check=True)


def _with_shared_labels(ts_file: Path, target: Path) -> None:
    tree = ET.parse(ts_file)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    shared = [m for m in catalog.read(ts_file) if m.context == SHARED_CONTEXT and m.finished and m.translation]
    ui_classes = {node.name for path in python_sources() if PACKAGE / "ui" in path.parents
                  for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(node, ast.ClassDef)}
    for name in sorted((set(contexts) | ui_classes | set(TABLE_CONTEXTS.values())) - {SHARED_CONTEXT}):
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        present = {m.findtext("source") for m in context.iter("message")}
        for message in shared:
            if message.source not in present:
                element = ET.SubElement(context, "message")
                ET.SubElement(element, "source").text = message.source
                ET.SubElement(element, "translation").text = message.translation
    tree.write(target, encoding="utf-8", xml_declaration=True)


def build(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE, apply: Path | None = None) -> list[catalog.Message]:
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        lupdate(ts_file, Path(tmp))
        changes = catalog.automatic(catalog.read(ts_file))
        if apply is not None:
            changes.update(catalog.read_tsv(apply))
        if catalog.update(ts_file, changes):
            lupdate(ts_file, Path(tmp))  # back to lupdate's own layout, so the file diffs cleanly
    lrelease(ts_file, qm_file)
    return catalog.read(ts_file)


def known_contexts() -> set[str]:
    """Contexts that exist at run time: class names, literal contexts of translate() calls, the tables'."""
    known = {"labels", *TABLE_CONTEXTS.values(), *_class_names(),
             *(context for context, _ in wrapper_strings(python_sources()))}
    for path in python_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "translate"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                known.add(node.args[0].value)
    for path in ui_sources():
        known.update(re.findall(r"<class>(\w+)</class>", path.read_text(encoding="utf-8")))
    return known


def suspicious_contexts(messages: list[catalog.Message]) -> list[str]:
    """Contexts no class has at run time: lupdate files ``self.tab.tr(…)`` under "self.tab"."""
    return sorted({m.context for m in messages} - known_contexts())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crdesk.ui.i18n_build", description=__doc__.split("\n")[0])
    parser.add_argument("--apply", type=Path, help="TSV of context, source, translation to set")
    parser.add_argument("--todo", type=Path, help="write the unfinished messages to this TSV file")
    args = parser.parse_args(argv)
    messages = build(apply=args.apply)
    unfinished = [m for m in messages if not m.finished or not m.translation]
    print(f"{TS_FILE.relative_to(ROOT)}: {len(messages)} messages, {len(unfinished)} unfinished")
    for context in suspicious_contexts(messages):
        print(f"warning: context {context!r} matches no class; call QCoreApplication.translate(<class>, …)")
    if args.todo:
        catalog.write_tsv(args.todo, unfinished)
        print(f"unfinished messages written to {args.todo}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
