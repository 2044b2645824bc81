"""Possible repeat conflicts: people of a request who are already in a recent case."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from rsdesk.domain.case_lists import normalise

# A case closed this long ago or less still counts: the same people back within a school
# year are the same conflict more often than a new one.
REPEAT_WINDOW = timedelta(days=365)


def name_key(full_name: str) -> str:
    """A full name as the repeat check compares it: case, ё/е and spacing do not matter."""
    return " ".join(normalise(full_name).split())


@dataclass(frozen=True)
class RepeatCase:
    """Another case a person of the request is in, as the user may see it."""

    number: str
    status: str  # open | closed
    closed_on: date | None = None


@dataclass(frozen=True)
class RepeatConflict:
    """A person named in the request who is in an open case or one closed within a year.

    `cases` holds only the cases the user may see; `unseen` says the person is also in a
    case the user may not see, which is said as a possible repeat and nothing more.
    """

    full_name: str
    cases: tuple[RepeatCase, ...] = ()
    unseen: bool = False


def counts_as_recent(status: str, closed_on: date | None, today: date) -> bool:
    """An open case, or one closed within the repeat window."""
    if status == "open":
        return True
    return closed_on is not None and today - closed_on <= REPEAT_WINDOW
