"""Which database this workstation uses — the GUI and the command line ask the same question."""
from __future__ import annotations

import os


def workstation_url(cli_url: str | None, prefs=None) -> str | None:
    """--db, else CRDESK_DB_URL, else the choice saved in the connection dialog (``prefs``: settings.Preferences;
    the password from the keyring). None when there is none of them (the GUI then shows its welcome dialog; the
    command line takes the default local file). The saved choice is read only when needed: QSettings loads
    QtCore, which a command with --db does without."""
    given = cli_url or os.environ.get("CRDESK_DB_URL")
    if given:
        return given
    from crdesk.keyring_store import complete_url
    from crdesk.settings import Preferences

    saved = (prefs or Preferences()).get("database/url")
    return complete_url(saved) if saved else None
