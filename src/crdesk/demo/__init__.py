"""Realistic, deterministic Chinese demo data for every area, growing with ``scale``.

Each area module has ``generate(services, scale, rng, progress)``; they run in the order below, so later
areas can use the clients, products and vehicles that earlier ones made.
"""
from __future__ import annotations

import importlib
import random
from typing import Callable

from crdesk.db.models.clients import Client

AREAS = ["crdesk.demo.clients", "crdesk.demo.fleet", "crdesk.demo.products", "crdesk.demo.complaints", "crdesk.demo.deliveries",
         "crdesk.demo.planning", "crdesk.demo.surveys"]


class NotEmpty(Exception):
    """The database already holds business data; demo data goes only into an empty one."""


def is_empty() -> bool:
    return not Client.select().exists()


def generate(services, scale: int = 1, force: bool = False, seed: int = 20261128,
             progress: Callable[[str, int, int], None] = lambda area, done, total: None,
             areas: list[str] | None = None) -> None:
    """``areas`` (short names such as "clients") limits the run to those areas, in their usual order."""
    if not force and not is_empty():
        raise NotEmpty()
    unknown = set(areas or ()) - {name.rsplit(".", 1)[1] for name in AREAS}
    if unknown:
        raise ValueError(f"unknown demo area(s): {', '.join(sorted(unknown))}")
    rng = random.Random(seed)
    for name in AREAS:
        if areas and name.rsplit(".", 1)[1] not in areas:
            continue
        module = importlib.import_module(name)
        module.generate(services, scale, rng, progress)
