"""The wheel carries what a pip-installed crdesk needs at run time: the font, the translations, the icons and the
compiled forms (paths.resources_dir() finds crdesk/resources inside the package)."""
from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from tests.packaging.installer_modules import ROOT

WANTED = ["crdesk/resources/fonts/wqy-microhei.ttc", "crdesk/resources/fonts/LICENSE-wqy-microhei.txt",
          "crdesk/resources/translations/crdesk_en.qm", "crdesk/resources/icons/crdesk.svg",
          "crdesk/resources/icons/crdesk-48.png", "crdesk/selftest.py", "crdesk/ui/forms/__init__.py"]


@pytest.mark.slow
def test_the_wheel_contains_the_resources_and_forms(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                    str(tmp_path), str(ROOT)], check=True, timeout=300, capture_output=True)
    (wheel,) = tmp_path.glob("crdesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert [name for name in WANTED if name not in names] == []
    forms = {path.name for path in (ROOT / "src" / "crdesk" / "ui" / "forms").glob("ui_*.py")}
    assert forms and {name.rsplit("/", 1)[-1] for name in names if name.startswith("crdesk/ui/forms/ui_")} == forms
