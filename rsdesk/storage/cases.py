"""Cases: status, the mediators assigned, the programs held, documents, and the case card."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from rsdesk.domain.register import (
    Case,
    CaseCard,
    CaseMediator,
    Document,
    ProgramSummary,
    ValidationError,
)
from rsdesk.domain.rules import check_past_date, validate_case_mediator_role, validate_program
from rsdesk.domain.vocabulary import CATEGORIES
from rsdesk.i18n import translate
from rsdesk.procedures.folders import configured_procedures
from rsdesk.storage.events import record_event, timeline
from rsdesk.storage.requests import get_request
from rsdesk.storage.rows import NotFoundError, day, ids_from_json, ids_json, iso, one, rows


def _to_case(row: dict) -> Case:
    opened_on = day(row["opened_on"])
    assert opened_on is not None
    return Case(
        id=row["id"],
        number=row["number"],
        request_id=row["request_id"],
        category=row["category"],
        status=row["status"],
        opened_on=opened_on,
        closed_on=day(row["closed_on"]),
    )


def get_case(db: Database, case_id: int) -> Case:
    row = one(db, "SELECT * FROM cases WHERE id = ?", [case_id])
    if row is None:
        raise NotFoundError(case_id)
    return _to_case(row)


def case_of_request(db: Database, request_id: int) -> Case | None:
    row = one(db, "SELECT * FROM cases WHERE request_id = ?", [request_id])
    return _to_case(row) if row else None


def set_category(db: Database, case_id: int, category: str) -> None:
    """Re-assess what the case is about (the statistics count programs by it)."""
    get_case(db, case_id)
    if category not in CATEGORIES:
        raise ValidationError(
            {"category": translate("register", "Choose the category of the situation.")}
        )
    db["cases"].update(case_id, {"category": category})


def close_case(
    db: Database, case_id: int, closed_on: date, *, note: str = "", today: date | None = None
) -> None:
    case = get_case(db, case_id)
    errors: dict[str, str] = {}
    check_past_date(errors, "closed_on", closed_on, today or date.today())
    if not errors and closed_on < case.opened_on:
        errors["closed_on"] = translate("register", "The case cannot close before it opened.")
    if case.status == "closed":
        errors["status"] = translate("register", "The case is already closed.")
    unfinished = one(
        db,
        "SELECT COUNT(*) AS n FROM programs WHERE case_id = ? AND status != 'finished'",
        [case_id],
    )
    if unfinished and unfinished["n"]:
        errors["programs"] = translate(
            "register", "Finish or remove the programs still under way before closing the case."
        )
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        db["cases"].update(case_id, {"status": "closed", "closed_on": iso(closed_on)})
        record_event(
            db,
            request_id=case.request_id,
            case_id=case_id,
            kind="closed",
            event_on=closed_on,
            note=note,
        )


def reopen_case(
    db: Database, case_id: int, reopened_on: date, *, note: str = "", today: date | None = None
) -> None:
    """Open a closed case again on the day it happened: not in the future, not before it
    closed."""
    case = get_case(db, case_id)
    if case.status != "closed":
        raise ValidationError({"status": translate("register", "The case is open.")})
    errors: dict[str, str] = {}
    check_past_date(errors, "reopened_on", reopened_on, today or date.today())
    if not errors and case.closed_on and reopened_on < case.closed_on:
        errors["reopened_on"] = translate(
            "register",
            "The case cannot reopen before it closed ({closed}).",
            closed=case.closed_on.strftime("%d.%m.%Y"),
        )
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        db["cases"].update(case_id, {"status": "open", "closed_on": None})
        record_event(
            db,
            request_id=case.request_id,
            case_id=case_id,
            kind="reopened",
            event_on=reopened_on,
            note=note,
        )


def assign_mediator(db: Database, case_id: int, mediator_id: int, role: str = "lead") -> None:
    """Assign or re-assign a mediator; one lead per case, so a new lead demotes the old one."""
    get_case(db, case_id)
    mediator = one(db, "SELECT kind FROM mediators WHERE id = ?", [mediator_id])
    if mediator is None:
        raise NotFoundError(mediator_id)
    errors = validate_case_mediator_role(role, mediator["kind"])
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        if role == "lead":
            db.execute(
                "UPDATE case_mediators SET role = 'co_lead' WHERE case_id = ? AND role = 'lead'",
                [case_id],
            )
        db["case_mediators"].upsert(
            {"case_id": case_id, "mediator_id": mediator_id, "role": role},
            pk=("case_id", "mediator_id"),
        )


def unassign_mediator(db: Database, case_id: int, mediator_id: int) -> None:
    db.execute(
        "DELETE FROM case_mediators WHERE case_id = ? AND mediator_id = ?", [case_id, mediator_id]
    )


def set_facilitators(db: Database, program_id: int, facilitator_ids: tuple[int, ...]) -> None:
    """Who leads a program, as the case's team changes under it."""
    db.execute(
        "UPDATE programs SET facilitator_ids = ? WHERE id = ?",
        [ids_json(facilitator_ids), program_id],
    )


def set_description(db: Database, case_id: int, description: str) -> None:
    """What the case is about, in the words of its request (the card shows them)."""
    case = get_case(db, case_id)
    if not description.strip():
        raise ValidationError(
            {"description": translate("register", "Describe the situation in a few words.")}
        )
    db["requests"].update(case.request_id, {"description": description.strip()})


def program_people(db: Database, case_id: int) -> dict[int, tuple[str, ...]]:
    """The case's people whom its programs name, with the type of each such program.

    A guided program keeps its people by their register id; a program recorded without the
    guide names nobody.
    """
    found: dict[int, list[str]] = {}
    for program, state in program_records(db, case_id):
        for person in state.get("participants", ()):
            if str(person.get("id", "")).isdigit():
                found.setdefault(int(person["id"]), []).append(program.program_type)
    return {person: tuple(dict.fromkeys(types)) for person, types in found.items()}


def case_mediators(db: Database, case_id: int) -> tuple[CaseMediator, ...]:
    return tuple(
        CaseMediator(**row)
        for row in rows(
            db,
            "SELECT cm.mediator_id, m.full_name, cm.role, m.kind FROM case_mediators cm "
            "JOIN mediators m ON m.id = cm.mediator_id WHERE cm.case_id = ? "
            "ORDER BY cm.role = 'co_lead', m.full_name",
            [case_id],
        )
    )


def _program_row(program: ProgramSummary) -> dict:
    return {
        "case_id": program.case_id,
        "program_type": program.program_type,
        "status": program.status,
        "started_on": iso(program.started_on),
        "ended_on": iso(program.ended_on),
        "outcome": program.outcome,
        "participants_adults": program.participants_adults,
        "participants_minors": program.participants_minors,
        "facilitator_ids": ids_json(program.facilitator_ids),
    }


def _program_events(db: Database, program_id: int, old: dict | None, new: ProgramSummary) -> None:
    """The timeline's «program started» and «program ended», kept to the summary's dates."""
    changed = [
        (kind, value)
        for kind, column, value in (
            ("program_started", "started_on", new.started_on),
            ("program_ended", "ended_on", new.ended_on),
        )
        if value is not None and (old is None or old[column] != iso(value))
    ]
    if not changed:
        return
    case = get_case(db, new.case_id)
    for kind, value in changed:
        db.execute("DELETE FROM events WHERE program_id = ? AND kind = ?", [program_id, kind])
        record_event(
            db,
            request_id=case.request_id,
            case_id=case.id,
            program_id=program_id,
            kind=kind,
            event_on=value,
        )


def known_program_types(program_types: Collection[str] | None) -> Collection[str]:
    """The program types the register accepts: those of the loaded procedures by default.

    Storage asks the procedures rather than the vocabulary so that a region's own program
    type (a file in RSDESK_PROCEDURES) is accepted by every writer, not only the wizard.
    """
    return configured_procedures().keys() if program_types is None else program_types


def add_program(
    db: Database,
    program: ProgramSummary,
    *,
    today: date | None = None,
    program_types: Collection[str] | None = None,
    state: dict | None = None,
) -> int:
    """A new program; `state` is its engine state when the step-by-step guide runs it."""
    case = get_case(db, program.case_id)
    errors = validate_program(
        program, today=today, program_types=known_program_types(program_types)
    )
    if program.started_on and program.started_on < case.opened_on:
        errors.setdefault(
            "started_on", translate("register", "A program cannot start before the case opened.")
        )
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        row = _program_row(program)
        if state is not None:
            row["state"] = json.dumps(state, ensure_ascii=False)
        program_id = db["programs"].insert(row).last_pk
        _program_events(db, program_id, None, program)
    return program_id


def update_program(
    db: Database,
    program_id: int,
    program: ProgramSummary,
    *,
    today: date | None = None,
    program_types: Collection[str] | None = None,
) -> None:
    """Replace a program's summary (not its procedures state)."""
    old = one(db, "SELECT * FROM programs WHERE id = ?", [program_id])
    if old is None:
        raise NotFoundError(program_id)
    # The type it already has stays acceptable, so editing the dates of a program whose
    # regional procedure file is absent on this machine does not fail.
    known = {*known_program_types(program_types), old["program_type"]}
    errors = validate_program(program, today=today, program_types=known)
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        db["programs"].update(program_id, _program_row(program))
        _program_events(db, program_id, old, program)


def _to_program(row: dict) -> ProgramSummary:
    return ProgramSummary(
        id=row["id"],
        case_id=row["case_id"],
        program_type=row["program_type"],
        status=row["status"],
        started_on=day(row["started_on"]),
        ended_on=day(row["ended_on"]),
        outcome=row["outcome"],
        participants_adults=row["participants_adults"] or 0,
        participants_minors=row["participants_minors"] or 0,
        facilitator_ids=ids_from_json(row["facilitator_ids"]),
    )


def programs_of(db: Database, case_id: int) -> tuple[ProgramSummary, ...]:
    return tuple(
        _to_program(row)
        for row in rows(
            db, "SELECT * FROM programs WHERE case_id = ? ORDER BY started_on, id", [case_id]
        )
    )


def program_state(db: Database, program_id: int) -> dict:
    """The procedures engine's JSON document of a program."""
    row = one(db, "SELECT state FROM programs WHERE id = ?", [program_id])
    if row is None:
        raise NotFoundError(program_id)
    return json.loads(row["state"] or "{}")


def save_program_state(db: Database, program_id: int, state: dict) -> None:
    if one(db, "SELECT id FROM programs WHERE id = ?", [program_id]) is None:
        raise NotFoundError(program_id)
    db["programs"].update(program_id, {"state": json.dumps(state, ensure_ascii=False)})


def program_record(db: Database, program_id: int) -> tuple[ProgramSummary, dict]:
    """A program's summary and its engine state, read at once."""
    row = one(db, "SELECT * FROM programs WHERE id = ?", [program_id])
    if row is None:
        raise NotFoundError(program_id)
    return _to_program(row), json.loads(row["state"] or "{}")


def program_records(db: Database, case_id: int) -> list[tuple[ProgramSummary, dict]]:
    """Every program of a case with its engine state, oldest first."""
    return [
        (_to_program(row), json.loads(row["state"] or "{}"))
        for row in rows(
            db, "SELECT * FROM programs WHERE case_id = ? ORDER BY started_on, id", [case_id]
        )
    ]


def save_run(
    db: Database, old: ProgramSummary, new: ProgramSummary, state: dict, *, today: date
) -> None:
    """Write a program's engine state and the summary it gives, in one statement."""
    assert old.id is not None
    errors = validate_program(new, today=today, program_types={old.program_type})
    if errors:
        raise ValidationError(errors)
    row = _program_row(new)
    del row["case_id"], row["program_type"]
    row["state"] = json.dumps(state, ensure_ascii=False)
    columns = ", ".join(f"{name} = ?" for name in row)
    db.execute(f"UPDATE programs SET {columns} WHERE id = ?", [*row.values(), old.id])
    _program_events(
        db, old.id, {"started_on": iso(old.started_on), "ended_on": iso(old.ended_on)}, new
    )


@dataclass(frozen=True)
class UnderWay:
    """A program not finished, on a case not deleted, with its engine state."""

    program_id: int
    case_id: int
    case_number: str
    program_type: str
    started_on: date | None
    facilitators: str  # their names
    state: dict


def programs_under_way(db: Database) -> list[UnderWay]:
    """Programs not yet finished, oldest first, with the names of their facilitators."""
    names = {m_id: name for m_id, name in db.execute("SELECT id, full_name FROM mediators")}

    def team(ids: str | None) -> str:
        return ", ".join(names.get(i, "?") for i in ids_from_json(ids))

    return [
        UnderWay(
            program_id=row["id"],
            case_id=row["case_id"],
            case_number=row["number"],
            program_type=row["program_type"],
            started_on=day(row["started_on"]),
            facilitators=team(row["facilitator_ids"]),
            state=json.loads(row["state"] or "{}"),
        )
        for row in rows(
            db,
            "SELECT p.id, p.case_id, c.number, p.program_type, p.started_on, p.facilitator_ids, "
            "p.state FROM programs p JOIN cases c ON c.id = p.case_id "
            "WHERE p.status != 'finished' AND c.deleted_on IS NULL ORDER BY p.started_on, p.id",
        )
    ]


def add_document(db: Database, document: Document) -> int:
    get_case(db, document.case_id)
    if not document.title.strip():
        raise ValidationError({"title": translate("register", "Enter the document's title.")})
    return (
        db["documents"]
        .insert(
            {
                "case_id": document.case_id,
                "program_id": document.program_id,
                "kind": document.kind,
                "title": document.title.strip(),
                "created_on": iso(document.created_on),
                "attachment": document.attachment,
            }
        )
        .last_pk
    )


def documents_of(db: Database, case_id: int) -> tuple[Document, ...]:
    found = []
    for row in rows(
        db, "SELECT * FROM documents WHERE case_id = ? ORDER BY created_on, id", [case_id]
    ):
        created_on = day(row.pop("created_on"))
        assert created_on is not None
        found.append(Document(created_on=created_on, **row))
    return tuple(found)


def case_card(db: Database, case_id: int) -> CaseCard:
    case = get_case(db, case_id)
    return CaseCard(
        case=case,
        request=get_request(db, case.request_id),
        mediators=case_mediators(db, case_id),
        programs=programs_of(db, case_id),
        timeline=tuple(timeline(db, case_id)),
        documents=documents_of(db, case_id),
        from_journal=from_journal(db, case.request_id),
    )


def from_journal(db: Database, request_id: int) -> bool:
    """Whether the request (and so its case) was taken from a journal by an import."""
    row = one(db, "SELECT journal_import_id FROM requests WHERE id = ?", [request_id])
    return bool(row and row["journal_import_id"] is not None)
