"""An open vault: the in-memory database, its keys, and every commit saved as one AEAD message."""

from __future__ import annotations

import os
import secrets
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from rsdesk.vault import attachments, backups, errors, media, sealed, slots, state, unlocking
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
        self._secrets = self._open_secrets(unlocked.key_set)
        self._marker = self._change_marker()
        self._write_lock = threading.Lock()
        self._state_lock = threading.RLock()
        self._media = media.Watch(header.body_nonce)  # between saves (see "media" below)

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
        """Changes exist that are not yet durably saved (in the database or a pending snapshot).

        Never for a file opened read-only: nothing can be saved there, and its Desk changes
        nothing (a migration of its register stays in memory; a copy elsewhere holds it).
        """
        return not self.read_only and self._unsaved()

    def _unsaved(self) -> bool:
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
            self._ready_to_write()
            # A snapshot taken before a rotation is sealed with the keys of its own time.
            header, parts = unlocking.seal(snapshot.generation, snapshot.keys, snapshot.data)
            self._media.attempted.add(header.body_nonce)
            try:
                unlocking.write_sealed(self.path, parts)
            except errors.SaveFailed:
                self._media.recheck = True
                raise
            self._media.written(header.body_nonce)
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
            self._carry_secrets(old_keys.slots, new_slots)
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
        self.remove_slots([slot_id])

    def remove_slots(self, slot_ids: list[str]) -> None:
        """Remove password slots with one new data key; one password slot must remain."""
        gone = {slots.find(self._slots, slot_id, fmt.SLOT_PASSWORD) for slot_id in slot_ids}
        if len(self.slot_ids) - len(gone) < 1:
            raise ValueError("the last password slot cannot be removed")
        if gone:
            self._rotate(tuple(s for s in self._slots if s not in gone))

    def verify_password(self, password: str, slot_id: str | None = None) -> bool:
        """Whether password opens slot_id (default: the slot this vault was opened with)."""
        return self.slot_maker().verify(password, slot_id or self.slot_id)

    # --- secrets sealed to one slot (sealed.py) ---------------------------------------------

    def _open_secrets(self, key_set: KeySet) -> dict[str, bytes]:
        """What is sealed to the opener's slot; dead rows (old key pairs) are dropped."""
        conn = self._require_open()
        private = key_set.opener_key
        try:
            own = next(s for s in key_set.slots if s.slot_id.hex() == self.slot_id)
            if private is None or own.form != fmt.FORM_KEY_PAIR:
                return {}
            opened = sealed.open_all(conn, self.file_id, own, bytes(private))
            if sealed.drop_dead(conn, key_set.slots):
                conn.commit()
            return opened
        finally:
            key_set.wipe_opener_key()

    def _slot(self, slot_id: str) -> fmt.Slot:
        for slot in self._slots:
            if slot.slot_id.hex() == slot_id:
                return slot
        raise KeyError(slot_id)

    def secret(self, name: str) -> bytes | None:
        """A secret sealed to the slot this vault was opened with (or sealed to it since)."""
        return self._secrets.get(name)

    @property
    def recovery_slot_id(self) -> str | None:
        found = [s for s in self._slots if s.kind == fmt.SLOT_RECOVERY]
        return found[0].slot_id.hex() if found else None

    def sealed_names(self, slot_id: str) -> set[str]:
        """Names sealed to slot_id's key pair; empty for a legacy slot, which has none."""
        slot = self._slot(slot_id)
        if slot.form != fmt.FORM_KEY_PAIR:
            return set()
        return sealed.names(self._require_open(), slot)

    def seal_secret(self, slot_id: str, name: str, value: bytes) -> bool:
        """Seal value to slot_id; in the caller's transaction if one is open, else committed.

        False for a legacy slot, which has no public key yet (its user has not signed in
        since version 1): seal again once it has one.
        """
        slot = self._slot(slot_id)
        if slot.form != fmt.FORM_KEY_PAIR:
            return False
        conn = self._require_open()
        outside = not conn.in_transaction
        sealed.seal(conn, self.file_id, slot, name, value)
        if outside:
            conn.commit()
        if slot_id == self.slot_id:
            self._secrets[name] = bytes(value)
        return True

    def forget_secret(self, slot_id: str, name: str) -> None:
        conn = self._require_open()
        outside = not conn.in_transaction
        sealed.drop(conn, slot_id, name)
        if outside:
            conn.commit()

    def _carry_secrets(self, old: tuple[fmt.Slot, ...], new: tuple[fmt.Slot, ...]) -> None:
        """Seal to each slot's new key pair what its old one held, as far as this session holds
        it: one's own secrets after a password change, the curator's on a new recovery key.
        What this session does not hold the access layer seals anew."""
        conn = self._require_open()
        before = {s.slot_id: s for s in old}
        old_recovery = [s for s in old if s.kind == fmt.SLOT_RECOVERY]
        for slot in new:
            if slot.form != fmt.FORM_KEY_PAIR:
                continue
            previous = before.get(slot.slot_id)
            if previous is not None and previous.public_key == slot.public_key:
                continue
            wanted: set[str] = set()
            if previous is not None and previous.form == fmt.FORM_KEY_PAIR:
                wanted |= sealed.names(conn, previous)
            if previous is None and slot.kind == fmt.SLOT_RECOVERY:
                for gone in old_recovery:
                    wanted |= sealed.names(conn, gone) if gone.form == fmt.FORM_KEY_PAIR else set()
            if slot.slot_id.hex() == self.slot_id:
                wanted |= set(self._secrets)
            for name in sorted(wanted & set(self._secrets)):
                sealed.seal(conn, self.file_id, slot, name, self._secrets[name])

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
        """An encrypted copy of the current state into folder (a USB stick) under a dated name,
        attachments beside it (see save_copy): every change in memory included, and nothing
        written to the vault's own file first, which may be on a stick just pulled."""
        return self.save_copy(backups.export_name(self.path, Path(folder)))

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

    # --- media: read-only, gone, back; a copy saved elsewhere (FORMAT.md, "Media") --------

    @property
    def read_only(self) -> bool:
        """Opened from a medium (or as a file) that cannot be written: it never writes."""
        return self._lock.read_only is not None

    @property
    def read_only_reason(self) -> str:
        refused = self._lock.read_only
        return media.read_only_reason(refused) if refused is not None else ""

    def _ready_to_write(self) -> None:
        """Refuse a save that would write where it must not; retake a lost lock first.

        Usually two stat calls: the lock still guards the name and the file is there. After a
        failed save, or when the lock's name leads to another file (the stick came back as a
        new mount), the file must still be the one this window saved last, and the lock is
        taken again before anything is written: a second instance that opened the file
        meanwhile keeps it and is never overwritten.
        """
        if self.read_only:
            raise media.ReadOnly(self.read_only_reason)
        watch = self._media
        held = self._lock.still_held()
        if held and not watch.recheck:
            if not self.path.exists():
                watch.recheck = True
                raise media.gone(self.path)
            return
        watch.recheck = True
        self._reclaim(held)

    def _reclaim(self, held: bool) -> None:
        """Take the lock again unless held, then make sure the file is the one last written."""
        if not held:
            self._retake_lock()
        try:
            mark = media.mark_of(self.path)
        except OSError as exc:
            raise errors.SaveFailed.from_os_error(exc) from exc
        if mark is None:
            raise media.gone(self.path)
        if not self._media.accepts(mark, self.file_id):
            self._media.diverged = True
            self._lock.release()  # it guards somebody else's file: let them open it
            raise media.ChangedMeanwhile()
        self._media.diverged = False

    def hold_lock(self) -> bool:
        """Between saves (the save queue calls it every few seconds): once a lost lock's file
        is back, take the lock again at once rather than at the next save, so a second window
        cannot open the file in between. True when the lock guards the file.

        A file found changed meanwhile is left to the saves, which say so; touching its lock
        every few seconds would only get in its owner's way.
        """
        with self._write_lock:
            if self._keys is None or self.read_only or self._media.diverged:
                return False
            if self._lock.still_held():
                return True
            if not self.path.exists():
                return False
            try:
                self._reclaim(held=False)
            except errors.VaultError:
                return False
            return True

    def _retake_lock(self) -> None:
        self._lock.forget()
        if not self.path.exists():
            raise media.gone(self.path)
        try:
            self._lock.acquire()
        except errors.AlreadyOpen:
            raise media.LockTakenMeanwhile() from None
        except errors.Unreadable:  # the folder went away between the two calls
            raise media.gone(self.path) from None

    def copy_order(self) -> CopyOrder:
        """What a copy elsewhere needs, taken on the thread that owns the database; touches
        no file: a worker writes it with write_copy.

        Everything saved: the file's own bytes are copied (the same generation, so neither
        copy looks like a rollback of the other), if the file is still there and ours.
        Otherwise the current state is sealed under a generation of its own; the next save
        of the vault's file goes above it (see Workplace.copied).
        """
        with self._state_lock:
            conn = self._require_open()
            if conn.in_transaction:
                raise RuntimeError("an operation is under way")
            generation = self._next_generation
            self._next_generation += 1
            snapshot = Snapshot(generation, conn.serialize(), self._require_keys())
            saved = b"" if self._unsaved() else self._media.current
            return CopyOrder(
                self.path,
                self.file_id,
                saved,
                snapshot,
                self._change_marker(),
                tuple(sorted(self._attachment_keys)),
            )

    def copy_saved(self, order: CopyOrder, copied: media.Copied) -> None:
        """Note a copy written elsewhere: while nothing changes after it, closing loses nothing."""
        with self._state_lock:
            self._media.copy_path, self._media.copy_marker = copied.path, order.marker
            self._media.copy_missing = copied.attachments_missing

    def save_copy(self, target: str | os.PathLike[str]) -> Path:
        """Write the current state as a new file at target (a whole vault with the same
        passwords, which opens writable there), its attachments beside it, without writing
        the vault's own file."""
        order = self.copy_order()
        copied = write_copy(order, Path(target))
        self.copy_saved(order, copied)
        return copied.path

    @property
    def copy_path(self) -> Path | None:
        """The copy saved elsewhere last (None before any)."""
        return self._media.copy_path

    @property
    def copy_missing_attachments(self) -> int:
        """Attachments the last copy lacks: their folder could not be read (the stick away)."""
        return self._media.copy_missing

    @property
    def saved_elsewhere(self) -> bool:
        """A copy elsewhere holds every change in memory: closing without saving loses none."""
        with self._state_lock:
            conn = self._conn
            if conn is None or conn.in_transaction or self._media.copy_marker is None:
                return False
            return self._media.copy_marker == self._change_marker()

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
                self._secrets = {}
                self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(discard=exc[0] is not None)


@dataclass(frozen=True)
class CopyOrder:
    """A copy of a vault to be written elsewhere: plain data a worker may hold."""

    source: Path
    file_id: bytes
    saved_nonce: bytes  # the file holds every change when it still has this nonce ("" if not)
    snapshot: Snapshot  # the current state, sealed when the file's bytes will not do
    marker: tuple[int, ...]  # the database's state it holds
    attachment_ids: tuple[str, ...]  # the attachments its database has keys for


def write_copy(order: CopyOrder, target: Path) -> media.Copied:
    """Write a copy as a new file at target, its attachments beside it; needs no open vault
    (a worker)."""
    media.write_copy(target, _copy_parts(order))
    missing = media.copy_attachments(order.source, target, order.attachment_ids)
    return media.Copied(target, missing)


def _copy_parts(order: CopyOrder) -> list[bytes]:
    if order.saved_nonce:
        try:
            data = unlocking.read_file(order.source)
        except errors.VaultError:
            data = b""  # gone or unreadable: seal what the program holds
        if media.mark_in(data) == media.FileMark(order.file_id, order.saved_nonce):
            return [data]
    snapshot = order.snapshot
    return unlocking.seal(snapshot.generation, snapshot.keys, snapshot.data)[1]
