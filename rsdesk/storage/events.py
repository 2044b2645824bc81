"""The timeline of a request and its case: registered, decided, meetings, follow-ups, closed."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date

from sqlite_utils import Database

from rsdesk.domain.agenda import PlannedMeeting
from rsdesk.domain.register import Event, ValidationError
from rsdesk.domain.rules import validate_event, validate_meeting_plan
from rsdesk.i18n import translate
from rsdesk.storage.rows import NotFoundError, day, iso, one, rows


def record_event(
    db: Database,
    *,
    request_id: int,
    kind: str,
    event_on: date,
    case_id: int | None = None,
    program_id: int | None = None,
    note: str = "",
) -> int:
    """Store an event as given; callers have validated it (the register's own steps)."""
    return (
        db["events"]
        .insert(
            {
                "request_id": request_id,
                "case_id": case_id,
                "program_id": program_id,
                "kind": kind,
                "event_on": iso(event_on),
                "note": note,
            }
        )
        .last_pk
    )


def add_event(
    db: Database,
    case_id: int,
    kind: str,
    event_on: date | None,
    *,
    note: str = "",
    program_id: int | None = None,
    today: date | None = None,
) -> int:
    """A user-entered event of a case (a meeting, a follow-up to plan, a note)."""
    case = one(db, "SELECT request_id, opened_on FROM cases WHERE id = ?", [case_id])
    if case is None:
        raise NotFoundError(case_id)
    errors = validate_event(kind, event_on, today=today)
    if not errors and event_on is not None and iso(event_on) < case["opened_on"]:
        errors["event_on"] = translate("register", "The date cannot be before the case opened.")
    if errors:
        raise ValidationError(errors)
    assert event_on is not None
    return record_event(
        db,
        request_id=case["request_id"],
        case_id=case_id,
        program_id=program_id,
        kind=kind,
        event_on=event_on,
        note=note,
    )


def plan_follow_up(db: Database, case_id: int, due_on: date, note: str = "") -> int:
    return add_event(db, case_id, "follow_up", due_on, note=note)


def complete_follow_up(db: Database, event_id: int, done_on: date, note: str | None = None) -> None:
    row = one(db, "SELECT kind, event_on FROM events WHERE id = ?", [event_id])
    if row is None or row["kind"] != "follow_up":
        raise NotFoundError(event_id)
    if done_on > date.today():
        raise ValidationError(
            {"done_on": translate("register", "The date cannot be in the future.")}
        )
    changes: dict = {"done_on": iso(done_on)}
    if note is not None:
        changes["note"] = note
    db["events"].update(event_id, changes)


def plan_meeting(
    db: Database,
    case_id: int,
    meeting_on: date | None,
    *,
    at_time: str = "",
    program_id: int | None = None,
    stage: str | None = None,
    with_ids: Iterable[str] = (),
    note: str = "",
    today: date | None = None,
) -> int:
    """A meeting planned ahead (it may lie in the future), optionally for a program's stage.

    `with_ids` are the participant ids of the program's engine state (register ids as text);
    the note is for logistics only, never for what is said in the program.
    """
    errors = validate_meeting_plan(at_time, note)
    if errors:
        raise ValidationError(errors)
    event_id = add_event(
        db,
        case_id,
        "meeting_planned",
        meeting_on,
        note=note.strip(),
        program_id=program_id,
        today=today,
    )
    db["events"].update(
        event_id,
        {"stage": stage, "at_time": at_time.strip(), "with_ids": json.dumps(list(with_ids))},
    )
    return event_id


def mark_meetings_held(
    db: Database,
    program_id: int,
    stage: str,
    held_on: date,
    *,
    participant: str | None = None,
    stage_done: bool = True,
) -> list[int]:
    """Mark the open planned meetings of a program's stage done now that the stage is recorded.

    For a stage held with each participant, a meeting naming that participant is done when
    it is recorded with them; one naming nobody waits until the stage is done with everyone.
    Returns the ids marked.
    """
    marked = []
    for row in rows(
        db,
        "SELECT id, with_ids FROM events WHERE program_id = ? AND kind = 'meeting_planned' "
        "AND stage = ? AND done_on IS NULL ORDER BY event_on, id",
        [program_id, stage],
    ):
        invited = json.loads(row["with_ids"] or "[]")
        if participant is None or participant in invited or (not invited and stage_done):
            db["events"].update(row["id"], {"done_on": iso(held_on)})
            marked.append(row["id"])
    return marked


# The timeline events a program's recorded stages give; rebuilt from its state.
STAGE_EVENT_KINDS = ("preliminary_meeting", "meeting", "agreement")


def received_on(db: Database, case_id: int) -> date:
    """The day a case's request came in: nothing of the case happened before it."""
    row = one(
        db,
        "SELECT r.received_on FROM cases c JOIN requests r ON r.id = c.request_id WHERE c.id = ?",
        [case_id],
    )
    if row is None:
        raise NotFoundError(case_id)
    found = day(row["received_on"])
    assert found is not None
    return found


def replace_stage_events(
    db: Database, case_id: int, program_id: int, found: Iterable[tuple[str, date, str]]
) -> None:
    """The timeline's meetings and agreement of a program as its recorded stages now say
    (kind, the day it was held, the stage's title): a corrected day moves its event."""
    case = one(db, "SELECT request_id FROM cases WHERE id = ?", [case_id])
    if case is None:
        raise NotFoundError(case_id)
    marks = ", ".join("?" * len(STAGE_EVENT_KINDS))
    wanted = sorted((kind, iso(on), note) for kind, on, note in found)
    have = rows(
        db,
        f"SELECT kind, event_on, note FROM events WHERE program_id = ? AND kind IN ({marks}) "
        "ORDER BY kind, event_on, note",
        [program_id, *STAGE_EVENT_KINDS],
    )
    if [(r["kind"], r["event_on"], r["note"]) for r in have] == wanted:
        return
    db.execute(
        f"DELETE FROM events WHERE program_id = ? AND kind IN ({marks})",
        [program_id, *STAGE_EVENT_KINDS],
    )
    for kind, on, note in wanted:
        record_event(
            db,
            request_id=case["request_id"],
            kind=kind,
            event_on=date.fromisoformat(on),
            case_id=case_id,
            program_id=program_id,
            note=note,
        )


def keep_follow_up(
    db: Database,
    case_id: int,
    program_id: int,
    due: date | None,
    done_on: date | None,
    note: str,
) -> None:
    """The agreement's check-up in the agenda as the program says: planned for `due`, made
    on `done_on`; a corrected date moves it, a check-up taken back opens it again."""
    event = program_follow_up(db, program_id)
    if event is None:
        if due is None:
            return
        case = one(db, "SELECT request_id FROM cases WHERE id = ?", [case_id])
        if case is None:
            raise NotFoundError(case_id)
        event_id = record_event(
            db,
            request_id=case["request_id"],
            kind="follow_up",
            event_on=due,
            case_id=case_id,
            program_id=program_id,
            note=note,
        )
        if done_on is not None:
            db["events"].update(event_id, {"done_on": iso(done_on)})
        return
    if due is None:
        if event.done_on is None:
            db.execute("DELETE FROM events WHERE id = ?", [event.id])
        return
    changes = {}
    if event.event_on != due:
        changes["event_on"] = iso(due)
    if event.done_on != done_on:
        changes["done_on"] = iso(done_on)
    if changes:
        db["events"].update(event.id, changes)


def planned_meetings_until(
    db: Database, last: date, *, program_id: int | None = None
) -> list[PlannedMeeting]:
    """Planned meetings not yet held up to `last`, overdue ones included, by date and time;
    with the names of those invited. Deleted cases' meetings are left out."""
    where, params = ("AND e.program_id = ? ", [program_id]) if program_id is not None else ("", [])
    found = list(
        rows(
            db,
            "SELECT e.id, e.case_id, c.number, e.program_id, p.program_type, e.stage, "
            "e.event_on, e.at_time, e.with_ids, e.note FROM events e "
            "JOIN cases c ON c.id = e.case_id LEFT JOIN programs p ON p.id = e.program_id "
            "WHERE e.kind = 'meeting_planned' AND e.done_on IS NULL AND e.event_on <= ? "
            f"AND c.deleted_on IS NULL {where}"
            "ORDER BY e.event_on, e.at_time, e.id",
            [last.isoformat(), *params],
        )
    )
    invited = {r["id"]: tuple(json.loads(r["with_ids"] or "[]")) for r in found}
    names = _participant_names(db, {pid for ids in invited.values() for pid in ids})
    return [
        PlannedMeeting(
            r["id"],
            r["case_id"],
            r["number"],
            r["program_id"],
            r["program_type"],
            r["stage"],
            date.fromisoformat(r["event_on"]),
            r["at_time"] or "",
            invited[r["id"]],
            r["note"] or "",
            tuple(names.get(pid, pid) for pid in invited[r["id"]]),
        )
        for r in found
    ]


def _participant_names(db: Database, ids: set[str]) -> dict[str, str]:
    """Names of participants by their id as a program's state holds it (as text)."""
    numbers = sorted(int(pid) for pid in ids if pid.isdigit())
    if not numbers:
        return {}
    marks = ", ".join("?" * len(numbers))
    return {
        str(person_id): name
        for person_id, name in db.execute(
            f"SELECT id, full_name FROM participants WHERE id IN ({marks})", numbers
        )
    }


def program_follow_up(db: Database, program_id: int) -> Event | None:
    """The latest follow-up of a program: the check-up on its agreement."""
    row = one(
        db,
        "SELECT * FROM events WHERE program_id = ? AND kind = 'follow_up' ORDER BY id DESC LIMIT 1",
        [program_id],
    )
    return _to_event(row) if row else None


def _to_event(row: dict) -> Event:
    event_on = day(row["event_on"])
    assert event_on is not None
    return Event(
        id=row["id"],
        request_id=row["request_id"],
        case_id=row["case_id"],
        program_id=row["program_id"],
        kind=row["kind"],
        event_on=event_on,
        done_on=day(row["done_on"]),
        note=row["note"] or "",
    )


def timeline(db: Database, case_id: int) -> list[Event]:
    """Every event of a case and of the request it came from, oldest first."""
    return [
        _to_event(row)
        for row in rows(
            db,
            "SELECT e.* FROM events e JOIN cases c ON c.request_id = e.request_id "
            "WHERE c.id = ? ORDER BY e.event_on, e.id",
            [case_id],
        )
    ]


def request_timeline(db: Database, request_id: int) -> list[Event]:
    return [
        _to_event(row)
        for row in rows(
            db, "SELECT * FROM events WHERE request_id = ? ORDER BY event_on, id", [request_id]
        )
    ]
