"""Peak memory with the 1,000,000-row clients list open (first screen, then 20 pages scrolled), in a fresh
process, against a bare PySide6 window in a fresh process. Target: ≤ 300 MB.

    python benchmarks/bench_memory.py [--quick] [--json out.json]
"""
from __future__ import annotations

import os
import subprocess
import sys

from bench_clients_list import database
from common import ROOT, emit, parser, row  # noqa: E402

BARE = r"""
import resource
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow(); window.show(); app.processEvents(); window.grab()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""

LIST = r"""
import os, resource, sys
sys.path.insert(0, sys.argv[2])
from bench_clients_list import crdesk_context, wait_for
from pathlib import Path
from crdesk.ui.tabs.clients import ClientsTab
app = crdesk_context(Path(sys.argv[1]))
tab = ClientsTab(app); tab.resize(1200, 700); tab.show()
wait_for(lambda: tab.model.rowCount() > 0)
for _ in range(20):
    before = tab.model.rowCount(); tab.model.fetchMore(); wait_for(lambda: tab.model.rowCount() > before)
tab.ui.client_table.scrollToBottom(); tab.grab()
wait_for(lambda: app.worker.idle)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)
os._exit(0)
"""


def peak_mb(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT / "src"))
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                            timeout=300, cwd=str(ROOT / "benchmarks"))
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    if result.returncode != 0 or not lines:
        raise RuntimeError(result.stderr.strip()[-400:])
    return float(lines[-1])


def main() -> None:
    args = parser(__doc__).parse_args()
    scale = 50 if args.quick else 5000
    path = database(scale)
    repeats = 2 if args.quick else 3
    bare = [peak_mb(BARE) for _ in range(repeats)]
    ours = [peak_mb(LIST, str(path), str(ROOT / "benchmarks")) for _ in range(repeats)]
    emit([row(f"peak memory, clients list open ({'10,000' if args.quick else '1,000,000'} rows)", "MB", ours,
              bare, "≤300 MB", lambda m, b: m <= 300)], args.json)


if __name__ == "__main__":
    main()
