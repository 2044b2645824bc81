"""The audit trail: who opened, changed, exported, signed off or deleted what, and when.

Entries are hash-chained: each one's SHA-256 covers its own fields and the previous entry's
hash, and the newest hash is kept apart in `meta`. Editing an entry, removing one from the
middle or cutting the tail then no longer verifies. The trail holds numbers, never names of
children: a person is referred to by their roster id, a case by its number.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import date, datetime

from sqlite_utils import Database

from rsdesk.domain.audit import AuditEntry, FieldChange
from rsdesk.i18n import translate

GENESIS = "0" * 64
HEAD_KEY = "audit_head"  # "<seq>:<hash>" of the newest entry


def _digest(prev: str, fields: list) -> str:
    payload = json.dumps([prev, *fields], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _fields(row: dict) -> list:
    fields = [
        row["seq"],
        row["at"],
        row["user_id"],
        row["action"],
        row["object_kind"] or "",
        row["object_id"],
        row["label"] or "",
        row["reason"] or "",
    ]
    # Entries without corrections hash as they did before corrections were recorded.
    if row.get("changes"):
        fields.append(row["changes"])
    return fields


def _changes_digest(changes: list[FieldChange]) -> str:
    if not changes:
        return ""
    payload = json.dumps(
        [[c.field, c.old, c.new] for c in changes], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _head(db: Database) -> tuple[int, str]:
    found = db.execute("SELECT value FROM meta WHERE key = ?", [HEAD_KEY]).fetchone()
    if not found:
        return 0, GENESIS
    seq, digest = found[0].split(":", 1)
    return int(seq), digest


def record(
    db: Database,
    user_id: int | None,
    action: str,
    *,
    object_kind: str = "",
    object_id: int | None = None,
    label: str = "",
    reason: str = "",
    at: datetime | None = None,
    changes: list[FieldChange] | tuple[FieldChange, ...] = (),
    request_id: int | None = None,
) -> int:
    """Append one entry to the chain; returns its number.

    `changes` are the corrected values. They are personal data, so they live in their own
    table tied to the request (`request_id`) and go when its personal data goes; the chain
    keeps their digest, so the entry still shows that values were changed.
    """
    changes = list(changes)
    seq, prev = _head(db)
    row = {
        "seq": seq + 1,
        "at": (at or datetime.now()).isoformat(timespec="seconds"),
        "user_id": user_id,
        "action": action,
        "object_kind": object_kind,
        "object_id": object_id,
        "label": label,
        "reason": reason,
        "changes": _changes_digest(changes),
    }
    digest = _digest(prev, _fields(row))
    with db.atomic():
        db["audit"].insert({**row, "prev": prev, "hash": digest})
        db["corrections"].insert_all(
            {
                "seq": row["seq"],
                "position": position,
                "request_id": request_id,
                "field": change.field,
                "old": change.old,
                "new": change.new,
            }
            for position, change in enumerate(changes)
        )
        db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [HEAD_KEY, f"{row['seq']}:{digest}"],
        )
    return row["seq"]


def verify(db: Database) -> list[str]:
    """Problems found in the chain, in the UI language; an empty list when it is whole."""
    problems: list[str] = []
    expected_seq, prev = 1, GENESIS
    for entry in db.query("SELECT * FROM audit ORDER BY seq"):
        if entry["seq"] != expected_seq:
            problems.append(
                translate("audit", "Entries before no. {seq} are missing.", seq=entry["seq"])
            )
        if entry["prev"] != prev or _digest(entry["prev"], _fields(entry)) != entry["hash"]:
            problems.append(
                translate("audit", "Entry no. {seq} was changed or removed.", seq=entry["seq"])
            )
        expected_seq, prev = entry["seq"] + 1, entry["hash"]
    head_seq, head_hash = _head(db)
    if (head_seq, head_hash) != (expected_seq - 1, prev):
        problems.append(translate("audit", "The newest entries of the trail were removed."))
    return problems


def entries(
    db: Database,
    *,
    user_id: int | None = None,
    action: str | None = None,
    first: date | None = None,
    last: date | None = None,
    text: str = "",
) -> list[AuditEntry]:
    """The trail newest first, filtered by user, action, days and a number or reason."""
    where, params = [], []
    if user_id is not None:
        where.append("a.user_id = ?")
        params.append(user_id)
    if action:
        where.append("a.action = ?")
        params.append(action)
    if first:
        where.append("a.at >= ?")
        params.append(first.isoformat())
    if last:
        where.append("a.at < ?")
        params.append(date.fromordinal(last.toordinal() + 1).isoformat())
    if text.strip():
        where.append("(a.label LIKE ? OR a.reason LIKE ?)")
        params += [f"%{text.strip()}%"] * 2
    sql = (
        "SELECT a.seq, a.at, a.user_id, COALESCE(m.full_name, ''), a.action, a.object_kind, "
        "a.object_id, a.label, a.reason FROM audit a LEFT JOIN mediators m ON m.id = a.user_id "
        + ("WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY a.seq DESC"
    )
    found = [AuditEntry(*row) for row in db.execute(sql, params)]
    return [replace(entry, changes=corrections_of(db, entry.seq)) for entry in found]


def corrections_of(db: Database, seq: int) -> tuple[FieldChange, ...]:
    """The values an entry corrected, while the personal data they concern is kept."""
    return tuple(
        FieldChange(row[0], row[1], row[2])
        for row in db.execute(
            "SELECT field, old, new FROM corrections WHERE seq = ? ORDER BY position", [seq]
        )
    )


def forget_corrections(db: Database, request_id: int) -> None:
    """Remove the corrected values of a request and its case (deletion, retention)."""
    db.execute("DELETE FROM corrections WHERE request_id = ?", [request_id])
