"""Key slots: the data key wrapped under each user's password and under the recovery key."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Protocol

from rsdesk.vault import errors, keys
from rsdesk.vault import format as fmt
from rsdesk.vault.keys import KdfParams


def password_slot(
    file_id: bytes,
    data_key: bytes,
    password: str,
    kdf: KdfParams | None,
    *,
    slot_id: bytes | None = None,
) -> fmt.Slot:
    params = kdf or keys.calibrate()
    problem = params.problem()
    if problem:
        raise ValueError(f"key derivation parameters beyond the caps: {problem}")
    blank = fmt.Slot(
        fmt.SLOT_PASSWORD,
        fmt.KDF_ARGON2ID,
        slot_id or os.urandom(8),
        params,
        os.urandom(keys.SALT_LEN),
        b"",
        b"",
    )
    kek = keys.derive_password_key(password, blank.salt, params)
    nonce, wrapped = keys.wrap(kek, data_key, blank.bound_bytes(file_id))
    return _with_wrap(blank, nonce, wrapped)


def recovery_slot(file_id: bytes, data_key: bytes, recovery_key: str) -> fmt.Slot:
    blank = fmt.Slot(
        fmt.SLOT_RECOVERY,
        fmt.KDF_HKDF_SHA256,
        os.urandom(8),
        None,
        os.urandom(keys.SALT_LEN),
        b"",
        b"",
    )
    kek = keys.derive_recovery_key(keys.recovery_payload(recovery_key), blank.salt)
    nonce, wrapped = keys.wrap(kek, data_key, blank.bound_bytes(file_id))
    return _with_wrap(blank, nonce, wrapped)


def _with_wrap(slot: fmt.Slot, nonce: bytes, wrapped: bytes) -> fmt.Slot:
    return fmt.Slot(slot.kind, slot.kdf, slot.slot_id, slot.params, slot.salt, nonce, wrapped)


def find(slots: tuple[fmt.Slot, ...], slot_id: str, kind: int) -> fmt.Slot:
    for slot in slots:
        if slot.kind == kind and slot.slot_id.hex() == slot_id:
            return slot
    raise KeyError(slot_id)


def unwrap_password(file_id: bytes, slot: fmt.Slot, password: str) -> bytes | None:
    assert slot.params is not None
    kek = keys.derive_password_key(password, slot.salt, slot.params)
    return keys.unwrap(kek, slot.nonce, slot.wrapped, slot.bound_bytes(file_id))


class Opener(Protocol):
    is_recovery: bool

    def check(self) -> None: ...

    def unlock(self, data: bytes) -> tuple[fmt.Header, bytes, bytes, str]: ...


class PasswordOpener:
    """Tries the password slots, the hinted one first; one Argon2id run per slot tried."""

    is_recovery = False

    def __init__(self, password: str, slot_hint: str | None) -> None:
        self.password = password
        self.slot_hint = slot_hint

    def check(self) -> None:
        pass

    def unlock(self, data: bytes) -> tuple[fmt.Header, bytes, bytes, str]:
        header, raw = fmt.parse(data)
        candidates = [s for s in header.slots if s.kind == fmt.SLOT_PASSWORD]
        candidates.sort(key=lambda s: s.slot_id.hex() != self.slot_hint)
        for slot in candidates:
            key = unwrap_password(header.file_id, slot, self.password)
            if key is not None:
                return header, raw, key, slot.slot_id.hex()
        raise errors.WrongPassword()


class RecoveryOpener:
    is_recovery = True

    def __init__(self, recovery_key: str) -> None:
        self.recovery_key = recovery_key

    def check(self) -> None:
        keys.normalize_recovery_key(self.recovery_key)

    def unlock(self, data: bytes) -> tuple[fmt.Header, bytes, bytes, str]:
        payload = keys.recovery_payload(self.recovery_key)
        header, raw = fmt.parse(data)
        for slot in header.slots:
            if slot.kind != fmt.SLOT_RECOVERY:
                continue
            kek = keys.derive_recovery_key(payload, slot.salt)
            key = keys.unwrap(kek, slot.nonce, slot.wrapped, slot.bound_bytes(header.file_id))
            if key is not None:
                return header, raw, key, slot.slot_id.hex()
        raise errors.WrongRecoveryKey()


def _others(slot_table: tuple[fmt.Slot, ...], but: bytes | None = None) -> list[KdfParams]:
    return [s.params for s in slot_table if s.params is not None and s.slot_id != but]


@dataclass(frozen=True)
class SlotMaker:
    """What making or checking a key slot needs, as plain data a worker may hold."""

    file_id: bytes
    data_key: bytes
    slot_table: tuple[fmt.Slot, ...]

    def password_slot(self, password: str, *, kdf: KdfParams | None = None) -> fmt.Slot:
        """A new slot for password: an Argon2id run at the calibrated cost (unless kdf), made
        cheaper when the file's budget runs short (keys.fit_slot); ValueError when full."""
        if not password:
            raise ValueError("empty password")
        params = keys.fit_slot(kdf, _others(self.slot_table))
        if len(self.slot_table) >= fmt.MAX_SLOTS or params is None:
            raise ValueError("no room for another key slot")
        return password_slot(self.file_id, self.data_key, password, params)

    def rewrapped(
        self, slot_id: str, new_password: str, *, kdf: KdfParams | None = None
    ) -> fmt.Slot:
        """The slot slot_id under a new password (new salt; same cost unless kdf is given)."""
        if not new_password:
            raise ValueError("empty password")
        old = find(self.slot_table, slot_id, fmt.SLOT_PASSWORD)
        params = keys.fit_slot(kdf or old.params, _others(self.slot_table, old.slot_id))
        if params is None:
            raise ValueError("key derivation parameters beyond the file's budget")
        return password_slot(self.file_id, self.data_key, new_password, params, slot_id=old.slot_id)

    def verify(self, password: str, slot_id: str) -> bool:
        slot = find(self.slot_table, slot_id, fmt.SLOT_PASSWORD)
        return unwrap_password(self.file_id, slot, password) is not None


def with_slot(slot_table: tuple[fmt.Slot, ...], slot: fmt.Slot) -> tuple[fmt.Slot, ...]:
    """The table with slot in place of the one of its id, or added at the end.

    ValueError when there is no room: no more slots, or a cost the file would be refused for
    (two slots made at once from the same table may each fit alone and not together).
    """
    if any(s.slot_id == slot.slot_id for s in slot_table):
        table = tuple(slot if s.slot_id == slot.slot_id else s for s in slot_table)
    elif len(slot_table) >= fmt.MAX_SLOTS:
        raise ValueError("no room for another key slot")
    else:
        table = (*slot_table, slot)
    if sum(keys.work(p) for p in _others(table)) > keys.MAX_TOTAL_WORK_KIB:
        raise ValueError("no room for another key slot")
    return table
