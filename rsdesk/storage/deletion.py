"""Deleting a case: hidden at once, restorable for a while, then purged for good."""

from __future__ import annotations

from datetime import date, timedelta

from sqlite_utils import Database

from rsdesk.domain.case_lists import UNDO_DAYS, DeletedCase
from rsdesk.storage.audit import forget_corrections
from rsdesk.storage.rows import NotFoundError, day, one, rows


def mark_deleted(db: Database, case_id: int, user_id: int, reason: str, on: date) -> None:
    row = one(db, "SELECT request_id FROM cases WHERE id = ?", [case_id])
    if row is None:
        raise NotFoundError(case_id)
    changes = {"deleted_on": on.isoformat(), "deleted_by": user_id, "delete_reason": reason}
    with db.atomic():
        db["cases"].update(case_id, changes)
        db["requests"].update(row["request_id"], changes)


def restore(db: Database, case_id: int) -> None:
    row = one(db, "SELECT request_id FROM cases WHERE id = ?", [case_id])
    if row is None:
        raise NotFoundError(case_id)
    changes = {"deleted_on": None, "deleted_by": None, "delete_reason": ""}
    with db.atomic():
        db["cases"].update(case_id, changes)
        db["requests"].update(row["request_id"], changes)


def deleted_cases(db: Database) -> list[DeletedCase]:
    return [
        DeletedCase(
            row["id"],
            row["number"],
            deleted := day(row["deleted_on"]) or date.min,
            row["full_name"] or "",
            row["delete_reason"] or "",
            deleted + timedelta(days=UNDO_DAYS),
        )
        for row in rows(
            db,
            "SELECT c.id, c.number, c.deleted_on, c.delete_reason, m.full_name FROM cases c "
            "LEFT JOIN mediators m ON m.id = c.deleted_by WHERE c.deleted_on IS NOT NULL "
            "ORDER BY c.deleted_on DESC, c.id DESC",
        )
    ]


def erase_case(db: Database, case_id: int) -> tuple[str, list[str]]:
    """Remove every row of a case and of its request; returns its number and attachment ids."""
    row = one(db, "SELECT number, request_id FROM cases WHERE id = ?", [case_id])
    if row is None:
        raise NotFoundError(case_id)
    attachments = [
        r["attachment"]
        for r in rows(db, "SELECT attachment FROM documents WHERE case_id = ?", [case_id])
        if r["attachment"]
    ]
    request_id = row["request_id"]
    with db.atomic():
        for sql, key in (
            ("DELETE FROM documents WHERE case_id = ?", case_id),
            ("DELETE FROM events WHERE request_id = ?", request_id),
            ("DELETE FROM signoffs WHERE case_id = ?", case_id),
            ("DELETE FROM programs WHERE case_id = ?", case_id),
            ("DELETE FROM case_mediators WHERE case_id = ?", case_id),
            ("DELETE FROM cases WHERE id = ?", case_id),
            ("DELETE FROM participants WHERE request_id = ?", request_id),
            ("DELETE FROM requests WHERE id = ?", request_id),
        ):
            db.execute(sql, [key])
        forget_corrections(db, request_id)
    return row["number"], attachments


def due_for_purge(db: Database, today: date) -> list[int]:
    """Deleted cases whose undo window has passed."""
    last = (today - timedelta(days=UNDO_DAYS)).isoformat()
    return [
        r["id"]
        for r in rows(
            db, "SELECT id FROM cases WHERE deleted_on IS NOT NULL AND deleted_on <= ?", [last]
        )
    ]
