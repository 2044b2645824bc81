"""What is under way and what is due: programs, follow-ups and planned meetings, for the screens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


def week_bounds(any_day: date) -> tuple[date, date]:
    """Monday and Sunday of the week holding a day."""
    monday = any_day - timedelta(days=any_day.weekday())
    return monday, monday + timedelta(days=6)


@dataclass(frozen=True)
class FollowUp:
    """A follow-up not yet made: when, for which case (and program), what to check."""

    event_id: int
    case_id: int
    case_number: str
    due_on: date
    note: str
    overdue: bool  # due before the week asked about began
    program_id: int | None = None


@dataclass(frozen=True)
class PlannedMeeting:
    """A planned meeting not yet held."""

    event_id: int
    case_id: int
    case_number: str
    program_id: int | None
    program_type: str | None
    stage: str | None
    meeting_on: date
    at_time: str
    with_ids: tuple[str, ...]  # the program's participant ids (register ids as text)
    note: str
    # The names of those invited, in the order of `with_ids`, for the agenda to show.
    invited: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProgramRow:
    """One program under way, and the stage it stands at."""

    program_id: int
    case_id: int
    case_number: str
    program_type: str
    program_title: str
    started_on: date | None
    facilitators: str
    guided: bool  # run with the step-by-step guide (it has an engine state)
    stage_key: str | None = None  # None: every stage done, or not guided
    stage_title: str = ""
    stage_is_meeting: bool = False
    left: int = 0  # people a stage held with each person still waits for


@dataclass(frozen=True)
class Agenda:
    """Follow-ups and planned meetings up to a day, and the meetings still to arrange."""

    follow_ups: tuple[FollowUp, ...]
    meetings: tuple[PlannedMeeting, ...]
    # Programs standing at a meeting stage with no meeting of it planned yet.
    to_arrange: tuple[ProgramRow, ...]


@dataclass(frozen=True)
class ProgramChoice:
    """A program the case card offers to continue, or only to view."""

    program_id: int
    title: str
