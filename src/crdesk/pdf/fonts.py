"""The bundled Chinese font (WenQuanYi Micro Hei), registered with reportlab once, on first use.

Why this font (DESIGN.md §7): it has TrueType outlines that reportlab can subset and embed (so PDFs show
Chinese on machines without Asian fonts: ``pdffonts`` says ``emb yes``), and it covers CJK, Latin and
digits. CID ``STSong-Light`` is not embedded, DroidSansFallback lacks digits and Latin, Noto CJK has CFF
outlines that reportlab refuses.

Use :func:`font_name` wherever a reportlab font name is needed; it registers the font the first time
(~50–300 ms to parse the 5 MB collection) and is free afterwards. The face has no bold or italic, so the
family maps every style to the regular face: ``<b>`` in our own markup does not fail, it just prints regular.
"""
from __future__ import annotations

import threading

FONT_NAME = "WQYMicroHei"

_lock = threading.Lock()
_registered = False


def font_name() -> str:
    """Register the bundled font with reportlab if that has not happened yet; return its name."""
    global _registered
    if _registered:
        return FONT_NAME
    with _lock:
        if not _registered:
            _register()
            _registered = True
    return FONT_NAME


def _register() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from crdesk.paths import font_path

    pdfmetrics.registerFont(TTFont(FONT_NAME, str(font_path()), subfontIndex=0))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT_NAME, bold, italic, FONT_NAME)
