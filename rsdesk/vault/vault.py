"""An open vault: the in-memory database, its keys, and every commit saved as one AEAD message."""

from __future__ import annotations

import os
import secrets
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from rsdesk.vault import attachments, backups, errors, slots, state, unlocking
from rsdesk.vault import format as fmt
from rsdesk.vault.backups import BackupInfo
from rsdesk.vault.keys import KdfParams, generate_recovery_key
from rsdesk.vault.restore import restore
from rsdesk.vault.slots import KeySet
from rsdesk.vault.unlocking import SlotMaker, UnlockedFile, with_slot

# The vault's own table in the database: each attachment's key (see FORMAT.md, "Attachments").
ATTACHMENT_KEYS = "vault_attachment_keys"


@dataclass(frozen=True)
class Snapshot:
    """A committed database image waiting to be encrypted and written."""

    generation: int
    data: bytes
    keys: KeySet  # the slots and the data key this generation is sealed with


class Vault:
    """An unlocked file attached to its database on the thread that made the Vault.

    That thread owns the SQLite connection, which refuses use from any other thread; a
    worker gets snapshots (plain bytes) to write, or a SlotMaker to derive a key slot with.
    Made by attach() from an UnlockedFile, or by create(), open(), open_with_recovery() or
    restore_backup(), which unlock and attach on the calling thread.
    """

    def __init__(self, unlocked: UnlockedFile) -> None:
        header = unlocked.header
        self.path = unlocked.path
        self.file_id = header.file_id
        self.slot_id = unlocked.slot_id
        self.opened_with_recovery = unlocked.via_recovery
        self.generation = header.generation  # of the last durable save
        self._backups = unlocked.backups
        self._lock = unlocked.lock
        self._conn: sqlite3.Connection | None = unlocking.new_connection(unlocked.image)
        unlocked.image = b""  # the database holds it now
        self._db: Database | None = Database(self._conn)
        self._keys: KeySet | None = unlocked.key_set
        self._next_generation = max(header.generation, state.last_seen(self.file_id)) + 1
        self._snapshot_generation = header.generation
        # Read from the database once, kept in step by store/delete: any thread may read an
        # attachment, and only this one may use the connection.
        self._attachment_keys = self._load_attachment_keys()
        self._marker = self._change_marker()
        self._write_lock = threading.Lock()
        self._state_lock = threading.RLock()

    # --- opening ---------------------------------------------------------------------------

    @classmethod
    def attach(cls, unlocked: UnlockedFile) -> Vault:
        """Make the database of an unlocked file on this thread, which then owns it."""
        try:
            return cls(unlocked)
        except MemoryError:  # SQLite's copy of a large image
            unlocked.discard()
            raise errors.OutOfMemory(detail="attaching") from None
        except BaseException:
            unlocked.discard()
            raise

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
        unlocked, key = unlocking.create_file(path, password, kdf=kdf, recovery_key=recovery_key)
        return cls.attach(unlocked), key

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
        return cls.attach(
            unlocking.unlock_with_password(
                path, password, slot_hint=slot_hint, accept_rollback=accept_rollback
            )
        )

    @classmethod
    def open_with_recovery(
        cls, path: str | os.PathLike[str], recovery_key: str, *, accept_rollback: bool = False
    ) -> Vault:
        return cls.attach(
            unlocking.unlock_with_recovery(path, recovery_key, accept_rollback=accept_rollback)
        )

    @staticmethod
    def inspect(path: str | os.PathLike[str], password: str) -> fmt.Header:
        """Verify a file completely without locking or changing anything (for ``vault check``)."""
        return unlocking.inspect(path, password)

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
            return Snapshot(generation, data, self._require_keys())

    def write(self, snapshot: Snapshot) -> None:
        """Encrypt and save durably; may run on a worker. A superseded snapshot is skipped."""
        with self._write_lock:
            if snapshot.generation <= self.generation:
                return
            if self._keys is None:
                raise RuntimeError("the vault is closed")
            # A snapshot taken before a rotation is sealed with the keys of its own time.
            _header, parts = unlocking.seal(snapshot.generation, snapshot.keys, snapshot.data)
            unlocking.write_sealed(self.path, parts)
            self.generation = snapshot.generation
            state.remember(self.file_id, snapshot.generation)
            self._backups.after_write(self.file_id, parts, snapshot.generation)

    def commit(self) -> None:
        """Save everything committed so far; durable when it returns, SaveFailed otherwise."""
        self.write(self.snapshot())

    def _require_open(self) -> sqlite3.Connection:
        if self._conn is None:
            raise RuntimeError("the vault is closed")
        return self._conn

    # --- key slots -------------------------------------------------------------------------

    def _require_keys(self) -> KeySet:
        if self._keys is None:
            raise RuntimeError("the vault is closed")
        return self._keys

    def _data_key(self) -> bytes:
        return bytes(self._require_keys().data_key)

    @property
    def _slots(self) -> tuple[fmt.Slot, ...]:
        return self._require_keys().slots

    def _rotate(self, new_slots: tuple[fmt.Slot, ...]) -> None:
        """A new data key for the new slots, saved at once; on failure the old keys stay.

        Every change of the slot table rotates the data key: the body saved now opens with
        no key an older copy of the file can yield (see FORMAT.md, "Rotation").
        """
        with self._state_lock:
            old_keys = self._require_keys()
            self._keys = old_keys.rotated(new_slots)
            try:
                self.commit()
            except BaseException:
                self._keys = old_keys
                raise

    @property
    def slot_ids(self) -> list[str]:
        return [s.slot_id.hex() for s in self._slots if s.kind == fmt.SLOT_PASSWORD]

    @property
    def legacy_slot_ids(self) -> list[str]:
        """Slots carried over from format version 1 whose users have not unlocked since (the
        recovery slot among them): while any remain, an old copy can still yield the data key
        (FORMAT.md, "Migration"). Each goes when its user signs in, or is removed or replaced."""
        return [s.slot_id.hex() for s in self._require_keys().legacy_slots]

    def slot_maker(self) -> SlotMaker:
        """What a worker needs to derive a key slot (the Argon2id run) without the vault."""
        return SlotMaker(self.file_id, self._data_key(), self._slots)

    def install_slot(self, slot: fmt.Slot) -> str:
        """Put a slot made by a SlotMaker in place (a new one, or one with a new password),
        rotate the data key and save at once; on failure the old keys stay. Returns its id."""
        self._rotate(with_slot(self._slots, slot))
        return slot.slot_id.hex()

    def add_password_slot(self, password: str, *, kdf: KdfParams | None = None) -> str:
        return self.install_slot(self.slot_maker().password_slot(password, kdf=kdf))

    def change_password(
        self, slot_id: str, new_password: str, *, kdf: KdfParams | None = None
    ) -> None:
        """A new password for one slot (new salt and key pair; same cost unless kdf is given),
        and a new data key for everyone."""
        self.install_slot(self.slot_maker().rewrapped(slot_id, new_password, kdf=kdf))

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
        self._rotate((*kept, slot))
        return key

    def remove_slot(self, slot_id: str) -> None:
        old = slots.find(self._slots, slot_id, fmt.SLOT_PASSWORD)
        if len(self.slot_ids) <= 1:
            raise ValueError("the last password slot cannot be removed")
        self._rotate(tuple(s for s in self._slots if s is not old))

    def verify_password(self, password: str, slot_id: str | None = None) -> bool:
        """Whether password opens slot_id (default: the slot this vault was opened with)."""
        return self.slot_maker().verify(password, slot_id or self.slot_id)

    # --- backups ---------------------------------------------------------------------------

    @property
    def backup_timer(self) -> unlocking.BackupTimer:
        return self._backups

    @property
    def last_backup_error(self) -> errors.VaultError | None:
        return self._backups.last_error

    def backups(self) -> list[BackupInfo]:
        return backups.list_backups(self.file_id)

    def save_pending(self) -> None:
        """Save at once what is not durable yet (before a copy is taken of the file)."""
        if self.dirty:
            self.commit()

    def export_backup(self, folder: str | os.PathLike[str]) -> Path:
        """Save, then copy the encrypted file into folder (a USB stick) under a dated name."""
        self.save_pending()
        with self._write_lock:
            return export_copy(self.path, Path(folder))

    @classmethod
    def restore_backup(
        cls,
        path: str | os.PathLike[str],
        backup_path: str | os.PathLike[str],
        password: str | None = None,
        *,
        recovery_key: str | None = None,
    ) -> Vault:
        return cls.attach(restore(Path(path), Path(backup_path), password, recovery_key))

    # --- attachments (documents, scans): separate encrypted files beside the vault ---------

    def store_attachment(self, data: bytes) -> str:
        """Encrypt data into its own file under a key of its own; returns the attachment id.

        The key goes into the database (ATTACHMENT_KEYS), so it is saved in the body, rotation
        never re-encrypts a file, and one stored after a rotation opens with nothing an older
        copy holds. The row joins a transaction the caller has open, else it is committed at
        once (the Desk refuses to start an operation inside a foreign transaction).
        """
        conn = self._require_open()
        key = secrets.token_bytes(attachments.KEY_LEN)
        attachment_id = attachments.store(self.path, self.file_id, key, data)
        outside = not conn.in_transaction
        try:
            conn.execute(
                f"CREATE TABLE IF NOT EXISTS {ATTACHMENT_KEYS} "
                "(id TEXT PRIMARY KEY, key BLOB NOT NULL) WITHOUT ROWID"
            )
            conn.execute(f"INSERT INTO {ATTACHMENT_KEYS} VALUES (?, ?)", [attachment_id, key])
            if outside:
                conn.commit()
        except BaseException:
            attachments.delete(self.path, attachment_id)
            raise
        self._attachment_keys[attachment_id] = key
        return attachment_id

    def _load_attachment_keys(self) -> dict[str, bytes]:
        try:
            rows = self._require_open().execute(f"SELECT id, key FROM {ATTACHMENT_KEYS}")
            return {row[0]: bytes(row[1]) for row in rows}
        except sqlite3.OperationalError:  # no attachment stored since version 1
            return {}

    def read_attachment(self, attachment_id: str) -> bytes:
        attachments.path_of(self.path, attachment_id)  # a malformed id names nothing
        self._require_keys()
        own = self._attachment_keys.get(attachment_id)
        if own is not None:
            return attachments.read(self.path, self.file_id, own, attachment_id)
        # Stored by format version 1, under its data key (kept as the legacy key).
        legacy = self._require_keys().legacy_key
        return attachments.read(
            self.path,
            self.file_id,
            None if legacy is None else bytes(legacy),
            attachment_id,
            attachments.VERSION_LEGACY,
        )

    def delete_attachment(self, attachment_id: str) -> None:
        """Remove the file and forget its key (in the caller's transaction, if one is open)."""
        attachments.delete(self.path, attachment_id)
        self._attachment_keys.pop(attachment_id, None)
        conn = self._require_open()
        outside = not conn.in_transaction
        try:
            conn.execute(f"DELETE FROM {ATTACHMENT_KEYS} WHERE id = ?", [attachment_id])
        except sqlite3.OperationalError:
            return  # no table: a version 1 attachment, or none stored yet
        if outside:
            conn.commit()

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
                if self._keys is not None:
                    self._keys.wipe()
                self._keys = None
                self._attachment_keys = {}
                self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(discard=exc[0] is not None)


def export_copy(vault_path: Path, folder: Path) -> Path:
    """Copy a saved vault file into folder under a dated name; needs no open vault (a worker)."""
    data = unlocking.read_file(vault_path)
    target = backups.export_name(vault_path, folder)
    unlocking.write_sealed(target, [data])
    return target
