"""Requests (заявки): registration with participants, corrections, the curator's decision."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlite_utils import Database

from rsdesk.domain.register import Participant, Request, ValidationError
from rsdesk.domain.rules import (
    transfer_reasons,
    validate_decision_date,
    validate_participant,
    validate_request,
)
from rsdesk.domain.vocabulary import CATEGORIES
from rsdesk.i18n import translate
from rsdesk.storage.events import record_event
from rsdesk.storage.rows import NotFoundError, day, iso, one, rows
from rsdesk.storage.service import load_profile


def next_number(db: Database, year: int) -> str:
    """«2024-017»: the year and a running number; a case keeps its request's number."""
    row = one(
        db,
        "SELECT MAX(CAST(substr(number, 6) AS INTEGER)) AS last FROM requests WHERE number LIKE ?",
        [f"{year}-%"],
    )
    return f"{year}-{((row or {}).get('last') or 0) + 1:03d}"


def _participant_row(person: Participant, request_id: int) -> dict:
    return {
        "request_id": request_id,
        "full_name": person.full_name.strip(),
        "role": person.role,
        "is_minor": int(bool(person.is_minor)),
        "class_name": person.class_name.strip(),
        "age": person.age,
        "note": person.note,
    }


def register_request(db: Database, request: Request, *, today: date | None = None) -> int:
    """Validate, then store the request, its participants and a «registered» event at once."""
    errors = validate_request(request, today=today)
    if errors:
        raise ValidationError(errors)
    assert request.received_on is not None
    with db.atomic():
        request_id = (
            db["requests"]
            .insert(
                {
                    "number": next_number(db, request.received_on.year),
                    "received_on": iso(request.received_on),
                    "source": request.source,
                    "referrer": request.referrer.strip(),
                    "category": request.category,
                    "description": request.description.strip(),
                    "status": "registered",
                }
            )
            .last_pk
        )
        db["participants"].insert_all(
            _participant_row(person, request_id) for person in request.participants
        )
        record_event(db, request_id=request_id, kind="registered", event_on=request.received_on)
    return request_id


def _to_participant(row: dict) -> Participant:
    return Participant(
        id=row["id"],
        full_name=row["full_name"],
        role=row["role"],
        is_minor=bool(row["is_minor"]),
        class_name=row["class_name"] or "",
        age=row["age"],
        note=row["note"] or "",
    )


def participants_of(db: Database, request_id: int) -> tuple[Participant, ...]:
    return tuple(
        _to_participant(row)
        for row in rows(
            db, "SELECT * FROM participants WHERE request_id = ? ORDER BY id", [request_id]
        )
    )


Changed = list[tuple[Participant | None, Participant | None]]


def participant_changes(db: Database, request_id: int, people: Sequence[Participant]) -> Changed:
    """What storing the people as a form holds them would change, checked but not written:
    (old, new) for every person who changed, with None for the side that is missing (added:
    old; removed: new); the form's order, then the people left out.

    A note the form does not show is kept: the participants table has no column for it.
    """
    stored = {person.id: person for person in participants_of(db, request_id)}
    strangers = {person.id for person in people if person.id is not None} - stored.keys()
    if strangers:
        raise NotFoundError(min(strangers))
    errors: dict[str, str] = {}
    if not people:
        errors["participants"] = translate("register", "Add at least one participant.")
    for index, person in enumerate(people):
        errors.update(validate_participant(person, f"participants.{index}."))
    if errors:
        raise ValidationError(errors)
    changed: Changed = []
    for person in people:
        old = stored.pop(person.id, None) if person.id is not None else None
        if old is None:
            changed.append((None, person))
            continue
        person = replace(person, note=person.note or old.note)
        if _participant_row(old, request_id) != _participant_row(person, request_id):
            changed.append((old, person))
    changed.extend((gone, None) for gone in stored.values())
    return changed


def correct_participants(db: Database, request_id: int, people: Sequence[Participant]) -> Changed:
    """Store the people as a form holds them (see participant_changes); returns the changes,
    the people added with their new ids."""
    changed = participant_changes(db, request_id, people)
    written: Changed = []
    with db.atomic():
        for old, new in changed:
            if old is None and new is not None:
                new_id = db["participants"].insert(_participant_row(new, request_id)).last_pk
                new = replace(new, id=new_id)
            elif new is None and old is not None:
                db.execute("DELETE FROM participants WHERE id = ?", [old.id])
            elif old is not None and new is not None:
                db["participants"].update(old.id, _participant_row(new, request_id))
            written.append((old, new))
    return written


def get_request(db: Database, request_id: int) -> Request:
    row = one(db, "SELECT * FROM requests WHERE id = ?", [request_id])
    if row is None:
        raise NotFoundError(request_id)
    return Request(
        id=row["id"],
        number=row["number"],
        received_on=day(row["received_on"]),
        source=row["source"],
        referrer=row["referrer"] or "",
        category=row["category"],
        description=row["description"],
        status=row["status"],
        decided_on=day(row["decided_on"]),
        decline_reason=row["decline_reason"] or "",
        transferred_to=row["transferred_to"] or "",
        warnings=tuple(json.loads(row["warnings"] or "[]")),
        decision_note=row["decision_note"] or "",
        participants=participants_of(db, request_id),
    )


def list_requests(
    db: Database, *, year: int | None = None, status: str | None = None
) -> list[Request]:
    """Requests newest first, without participants (use get_request for one)."""
    where, params = ["deleted_on IS NULL"], []
    if year is not None:
        where.append("received_on LIKE ?")
        params.append(f"{year}-%")
    if status is not None:
        where.append("status = ?")
        params.append(status)
    sql = "SELECT id FROM requests WHERE " + " AND ".join(where)
    return [
        get_request(db, request_id)
        for (request_id,) in db.execute(sql + " ORDER BY received_on DESC, id DESC", params)
    ]


def correct_request(
    db: Database, request_id: int, request: Request, *, today: date | None = None
) -> Changed:
    """Correct a request as its form holds it: its own fields (not its decision) and its
    participants, as correct_participants stores them; returns the participants' changes.

    What to remove is known before anything is added, so a person added in this correction
    is never taken for one who was left out.
    """
    stored = {person.id for person in participants_of(db, request_id)}
    strangers = {person.id for person in request.participants if person.id is not None} - stored
    if strangers:
        raise NotFoundError(min(strangers))
    errors = validate_request(request, today=today)
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        db["requests"].update(
            request_id,
            {
                "received_on": iso(request.received_on),
                "source": request.source,
                "referrer": request.referrer.strip(),
                "category": request.category,
                "description": request.description.strip(),
            },
        )
        db.execute(
            "UPDATE events SET event_on = ? WHERE request_id = ? AND kind = 'registered'",
            [iso(request.received_on), request_id],
        )
        return correct_participants(db, request_id, request.participants)


def latest_received_on(db: Database, request_id: int) -> date | None:
    """The last day the request may have come in: the first day of the work recorded since
    (its decision, its case's events and programs); None while nothing is."""
    row = one(
        db,
        "SELECT MIN(day) AS first FROM ("
        " SELECT event_on AS day FROM events WHERE request_id = ? AND kind != 'registered'"
        " UNION ALL SELECT decided_on FROM requests WHERE id = ?"
        " UNION ALL SELECT p.started_on FROM programs p JOIN cases c ON c.id = p.case_id"
        " WHERE c.request_id = ?)",
        [request_id, request_id, request_id],
    )
    return day(row["first"]) if row and row["first"] else None


def transfer_warnings(db: Database, request_id: int) -> tuple[str, ...]:
    """The reasons this service should transfer the request (empty for a territorial one)."""
    profile = load_profile(db)
    request = get_request(db, request_id)
    kind = profile.kind if profile else "territorial"
    return transfer_reasons(kind, request.category, request.participants)


def _undecided(db: Database, request_id: int, decided_on: date | None, today) -> Request:
    request = get_request(db, request_id)
    if request.status != "registered":
        raise ValidationError(
            {"decision": translate("register", "This request has already been decided.")}
        )
    assert request.received_on is not None
    errors = validate_decision_date(decided_on, request.received_on, today=today)
    if errors:
        raise ValidationError(errors)
    return request


def accept_request(
    db: Database,
    request_id: int,
    *,
    decided_on: date,
    category: str | None = None,
    accept_despite_warnings: bool = False,
    note: str = "",
    today: date | None = None,
) -> int:
    """Accept: a case opens with the request's number. A school service that was told to
    transfer (transfer_warnings) must confirm; the warnings and the note are kept."""
    request = _undecided(db, request_id, decided_on, today)
    category = category or request.category
    if category not in CATEGORIES:
        raise ValidationError(
            {"category": translate("register", "Choose the category of the situation.")}
        )
    warnings = transfer_warnings(db, request_id)
    if warnings and not accept_despite_warnings:
        raise ValidationError(
            {
                "decision": translate(
                    "register",
                    "A school service should transfer this request to a territorial one. "
                    "Transfer it, or confirm that the service takes it anyway.",
                )
            }
        )
    with db.atomic():
        db["requests"].update(
            request_id,
            {
                "status": "accepted",
                "decided_on": iso(decided_on),
                "warnings": json.dumps(list(warnings)),
                "decision_note": note,
            },
        )
        case_id = (
            db["cases"]
            .insert(
                {
                    "number": request.number,
                    "request_id": request_id,
                    "category": category,
                    "status": "open",
                    "opened_on": iso(decided_on),
                }
            )
            .last_pk
        )
        db.execute("UPDATE events SET case_id = ? WHERE request_id = ?", [case_id, request_id])
        record_event(
            db,
            request_id=request_id,
            case_id=case_id,
            kind="decided",
            event_on=decided_on,
            note=note,
        )
    return case_id


def decline_request(
    db: Database, request_id: int, *, decided_on: date, reason: str, today: date | None = None
) -> None:
    _undecided(db, request_id, decided_on, today)
    if not reason.strip():
        raise ValidationError(
            {"decline_reason": translate("register", "Give the reason for declining.")}
        )
    with db.atomic():
        db["requests"].update(
            request_id,
            {"status": "declined", "decided_on": iso(decided_on), "decline_reason": reason.strip()},
        )
        record_event(
            db, request_id=request_id, kind="decided", event_on=decided_on, note=reason.strip()
        )


def transfer_request(
    db: Database,
    request_id: int,
    *,
    decided_on: date,
    destination: str,
    note: str = "",
    today: date | None = None,
) -> None:
    """Transfer to another (usually territorial) service; the reasons shown are kept."""
    _undecided(db, request_id, decided_on, today)
    if not destination.strip():
        raise ValidationError(
            {"transferred_to": translate("register", "Name the service it is transferred to.")}
        )
    warnings = transfer_warnings(db, request_id)
    with db.atomic():
        db["requests"].update(
            request_id,
            {
                "status": "transferred",
                "decided_on": iso(decided_on),
                "transferred_to": destination.strip(),
                "warnings": json.dumps(list(warnings)),
                "decision_note": note,
            },
        )
        record_event(
            db, request_id=request_id, kind="decided", event_on=decided_on, note=destination.strip()
        )
