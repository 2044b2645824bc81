"""Secrets sealed to one key slot: kept in the database, opened only with that slot's own key.

The data key opens the database for every user. A secret sealed here opens only with the
private key of the slot it is sealed to, which only that slot's password (or the recovery
key) yields: the access layer keeps in it what one user must not read with another's
password (the curator's key, each user's audit key). Sealing needs only the slot's public
key, so a secret can be given to any slot without its password. See FORMAT.md, "Secrets
sealed to a slot".

A row names the public key it was sealed to. A password change gives its slot a new key pair;
rows for the old pair are then dead and are dropped the next time the vault is opened, so a
rotation whose save failed never leaves a slot without its secrets.
"""

from __future__ import annotations

import contextlib
import sqlite3

from rsdesk.vault import errors, keys
from rsdesk.vault import format as fmt

TABLE = "vault_slot_secrets"
LABEL = b"rsdesk vault v2 slot secret"
MAX_NAME = 64


def _bound(file_id: bytes, slot: fmt.Slot, name: str) -> bytes:
    return fmt.MAGIC + file_id + LABEL + slot.slot_id + slot.public_key + name.encode("ascii")


def create_table(conn: sqlite3.Connection) -> None:
    conn.execute(
        f"CREATE TABLE IF NOT EXISTS {TABLE} (slot_id TEXT NOT NULL, public_key BLOB NOT NULL, "
        "name TEXT NOT NULL, ephemeral BLOB NOT NULL, nonce BLOB NOT NULL, "
        "wrapped BLOB NOT NULL, PRIMARY KEY (slot_id, public_key, name)) WITHOUT ROWID"
    )


def seal(conn: sqlite3.Connection, file_id: bytes, slot: fmt.Slot, name: str, value: bytes) -> None:
    """Seal value under name to slot's public key, replacing what that key pair held."""
    if slot.form != fmt.FORM_KEY_PAIR:
        raise ValueError("a legacy slot has no public key to seal to")
    if not name.isascii() or not 0 < len(name) <= MAX_NAME:
        raise ValueError("a secret's name is short ASCII")
    ephemeral, wrapping = keys.wrapping_to(slot.public_key)
    nonce, wrapped = keys.wrap(wrapping, value, _bound(file_id, slot, name))
    create_table(conn)
    conn.execute(
        f"INSERT OR REPLACE INTO {TABLE} VALUES (?, ?, ?, ?, ?, ?)",
        [slot.slot_id.hex(), slot.public_key, name, ephemeral, nonce, wrapped],
    )


def _rows(conn: sqlite3.Connection, sql: str, params: list) -> list[tuple]:
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError:  # no secret was ever sealed in this register
        return []


def open_all(
    conn: sqlite3.Connection, file_id: bytes, slot: fmt.Slot, private_key: bytes
) -> dict[str, bytes]:
    """Every secret sealed to slot's current key pair, opened with its private key.

    A row that names this key pair and does not open was changed: the file is damaged.
    """
    opened: dict[str, bytes] = {}
    found = _rows(
        conn,
        f"SELECT name, ephemeral, nonce, wrapped FROM {TABLE} WHERE slot_id = ? AND public_key = ?",
        [slot.slot_id.hex(), slot.public_key],
    )
    for name, ephemeral, nonce, wrapped in found:
        wrapping = keys.unwrapping_key(private_key, bytes(ephemeral))
        value = None
        if wrapping is not None:
            value = keys.unwrap(wrapping, bytes(nonce), bytes(wrapped), _bound(file_id, slot, name))
        if value is None:
            raise errors.DamagedFile(detail="a secret sealed to a slot does not open")
        opened[name] = value
    return opened


def names(conn: sqlite3.Connection, slot: fmt.Slot) -> set[str]:
    """The names of what is sealed to slot's current key pair."""
    found = _rows(
        conn,
        f"SELECT name FROM {TABLE} WHERE slot_id = ? AND public_key = ?",
        [slot.slot_id.hex(), slot.public_key],
    )
    return {row[0] for row in found}


def drop(conn: sqlite3.Connection, slot_id: str, name: str | None = None) -> None:
    """Forget what is sealed to slot_id (under name only, when given)."""
    where, params = "slot_id = ?", [slot_id]
    if name is not None:
        where, params = where + " AND name = ?", [*params, name]
    with contextlib.suppress(sqlite3.OperationalError):  # nothing was ever sealed
        conn.execute(f"DELETE FROM {TABLE} WHERE {where}", params)


def drop_dead(conn: sqlite3.Connection, slot_table: tuple[fmt.Slot, ...]) -> bool:
    """Drop rows sealed to a key pair no slot of the table has; True when any went."""
    alive = {(s.slot_id.hex(), s.public_key) for s in slot_table if s.form == fmt.FORM_KEY_PAIR}
    found = _rows(conn, f"SELECT slot_id, public_key FROM {TABLE}", [])
    dead = {(row[0], bytes(row[1])) for row in found} - alive
    for slot_id, public_key in dead:
        conn.execute(
            f"DELETE FROM {TABLE} WHERE slot_id = ? AND public_key = ?", [slot_id, public_key]
        )
    return bool(dead)
