"""Check the Inno Setup script as far as Linux allows (the compiler, ISCC, runs on Windows only).

    python installer/check_iss.py [--bundle dist/crdesk] [installer/windows/crdesk.iss]

Checks: the sections are known ones; [Setup] has the keys an upgradeable per-user/per-machine installer needs
(a fixed AppId GUID among them); every file the script names (``SetupIconFile``, ``Source:``) exists; and with
``--bundle``, every ``{app}\\…`` program that shortcuts and [Run] start is in the PyInstaller output (on Linux
the bundle's ``crdesk`` stands for ``crdesk.exe``). ISPP ``#define``s are expanded; ``#if`` blocks are all
checked. Prints one line per problem and exits 1 if there is any.
"""
from __future__ import annotations

import argparse
import glob
import re
import sys
from pathlib import Path, PureWindowsPath

HERE = Path(__file__).resolve().parent
DEFAULT_SCRIPT = HERE / "windows" / "crdesk.iss"
SECTIONS = {"Setup", "Languages", "Tasks", "Types", "Components", "InstallDelete", "Dirs", "Files", "Icons", "INI",
            "Registry", "Run", "UninstallDelete", "UninstallRun", "Messages", "CustomMessages", "LangOptions", "Code"}
REQUIRED_SETUP = ("AppId", "AppName", "AppVersion", "DefaultDirName", "PrivilegesRequired",
                  "PrivilegesRequiredOverridesAllowed", "OutputBaseFilename", "SetupIconFile", "UninstallDisplayIcon",
                  "CloseApplications")
GUID = re.compile(r"^\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$", re.IGNORECASE)


def parse(text: str, defines: dict[str, str]) -> tuple[dict[str, list[str]], list[str]]:
    """Section name → its lines (comments and directives removed, ISPP macros expanded); problems found."""
    sections: dict[str, list[str]] = {}
    problems, current = [], None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("#"):
            directive(line, defines)
            continue
        line = expand(line, defines)
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            if current not in SECTIONS:
                problems.append(f"line {number}: unknown section [{current}]")
            sections.setdefault(current, [])
        elif current is None:
            problems.append(f"line {number}: text before the first section")
        else:
            sections[current].append(line)
    return sections, problems


def directive(line: str, defines: dict[str, str]) -> None:
    """``#define Name value`` (string literals, SourcePath and + concatenation); a define already given, as
    ISCC's /D does, wins over the script's default. Other directives (#if, #ifndef, #endif) are not evaluated."""
    match = re.match(r"#define\s+(\w+)\s+(.+)$", line)
    if match and match.group(1) not in defines:
        terms = [term.strip() for term in match.group(2).split("+")]
        defines[match.group(1)] = "".join(term.strip('"') if term.startswith('"') else defines.get(term, "")
                                          for term in terms)


def expand(line: str, defines: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: defines.get(m.group(1), m.group(0)), line)


def entries(lines: list[str]) -> list[dict[str, str]]:
    """``Name: "value"; Flags: a b`` lines as dicts."""
    found = []
    for line in lines:
        fields = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line)
        found.append({key: value.strip().strip('"') for key, value in fields})
    return found


def local_path(value: str, script_dir: Path) -> Path:
    """A Windows path from the script as a path here: backslashes to slashes, relative to the script."""
    parts = PureWindowsPath(value).parts
    if parts and parts[0] in ("\\", "/"):  # an absolute path of this machine, e.g. from /DSourceDir=
        return Path("/", *parts[1:])
    return script_dir.joinpath(*parts)


def check_setup(setup: list[str], script_dir: Path) -> list[str]:
    keys = dict(line.split("=", 1) for line in setup if "=" in line)
    problems = [f"[Setup] lacks {key}" for key in REQUIRED_SETUP if key not in keys]
    if "AppId" in keys and not GUID.match(keys["AppId"]):
        problems.append(f"[Setup] AppId {keys['AppId']!r} is not a fixed GUID ({{{{…}})")
    if "SetupIconFile" in keys and not local_path(keys["SetupIconFile"], script_dir).is_file():
        problems.append(f"[Setup] SetupIconFile {keys['SetupIconFile']} does not exist")
    return problems


def check_sources(files: list[dict[str, str]], script_dir: Path) -> list[str]:
    problems = []
    for entry in files:
        source = entry.get("Source", "")
        path = local_path(source, script_dir)
        if not glob.glob(str(path)):
            problems.append(f"[Files] Source {source} matches no file")
    return problems


def check_programs(sections: dict[str, list[str]], bundle: Path) -> list[str]:
    targets = [entry.get("Filename", "") for name in ("Icons", "Run") for entry in entries(sections.get(name, []))]
    setup = dict(line.split("=", 1) for line in sections.get("Setup", []) if "=" in line)
    targets.append(setup.get("UninstallDisplayIcon", ""))
    problems = []
    for target in dict.fromkeys(targets):
        if not target.startswith("{app}\\"):
            continue
        relative = local_path(target.removeprefix("{app}\\"), bundle)
        candidates = [relative] if sys.platform == "win32" else [relative, relative.with_suffix("")]
        if not any(candidate.is_file() for candidate in candidates):
            problems.append(f"{target} is not in the bundle {bundle}")
    return problems


def check(script: Path = DEFAULT_SCRIPT, bundle: Path | None = None, text: str | None = None) -> list[str]:
    """Problems of ``script`` (or of ``text`` as if it were that file); ``bundle`` is the PyInstaller output."""
    script_dir = script.resolve().parent
    defines = {"SourcePath": str(script_dir) + "\\", "AppVersion": "0.0.0"}
    if bundle is not None:
        defines["SourceDir"] = str(bundle)
    sections, problems = parse(script.read_text(encoding="utf-8-sig") if text is None else text, defines)
    problems += check_setup(sections.get("Setup", []), script_dir)
    if bundle is not None:
        problems += check_sources(entries(sections.get("Files", [])), script_dir)
        problems += check_programs(sections, bundle)
    for name in ("Setup", "Files", "Icons"):
        if name not in sections:
            problems.append(f"no [{name}] section")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("script", nargs="?", type=Path, default=DEFAULT_SCRIPT)
    parser.add_argument("--bundle", type=Path, help="the PyInstaller output folder (dist/crdesk)")
    args = parser.parse_args(argv)
    problems = check(args.script, args.bundle.resolve() if args.bundle else None)
    for problem in problems:
        print(f"{args.script}: {problem}")
    if not problems:
        print(f"{args.script}: ok" + (f" (files checked against {args.bundle})" if args.bundle else ""))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
