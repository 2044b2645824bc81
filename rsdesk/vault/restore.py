"""Putting a backup copy back in place of a vault, without tripping the rollback check."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from rsdesk.vault import backups, errors, reading, slots, state
from rsdesk.vault import format as fmt
from rsdesk.vault.lock import VaultLock, real_path
from rsdesk.vault.unlocking import UnlockedFile, decrypt_body, read_file


def restore(
    path: Path,
    backup_path: Path,
    password: str | None = None,
    recovery_key: str | None = None,
) -> UnlockedFile:
    """Open backup_path with the password (or recovery key) it was saved with, set the current
    file aside as a "before-restore" backup, and save the backup's contents as path under a
    generation above any seen, so the restored file is the newest one from now on.

    Touches no database: the restored file comes back unlocked, for `Vault.attach`.
    """
    opener: slots.Opener
    if recovery_key is not None:
        opener = slots.RecoveryOpener(recovery_key)
    elif password is not None:
        opener = slots.PasswordOpener(password, None)
    else:
        raise ValueError("a password or a recovery key is needed")
    opener.check()
    target = real_path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = VaultLock(target)
    lock.acquire()
    try:
        data = read_file(Path(backup_path))
        header, raw, opened, slot_id = opener.unlock(data)
        image = decrypt_body(header, raw, data, bytes(opened.data_key))
        current_generation = _set_current_aside(target, header.file_id)
        generation = max(header.generation, current_generation, state.last_seen(header.file_id))
        header = dataclasses.replace(header, generation=generation)
        # A backup of version 1, or opened through a legacy slot, is saved as version 2 with
        # a new data key, like any file opened that way.
        key_set = opened.settled(header.version)
        unlocked = UnlockedFile(target, lock, header, key_set, image, slot_id, opener.is_recovery)
        unlocked.save()
    except MemoryError:
        lock.release()
        raise errors.OutOfMemory(detail="restoring") from None
    except BaseException:
        lock.release()
        raise
    return unlocked


def _set_current_aside(target: Path, file_id: bytes) -> int:
    """Keep the file being replaced as a backup; its generation, or 0 if missing or unreadable."""
    # Bounded, and refused for a pipe or a device put at the vault's name.
    current = reading.read_copy(target)
    if current is None:
        return 0
    generation = 0
    try:
        current_header, _ = fmt.parse(current)
    except errors.VaultError:
        current_header = None  # a damaged file is the usual reason to restore
    if current_header is not None:
        if current_header.file_id != file_id:
            raise errors.ForeignBackup(detail=current_header.file_id.hex())
        generation = current_header.generation
    try:
        backups.write_backup(file_id, current, generation, reason="before-restore")
    except OSError as exc:
        raise errors.SaveFailed.from_os_error(exc) from exc
    return generation
