"""The keys a session holds beyond the data key, settled each time a vault is opened.

- **Students hold no key.** A young mediator has no password and no key slot: they work in
  an adult's session handed over to them (Workplace.hand_over), and the adult's password
  takes it back. A slot a young mediator was given before is removed the first time an adult
  opens the file, with a new data key, and the backups made while it existed go.
- **The curator's key** (32 random bytes) is sealed to the curator's slot and the recovery
  slot only (rsdesk/vault/sealed.py). It keeps the statistics signing key and derives every
  slot's audit key, so only the curator can sign statistics and check the whole trail.
- **Each user's audit key** is sealed to their own slot: their entries are signed with it,
  and nobody else's can be made or changed with it.

See rsdesk/vault/FORMAT.md, "Threat model", for what each role's password gives.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from rsdesk.access import trail_memory
from rsdesk.access.desk import SessionKeys
from rsdesk.domain.refusals import Refused
from rsdesk.domain.roles import Role
from rsdesk.i18n import translate
from rsdesk.storage import audit, users
from rsdesk.storage.audit import AuditSigner
from rsdesk.storage.service import signing_key_sealed
from rsdesk.vault import Vault, backups
from rsdesk.vault.errors import VaultError
from rsdesk.vault.unlocking import read_file

if TYPE_CHECKING:
    from rsdesk.access import Desk

CURATOR = "curator"
AUDIT = "audit"
KEY_LEN = 32


class YoungHasNoPassword(Refused, PermissionError):  # noqa: N818 (names the refusal)
    """A young mediator's old password: students now work only in an adult's session."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "keys",
                "Young mediators no longer sign in with a password of their own. Ask your "
                "curator or an adult mediator to sign in and hand the session over to you.",
            )
        )


def audit_key(curator_key: bytes, slot_id: str) -> bytes:
    """The audit key of one slot: the curator's key derives them all."""
    info = b"rsdesk audit key " + slot_id.encode("ascii")
    return HKDF(hashes.SHA256(), KEY_LEN, None, info).derive(curator_key)


def settle(vault: Vault, desk: Desk) -> None:
    """What every opening does before anything else: refuse a student's old password, retire
    students' slots, give the curator's session its keys and the others theirs."""
    if desk.actor.role is Role.YOUNG and not vault.opened_with_recovery:
        raise YoungHasNoPassword()
    if vault.read_only_reason:  # nothing can be written: the keys as they are
        curator_key = vault.secret(CURATOR) if desk.is_curator else None
        desk.keys = SessionKeys(curator_key=curator_key, remembered=remembered_of(vault))
        return
    _retire_young_slots(vault, desk)
    curator_key, made = _curator_key(vault, desk) if desk.is_curator else (None, False)
    if curator_key is not None:
        signer = AuditSigner(vault.slot_id, audit_key(curator_key, vault.slot_id))
        desk.keys = SessionKeys(
            signer=signer,
            curator_key=curator_key,
            seal_audit_key=lambda slot_id: _seal_audit_key(vault, desk, curator_key, slot_id),
            remembered=remembered_of(vault),
        )
        _give_out(vault, desk, curator_key)
        desk.settle_curator_secrets(start=made)
    else:
        desk.keys = SessionKeys(
            signer=AuditSigner(vault.slot_id, vault.secret(AUDIT) or b""),
            remembered=remembered_of(vault),
        )
    vault.save_pending()


def remembered_of(vault: Vault) -> Callable[[], tuple[int, str] | None]:
    file_id = vault.file_id
    return lambda: trail_memory.recall(file_id)


def _retire_young_slots(vault: Vault, desk: Desk) -> None:
    holders = users.young_with_slots(desk.db)
    if not holders:
        return
    gone = desk.retire_young_passwords()
    held = [slot_id for slot_id in gone if slot_id in vault.slot_ids]
    if held:
        vault.remove_slots(held)  # a new data key, saved at once
    else:
        vault.save_pending()
    _replace_backups(vault)


def _replace_backups(vault: Vault) -> None:
    """The copies made while a student's slot existed open with that student's password:
    once a copy of the file as it is now is made, they go. If it cannot be made they stay,
    as a failed backup must not cost the older ones."""
    try:
        data = read_file(vault.path)
        backups.write_backup(vault.file_id, data, vault.generation)
    except (OSError, VaultError):
        return
    for info in vault.backups():
        if info.generation < vault.generation:
            with contextlib.suppress(OSError):
                info.path.unlink()


def _curator_key(vault: Vault, desk: Desk) -> tuple[bytes | None, bool]:
    """The curator's key and whether it was made just now: on the curator's first opening
    since keys were sealed. None when another curator's session made it and has not yet
    sealed it to this one."""
    found = vault.secret(CURATOR)
    if found is not None:
        return found, False
    if signing_key_sealed(desk.db) or audit.signing_started(desk.db):
        return None, False
    made = os.urandom(KEY_LEN)
    vault.seal_secret(vault.slot_id, CURATOR, made)
    return made, True


def _curator_slots(vault: Vault, desk: Desk) -> set[str]:
    held = {a.slot_id for a in users.users(desk.db) if a.role is Role.CURATOR and a.slot_id}
    if vault.recovery_slot_id:
        held.add(vault.recovery_slot_id)
    return held & ({*vault.slot_ids, vault.recovery_slot_id} - {None})


def _give_out(vault: Vault, desk: Desk, curator_key: bytes) -> None:
    """Seal the curator's key to every curator's slot and the recovery slot and to no other,
    and every user's audit key to their slot."""
    curators = _curator_slots(vault, desk)
    for slot_id in [*vault.slot_ids, vault.recovery_slot_id or ""]:
        if not slot_id:
            continue
        holds = CURATOR in vault.sealed_names(slot_id)
        if slot_id in curators and not holds:
            vault.seal_secret(slot_id, CURATOR, curator_key)
        elif slot_id not in curators and holds:
            vault.forget_secret(slot_id, CURATOR)  # no longer a curator
    for user in users.users(desk.db):
        if user.slot_id in vault.slot_ids and AUDIT not in vault.sealed_names(user.slot_id):
            _seal_audit_key(vault, desk, curator_key, user.slot_id)


def _seal_audit_key(vault: Vault, desk: Desk, curator_key: bytes, slot_id: str) -> None:
    """Seal slot_id's audit key and record from which entry on it signs, in one transaction
    (the caller's, when one is open)."""
    if slot_id not in vault.slot_ids:
        return  # a slot of another file (a register carried over), nothing to seal to
    conn = desk.db.conn
    outside = not conn.in_transaction
    if outside:
        conn.execute("BEGIN")
    try:
        if vault.seal_secret(slot_id, AUDIT, audit_key(curator_key, slot_id)):
            audit.mark_keyed(desk.db, curator_key, slot_id)
    except BaseException:
        if outside:
            conn.rollback()
        raise
    if outside:
        conn.commit()
