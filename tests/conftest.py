"""Shared fixtures: a fresh database per test on every configured backend, users of each role, Qt offscreen."""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never read or write the developer's own preferences (the saved database choice, window layouts): Qt keeps
# them under XDG_CONFIG_HOME on Linux, also for the crdesk processes the tests start.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="crdesk-test-config-")
atexit.register(shutil.rmtree, os.environ["XDG_CONFIG_HOME"], True)

import pytest

from tests.backends import BACKENDS, BackendServer

pytest_plugins = ["tests.fixtures"]


def pytest_report_header(config):
    lines = []
    for name, env in BACKENDS.items():
        if env is None or os.environ.get(env):
            lines.append(f"crdesk backend {name}: on")
        else:
            lines.append(f"crdesk backend {name}: skipped (set {env})")
    return lines


@pytest.fixture(scope="session")
def run_id():
    return uuid.uuid4().hex[:8]


@pytest.fixture(scope="session")
def servers(run_id):
    opened: dict[str, BackendServer] = {}
    yield opened
    for server in opened.values():
        server.drop()


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch, request):
    """Argon2id at production cost takes ~0.1 s a hash; tests that are not about hashing use a cheap profile."""
    if request.node.get_closest_marker("real_hashing"):
        return
    from argon2 import PasswordHasher

    from crdesk.services import auth

    monkeypatch.setattr(auth, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


def pytest_terminal_summary(terminalreporter):
    """One line per backend: how many data-layer tests ran and passed on it."""
    counts: dict[str, dict[str, int]] = {name: {} for name in BACKENDS}
    for outcome in ("passed", "failed", "error", "skipped"):
        for report in terminalreporter.stats.get(outcome, []):
            if getattr(report, "when", "call") not in ("call", "setup"):
                continue
            if outcome == "passed" and report.when != "call":
                continue
            for name in BACKENDS:
                if f"[{name}" in report.nodeid or f"-{name}]" in report.nodeid or f"-{name}-" in report.nodeid:
                    counts[name][outcome] = counts[name].get(outcome, 0) + 1
    terminalreporter.section("crdesk database backends")
    for name, outcome_counts in counts.items():
        text = ", ".join(f"{n} {o}" for o, n in sorted(outcome_counts.items())) or "no tests"
        terminalreporter.write_line(f"{name:10} {text}")
