"""Awkward media: symlinks, folders that cannot be synced, crashed backups, OS error texts."""

from __future__ import annotations

import errno
import os
import re
import stat
import time

import pytest

from rsdesk.i18n import set_language
from rsdesk.vault import Vault, backups, errors, fsio

# --- a vault opened through a symlink ---------------------------------------------------------


@pytest.fixture
def linked(vault_path, kdf, password, tmp_path):
    """A saved vault and a link to it in another folder (a desktop shortcut, a synced folder)."""
    Vault.create(vault_path, password, kdf=kdf)[0].close()
    elsewhere = tmp_path / "desktop"
    elsewhere.mkdir()
    link = elsewhere / "link.rsdv"
    link.symlink_to(vault_path)
    return link


def test_save_through_a_link_replaces_the_real_file(linked, vault_path, password):
    before = Vault.inspect(vault_path, password).generation
    with Vault.open(linked, password) as vault:
        assert (vault_path.parent / "service.rsdv.lock").exists()  # locked beside the real file
        assert not (linked.parent / "link.rsdv.lock").exists()
        vault.db["cases"].insert({"n": 1})
        vault.commit()
    assert linked.is_symlink() and os.readlink(linked) == str(vault_path)
    assert Vault.inspect(vault_path, password).generation > before
    assert fsio.TEMP_SUFFIX not in "".join(os.listdir(linked.parent))
    with Vault.open(linked, password) as again:
        assert again.db["cases"].count == 1


def test_link_and_target_share_one_lock(linked, vault_path, password):
    with Vault.open(linked, password), pytest.raises(errors.AlreadyOpen):
        Vault.open(vault_path, password)
    with Vault.open(vault_path, password), pytest.raises(errors.AlreadyOpen):
        Vault.open(linked, password)


def test_restore_through_a_link_restores_the_real_file(linked, vault_path, password):
    with Vault.open(linked, password) as vault:
        copy = vault.backups()[0].path
        vault.db["cases"].insert({"n": 1})
        vault.commit()
    with Vault.restore_backup(linked, copy, password) as restored:
        assert not restored.db["cases"].exists()  # the copy made before the case
    assert linked.is_symlink() and os.readlink(linked) == str(vault_path)
    with Vault.open(vault_path, password) as again:
        assert not again.db["cases"].exists()


def test_linked_folder_shares_the_lock_too(vault_path, kdf, password, tmp_path):
    Vault.create(vault_path, password, kdf=kdf)[0].close()
    folder_link = tmp_path / "shortcut"
    folder_link.symlink_to(vault_path.parent, target_is_directory=True)
    with Vault.open(folder_link / vault_path.name, password), pytest.raises(errors.AlreadyOpen):
        Vault.open(vault_path, password)


# --- a folder that cannot be synced ----------------------------------------------------------


def fail_folder_fsync(monkeypatch, code):
    """os.fsync of a folder fails with code (FUSE, FAT, some network mounts); of a file, works."""
    real = os.fsync
    seen = []

    def fsync(fd):
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            seen.append(fd)
            raise OSError(code, os.strerror(code))
        return real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return seen


@pytest.mark.parametrize("code", ["EINVAL", "ENOTSUP", "EOPNOTSUPP", "EBADF"])
def test_folder_fsync_not_supported_is_tolerated(
    new_vault, vault_path, password, monkeypatch, code
):
    vault, _ = new_vault
    seen = fail_folder_fsync(monkeypatch, getattr(errno, code))
    vault.db["cases"].insert({"n": 1})
    vault.commit()
    assert seen, "the folder fsync was not even tried"
    assert not vault.dirty
    monkeypatch.undo()
    vault.close()
    with Vault.open(vault_path, password) as again:
        assert again.db["cases"].count == 1


def test_folder_fsync_io_error_still_fails_the_save(new_vault, monkeypatch):
    vault, _ = new_vault
    fail_folder_fsync(monkeypatch, errno.EIO)
    vault.db["cases"].insert({"n": 1})
    with pytest.raises(errors.SaveFailed):
        vault.commit()
    assert vault.dirty


# --- temp files of a backup killed half-way ---------------------------------------------------


def crashed_backup_temp(file_id, *, age_seconds):
    """What a backup killed between open and rename leaves: a full-size temp file."""
    folder = backups.folder(file_id)
    folder.mkdir(parents=True, exist_ok=True)
    temp = fsio.temp_path(folder / "20260101T000000000000-g3.rsdv")
    temp.write_bytes(os.urandom(4096))
    then = time.time() - age_seconds
    os.utime(temp, (then, then))
    return temp


def test_stale_backup_temps_are_removed_at_open(new_vault, vault_path, password):
    vault, _ = new_vault
    file_id = vault.file_id
    vault.close()
    old = crashed_backup_temp(file_id, age_seconds=3 * 3600)
    kept = [b.path for b in backups.list_backups(file_id)]
    with Vault.open(vault_path, password):
        assert not old.exists()
        assert [b.path for b in backups.list_backups(file_id)] == kept  # copies untouched


def test_stale_backup_temps_are_removed_at_backup(new_vault):
    vault, _ = new_vault
    old = crashed_backup_temp(vault.file_id, age_seconds=3 * 3600)
    written = backups.write_backup(vault.file_id, b"sealed bytes", 5)
    assert written.exists()
    assert not old.exists()


def test_a_temp_being_written_by_another_window_is_left_alone(new_vault):
    # The same file (same id) copied to a USB stick and open in a second window shares the
    # backup folder; its copy in progress must not lose its temp file.
    vault, _ = new_vault
    fresh = crashed_backup_temp(vault.file_id, age_seconds=5)
    backups.write_backup(vault.file_id, b"sealed bytes", 5)
    assert fresh.exists()


# --- a failed backup says so, in its own words ------------------------------------------------


def failing_backup(monkeypatch, code):
    def broken(file_id, data, generation, reason=""):
        where = backups.folder(file_id) / f"20260101T000000000000-g{generation}.rsdv"
        raise OSError(code, os.strerror(code), str(where))

    monkeypatch.setattr(backups, "write_backup", broken)
    monkeypatch.setattr(backups, "next_due", lambda file_id: 0.0)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO, errno.EACCES])
def test_failed_backup_has_its_own_message(new_vault, vault_path, monkeypatch, code):
    set_language("ru")
    vault, _ = new_vault
    failing_backup(monkeypatch, code)
    vault.backup_timer.due_at = 0.0
    vault.db["cases"].insert({"n": 1})
    vault.commit()
    assert not vault.dirty  # the vault itself is saved
    error = vault.last_backup_error
    assert isinstance(error, errors.BackupFailed)
    assert not isinstance(error, errors.SaveFailed)
    assert "резервн" in error.message.lower()
    exc = OSError(code, os.strerror(code))
    assert error.message != errors.SaveFailed.from_os_error(exc).message
    for name in (vault_path.name, vault_path.stem, str(backups.folder(vault.file_id)), "rsdv"):
        assert name not in error.message
    assert error.disk_full == (code == errno.ENOSPC)


def test_failed_backup_message_in_english_is_not_a_save_message(new_vault, monkeypatch):
    set_language("en")
    try:
        vault, _ = new_vault
        failing_backup(monkeypatch, errno.EIO)
        vault.backup_timer.due_at = 0.0
        vault.db["cases"].insert({"n": 1})
        vault.commit()
        message = vault.last_backup_error.message
        assert "backup" in message and "could not be saved" not in message
    finally:
        set_language("ru")


def test_backup_error_clears_after_a_good_copy(new_vault, monkeypatch):
    vault, _ = new_vault
    failing_backup(monkeypatch, errno.EIO)
    vault.backup_timer.due_at = 0.0
    vault.db["cases"].insert({"n": 1})
    vault.commit()
    assert vault.last_backup_error is not None
    monkeypatch.undo()
    monkeypatch.setattr(backups, "next_due", lambda file_id: 0.0)
    vault.db["cases"].insert({"n": 2})
    vault.commit()
    assert vault.last_backup_error is None


# --- OS error texts stay out of Russian messages ----------------------------------------------

CODES = ["ENOSPC", "EROFS", "EACCES", "EIO", "ENOENT", "EPERM", "ENODEV", "ENXIO"]
PATH = "/media/флешка/служба.rsdv"


def messages_for(code):
    exc = OSError(code, os.strerror(code), PATH)
    return exc, [
        errors.SaveFailed.from_os_error(exc).message,
        errors.Unreadable.from_os_error(exc).message,
        errors.BackupFailed.from_os_error(exc).message,
    ]


@pytest.mark.parametrize("name", CODES)
def test_russian_messages_carry_no_strerror(name):
    set_language("ru")
    code = getattr(errno, name)
    exc, messages = messages_for(code)
    for message in messages:
        assert os.strerror(code) not in message, message
        assert os.strerror(code).lower() not in message.lower(), message
    assert os.strerror(code) in errors.SaveFailed.from_os_error(exc).detail  # kept for a log


def test_unknown_errno_and_no_errno_carry_no_english_either():
    set_language("ru")
    for exc in (OSError(errno.EBUSY, os.strerror(errno.EBUSY)), OSError("write returned 0")):
        for message in (
            errors.SaveFailed.from_os_error(exc).message,
            errors.Unreadable.from_os_error(exc).message,
            errors.BackupFailed.from_os_error(exc).message,
        ):
            assert os.strerror(errno.EBUSY) not in message
            assert "write returned" not in message


@pytest.mark.parametrize("name", CODES)
def test_russian_messages_have_no_latin_words(name):
    """Needs the Russian catalogue to hold the new phrases (see the translations test)."""
    set_language("ru")
    _, messages = messages_for(getattr(errno, name))
    for message in messages:
        without_path = message.replace(PATH, "")
        assert not re.search("[A-Za-z]{3,}", without_path), message
