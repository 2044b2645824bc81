"""Retention: some years after closure a case keeps only what the yearly statistics count.

Purging keeps every column the statistics read (dates, sources, categories, program types,
outcomes and participant counts) and removes names, descriptions, notes, the wizard's
records and the documents, so a past year's file comes out the same after the purge.
"""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from rsdesk.domain.retention import DEFAULT_YEARS, cutoff
from rsdesk.storage.audit import forget_corrections
from rsdesk.storage.rows import one, rows

KEY = "retention_years"


def retention_years(db: Database) -> int:
    found = db.execute("SELECT value FROM meta WHERE key = ?", [KEY]).fetchone()
    return int(found[0]) if found else DEFAULT_YEARS


def set_retention_years(db: Database, years: int) -> None:
    """Store the period; the Desk has checked it against the limits (domain.retention)."""
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [KEY, str(years)])


def due(db: Database, today: date) -> tuple[list[int], list[int]]:
    """Closed cases, and requests decided without a case, whose period has passed."""
    last = cutoff(today, retention_years(db)).isoformat()
    cases = [
        r["id"]
        for r in rows(
            db,
            "SELECT id FROM cases WHERE status = 'closed' AND closed_on <= ? "
            "AND purged_on IS NULL AND deleted_on IS NULL",
            [last],
        )
    ]
    requests = [
        r["id"]
        for r in rows(
            db,
            "SELECT r.id FROM requests r LEFT JOIN cases c ON c.request_id = r.id "
            "WHERE c.id IS NULL AND r.status IN ('declined', 'transferred') "
            "AND r.decided_on <= ? AND r.purged_on IS NULL AND r.deleted_on IS NULL",
            [last],
        )
    ]
    return cases, requests


def purge_request(db: Database, request_id: int, today: date) -> None:
    """Blank what a request says about people; its date, source and category stay."""
    with db.atomic():
        db["requests"].update(
            request_id,
            {
                "description": "",
                "referrer": "",
                "decline_reason": "",
                "transferred_to": "",
                "decision_note": "",
                "warnings": "[]",
                "purged_on": today.isoformat(),
            },
        )
        db.execute("DELETE FROM participants WHERE request_id = ?", [request_id])
        forget_corrections(db, request_id)
        db.execute(
            "UPDATE events SET note = '', with_ids = '[]' WHERE request_id = ?", [request_id]
        )


def purge_case(db: Database, case_id: int, today: date) -> list[str]:
    """Purge a closed case and its request; returns the attachment ids to remove."""
    row = one(db, "SELECT request_id FROM cases WHERE id = ?", [case_id])
    if row is None:
        return []
    attachments = [
        r["attachment"]
        for r in rows(db, "SELECT attachment FROM documents WHERE case_id = ?", [case_id])
        if r["attachment"]
    ]
    with db.atomic():
        purge_request(db, row["request_id"], today)
        db.execute("DELETE FROM documents WHERE case_id = ?", [case_id])
        db.execute("UPDATE programs SET state = '{}' WHERE case_id = ?", [case_id])
        db.execute("UPDATE signoffs SET reason = '' WHERE case_id = ?", [case_id])
        db["cases"].update(case_id, {"purged_on": today.isoformat()})
    return attachments
