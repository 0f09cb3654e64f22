"""The PyInstaller spec, the desktop entry and the app icons refer only to things that exist, and the spec's
exclusions do not cut out something crdesk imports."""
from __future__ import annotations

import ast
import configparser
import glob
import importlib.util
import re
import struct

import pytest

from tests.packaging.installer_modules import INSTALLER, ROOT, load

SPEC = INSTALLER / "crdesk.spec"


def spec_constant(name: str):
    """A literal assigned at the top of the spec (the spec itself only runs inside PyInstaller)."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name:
            return ast.literal_eval(node.value)
    raise KeyError(name)


def test_every_path_the_spec_names_exists():
    chains = re.findall(r'ROOT((?:\s*/\s*"[^"]+")+)', SPEC.read_text(encoding="utf-8"))
    paths = [ROOT.joinpath(*re.findall(r'"([^"]+)"', chain)) for chain in chains]
    assert len(paths) >= 5
    assert [str(path) for path in paths if not glob.glob(str(path))] == []


def test_the_developer_modules_the_spec_leaves_out_exist():
    assert all(importlib.util.find_spec(name) for name in spec_constant("DEV_MODULES"))


def crdesk_imports() -> set[str]:
    found = set()
    for path in (ROOT / "src" / "crdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
    return found


def test_crdesk_imports_nothing_the_bundle_excludes():
    excluded = spec_constant("EXCLUDED_MODULES")
    clashes = [name for name in crdesk_imports() for gone in excluded if name == gone or name.startswith(gone + ".")]
    assert clashes == []


def spec_function(name: str):
    namespace: dict = {}
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            exec(compile(ast.Module([node], []), str(SPEC), "exec"), namespace)  # noqa: S102 (our own spec)
    return namespace[name]


def test_runtime_requirements_are_followed_through_dependencies_without_extras():
    required = spec_function("required_distributions")()
    assert {"pyside6-essentials", "reportlab", "pillow", "shiboken6"} <= required  # pillow via reportlab
    assert not {"pytest", "hypothesis", "pypdf"} & required


def test_no_excluded_package_is_a_runtime_requirement():
    required = spec_function("required_distributions")()
    top_level = {name.split(".")[0].lower() for name in spec_constant("EXCLUDED_MODULES") if "." not in name}
    assert top_level & required == set()


def test_the_bundle_keeps_qts_dialog_translations_for_every_language():
    from crdesk.ui.i18n import LANGUAGES

    assert "qtbase_{language}" in (ROOT / "src" / "crdesk" / "ui" / "i18n.py").read_text(encoding="utf-8")
    assert {f"qtbase_{language}.qm" for language in LANGUAGES} <= set(spec_constant("QT_TRANSLATIONS"))


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read(INSTALLER / "linux" / "crdesk.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_has_the_required_keys_and_an_icon_that_exists():
    entry = desktop_entry()
    assert entry["Type"] == "Application" and entry["Exec"] == "crdesk" and entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and entry["Name"] and entry["GenericName[zh_CN]"]
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", load("make_icons").PNG_SIZES)
def test_png_icons_have_the_size_in_their_name(size):
    assert png_size(load("make_icons").png_path(size).read_bytes()) == (size, size)


def test_install_script_copies_only_png_sizes_that_exist():
    sizes = re.search(r'icon_sizes="([\d ]+)"', (INSTALLER / "linux" / "install.sh").read_text()).group(1).split()
    assert tuple(map(int, sizes)) == load("make_icons").PNG_SIZES


def test_ico_holds_every_size_as_png():
    data = (ROOT / "resources" / "icons" / "crdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * index: 22 + 16 * index])
        image = data[offset: offset + length]
        assert png_size(image)[0] == (width or 256)
        sizes.append(width or 256)
    assert tuple(sizes) == load("make_icons").ICO_SIZES
