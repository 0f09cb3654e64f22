"""Database passwords in the operating system's keyring (Windows Credential Manager, macOS Keychain, the
Secret Service on Linux) — never in the settings file. Where no keyring exists (a bare Linux session, a
service account), nothing is stored: ``available()`` says so and the connection dialog asks each time.

Passwords are kept per server account: ``user@host:port/database``.
"""
from __future__ import annotations

import logging
from urllib.parse import quote, unquote, urlparse, urlunparse

SERVICE = "crdesk"
log = logging.getLogger(__name__)


def _keyring():
    import keyring

    return keyring


def available() -> bool:
    """True when a real keyring backend is there (not the "fail" or "null" placeholder backends)."""
    try:
        backend = _keyring().get_keyring()
    except Exception:  # a broken backend configuration
        return False
    priority = getattr(backend, "priority", 0)
    module = type(backend).__module__
    return priority > 0 and not module.startswith(("keyring.backends.fail", "keyring.backends.null"))


def account_of(url: str) -> str:
    parsed = urlparse(url)
    return f"{unquote(parsed.username or '')}@{parsed.hostname or 'localhost'}:{parsed.port or ''}{parsed.path}"


def without_password(url: str) -> str:
    """The URL to remember in the settings file."""
    parsed = urlparse(url)
    if parsed.password is None:
        return url
    user = quote(unquote(parsed.username or ""), safe="")
    host = parsed.hostname or ""
    netloc = f"{user}@{host}" + (f":{parsed.port}" if parsed.port else "")
    return urlunparse(parsed._replace(netloc=netloc))


def with_password(url: str, password: str | None) -> str:
    parsed = urlparse(url)
    if not password or parsed.hostname is None:
        return url
    user = quote(unquote(parsed.username or ""), safe="")
    netloc = f"{user}:{quote(password, safe='')}@{parsed.hostname}" + (f":{parsed.port}" if parsed.port else "")
    return urlunparse(parsed._replace(netloc=netloc))


def save_password(url: str, password: str) -> bool:
    """Store the password for the URL's account; False (and nothing stored) when there is no keyring."""
    if not available():
        return False
    try:
        _keyring().set_password(SERVICE, account_of(url), password)
        return True
    except Exception as error:  # locked keyring, user refused access …
        log.warning("could not store the database password in the keyring: %s", error)
        return False


def load_password(url: str) -> str | None:
    if not available():
        return None
    try:
        return _keyring().get_password(SERVICE, account_of(url))
    except Exception as error:
        log.warning("could not read the database password from the keyring: %s", error)
        return None


def forget_password(url: str) -> None:
    if not available():
        return
    try:
        _keyring().delete_password(SERVICE, account_of(url))
    except Exception:  # nothing stored, or the keyring refuses: nothing to forget either way
        log.debug("no stored password to forget for %s", account_of(url))


def complete_url(url: str) -> str:
    """A remembered URL with the password from the keyring put back (when there is one)."""
    parsed = urlparse(url)
    if parsed.hostname is None or parsed.password is not None:
        return url
    return with_password(url, load_password(url))
