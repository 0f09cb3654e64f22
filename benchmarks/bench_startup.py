"""First window painted after start, in a fresh process: crdesk (``python -m crdesk`` on an existing SQLite
database with a user: the sign-in window) against a bare PySide6 window started the same way. Also records
which heavy modules were already imported when the first window painted (reportlab and the database drivers
should not be), and the memory of each process at that moment. Target: ≤ 2× the baseline.

Evidence from ``python -X importtime``: both programs run once more with it until their first paint; the
modules imported by then are counted (a row of the table, the bare window as baseline; it holds when none of
the heavy modules is among them) and crdesk's log is kept in ``benchmarks/out/importtime-first-window.txt``.

    python benchmarks/bench_startup.py [--quick] [--json out.json]
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, emit, parser, row  # noqa: E402

HEAVY = ("reportlab", "peewee", "psycopg2", "pymysql", "openpyxl", "argon2", "pypdfium2")

# Runs in the child: report the first paint of a top-level window, then leave at once.
PROBE_TEMPLATE = r"""
import json, os, resource, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and getattr(obj, "isWindow", lambda: False)():
            loaded = [m for m in {heavy!r} if m in sys.modules]
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
            print(json.dumps({{"window": type(obj).__name__, "loaded": loaded, "rss_mb": rss}}), flush=True)
            os._exit(0)
        return False

_probe = FirstPaint()
_original_init = QApplication.__init__
def _init(self, *args, **kwargs):
    _original_init(self, *args, **kwargs)
    self.installEventFilter(_probe)
QApplication.__init__ = _init
"""

PROBE = PROBE_TEMPLATE.format(heavy=HEAVY)

BARE = PROBE + r"""
from PySide6.QtWidgets import QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(420, 260)
window.show()
app.exec()
"""

CRDESK = PROBE + r"""
import sys
from crdesk.__main__ import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def prepared_database(folder: Path) -> str:
    url = f"sqlite:///{folder / 'desk.sqlite3'}"
    env = dict(os.environ, CRDESK_DATA_DIR=str(folder))
    subprocess.run([sys.executable, "-m", "crdesk", "--db", url, "init-db"], check=True, env=env,
                   capture_output=True)
    subprocess.run([sys.executable, "-m", "crdesk", "--db", url, "user", "add", "li", "--role", "reception",
                    "--password-stdin"], input="password 123\n", text=True, check=True, env=env, capture_output=True)
    return url


def first_paint(code: str, args: list[str], env: dict, python_options: tuple[str, ...] = ()
                ) -> tuple[float, dict, str]:
    """Milliseconds to the first paint, what the probe saw then, and the child's standard error."""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, *python_options, "-c", code, *args], capture_output=True, text=True,
                            env=env, timeout=120)
    elapsed = (time.perf_counter() - started) * 1000
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"no window painted: {result.stderr.strip()[-400:]}")
    return elapsed, json.loads(lines[0]), result.stderr


def imported_before_paint(code: str, args: list[str], env: dict) -> tuple[list[str], str]:
    """The top-level packages ``python -X importtime`` saw imported before the first paint, and its log."""
    log = first_paint(code, args, env, ("-X", "importtime"))[2]
    names = [line.rsplit("|", 1)[1].strip() for line in log.splitlines() if line.startswith("import time:")]
    packages = sorted({name.split(".")[0] for name in names if name and name != "imported package"})
    return packages, log


def main() -> None:
    args = parser(__doc__).parse_args()
    repeats = 3 if args.quick else 9
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CRDESK_DATA_DIR=folder,
                   PYTHONPATH=str(ROOT / "src"))
        url = prepared_database(Path(folder))
        bare, ours, seen = [], [], {}
        for _ in range(repeats):
            bare.append(first_paint(BARE, [], env)[0])
            elapsed, seen, _ = first_paint(CRDESK, [url], env)
            ours.append(elapsed)
        bare_packages, _ = imported_before_paint(BARE, [], env)
        packages, log = imported_before_paint(CRDESK, [url], env)
    evidence = ROOT / "benchmarks" / "out" / "importtime-first-window.txt"
    evidence.parent.mkdir(parents=True, exist_ok=True)
    evidence.write_text(log)
    heavy = [name for name in HEAVY if name in packages]
    print(f"first crdesk window: {seen.get('window')}; heavy modules already imported: "
          f"{', '.join(seen.get('loaded', [])) or 'none'}; peak RSS {seen.get('rss_mb')} MB")
    print(f"python -X importtime until the first paint: {len(packages)} top-level packages "
          f"(bare window {len(bare_packages)}); heavy among them: {', '.join(heavy) or 'none'}; log: {evidence}")
    emit([row("first window painted after start (fresh process)", "ms", ours, bare, "≤2× baseline",
              lambda m, b: m <= 2 * b),
          row("packages imported before the first paint (python -X importtime)", "", [len(packages)],
              [len(bare_packages)], "no heavy one", lambda m, b: not heavy)], args.json)


if __name__ == "__main__":
    main()
