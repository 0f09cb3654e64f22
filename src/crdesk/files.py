"""Files written whole: exports, PDFs and backups appear under their name only once complete."""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


@contextmanager
def written_whole(path: Path) -> Iterator[Path]:
    """A file beside ``path`` to write into; it takes ``path``'s place only once complete, so a failure leaves
    no half-written file (and keeps the previous one), and nobody opens a file still being written."""
    part = path.with_name(f".{path.name}.part")
    try:
        yield part
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
