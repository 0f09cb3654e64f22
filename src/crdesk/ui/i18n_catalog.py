"""Read and edit a Qt translation source (.ts): the messages, their translations, and a TSV round trip
(``context<TAB>source<TAB>translation``, newlines written as ``\\n``) for translating outside Qt Linguist."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?:[:!][^{}]*)?\}")
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool

    @property
    def key(self) -> tuple[str, str]:
        return self.context, self.source


def placeholders(text: str) -> list[str]:
    """The field names of a str.format template (``{name}``, ``{month:%Y-%m}``), sorted: a translation keeps them
    all, and may change a field's format."""
    return sorted(PLACEHOLDER.findall(text))


def _messages(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def read(path: Path) -> list[Message]:
    out = []
    for name, message in _messages(ET.parse(path).getroot()):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        out.append(Message(name, message.findtext("source") or "", (translation.text or "") if translation is not
                           None else "", kind is None))
    return out


def update(path: Path, translations: dict[tuple[str, str], str]) -> int:
    """Set (context, source) -> translation as finished; returns how many messages changed."""
    tree = ET.parse(path)
    changed = 0
    for name, message in _messages(tree.getroot()):
        text = translations.get((name, message.findtext("source") or ""))
        if not text:
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.text != text or translation.get("type") is not None:
            translation.text = text
            translation.attrib.pop("type", None)
            changed += 1
    if changed:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return changed


def automatic(messages: list[Message]) -> dict[tuple[str, str], str]:
    """Translations for unfinished messages that need no translator: a source text translated in another
    context gets that translation; a source text without Chinese (``yyyy-MM-dd``, ``◀``) stays as it is."""
    known = {m.source: m.translation for m in messages if m.finished and m.translation}
    out = {}
    for m in messages:
        if not m.finished:
            text = known.get(m.source) or ("" if CJK.search(m.source) else m.source)
            if text:
                out[m.key] = text
    return out


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


def write_tsv(path: Path, messages: list[Message]) -> None:
    lines = ["\t".join(_escape(part) for part in (m.context, m.source, m.translation)) for m in messages]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def read_tsv(path: Path) -> dict[tuple[str, str], str]:
    out = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [_unescape(part) for part in line.split("\t")]
        if len(parts) != 3:
            raise ValueError(f"{path}:{number}: expected context<TAB>source<TAB>translation")
        out[(parts[0], parts[1])] = parts[2]
    return out
