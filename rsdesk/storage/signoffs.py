"""Sign-offs: a young mediator's agreements and closures wait for the curator's review."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from rsdesk.domain.case_lists import SignOff
from rsdesk.storage.rows import NotFoundError, day, rows


def submit(
    db: Database,
    case_id: int,
    kind: str,
    submitted_by: int,
    on: date,
    program_id: int | None = None,
) -> int:
    return int(
        db["signoffs"]
        .insert(
            {
                "case_id": case_id,
                "program_id": program_id,
                "kind": kind,
                "submitted_by": submitted_by,
                "submitted_on": on.isoformat(),
                "state": "pending",
            }
        )
        .last_pk
    )


def _signoffs(db: Database, where: str, params: list) -> list[SignOff]:
    return [
        SignOff(
            id=row["id"],
            case_id=row["case_id"],
            case_number=row["number"],
            program_id=row["program_id"],
            kind=row["kind"],
            submitted_by=row["submitted_by"],
            submitter_name=row["full_name"] or "",
            submitted_on=day(row["submitted_on"]) or date.min,
            state=row["state"],
            reason=row["reason"] or "",
        )
        for row in rows(
            db,
            "SELECT s.*, c.number, m.full_name FROM signoffs s JOIN cases c ON c.id = s.case_id "
            f"LEFT JOIN mediators m ON m.id = s.submitted_by WHERE {where} "
            "ORDER BY s.submitted_on, s.id",
            params,
        )
    ]


def pending(db: Database, case_id: int | None = None) -> list[SignOff]:
    """What waits for the curator, oldest first (of one case, or of every case not deleted)."""
    if case_id is not None:
        return _signoffs(db, "s.state = 'pending' AND s.case_id = ?", [case_id])
    return _signoffs(db, "s.state = 'pending' AND c.deleted_on IS NULL", [])


def of_case(db: Database, case_id: int) -> list[SignOff]:
    return _signoffs(db, "s.case_id = ?", [case_id])


def get(db: Database, signoff_id: int) -> SignOff:
    found = _signoffs(db, "s.id = ?", [signoff_id])
    if not found:
        raise NotFoundError(signoff_id)
    return found[0]


def decide(
    db: Database, signoff_id: int, decided_by: int, on: date, *, signed: bool, reason: str = ""
) -> None:
    db["signoffs"].update(
        signoff_id,
        {
            "state": "signed" if signed else "returned",
            "decided_by": decided_by,
            "decided_on": on.isoformat(),
            "reason": reason,
        },
    )
