"""Chinese licence plates (车牌号): ordinary (沪A·12345) and new-energy (粤B·D12345, 粤B·12345D).

Typed with or without the middle dot, in full-width characters or lower case; stored as ``沪A·12345``.
"""
from __future__ import annotations

import re
import unicodedata

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领"
_LETTER = "A-HJ-NP-Z"  # I and O are not used on plates
_SEPARATORS = re.compile(r"[\s·•・･.．\-‧∙⋅]")
_ORDINARY = rf"[{_LETTER}0-9]{{4}}[{_LETTER}0-9挂学警港澳]"
_NEW_ENERGY = rf"[A-HJK][{_LETTER}0-9]\d{{4}}|\d{{5}}[A-HJK]"
PLATE = re.compile(rf"^[{PROVINCES}][{_LETTER}](?:{_NEW_ENERGY}|{_ORDINARY})$")


def compact(text: str) -> str:
    """Upper case, half-width, without separators: 沪a·12345 → 沪A12345."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", text or "")).upper()


def normalize(text: str) -> str | None:
    """The stored form ``沪A·12345``, or None when ``text`` is not a valid plate."""
    plate = compact(text)
    if not PLATE.match(plate):
        return None
    return f"{plate[:2]}·{plate[2:]}"
