"""Reads and writes a running program: engine state, register summary, timeline events."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlite_utils import Database

from rsdesk.access import Desk
from rsdesk.domain.register import Participant as Person
from rsdesk.domain.register import ProgramSummary
from rsdesk.procedures import Participant, Procedure, ProgramRun, Stage, configured_procedures
from rsdesk.storage.cases import get_case, programs_of
from rsdesk.storage.requests import participants_of
from rsdesk.storage.rows import day, ids_from_json, one, rows


def procedures() -> dict[str, Procedure]:
    """Every procedure: the shipped files and those of RSDESK_PROCEDURES, read once."""
    return configured_procedures()


def people_of_case(db: Database, case_id: int) -> tuple[Person, ...]:
    return participants_of(db, get_case(db, case_id).request_id)


def engine_people(people: list[Person], represents: dict[int, int | None]) -> list[Participant]:
    """The case's people as the engine sees them: the register id as text, role, age group."""
    found = []
    for person in people:
        assert person.id is not None and person.role is not None
        minor_id = represents.get(person.id) if person.role == "legal_representative" else None
        found.append(
            Participant(
                str(person.id),
                person.role,
                bool(person.is_minor),
                str(minor_id) if minor_id is not None else None,
            )
        )
    return found


def guess_represented(people: list[Person]) -> dict[int, int | None]:
    """Whom each legal representative stands for: a minor sharing the surname, else the first."""
    minors = [p for p in people if p.is_minor and p.role != "legal_representative"]
    guess: dict[int, int | None] = {}
    for person in people:
        if person.role != "legal_representative" or person.id is None:
            continue
        stem = person.full_name.split()[0][:-1].lower() if person.full_name.split() else ""
        same = [m for m in minors if stem and m.full_name.lower().startswith(stem)]
        chosen = (same or minors or [None])[0]
        guess[person.id] = chosen.id if chosen is not None else None
    return guess


def load_run(desk: Desk, program_id: int, program_type: str) -> ProgramRun | None:
    """The engine state of a program, or None for a program recorded without the wizard."""
    state = desk.program_state(program_id)
    procedure = procedures().get(program_type)
    if not state or procedure is None:
        return None
    return ProgramRun.from_dict(state, procedure)


def get_program(db: Database, program_id: int) -> ProgramSummary:
    row = one(db, "SELECT case_id FROM programs WHERE id = ?", [program_id])
    assert row is not None
    return next(p for p in programs_of(db, row["case_id"]) if p.id == program_id)


def humanize(text: str, names: dict[str, str]) -> str:
    """Put people's names where the engine's messages name them by id («17» -> «Петров Иван»)."""
    return re.sub(r"«([^»]+)»", lambda m: f"«{names.get(m.group(1), m.group(1))}»", text)


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


def follow_up_event(db: Database, program_id: int) -> dict | None:
    return one(
        db,
        "SELECT id, event_on, done_on, note FROM events "
        "WHERE program_id = ? AND kind = 'follow_up' ORDER BY id DESC LIMIT 1",
        [program_id],
    )


def _sync_follow_up(desk: Desk, run: ProgramRun, program: ProgramSummary, note: str) -> None:
    """The agreement's check-up date becomes a follow-up in the agenda; fulfilment closes it."""
    planned = run.follow_up.get("date")
    if not planned or program.id is None:
        return
    event = follow_up_event(desk.db, program.id)
    if event is None:
        due = date.fromisoformat(planned)
        desk.add_event(program.case_id, "follow_up", due, note=note, program_id=program.id)
        event = follow_up_event(desk.db, program.id)
    if run.follow_up.get("fulfilment") and event and not event["done_on"]:
        done = _follow_up_done_on(run)
        desk.complete_follow_up(event["id"], min(done, date.today()))


def _follow_up_done_on(run: ProgramRun) -> date:
    for stage in run.procedure.stages:
        field = stage.bound("fulfilment")
        entries = run.completions.get(stage.key) if field else None
        if entries:
            value = entries[-1]["values"].get("date")
            stamp = value or entries[-1]["at"][:10]
            return date.fromisoformat(stamp)
    return date.today()


def save_run(
    desk: Desk, run: ProgramRun, program: ProgramSummary, today: date, follow_up_note: str
) -> ProgramSummary:
    """Write the engine state and the summary in one transaction; returns the new summary.

    Through the desk: the role is checked, and a young mediator's agreement goes to the
    curator for sign-off when the summary says the program ended with one.
    """
    assert program.id is not None
    summary = summary_of(run, program, today)
    with desk.db.atomic():
        desk.save_program_state(program.id, run.to_dict())
        desk.update_program(program.id, summary)
        _sync_follow_up(desk, run, summary, follow_up_note)
    return summary


def held_on(stage: Stage, values: dict, today: date) -> date:
    """The day a meeting stage took place: its date field if it has one, else today."""
    field = stage.bound("meeting_date")
    value = day(values.get(field.key)) if field and values.get(field.key) else None
    return value or today


def record_stage_event(
    desk: Desk, program: ProgramSummary, stage: Stage, values: dict, today: date, note: str
) -> None:
    """A meeting or an agreement enters the case's timeline (the title only, never content)."""
    if stage.makes_agreement:
        kind = "agreement"
    elif stage.is_meeting:
        kind = "preliminary_meeting" if stage.per_participant else "meeting"
    else:
        return
    held = held_on(stage, values, today)
    desk.add_event(program.case_id, kind, held, note=note, program_id=program.id)


@dataclass(frozen=True)
class ProgramRow:
    """One program under way, for the programs area."""

    program_id: int
    case_id: int
    case_number: str
    program_type: str
    started_on: date | None
    facilitators: str
    state: str


def programs_in_progress(db: Database) -> list[ProgramRow]:
    """Programs not yet finished, oldest first, with the names of their facilitators."""
    names = {m_id: name for m_id, name in db.execute("SELECT id, full_name FROM mediators")}
    found = []
    for row in rows(
        db,
        "SELECT p.id, p.case_id, c.number, p.program_type, p.started_on, p.facilitator_ids, "
        "p.state FROM programs p JOIN cases c ON c.id = p.case_id "
        "WHERE p.status != 'finished' ORDER BY p.started_on, p.id",
    ):
        ids = ids_from_json(row["facilitator_ids"])
        found.append(
            ProgramRow(
                program_id=row["id"],
                case_id=row["case_id"],
                case_number=row["number"],
                program_type=row["program_type"],
                started_on=day(row["started_on"]),
                facilitators=", ".join(names.get(i, "?") for i in ids),
                state=row["state"] or "{}",
            )
        )
    return found


def run_of_row(row: ProgramRow) -> ProgramRun | None:
    """The engine state held in a row of programs_in_progress, if the wizard made one."""
    state = json.loads(row.state or "{}")
    procedure = procedures().get(row.program_type)
    if not state or procedure is None:
        return None
    return ProgramRun.from_dict(state, procedure)


@dataclass(frozen=True)
class Due:
    """A follow-up not yet made: when, for which case and program, what to check."""

    event_id: int
    case_id: int
    case_number: str
    program_id: int | None
    due_on: date
    note: str


def follow_ups_until(db: Database, last: date) -> list[Due]:
    """Follow-ups not yet done that fall due up to `last`, overdue ones included."""
    return [
        Due(
            r["id"],
            r["case_id"],
            r["number"],
            r["program_id"],
            date.fromisoformat(r["event_on"]),
            r["note"] or "",
        )
        for r in rows(
            db,
            "SELECT e.id, e.case_id, c.number, e.program_id, e.event_on, e.note FROM events e "
            "JOIN cases c ON c.id = e.case_id WHERE e.kind = 'follow_up' AND e.done_on IS NULL "
            "AND e.event_on <= ? ORDER BY e.event_on, e.id",
            [last.isoformat()],
        )
    ]
