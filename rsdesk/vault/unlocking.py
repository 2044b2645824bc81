"""A vault file unlocked in memory: its image, keys and lock, before a database is attached.

The slow part of opening, creating or restoring a vault (key derivation, decryption, the
first save) happens here, on whichever thread calls it: it touches no SQLite connection.
`Vault.attach` then makes the connection on the thread that is to own it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sqlite3
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from rsdesk.vault import attachments, backups, errors, fsio, keys, reading, slots, state
from rsdesk.vault import format as fmt
from rsdesk.vault.keys import KdfParams, generate_recovery_key
from rsdesk.vault.lock import VaultLock, real_path
from rsdesk.vault.slots import KeySet, SlotMaker, with_slot

APPLICATION_ID = 0x52534456  # "RSDV" in the SQLite header, for anyone inspecting a decrypted image
# Written raw: on a local disk writing the SQLite image is faster than deflating it first
# (2,000 cases: 2.7 MB written in ~5 ms vs ~11 ms of zlib level 1). zlib bodies are still read.
BODY_ENCODING = fmt.BODY_RAW
ZLIB_LEVEL = 1


def read_file(path: Path) -> bytes:
    """The whole vault file, read only once its header fits its size (see reading.py)."""
    return reading.read_vault(path)


def new_connection(image: bytes | None = None) -> sqlite3.Connection:
    """An in-memory database holding image (or an empty one), usable on this thread only."""
    conn = sqlite3.connect(":memory:")
    if image is not None:
        conn.deserialize(image)
    # Large sorts and temp tables would otherwise spill plaintext into the temp folder.
    conn.execute("PRAGMA temp_store = MEMORY")
    # Deleted rows are overwritten, so purged personal data leaves the saved image too. Many
    # builds default to it; Python's own SQLite on Windows does not.
    conn.execute("PRAGMA secure_delete = ON")
    if image is None:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # also allocates page 1
        conn.commit()
    return conn


@contextlib.contextmanager
def private_register(image: bytes | None) -> Iterator[sqlite3.Connection]:
    """A connection over a copy of image (or an empty one) for the calling thread alone.

    A worker reads or builds a register in one of these and hands over only bytes.
    """
    conn = new_connection(image)
    try:
        yield conn
    finally:
        conn.close()


def decrypt_body(header: fmt.Header, raw_header: bytes, data: bytes, key: bytes) -> bytes:
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


def seal(generation: int, key_set: KeySet, image: bytes) -> tuple[fmt.Header, list[bytes]]:
    """The header and the parts of the file that holds image as this generation (version 2),
    sealed with key_set: its slots in the header, its data key over the body."""
    body = zlib.compress(image, ZLIB_LEVEL) if BODY_ENCODING == fmt.BODY_ZLIB else image
    legacy_key, bridge = key_set.legacy_wraps()
    header = fmt.Header(
        key_set.file_id,
        generation,
        BODY_ENCODING,
        os.urandom(12),
        len(body) + fmt.GCM_TAG,
        key_set.slots,
        legacy_key=legacy_key,
        bridge=bridge,
    )
    raw = fmt.build_header(header)
    return header, [raw, key_set.aead.encrypt(header.body_nonce, body, raw)]


def write_sealed(path: Path, parts: list[bytes]) -> None:
    try:
        fsio.write_atomic(path, parts)
    except OSError as exc:
        raise errors.SaveFailed.from_os_error(exc) from exc


@dataclass
class BackupTimer:
    """When the next rotating backup is due, and why the last one failed."""

    due_at: float = 0.0
    last_error: errors.VaultError | None = None

    def after_write(self, file_id: bytes, parts: bytes | list[bytes], generation: int) -> None:
        # Checked in memory first so an ordinary commit does not list the backup folder.
        if time.time() < self.due_at:
            return
        try:
            due_at = backups.next_due(file_id)
            if time.time() >= due_at:
                data = parts if isinstance(parts, bytes) else b"".join(parts)
                backups.write_backup(file_id, data, generation)
                due_at = time.time() + backups.INTERVAL.total_seconds()
            self.due_at = due_at
            self.last_error = None
        except OSError as exc:  # the vault itself is saved; a missed copy is retried next time
            self.last_error = errors.BackupFailed.from_os_error(exc)


@dataclass(eq=False)
class UnlockedFile:
    """A vault file decrypted in memory and locked for this process; no database yet.

    Hand it to `Vault.attach` on the thread that is to own the database, or `discard` it.
    """

    path: Path
    lock: VaultLock
    header: fmt.Header  # of the last durable save
    key_set: KeySet  # what the next save is sealed with (may differ from the file's: settled)
    image: bytes
    slot_id: str
    via_recovery: bool
    backups: BackupTimer = field(default_factory=BackupTimer)

    @property
    def file_id(self) -> bytes:
        return self.header.file_id

    @property
    def data_key(self) -> bytearray:
        return self.key_set.data_key

    @property
    def slot_ids(self) -> list[str]:
        return [s.slot_id.hex() for s in self.key_set.slots if s.kind == fmt.SLOT_PASSWORD]

    def slot_maker(self) -> SlotMaker:
        return SlotMaker(self.file_id, bytes(self.key_set.data_key), self.key_set.slots)

    def save(self, key_set: KeySet | None = None) -> None:
        """Write the image, with new keys if given, as the next generation."""
        generation = max(self.header.generation, state.last_seen(self.file_id)) + 1
        key_set = self.key_set if key_set is None else key_set
        header, parts = seal(generation, key_set, self.image)
        write_sealed(self.path, parts)
        self.header = header
        self.key_set = key_set
        state.remember(self.file_id, generation)
        self.backups.after_write(self.file_id, parts, generation)

    def change_password(self, slot_id: str, new_password: str) -> None:
        """Give the user of slot_id a new password and save at once (after the recovery key);
        the data key is rotated, so an old copy and the old password open nothing saved now."""
        if slot_id == self.slot_id:
            # Its secrets (sealed.py) need the database to follow the new key pair.
            raise ValueError("change the opener's own password once attached (Vault)")
        slot = self.slot_maker().rewrapped(slot_id, new_password)
        rotated = self.key_set.rotated(with_slot(self.key_set.slots, slot))
        # The opener's private key still opens what is sealed to its own slot once attached.
        self.save(dataclasses.replace(rotated, opener_key=self.key_set.opener_key))

    def discard(self) -> None:
        """Let go without attaching: the key buffer is wiped and the lock released."""
        self.key_set.wipe()
        self.image = b""
        self.lock.release()


def _locked(path: Path, *, read_only_ok: bool = False) -> tuple[Path, VaultLock]:
    target = real_path(path)
    lock = VaultLock(target)
    lock.acquire(read_only_ok=read_only_ok)  # opening: read-only media open read-only
    return target, lock


def unlock(path: Path, opener: slots.Opener, *, accept_rollback: bool = False) -> UnlockedFile:
    """Read, unlock and decrypt the file under its lock; the errors tell the causes apart."""
    opener.check()  # a mistyped recovery key needs no lock and no file
    target, lock = _locked(path, read_only_ok=True)
    try:
        data = read_file(target)
        header, raw, opened, slot_id = opener.unlock(data)
        image = decrypt_body(header, raw, data, bytes(opened.data_key))
        key_set = opened.settled(header.version)
        seen = state.last_seen(header.file_id)
        if header.generation < seen and not accept_rollback:
            raise errors.RolledBack(header.generation, seen)
        fsio.remove_stale_temps(target.parent, target.name)
        attachments.remove_stale_temps(target)
        backups.remove_stale_temps(header.file_id)
    except MemoryError:
        lock.release()
        raise errors.OutOfMemory(detail="unlocking") from None
    except BaseException:
        lock.release()
        raise
    state.remember(header.file_id, header.generation)
    unlocked = UnlockedFile(target, lock, header, key_set, image, slot_id, opener.is_recovery)
    unlocked.backups.after_write(header.file_id, data, header.generation)
    return unlocked


def unlock_with_password(
    path: str | os.PathLike[str],
    password: str,
    *,
    slot_hint: str | None = None,
    accept_rollback: bool = False,
) -> UnlockedFile:
    """Tries the hinted slot first (an Argon2id run per slot tried), then the others."""
    return unlock(
        Path(path), slots.PasswordOpener(password, slot_hint), accept_rollback=accept_rollback
    )


def unlock_with_recovery(
    path: str | os.PathLike[str], recovery_key: str, *, accept_rollback: bool = False
) -> UnlockedFile:
    return unlock(Path(path), slots.RecoveryOpener(recovery_key), accept_rollback=accept_rollback)


def new_file(
    path: str | os.PathLike[str],
    password: str,
    *,
    kdf: KdfParams | None = None,
    recovery_key: str | None = None,
) -> tuple[UnlockedFile, str]:
    """A new vault, locked but not yet written, with an empty image; and its recovery key.

    The caller may put a register into `image` first; `save()` then writes generation 1.
    """
    if not password:
        raise ValueError("empty password")
    target = Path(path).absolute()
    target.parent.mkdir(parents=True, exist_ok=True)
    target, lock = _locked(target)
    try:
        if target.exists():
            raise errors.VaultExists(detail=str(target))
        recovery_key = recovery_key or generate_recovery_key()
        data_key = os.urandom(fmt.DATA_KEY_LEN)
        file_id = os.urandom(16)
        params = keys.fit_slot(kdf, ())
        if params is None:
            raise ValueError("key derivation parameters beyond the file's budget")
        password_slot = slots.password_slot(file_id, data_key, password, params)
        recovery_slot = slots.recovery_slot(file_id, data_key, recovery_key)
        with private_register(None) as conn:
            image = conn.serialize()
    except BaseException:
        lock.release()
        raise
    header = fmt.Header(file_id, 0, BODY_ENCODING, b"", 0, (password_slot, recovery_slot))
    key_set = KeySet(file_id, bytearray(data_key), header.slots)
    unlocked = UnlockedFile(
        target, lock, header, key_set, image, password_slot.slot_id.hex(), False
    )
    return unlocked, recovery_key


def create_file(
    path: str | os.PathLike[str],
    password: str,
    *,
    kdf: KdfParams | None = None,
    recovery_key: str | None = None,
) -> tuple[UnlockedFile, str]:
    """A new empty vault, saved and locked, and its recovery key (given or generated)."""
    unlocked, key = new_file(path, password, kdf=kdf, recovery_key=recovery_key)
    try:
        unlocked.save()
    except BaseException:
        unlocked.discard()
        raise
    return unlocked, key


def inspect(path: str | os.PathLike[str], password: str) -> fmt.Header:
    """Verify a file completely without locking or changing anything (for ``vault check``)."""
    try:
        data = read_file(Path(path))
        header, raw, opened, _ = slots.PasswordOpener(password, None).unlock(data)
        decrypt_body(header, raw, data, bytes(opened.data_key))
    except MemoryError:
        raise errors.OutOfMemory(detail="checking") from None
    return header
