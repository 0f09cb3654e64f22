"""Printed forms (reportlab only; no Qt, no database).

- :mod:`crdesk.pdf.layout` — the public API: ``Document`` of blocks → ``render(document) -> bytes``.
- :mod:`crdesk.pdf.document` — the plain dataclasses (cheap to import: no reportlab).
- :mod:`crdesk.pdf.blocks` — blocks as reportlab flowables; the hook for a form's own blocks.
- :mod:`crdesk.pdf.page` — header, QR code, footer with per-document page numbers.
- :mod:`crdesk.pdf.signatures` — signature lines, pushed to the foot of the last page.
- :mod:`crdesk.pdf.text` — escaping user text for ``Paragraph``; CJK wrapping.
- :mod:`crdesk.pdf.fonts` — the bundled WenQuanYi Micro Hei font, registered once on first use.
"""
