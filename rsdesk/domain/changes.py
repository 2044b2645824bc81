"""What one committed operation of the Desk changed: which areas, which cases.

Screens subscribe to these instead of remembering to refresh; the save hook subscribes first,
so a change is queued for the disk before any screen redraws.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The areas a change can touch; a screen refreshes when one it shows is among them.
CASES = "cases"  # a case, its people, mediators, programs, timeline or documents
REQUESTS = "requests"
PROGRAMS = "programs"  # programs under way and the agenda
ROSTER = "roster"  # mediators, training, users
SERVICE = "service"  # the profile, retention, settings kept in the register
AUDIT = "audit"  # only the audit trail (opening a case, a sign-in, an export)
AREAS = frozenset({CASES, REQUESTS, PROGRAMS, ROSTER, SERVICE, AUDIT})


@dataclass(frozen=True)
class Change:
    """The areas and cases one outermost operation touched, in one committed transaction."""

    areas: frozenset[str]
    case_ids: frozenset[int] = field(default_factory=frozenset)

    def touches(self, *areas: str) -> bool:
        return any(area in self.areas for area in areas)


class ChangeCollector:
    """Gathers what nested operations touch until the outermost one commits."""

    def __init__(self) -> None:
        self.areas: set[str] = set()
        self.case_ids: set[int] = set()

    def add(self, areas: tuple[str, ...], case_id: int | None) -> None:
        unknown = set(areas) - AREAS
        if unknown:
            raise ValueError(f"unknown areas {sorted(unknown)}")
        self.areas.update(areas)
        if case_id is not None:
            self.case_ids.add(case_id)

    def change(self) -> Change:
        return Change(frozenset(self.areas), frozenset(self.case_ids))
