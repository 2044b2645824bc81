"""Drives any procedure from start to outcome with plausible values, the way a wizard would."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from rsdesk.procedures import Participant, Procedure, ProgramRun
from rsdesk.procedures.schema import Field, Stage

NOW = datetime(2024, 3, 15, 10, 0)
TEXT = "Записано для проверки"


def cast() -> list[Participant]:
    """Two parties (one a minor with a parent), a teacher, an administrator, a supporter."""
    return [
        Participant("pupil", "party", minor=True),
        Participant("parent", "legal_representative", minor=False, represents="pupil"),
        Participant("other_pupil", "party", minor=False),
        Participant("teacher", "teacher", minor=False),
        Participant("head", "administration", minor=False),
        Participant("aunt", "supporter", minor=False),
    ]


def agree_everyone(run: ProgramRun, now: datetime = NOW) -> None:
    for person in run.participants.values():
        run.record_awareness(person.id, [a.key for a in run.procedure.awareness], now)
        run.record_consent(person.id, now)


def value_for(field: Field, run: ProgramRun, day: date) -> Any:
    if field.type in ("text", "multiline"):
        return TEXT
    if field.type == "date":
        return (day + timedelta(days=30) if field.binds == "follow_up_date" else day).isoformat()
    if field.type == "bool":
        return True
    if field.type == "choice":
        return field.choices[0].key
    if field.type == "number":
        return field.min if field.min is not None else 1
    if field.type == "participants":
        return [p.id for p in run.participants.values() if not field.roles or p.role in field.roles]
    return [{"who": [next(iter(run.participants))], "what": "Извиниться", "by": day.isoformat()}]


def values_for(stage: Stage, run: ProgramRun, day: date) -> dict[str, Any]:
    return {f.key: value_for(f, run, day) for f in stage.fields if f.required or f.must_be_true}


def complete(run: ProgramRun, stage: Stage, now: datetime) -> None:
    if stage.per_participant:
        for pid in run.pending_participants(stage.key):
            run.complete_stage(stage.key, values_for(stage, run, now.date()), now, pid)
    else:
        run.complete_stage(stage.key, values_for(stage, run, now.date()), now)


def drive(
    procedure: Procedure,
    participants: list[Participant] | None = None,
    *,
    skip: frozenset[str] = frozenset(),
) -> ProgramRun:
    """Start, consent everyone, and hold every stage in order (skipping the named ones)."""
    run = ProgramRun.start(procedure, participants or cast(), NOW)
    agree_everyone(run)
    for step, stage in enumerate(procedure.stages):
        now = NOW + timedelta(days=step)
        assert run.current_stage() == stage
        if stage.key in skip:
            run.skip_stage(stage.key, "Не понадобилось", now)
        else:
            # complete_stage checks every gate itself, so a closed one fails the drive.
            complete(run, stage, now)
        assert run.is_done(stage.key), stage.key
    return run
