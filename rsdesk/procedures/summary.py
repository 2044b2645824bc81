"""What a program's engine state means for the register: its summary, timeline and follow-up."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from rsdesk.domain.register import ProgramSummary
from rsdesk.i18n import translate
from rsdesk.procedures.engine import ProgramRun
from rsdesk.procedures.schema import Stage


def _ended_on(run: ProgramRun, fallback: date) -> date:
    stamp = (run.ended or {}).get("at")
    return datetime.fromisoformat(stamp).date() if stamp else fallback


def summary_of(run: ProgramRun, program: ProgramSummary, today: date) -> ProgramSummary:
    """The register's summary of a program as its engine state now says."""
    counts = run.participant_counts()
    changes: dict[str, Any] = {
        "participants_adults": counts["adults"],
        "participants_minors": counts["minors"],
    }
    if run.outcome is None:
        changes.update(status="in_progress", ended_on=None, outcome=None)
    else:
        ended = max(_ended_on(run, today), program.started_on or today)
        changes.update(status="finished", ended_on=ended, outcome=run.outcome)
    return replace(program, **changes)


def follow_up_due(run: ProgramRun) -> date | None:
    """The day the agreement's check-up is planned for, once the agreement names one."""
    planned = run.follow_up.get("date")
    return date.fromisoformat(planned) if planned else None


def follow_up_done_on(run: ProgramRun, today: date) -> date | None:
    """The day the check-up was made, once its fulfilment is recorded; never after today."""
    if not run.follow_up.get("fulfilment"):
        return None
    for stage in run.procedure.stages:
        entries = run.completions.get(stage.key) if stage.bound("fulfilment") else None
        if entries:
            stamp = entries[-1]["values"].get("date") or entries[-1]["at"][:10]
            return min(date.fromisoformat(stamp), today)
    return today


def follow_up_note(program_title: str) -> str:
    return translate(
        "procedures", "Check how the agreement is kept: {program}", program=program_title
    )


def held_on(stage: Stage, values: dict, today: date) -> date:
    """The day a meeting stage took place: its date field if it has one, else today."""
    field = stage.bound("meeting_date")
    value = values.get(field.key) if field else None
    return date.fromisoformat(value) if value else today


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
