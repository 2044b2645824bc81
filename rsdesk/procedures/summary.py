"""What a program's engine state means for the register: its summary, timeline and follow-up."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from rsdesk.domain.register import ProgramSummary
from rsdesk.i18n import translate
from rsdesk.procedures.days import day_of
from rsdesk.procedures.engine import ProgramRun
from rsdesk.procedures.schema import Stage


def summary_of(run: ProgramRun, program: ProgramSummary, today: date) -> ProgramSummary:
    """The register's summary of a program as its engine state now says.

    It ends on the real day of the step that ended it, so the yearly statistics count it in
    the year it really ended; it starts no later than the first day anything of it happened.
    """
    counts = run.participant_counts()
    changes: dict[str, Any] = {
        "participants_adults": counts["adults"],
        "participants_minors": counts["minors"],
    }
    first = run.first_day()
    if first is not None and program.started_on is not None and first < program.started_on:
        changes["started_on"] = first
    if run.outcome is None:
        changes.update(status="in_progress", ended_on=None, outcome=None)
    else:
        started = changes.get("started_on", program.started_on) or today
        ended = max(run.ended_on() or today, started)
        changes.update(status="finished", ended_on=ended, outcome=run.outcome)
    return replace(program, **changes)


def follow_up_due(run: ProgramRun) -> date | None:
    """The day the agreement's check-up is planned for, once the agreement names one."""
    planned = run.follow_up.get("date")
    return date.fromisoformat(planned) if planned else None


def follow_up_done_on(run: ProgramRun) -> date | None:
    """The day the check-up was made (its stage's day), once its fulfilment is recorded."""
    if not run.follow_up.get("fulfilment"):
        return None
    days = [run.stage_day(s.key) for s in run.procedure.stages if s.bound("fulfilment")]
    found = [d for d in days if d is not None]
    return max(found) if found else None


def follow_up_note(program_title: str) -> str:
    return translate(
        "procedures", "Check how the agreement is kept: {program}", program=program_title
    )


def stage_events(run: ProgramRun) -> list[tuple[str, date, str]]:
    """The timeline events the recorded stages give: (kind, the day it was held, title)."""
    found = []
    for stage in run.procedure.stages:
        kind = timeline_kind(stage)
        if kind is None:
            continue
        for entry in run.completions.get(stage.key, []):
            day = day_of(entry)
            if day is not None:
                found.append((kind, day, stage.title))
    return found


def timeline_kind(stage: Stage) -> str | None:
    """The timeline event a recorded stage adds (its title only, never its content)."""
    if stage.makes_agreement:
        return "agreement"
    if stage.is_meeting:
        return "preliminary_meeting" if stage.per_participant else "meeting"
    return None


def override_note(curator: str, reason: str) -> str:
    """The timeline's note of the curator's permission despite a training warning."""
    return translate(
        "procedures",
        "The curator {curator} allowed the program to be led without the training it calls "
        "for. Reason: {reason}",
        curator=curator,
        reason=reason,
    )
