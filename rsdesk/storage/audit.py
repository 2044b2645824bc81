"""The audit trail: who opened, changed, exported, signed off or deleted what, and when.

Entries are hash-chained: each one's SHA-256 covers its own fields and the previous entry's
hash, and the newest hash is kept apart in `meta`. Editing an entry, removing one from the
middle or cutting the tail then no longer verifies. The trail holds numbers, never names of
children: a person is referred to by their roster id, a case by its number.

Anyone with a password can recompute a chain, so each entry is also signed: an HMAC of its
hash under the audit key of the key slot whose session made it (`AuditSigner`). A user holds
only their own audit key; the curator's key derives every slot's (rsdesk/access/keyring.py),
so only the curator's check can tell whether an entry was changed, made up or removed by
someone else. From the entry that started the signing on (`SIGNED_FROM`, itself signed with
the curator's key) every entry must be signed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlite_utils import Database

from rsdesk.domain.audit import AuditEntry, FieldChange
from rsdesk.i18n import translate

GENESIS = "0" * 64
HEAD_KEY = "audit_head"  # "<seq>:<hash>" of the newest entry
SIGNED_FROM = "audit_signed_from"  # "<seq>:<hash>:<mac>": the first signed entry


@dataclass(frozen=True)
class AuditSigner:
    """The key slot whose session writes entries, and its audit key (empty: none given yet,
    the entries name the slot unsigned)."""

    slot_id: str
    key: bytes = field(repr=False)


@dataclass(frozen=True)
class TrailCheck:
    """What the curator's check knows beyond the chain.

    key_of gives a slot's audit key (derived from the curator's key); user_of_slot the
    roster member who holds a slot; young the young mediators, whose entries are made in an
    adult's handed-over session and signed with that adult's key; remembered the newest
    entry this computer saw saved, (seq, hash), or None.
    """

    curator_key: bytes = field(repr=False)
    key_of: Callable[[str], bytes]
    user_of_slot: dict[str, int]
    young: frozenset[int] = frozenset()
    remembered: tuple[int, str] | None = None


def _mac(key: bytes, digest: str, slot_id: str) -> str:
    return hmac.new(key, f"{digest}:{slot_id}".encode("ascii"), hashlib.sha256).hexdigest()


def _start_mac(curator_key: bytes, seq: int, digest: str) -> str:
    return hmac.new(curator_key, f"start:{seq}:{digest}".encode(), hashlib.sha256).hexdigest()


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
    signer: AuditSigner | None = None,
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
    signed = {}
    if signer is not None:
        mac = _mac(signer.key, digest, signer.slot_id) if signer.key else ""
        signed = {"signer": signer.slot_id, "mac": mac}
    with db.atomic():
        db["audit"].insert({**row, "prev": prev, "hash": digest, **signed})
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


def head(db: Database) -> tuple[int, str]:
    """(seq, hash) of the newest entry; (0, GENESIS) for an empty trail."""
    return _head(db)


def start_signing(db: Database, curator_key: bytes, seq: int) -> None:
    """Record that every entry from seq on is signed (seq: an entry signed just now)."""
    found = db.execute("SELECT hash FROM audit WHERE seq = ?", [seq]).fetchone()
    if found is None:
        raise LookupError(seq)
    value = f"{seq}:{found[0]}:{_start_mac(curator_key, seq, found[0])}"
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [SIGNED_FROM, value])


KEYED_PREFIX = "audit_keyed:"  # + slot id: "<from seq>:<mac>", when the slot got its key


def _keyed_mac(curator_key: bytes, slot_id: str, seq: int) -> str:
    return hmac.new(curator_key, f"keyed:{slot_id}:{seq}".encode(), hashlib.sha256).hexdigest()


def mark_keyed(db: Database, curator_key: bytes, slot_id: str) -> None:
    """Record that slot_id signs every entry after the newest one: its earlier entries, made
    before the curator gave it a key, may be unsigned."""
    seq = _head(db)[0] + 1
    db.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        [KEYED_PREFIX + slot_id, f"{seq}:{_keyed_mac(curator_key, slot_id, seq)}"],
    )


def _keyed_from(db: Database, curator_key: bytes, slot_id: str) -> int | None:
    found = db.execute("SELECT value FROM meta WHERE key = ?", [KEYED_PREFIX + slot_id]).fetchone()
    if found is None:
        return None
    seq, _, mac = str(found[0]).partition(":")
    if not seq.isdigit() or not hmac.compare_digest(
        _keyed_mac(curator_key, slot_id, int(seq)), mac
    ):
        return None
    return int(seq)


def signing_started(db: Database) -> bool:
    found = db.execute("SELECT 1 FROM meta WHERE key = ?", [SIGNED_FROM]).fetchone()
    return found is not None


def _signed_from(db: Database, check: TrailCheck, problems: list[str]) -> int | None:
    """The seq signing started at, when its record is genuine and its entry unchanged."""
    found = db.execute("SELECT value FROM meta WHERE key = ?", [SIGNED_FROM]).fetchone()
    if found is None:
        problems.append(
            translate(
                "audit", "The record of when signing began is missing: the trail was rewritten."
            )
        )
        return None
    parts = str(found[0]).split(":")
    entry = None
    if len(parts) == 3 and parts[0].isdigit():
        entry = db.execute("SELECT hash FROM audit WHERE seq = ?", [int(parts[0])]).fetchone()
    if (
        entry is None
        or entry[0] != parts[1]
        or not hmac.compare_digest(_start_mac(check.curator_key, int(parts[0]), parts[1]), parts[2])
    ):
        problems.append(
            translate("audit", "The entries before signing began were changed or removed.")
        )
        return None
    return int(parts[0])


def _signature_problem(db: Database, entry: dict, check: TrailCheck) -> str:
    seq, slot_id = entry["seq"], entry.get("signer") or ""
    if not slot_id or not entry.get("mac"):
        keyed_from = _keyed_from(db, check.curator_key, slot_id) if slot_id else None
        if keyed_from is not None and seq < keyed_from:
            return ""  # made before its user had a key
        return translate("audit", "Entry no. {seq} is not signed.", seq=seq)
    expected = _mac(check.key_of(slot_id), entry["hash"], slot_id)
    if not hmac.compare_digest(expected, entry["mac"]):
        return translate("audit", "Entry no. {seq} was changed or made up.", seq=seq)
    holder = check.user_of_slot.get(slot_id)
    user = entry["user_id"]
    if holder is not None and user is not None and user != holder and user not in check.young:
        return translate(
            "audit", "Entry no. {seq} names another user than the one who made it.", seq=seq
        )
    return ""


def _remembered_problem(db: Database, check: TrailCheck) -> str:
    if check.remembered is None:
        return ""
    seq, digest = check.remembered
    found = db.execute("SELECT hash FROM audit WHERE seq = ?", [seq]).fetchone()
    if found is not None and found[0] == digest:
        return ""
    return translate(
        "audit",
        "This computer saw the trail up to entry no. {seq}; it is no longer there as it was: "
        "entries were removed or the file was replaced with an older copy.",
        seq=seq,
    )


def verify(db: Database, check: TrailCheck | None = None) -> list[str]:
    """Problems found in the trail, in the UI language; an empty list when it is whole.

    Without a check only the chain is verified, which anyone with a password could have
    recomputed; the curator's check also verifies the signatures.
    """
    problems = _chain_problems(db)
    if check is None:
        return problems
    first = _signed_from(db, check, problems)
    if first is not None:
        for entry in db.query("SELECT * FROM audit WHERE seq >= ? ORDER BY seq", [first]):
            problem = _signature_problem(db, entry, check)
            if problem:
                problems.append(problem)
    remembered = _remembered_problem(db, check)
    if remembered:
        problems.append(remembered)
    return problems


def _chain_problems(db: Database) -> list[str]:
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
