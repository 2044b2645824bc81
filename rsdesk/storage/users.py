"""Users: roster members who sign in with an own key slot, their role and their pledge."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from rsdesk.domain.roles import Actor, Role
from rsdesk.storage.rows import NotFoundError, one, rows

# Raised when the pledge's text changes in substance, so every user accepts the new one.
PLEDGE_VERSION = "1"


def role_of(row: dict) -> Role:
    if row["is_curator"]:
        return Role.CURATOR
    return Role.YOUNG if row["kind"] == "young" else Role.ADULT


def _actor(row: dict) -> Actor:
    return Actor(row["id"], row["full_name"], role_of(row), row["slot_id"])


def actor_for_slot(db: Database, slot_id: str) -> Actor | None:
    """The user whose password opened the vault, or None for a slot nobody holds."""
    row = one(
        db,
        "SELECT id, full_name, kind, is_curator, slot_id FROM mediators WHERE slot_id = ?",
        [slot_id],
    )
    return _actor(row) if row else None


def actor(db: Database, user_id: int) -> Actor:
    row = one(
        db,
        "SELECT id, full_name, kind, is_curator, slot_id FROM mediators WHERE id = ?",
        [user_id],
    )
    if row is None:
        raise NotFoundError(user_id)
    return _actor(row)


def users(db: Database) -> list[Actor]:
    """Everyone who may sign in, curators first, then by name."""
    return [
        _actor(row)
        for row in rows(
            db,
            "SELECT id, full_name, kind, is_curator, slot_id FROM mediators "
            "WHERE slot_id IS NOT NULL AND slot_id != '' ORDER BY is_curator DESC, full_name",
        )
    ]


def curator_count(db: Database) -> int:
    (count,) = db.execute("SELECT COUNT(*) FROM mediators WHERE is_curator = 1").fetchone()
    return count


def set_slot(db: Database, mediator_id: int, slot_id: str | None) -> None:
    if one(db, "SELECT id FROM mediators WHERE id = ?", [mediator_id]) is None:
        raise NotFoundError(mediator_id)
    db["mediators"].update(mediator_id, {"slot_id": slot_id, "pledge_on": None})


def needs_pledge(db: Database, user_id: int) -> bool:
    row = one(db, "SELECT pledge_on, pledge_version FROM mediators WHERE id = ?", [user_id])
    return row is None or not row["pledge_on"] or row["pledge_version"] != PLEDGE_VERSION


def accept_pledge(db: Database, user_id: int, on: date) -> None:
    db["mediators"].update(user_id, {"pledge_on": on.isoformat(), "pledge_version": PLEDGE_VERSION})


def curator_slot(db: Database) -> str | None:
    """The key slot of the first curator who has one: the one the recovery key resets."""
    row = one(
        db,
        "SELECT slot_id FROM mediators WHERE is_curator = 1 AND slot_id != '' ORDER BY id LIMIT 1",
    )
    return row["slot_id"] if row else None


def young_with_slots(db: Database) -> list[Actor]:
    """Young mediators who still hold a key slot (given before students held no key)."""
    return [
        _actor(row)
        for row in rows(
            db,
            "SELECT id, full_name, kind, is_curator, slot_id FROM mediators "
            "WHERE kind = 'young' AND is_curator = 0 AND slot_id IS NOT NULL AND slot_id != ''",
        )
    ]


def young_ids(db: Database) -> frozenset[int]:
    return frozenset(row[0] for row in db.execute("SELECT id FROM mediators WHERE kind = 'young'"))
