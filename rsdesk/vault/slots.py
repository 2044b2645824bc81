"""Key slots: each user's and the recovery key's way to the data key, and the key set a file is
sealed with.

A version 2 slot holds an X25519 key pair: its public key in the clear, its private key wrapped
under the user's Argon2id KEK (or made from the recovery key). The data key is wrapped to every
slot's public key, so a new data key can be given to every user without their passwords: that
is what lets a password change, a removed user or a new recovery key rotate the data key.
A legacy slot (carried over from version 1) still wraps the version 1 data key under its KEK
and reaches the current data key through the bridge; it becomes a key-pair slot when its user
next unlocks. See FORMAT.md, "Keys" and "Rotation".
"""

from __future__ import annotations

import dataclasses
import functools
import os
from dataclasses import dataclass
from typing import Protocol

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from rsdesk.vault import errors, keys
from rsdesk.vault import format as fmt
from rsdesk.vault.keys import KdfParams

LEGACY_KEY_LABEL = b"rsdesk vault v2 legacy key"
BRIDGE_LABEL = b"rsdesk vault v2 bridge"


def legacy_key_bound(file_id: bytes) -> bytes:
    return fmt.MAGIC + file_id + LEGACY_KEY_LABEL


def bridge_bound(file_id: bytes) -> bytes:
    return fmt.MAGIC + file_id + BRIDGE_LABEL


# --- making slots ---------------------------------------------------------------------------


def seal_data_key(file_id: bytes, slot: fmt.Slot, data_key: bytes) -> fmt.Slot:
    """slot with data_key wrapped to its public key (a new one-off key pair, a new nonce)."""
    try:
        ephemeral, wrapping = keys.wrapping_to(slot.public_key)
    except ValueError:
        raise errors.DamagedFile(detail="a slot's public key takes no exchange") from None
    blank = dataclasses.replace(slot, ephemeral=ephemeral)
    nonce, wrapped = keys.wrap(wrapping, data_key, blank.data_bound(file_id))
    return dataclasses.replace(blank, nonce=nonce, wrapped=wrapped)


def _with_private_key(
    file_id: bytes, slot: fmt.Slot, kek: bytes, private: bytes | None = None
) -> fmt.Slot:
    """slot as a key-pair slot with private (default: a new key) wrapped under kek (no data
    key yet)."""
    private = private or keys.new_private_key()
    blank = dataclasses.replace(
        slot,
        form=fmt.FORM_KEY_PAIR,
        public_key=keys.public_key_of(private),
        key_nonce=bytes(12),
        wrapped_key=bytes(48),
        ephemeral=bytes(32),
        nonce=bytes(12),
        wrapped=bytes(48),
    )
    key_nonce, wrapped_key = keys.wrap(kek, private, blank.key_bound(file_id))
    return dataclasses.replace(blank, key_nonce=key_nonce, wrapped_key=wrapped_key)


def password_slot(
    file_id: bytes,
    data_key: bytes,
    password: str,
    kdf: KdfParams | None,
    *,
    slot_id: bytes | None = None,
) -> fmt.Slot:
    """A key-pair slot for password: new salt, new key pair, data_key wrapped to it."""
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
        bytes(12),
        bytes(48),
    )
    kek = keys.derive_password_key(password, blank.salt, params)
    return seal_data_key(file_id, _with_private_key(file_id, blank, kek), data_key)


def _recovery_pair_slot(file_id: bytes, slot_id: bytes, payload: bytes) -> fmt.Slot:
    salt = os.urandom(keys.SALT_LEN)
    public = keys.public_key_of(keys.recovery_private_key(payload, salt))
    return fmt.Slot(
        fmt.SLOT_RECOVERY,
        fmt.KDF_HKDF_SHA256,
        slot_id,
        None,
        salt,
        bytes(12),
        bytes(48),
        public_key=public,
    )


def recovery_slot(file_id: bytes, data_key: bytes, recovery_key: str) -> fmt.Slot:
    """A new recovery slot: its key pair made from recovery_key and a new salt."""
    slot = _recovery_pair_slot(file_id, os.urandom(8), keys.recovery_payload(recovery_key))
    return seal_data_key(file_id, slot, data_key)


def find(slots: tuple[fmt.Slot, ...], slot_id: str, kind: int) -> fmt.Slot:
    for slot in slots:
        if slot.kind == kind and slot.slot_id.hex() == slot_id:
            return slot
    raise KeyError(slot_id)


# --- the key set -----------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class KeySet:
    """The keys one generation is sealed with: plain data a worker may hold.

    legacy_key is the data key the file had in version 1 (None for a file made in version 2):
    it still opens attachments stored then, and the bridge hands the data key to legacy slots.
    pending is the opener's own slot made into a key-pair slot, put in by settled().
    opener_key is the private key of the slot that opened the file, for the secrets sealed to
    it (sealed.py); the vault takes it when it attaches and wipes it.
    """

    file_id: bytes
    data_key: bytearray
    slots: tuple[fmt.Slot, ...]
    legacy_key: bytearray | None = None
    pending: fmt.Slot | None = None
    opener_key: bytearray | None = None

    @functools.cached_property
    def aead(self) -> AESGCM:
        """The body cipher under this data key, made once (it goes with the key it uses)."""
        return AESGCM(bytes(self.data_key))

    @property
    def legacy_slots(self) -> list[fmt.Slot]:
        return [s for s in self.slots if s.form == fmt.FORM_LEGACY]

    def rotated(self, slot_table: tuple[fmt.Slot, ...] | None = None) -> KeySet:
        """A new random data key wrapped to every key-pair slot of slot_table (default: these).

        Legacy slots are kept as they are: they reach the new key through the bridge.
        """
        table = self.slots if slot_table is None else slot_table
        data_key = os.urandom(fmt.DATA_KEY_LEN)
        sealed = tuple(
            seal_data_key(self.file_id, s, data_key) if s.form == fmt.FORM_KEY_PAIR else s
            for s in table
        )
        legacy = None if self.legacy_key is None else bytearray(self.legacy_key)
        return KeySet(self.file_id, bytearray(data_key), sealed, legacy)

    def settled(self, version: int) -> KeySet:
        """The keys to save with from now on: rotated when the file is of an older version or
        the opener's slot was converted, so nothing written afterwards uses the old data key."""
        if self.pending is None and version == fmt.FORMAT_VERSION:
            return self
        table = self.slots if self.pending is None else with_slot(self.slots, self.pending)
        settled = self.rotated(table)
        return dataclasses.replace(settled, opener_key=self.opener_key)

    def wipe_opener_key(self) -> None:
        if self.opener_key is not None:
            self.opener_key[:] = bytes(len(self.opener_key))
            object.__setattr__(self, "opener_key", None)

    def legacy_wraps(self) -> tuple[bytes, bytes]:
        """(legacy-key wrap, bridge) for a header, each nonce ‖ wrapped or empty."""
        if self.legacy_key is None:
            return b"", b""
        data_key, legacy_key = bytes(self.data_key), bytes(self.legacy_key)
        nonce, wrapped = keys.wrap(data_key, legacy_key, legacy_key_bound(self.file_id))
        bridge = b""
        if self.legacy_slots:
            bridge_nonce, bridged = keys.wrap(legacy_key, data_key, bridge_bound(self.file_id))
            bridge = bridge_nonce + bridged
        return nonce + wrapped, bridge

    def wipe(self) -> None:
        self.__dict__.pop("aead", None)
        self.data_key[:] = bytes(len(self.data_key))
        self.wipe_opener_key()
        if self.legacy_key is not None:
            self.legacy_key[:] = bytes(len(self.legacy_key))


# --- opening slots ---------------------------------------------------------------------------


def _data_key_of(file_id: bytes, slot: fmt.Slot, private_key: bytes) -> bytes | None:
    wrapping = keys.unwrapping_key(private_key, slot.ephemeral)
    if wrapping is None:
        return None
    return keys.unwrap(wrapping, slot.nonce, slot.wrapped, slot.data_bound(file_id))


def _opened_by_pair(header: fmt.Header, slot: fmt.Slot, private_key: bytes) -> KeySet:
    data_key = _data_key_of(header.file_id, slot, private_key)
    if data_key is None:  # the slot's own key is right, so its wrapping was changed
        raise errors.DamagedFile(detail="a slot's data key does not unwrap")
    legacy = None
    if header.legacy_key:
        legacy = keys.unwrap(
            data_key,
            header.legacy_key[:12],
            header.legacy_key[12:],
            legacy_key_bound(header.file_id),
        )
        if legacy is None:
            raise errors.DamagedFile(detail="the legacy key does not unwrap")
    return KeySet(
        header.file_id,
        bytearray(data_key),
        header.slots,
        None if legacy is None else bytearray(legacy),
        opener_key=bytearray(private_key),
    )


def _opened_by_legacy(
    header: fmt.Header, legacy_key: bytes, converted: fmt.Slot, private_key: bytes
) -> KeySet:
    if header.version == 1:
        data_key: bytes | None = legacy_key  # version 1 had one key for everything
    else:
        data_key = keys.unwrap(
            legacy_key, header.bridge[:12], header.bridge[12:], bridge_bound(header.file_id)
        )
        if data_key is None:
            raise errors.DamagedFile(detail="the bridge does not unwrap")
    return KeySet(
        header.file_id,
        bytearray(data_key),
        header.slots,
        bytearray(legacy_key),
        converted,
        bytearray(private_key),
    )


def open_password_slot(header: fmt.Header, slot: fmt.Slot, password: str) -> KeySet | None:
    """The key set slot yields for password (one Argon2id run), or None for a wrong one."""
    assert slot.params is not None
    file_id = header.file_id
    kek = keys.derive_password_key(password, slot.salt, slot.params)
    if slot.form == fmt.FORM_LEGACY:
        legacy_key = keys.unwrap(kek, slot.nonce, slot.wrapped, slot.v1_bound(file_id))
        if legacy_key is None:
            return None
        # The user's own unlock knows the KEK: the slot gets its key pair now (same salt).
        private = keys.new_private_key()
        converted = _with_private_key(file_id, slot, kek, private)
        return _opened_by_legacy(header, legacy_key, converted, private)
    private_key = keys.unwrap(kek, slot.key_nonce, slot.wrapped_key, slot.key_bound(file_id))
    if private_key is None:
        return None
    return _opened_by_pair(header, slot, private_key)


def open_recovery_slot(header: fmt.Header, slot: fmt.Slot, payload: bytes) -> KeySet | None:
    file_id = header.file_id
    if slot.form == fmt.FORM_LEGACY:
        kek = keys.derive_recovery_key(payload, slot.salt)
        legacy_key = keys.unwrap(kek, slot.nonce, slot.wrapped, slot.v1_bound(file_id))
        if legacy_key is None:
            return None
        converted = _recovery_pair_slot(file_id, slot.slot_id, payload)
        private = keys.recovery_private_key(payload, converted.salt)
        return _opened_by_legacy(header, legacy_key, converted, private)
    private_key = keys.recovery_private_key(payload, slot.salt)
    if keys.public_key_of(private_key) != slot.public_key:
        return None  # another recovery key
    return _opened_by_pair(header, slot, private_key)


def unwrap_password(file_id: bytes, slot: fmt.Slot, password: str) -> bytes | None:
    """The secret password opens in slot (its private key, or a legacy slot's legacy key)."""
    assert slot.params is not None
    kek = keys.derive_password_key(password, slot.salt, slot.params)
    if slot.form == fmt.FORM_LEGACY:
        return keys.unwrap(kek, slot.nonce, slot.wrapped, slot.v1_bound(file_id))
    return keys.unwrap(kek, slot.key_nonce, slot.wrapped_key, slot.key_bound(file_id))


class Opener(Protocol):
    is_recovery: bool

    def check(self) -> None: ...

    def unlock(self, data: bytes) -> tuple[fmt.Header, bytes, KeySet, str]: ...


class PasswordOpener:
    """Tries the password slots, the hinted one first; one Argon2id run per slot tried."""

    is_recovery = False

    def __init__(self, password: str, slot_hint: str | None) -> None:
        self.password = password
        self.slot_hint = slot_hint

    def check(self) -> None:
        pass

    def unlock(self, data: bytes) -> tuple[fmt.Header, bytes, KeySet, str]:
        header, raw = fmt.parse(data)
        candidates = [s for s in header.slots if s.kind == fmt.SLOT_PASSWORD]
        candidates.sort(key=lambda s: s.slot_id.hex() != self.slot_hint)
        for slot in candidates:
            opened = open_password_slot(header, slot, self.password)
            if opened is not None:
                return header, raw, opened, slot.slot_id.hex()
        raise errors.WrongPassword()


class RecoveryOpener:
    is_recovery = True

    def __init__(self, recovery_key: str) -> None:
        self.recovery_key = recovery_key

    def check(self) -> None:
        keys.normalize_recovery_key(self.recovery_key)

    def unlock(self, data: bytes) -> tuple[fmt.Header, bytes, KeySet, str]:
        payload = keys.recovery_payload(self.recovery_key)
        header, raw = fmt.parse(data)
        for slot in header.slots:
            if slot.kind != fmt.SLOT_RECOVERY:
                continue
            opened = open_recovery_slot(header, slot, payload)
            if opened is not None:
                return header, raw, opened, slot.slot_id.hex()
        raise errors.WrongRecoveryKey()


# --- changing the table ----------------------------------------------------------------------


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
        """The slot slot_id under a new password: new salt and a new key pair (same cost
        unless kdf is given). Installing it rotates the data key (Vault.install_slot)."""
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
