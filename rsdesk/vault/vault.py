"""An open vault: the in-memory database, its keys, and every commit saved as one AEAD message."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlite_utils import Database

from rsdesk.vault import attachments, backups, errors, fsio, slots, state
from rsdesk.vault import format as fmt
from rsdesk.vault.backups import BackupInfo
from rsdesk.vault.keys import KdfParams, generate_recovery_key
from rsdesk.vault.lock import VaultLock

APPLICATION_ID = 0x52534456  # "RSDV" in the SQLite header, for anyone inspecting a decrypted image
# Written raw: on a local disk writing the SQLite image is faster than deflating it first
# (2,000 cases: 2.7 MB written in ~5 ms vs ~11 ms of zlib level 1). zlib bodies are still read.
BODY_ENCODING = fmt.BODY_RAW
ZLIB_LEVEL = 1


@dataclass(frozen=True)
class Snapshot:
    """A committed database image waiting to be encrypted and written."""

    generation: int
    data: bytes
    slots: tuple[fmt.Slot, ...]


def _read(path: Path) -> bytes:
    try:
        with open(path, "rb") as file:
            return file.read()
    except IsADirectoryError as exc:
        raise errors.NotAVault(detail=str(exc)) from None
    except OSError as exc:
        raise errors.Unreadable.from_os_error(exc) from None


def _new_connection(image: bytes | None) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    if image is not None:
        conn.deserialize(image)
    # Large sorts and temp tables would otherwise spill plaintext into the temp folder.
    conn.execute("PRAGMA temp_store = MEMORY")
    if image is None:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # also allocates page 1
        conn.commit()
    return conn


def _decrypt_body(header: fmt.Header, raw_header: bytes, data: bytes, key: bytes) -> bytes:
    body = memoryview(data)[len(raw_header) :]
    try:
        plain = AESGCM(key).decrypt(header.body_nonce, body, raw_header)
    except InvalidTag:
        raise errors.DamagedFile(detail="body does not authenticate") from None
    if header.body_encoding == fmt.BODY_ZLIB:
        inflater = zlib.decompressobj()
        try:
            plain = inflater.decompress(plain, fmt.MAX_BODY_PLAINTEXT)
        except zlib.error:
            raise errors.DamagedFile(detail="body does not inflate") from None
        if inflater.unconsumed_tail or not inflater.eof:
            raise errors.DamagedFile(detail="body inflates beyond the limit")
    return plain


class Vault:
    """Open with create(), open(), open_with_recovery() or restore_backup(); never directly."""

    def __init__(
        self,
        path: Path,
        lock: VaultLock,
        conn: sqlite3.Connection,
        header: fmt.Header,
        data_key: bytes,
        slot_id: str,
        via_recovery: bool,
    ) -> None:
        self.path = path
        self.file_id = header.file_id
        self.slot_id = slot_id
        self.opened_with_recovery = via_recovery
        self.generation = header.generation  # of the last durable save
        self.last_backup_error: errors.VaultError | None = None
        self._backup_due_at = 0.0
        self._lock = lock
        self._conn: sqlite3.Connection | None = conn
        self._db: Database | None = Database(conn)
        self._key: bytearray | None = bytearray(data_key)
        self._aead: AESGCM | None = AESGCM(data_key)
        self._slots = header.slots
        self._next_generation = max(header.generation, state.last_seen(self.file_id)) + 1
        self._snapshot_generation = header.generation
        self._marker = self._change_marker()
        self._write_lock = threading.Lock()
        self._state_lock = threading.RLock()

    # --- opening ---------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        password: str,
        *,
        kdf: KdfParams | None = None,
        recovery_key: str | None = None,
    ) -> tuple[Vault, str]:
        """A new empty vault, saved and locked, and its recovery key (given or generated)."""
        if not password:
            raise ValueError("empty password")
        target = Path(path).absolute()
        target.parent.mkdir(parents=True, exist_ok=True)
        lock = VaultLock(target)
        lock.acquire()
        try:
            if target.exists():
                raise errors.VaultExists(detail=str(target))
            recovery_key = recovery_key or generate_recovery_key()
            data_key = os.urandom(fmt.DATA_KEY_LEN)
            file_id = os.urandom(16)
            password_slot = slots.password_slot(file_id, data_key, password, kdf)
            recovery_slot = slots.recovery_slot(file_id, data_key, recovery_key)
            header = fmt.Header(file_id, 0, BODY_ENCODING, b"", 0, (password_slot, recovery_slot))
            vault = cls(target, lock, _new_connection(None), header, data_key, "", False)
            vault.slot_id = password_slot.slot_id.hex()
            vault.commit()
        except BaseException:
            lock.release()
            raise
        return vault, recovery_key

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        password: str,
        *,
        slot_hint: str | None = None,
        accept_rollback: bool = False,
    ) -> Vault:
        """Tries the hinted slot first (a Argon2id run per slot tried), then the others."""
        return cls._open(Path(path), slots.PasswordOpener(password, slot_hint), accept_rollback)

    @classmethod
    def open_with_recovery(
        cls, path: str | os.PathLike[str], recovery_key: str, *, accept_rollback: bool = False
    ) -> Vault:
        return cls._open(Path(path), slots.RecoveryOpener(recovery_key), accept_rollback)

    @classmethod
    def _open(cls, path: Path, opener: slots.Opener, accept_rollback: bool) -> Vault:
        target = path.absolute()
        opener.check()  # a mistyped recovery key needs no lock and no file
        lock = VaultLock(target)
        lock.acquire()
        try:
            data = _read(target)
            header, raw, data_key, slot_id = opener.unlock(data)
            image = _decrypt_body(header, raw, data, data_key)
            seen = state.last_seen(header.file_id)
            if header.generation < seen and not accept_rollback:
                raise errors.RolledBack(header.generation, seen)
            fsio.remove_stale_temps(target.parent, target.name)
            attachments.remove_stale_temps(target)
            conn = _new_connection(image)
            del image
            vault = cls(target, lock, conn, header, data_key, slot_id, opener.is_recovery)
        except BaseException:
            lock.release()
            raise
        state.remember(header.file_id, header.generation)
        vault._backup_if_due(data, header.generation)
        return vault

    @staticmethod
    def inspect(path: str | os.PathLike[str], password: str) -> fmt.Header:
        """Verify a file completely without locking or changing anything (for ``vault check``)."""
        data = _read(Path(path))
        header, raw, data_key, _ = slots.PasswordOpener(password, None).unlock(data)
        _decrypt_body(header, raw, data, data_key)
        return header

    # --- the database and saving -----------------------------------------------------------

    @property
    def db(self) -> Database:
        if self._db is None:
            raise RuntimeError("the vault is closed")
        return self._db

    @property
    def closed(self) -> bool:
        return self._conn is None

    def _change_marker(self) -> tuple[int, ...]:
        conn = self._conn
        if conn is None:
            return ()
        schema = conn.execute("PRAGMA schema_version").fetchone()[0]
        user = conn.execute("PRAGMA user_version").fetchone()[0]
        return (conn.total_changes, schema, user)

    @property
    def dirty(self) -> bool:
        """Changes exist that are not yet durably saved (in the database or a pending snapshot)."""
        with self._state_lock:
            if self._conn is None:
                return False
            return (
                self._snapshot_generation > self.generation
                or self._conn.in_transaction
                or self._change_marker() != self._marker
            )

    def snapshot(self) -> Snapshot:
        """Commit the open transaction and take the image; cheap, on the caller's thread."""
        with self._state_lock:
            conn = self._require_open()
            if conn.in_transaction:
                conn.commit()
            data = conn.serialize()
            generation = self._next_generation
            self._next_generation += 1
            self._snapshot_generation = generation
            self._marker = self._change_marker()
            return Snapshot(generation, data, self._slots)

    def write(self, snapshot: Snapshot) -> None:
        """Encrypt and save durably; may run on a worker. A superseded snapshot is skipped."""
        with self._write_lock:
            if snapshot.generation <= self.generation:
                return
            aead = self._aead
            if aead is None:
                raise RuntimeError("the vault is closed")
            encoding = BODY_ENCODING
            body = snapshot.data
            if encoding == fmt.BODY_ZLIB:
                body = zlib.compress(body, ZLIB_LEVEL)
            header = fmt.Header(
                self.file_id,
                snapshot.generation,
                encoding,
                os.urandom(12),
                len(body) + fmt.GCM_TAG,
                snapshot.slots,
            )
            raw = fmt.build_header(header)
            sealed = aead.encrypt(header.body_nonce, body, raw)
            try:
                fsio.write_atomic(self.path, [raw, sealed])
            except OSError as exc:
                raise errors.SaveFailed.from_os_error(exc) from exc
            self.generation = snapshot.generation
            state.remember(self.file_id, snapshot.generation)
            self._backup_if_due([raw, sealed], snapshot.generation)

    def commit(self) -> None:
        """Save everything committed so far; durable when it returns, SaveFailed otherwise."""
        self.write(self.snapshot())

    def _require_open(self) -> sqlite3.Connection:
        if self._conn is None:
            raise RuntimeError("the vault is closed")
        return self._conn

    # --- key slots -------------------------------------------------------------------------

    def _data_key(self) -> bytes:
        if self._key is None:
            raise RuntimeError("the vault is closed")
        return bytes(self._key)

    def _save_slots(self, new_slots: tuple[fmt.Slot, ...]) -> None:
        """Replace the slots and save at once; on failure the old slots stay in force."""
        with self._state_lock:
            old, self._slots = self._slots, new_slots
            try:
                self.commit()
            except BaseException:
                self._slots = old
                raise

    @property
    def slot_ids(self) -> list[str]:
        return [s.slot_id.hex() for s in self._slots if s.kind == fmt.SLOT_PASSWORD]

    def add_password_slot(self, password: str, *, kdf: KdfParams | None = None) -> str:
        if not password:
            raise ValueError("empty password")
        if len(self._slots) >= fmt.MAX_SLOTS:
            raise ValueError("no room for another key slot")
        slot = slots.password_slot(self.file_id, self._data_key(), password, kdf)
        self._save_slots((*self._slots, slot))
        return slot.slot_id.hex()

    def change_password(
        self, slot_id: str, new_password: str, *, kdf: KdfParams | None = None
    ) -> None:
        """Re-wrap the data key in one slot (new salt; same cost unless kdf is given)."""
        if not new_password:
            raise ValueError("empty password")
        old = slots.find(self._slots, slot_id, fmt.SLOT_PASSWORD)
        new = slots.password_slot(
            self.file_id, self._data_key(), new_password, kdf or old.params, slot_id=old.slot_id
        )
        self._save_slots(tuple(new if s is old else s for s in self._slots))

    def reset_password_with_recovery(self, slot_id: str, new_password: str) -> None:
        """After open_with_recovery(): give the user of slot_id a new password."""
        if not self.opened_with_recovery:
            raise PermissionError("the vault was not opened with the recovery key")
        self.change_password(slot_id, new_password)

    def replace_recovery_key(self) -> str:
        """A new recovery key (the old one stops working); shown once, like at creation."""
        key = generate_recovery_key()
        slot = slots.recovery_slot(self.file_id, self._data_key(), key)
        kept = tuple(s for s in self._slots if s.kind != fmt.SLOT_RECOVERY)
        self._save_slots((*kept, slot))
        return key

    def remove_slot(self, slot_id: str) -> None:
        old = slots.find(self._slots, slot_id, fmt.SLOT_PASSWORD)
        if len(self.slot_ids) <= 1:
            raise ValueError("the last password slot cannot be removed")
        self._save_slots(tuple(s for s in self._slots if s is not old))

    def verify_password(self, password: str, slot_id: str | None = None) -> bool:
        """Whether password opens slot_id (default: the slot this vault was opened with)."""
        slot = slots.find(self._slots, slot_id or self.slot_id, fmt.SLOT_PASSWORD)
        return slots.unwrap_password(self.file_id, slot, password) is not None

    # --- backups ---------------------------------------------------------------------------

    def _backup_if_due(self, parts: bytes | list[bytes], generation: int) -> None:
        # Checked in memory first so an ordinary commit does not list the backup folder.
        if time.time() < self._backup_due_at:
            return
        try:
            due_at = backups.next_due(self.file_id)
            if time.time() >= due_at:
                data = parts if isinstance(parts, bytes) else b"".join(parts)
                backups.write_backup(self.file_id, data, generation)
                due_at = time.time() + backups.INTERVAL.total_seconds()
            self._backup_due_at = due_at
            self.last_backup_error = None
        except OSError as exc:  # the vault itself is saved; a missed copy is retried next time
            self.last_backup_error = errors.SaveFailed.from_os_error(exc)

    def backups(self) -> list[BackupInfo]:
        return backups.list_backups(self.file_id)

    def export_backup(self, folder: str | os.PathLike[str]) -> Path:
        """Save, then copy the encrypted file into folder (a USB stick) under a dated name."""
        if self.dirty:
            self.commit()
        with self._write_lock:
            data = _read(self.path)
        target = backups.export_name(self.path, Path(folder))
        try:
            fsio.write_atomic(target, [data])
        except OSError as exc:
            raise errors.SaveFailed.from_os_error(exc) from exc
        return target

    @classmethod
    def restore_backup(
        cls,
        path: str | os.PathLike[str],
        backup_path: str | os.PathLike[str],
        password: str | None = None,
        *,
        recovery_key: str | None = None,
    ) -> Vault:
        from rsdesk.vault.restore import restore

        return restore(cls, Path(path), Path(backup_path), password, recovery_key)

    # --- attachments (documents, scans): separate encrypted files beside the vault ---------

    def store_attachment(self, data: bytes) -> str:
        """Encrypt data into its own file under the data key; returns the attachment id."""
        return attachments.store(self.path, self.file_id, self._data_key(), data)

    def read_attachment(self, attachment_id: str) -> bytes:
        return attachments.read(self.path, self.file_id, self._data_key(), attachment_id)

    def delete_attachment(self, attachment_id: str) -> None:
        attachments.delete(self.path, attachment_id)

    # --- closing ---------------------------------------------------------------------------

    def close(self, *, discard: bool = False) -> None:
        """Save what is unsaved (unless discard), drop the database and keys, release the lock.

        If that last save fails, SaveFailed is raised and the vault stays open: closing must
        not lose a case. Python cannot promise the freed memory is wiped; the key buffer is.
        """
        with self._state_lock:
            if self._conn is None:
                return
            if not discard and self.dirty:
                self.commit()
            with self._write_lock:
                self._conn.close()
                self._conn = None
                self._db = None
                if self._key is not None:
                    self._key[:] = bytes(len(self._key))
                self._key = None
                self._aead = None
                self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(discard=exc[0] is not None)
