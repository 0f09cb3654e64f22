"""The delivery documents of ``crdesk print`` (services.printing.DOCUMENTS): slip, run, day."""
from __future__ import annotations

import datetime as dt

from crdesk.services.errors import ValidationError


def slip(services, *numbers: str) -> bytes:
    """``crdesk print slip PS2026000001 [more …]``: slips by number (an order number prints its slip)."""
    return services.slips.print_slips(list(numbers))


def run(services, *numbers: str) -> bytes:
    """``crdesk print run CC202600001 [more …]``: the run pack (manifest, loading list, slips)."""
    return services.slips.print_runs([services.runs.get_by_number(number).id for number in numbers])


def day(services, date: str) -> bytes:
    """``crdesk print day 2026-03-02``: every run of the day in one PDF."""
    try:
        value = dt.date.fromisoformat(date.strip())
    except ValueError:
        raise ValidationError("day", "invalid_date") from None
    return services.slips.print_day(value)
