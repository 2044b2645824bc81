"""The real days of a program's steps: when each thing happened, apart from when it was entered.

Every record of the engine state keeps "at" (the moment it was entered) and "on" (the day it
happened, as the user typed it). States written before "on" existed fall back to the day of
"at", so old programs read as they always did.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from rsdesk.i18n import current_language, translate


def iso_day(on: date | None, now: datetime) -> str:
    """The day to store: the one given, else the day of the entry."""
    return (on or now.date()).isoformat()


def day_of(record: Mapping[str, Any] | str | None) -> date | None:
    """The day a record happened: its "on", else the day of its "at" (or of a bare stamp)."""
    if record is None:
        return None
    if isinstance(record, str):
        return date.fromisoformat(record[:10])
    stamp = record.get("on") or record.get("at")
    return date.fromisoformat(str(stamp)[:10]) if stamp else None


def shown_day(day: date) -> str:
    """A date in a core message, in the UI language (24.09.2026, or 9/24/2026 in English)."""
    if current_language() == "en":
        return f"{day.month}/{day.day}/{day.year}"
    return day.strftime("%d.%m.%Y")


def day_problem(day: date, earliest: date | None, latest: date, label: str = "") -> str:
    """Why a day cannot be a program's day ("" when it can): never after `latest` (today),
    never before `earliest` (the day the request came in). `label` names the field."""
    if day > latest:
        text = translate(
            "procedures",
            "The date cannot be later than {day}, today.",
            day=shown_day(latest),
        )
    elif earliest is not None and day < earliest:
        text = translate(
            "procedures",
            "The date cannot be earlier than {day}, the day the request came in.",
            day=shown_day(earliest),
        )
    else:
        return ""
    return f"«{label}»: {text[0].lower()}{text[1:]}" if label else text


def as_day(value: Any) -> date | None:
    """A stored or typed date value as a date; None when it is none."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None
