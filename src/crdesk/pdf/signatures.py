"""The closing lines of a form: signature slots and the space that pushes them to the foot of the page."""
from __future__ import annotations

from typing import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from crdesk.pdf.document import MM, Labels, Signature
from crdesk.pdf.text import clean, fit_line

RULE = 0.5


class PushToBottom(Flowable):
    """Empty space that fills the frame but ``reserve`` points, so what follows sits at the foot of the page.

    When less than ``reserve`` is left, it takes nothing and what follows moves to the next page.
    """

    def __init__(self, reserve: float):
        super().__init__()
        self.reserve = reserve

    def wrap(self, available_width, available_height):
        self.height = max(0.0, available_height - self.reserve - 1)
        return available_width, self.height

    def draw(self):
        pass


class SignatureLines(Flowable):
    """Signature slots side by side: ``label：______`` (a printed name centred on the line if given) and,
    below it, ``日期：______`` (with the printed date if given). ``per_row`` slots a row."""

    def __init__(self, signatures: Sequence[Signature], labels: Labels, font: str, font_size: float,
                 per_row: int = 3):
        super().__init__()
        per_row = max(1, min(per_row, len(signatures)))
        self.rows = [list(signatures[i:i + per_row]) for i in range(0, len(signatures), per_row)]
        self.per_row, self.labels, self.font, self.size = per_row, labels, font, font_size
        self.lines = 2 if any(s.with_date for s in signatures) else 1
        self.step = font_size * 2.6

    def wrap(self, available_width, available_height):
        self.width = available_width
        self.height = len(self.rows) * self.lines * self.step + self.size * 0.6
        return self.width, self.height

    def draw(self):
        slot = self.width / self.per_row
        for r, row in enumerate(self.rows):
            top = self.height - r * self.lines * self.step
            for s, signature in enumerate(row):
                texts = [signature.label + self.labels.colon]
                if signature.with_date:
                    texts.append(self.labels.date + self.labels.colon)
                width = slot - 6 * MM
                label_width = min(max(stringWidth(clean(t), self.font, self.size) for t in texts) + 3, width * 0.6)
                for i, (text, value) in enumerate(zip(texts, (signature.name, signature.date))):
                    self._line(s * slot, top - (i + 0.75) * self.step, width, label_width, text, value)

    def _line(self, x, y, width, label_width, label, value):
        canvas = self.canv
        text, size = fit_line(label, self.font, self.size, label_width)
        canvas.setFont(self.font, size)
        canvas.drawString(x, y, text)
        canvas.setLineWidth(RULE)
        canvas.line(x + label_width, y - 2.5, x + width, y - 2.5)
        value, size = fit_line(value, self.font, self.size, width - label_width - 4)
        if value:
            canvas.setFont(self.font, size)
            canvas.drawCentredString(x + (label_width + width) / 2, y, value)
