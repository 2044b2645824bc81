"""The medium goes away or turns read-only during work, and comes back: the changes stay in
memory, a copy elsewhere holds them all, the save resumes under a lock taken again, and a
file someone else opened or changed meanwhile is never overwritten."""

from __future__ import annotations

import os
import shutil
import threading
import time

import pytest

from rsdesk.i18n import set_language
from rsdesk.vault import SaveQueue, Vault, errors, fsio, media
from tests.helpers.media import needs_mount, stick


@pytest.fixture(autouse=True)
def russian():
    set_language("ru")


@pytest.fixture
def on_stick(tmp_path, kdf, password):
    """A vault in a folder standing for a stick, open, with one saved case."""
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "service.rsdv"
    vault, _ = Vault.create(path, password, kdf=kdf)
    vault.db["cases"].insert({"n": 1})
    vault.commit()
    yield vault
    vault.close(discard=True)


def add_case(vault, n):
    vault.db["cases"].insert({"n": n})


def cases_in(path, password, *, older=False):
    """The cases a file holds; older: a copy whose original was saved again since, which
    this computer rightly calls an older state of the file."""
    with Vault.open(path, password, accept_rollback=older) as vault:
        return sorted(row["n"] for row in vault.db["cases"].rows)


# --- pulled: the folder goes away -----------------------------------------------------------


def test_pulled_stick_keeps_the_changes_and_creates_nothing(on_stick, tmp_path, password):
    vault, folder = on_stick, on_stick.path.parent
    away = tmp_path / "in another pocket"
    folder.rename(away)
    add_case(vault, 2)
    with pytest.raises(errors.SaveFailed) as failed:
        vault.commit()
    assert "изменения не потеряны" in failed.value.message.lower()
    assert vault.dirty
    assert not folder.exists()  # nothing made at the old name
    away.rename(folder)
    vault.commit()  # back: the save resumes
    assert not vault.dirty
    with pytest.raises(errors.AlreadyOpen):  # the lock guards it still
        Vault.open(vault.path, password)
    vault.close()
    assert cases_in(folder / "service.rsdv", password) == [1, 2]


def test_a_copy_elsewhere_while_the_stick_is_away_holds_every_change(on_stick, tmp_path, password):
    vault, folder = on_stick, on_stick.path.parent
    folder.rename(tmp_path / "away")
    add_case(vault, 2)
    with pytest.raises(errors.SaveFailed):
        vault.commit()
    add_case(vault, 3)  # a change after the failed save, not in any snapshot
    assert not vault.saved_elsewhere
    copy = vault.save_copy(tmp_path / "desktop copy.rsdv")
    assert vault.copy_path == copy and vault.saved_elsewhere
    add_case(vault, 4)
    assert not vault.saved_elsewhere  # a change after the copy: closing would lose it
    vault.db["cases"].delete_where("n = 4")
    # (deleting counts as a change too: only a new copy makes quitting safe again)
    assert not vault.saved_elsewhere
    vault.save_copy(tmp_path / "second copy.rsdv")
    assert vault.saved_elsewhere
    with pytest.raises(errors.SaveFailed):  # close does not throw the changes away...
        vault.close()
    assert not vault.closed
    vault.close(discard=True)  # ...it is the copy that makes quitting safe
    assert cases_in(copy, password) == [1, 2, 3]
    assert cases_in(tmp_path / "second copy.rsdv", password) == [1, 2, 3]


def test_a_copy_is_never_written_over_an_existing_file(on_stick, tmp_path):
    taken = tmp_path / "taken.rsdv"
    taken.write_bytes(b"someone's file")
    with pytest.raises(errors.VaultExists):
        on_stick.save_copy(taken)
    assert taken.read_bytes() == b"someone's file"
    assert not on_stick.saved_elsewhere


def test_export_does_not_first_save_to_the_dead_path(on_stick, tmp_path, password, faults):
    vault, folder = on_stick, on_stick.path.parent
    away = tmp_path / "away"
    folder.rename(away)
    add_case(vault, 2)
    usb = tmp_path / "usb"
    usb.mkdir()
    faults.count(("open_new",))
    exported = vault.export_backup(usb)
    assert faults.calls["open_new"] == 1  # the copy's temp file only: no save was tried
    assert exported.parent == usb
    assert cases_in(exported, password) == [1, 2]
    assert vault.dirty  # the vault's own file still lacks it
    assert vault.saved_elsewhere


def test_a_copy_that_cannot_be_written_says_so_in_its_own_words(on_stick, tmp_path):
    with pytest.raises(media.CopyFailed) as failed:
        on_stick.save_copy(tmp_path / "no such folder" / "copy.rsdv")
    assert failed.value.message.startswith("Копия не сохранена")
    assert not on_stick.saved_elsewhere


# --- back as a new medium: the lock is taken again ------------------------------------------


def put_back_as_new(folder, away):
    """The stick comes back as a new mount: the same file (a byte copy), new inodes, no lock."""
    folder.mkdir()
    shutil.copy2(away / "service.rsdv", folder / "service.rsdv")


def test_back_as_a_new_medium_the_lock_is_taken_again_before_writing(on_stick, tmp_path, password):
    vault, folder = on_stick, on_stick.path.parent
    away = tmp_path / "away"
    folder.rename(away)
    add_case(vault, 2)
    with pytest.raises(errors.SaveFailed):
        vault.commit()
    put_back_as_new(folder, away)
    assert not (folder / "service.rsdv.lock").exists()
    vault.commit()
    assert (folder / "service.rsdv.lock").exists()
    with pytest.raises(errors.AlreadyOpen):
        Vault.open(folder / "service.rsdv", password)
    vault.close()
    assert not (folder / "service.rsdv.lock").exists()
    assert cases_in(folder / "service.rsdv", password) == [1, 2]


def test_no_failed_save_between_but_the_lock_is_lost_still_retakes_it(on_stick, tmp_path, password):
    """The stick was pulled and re-inserted while nothing was being saved."""
    vault, folder = on_stick, on_stick.path.parent
    away = tmp_path / "away"
    folder.rename(away)
    put_back_as_new(folder, away)
    add_case(vault, 2)
    vault.commit()
    with pytest.raises(errors.AlreadyOpen):
        Vault.open(folder / "service.rsdv", password)


def test_someone_who_took_the_lock_meanwhile_is_not_overwritten(on_stick, tmp_path, password):
    vault, folder = on_stick, on_stick.path.parent
    away = tmp_path / "away"
    folder.rename(away)
    add_case(vault, 2)
    put_back_as_new(folder, away)
    before = (folder / "service.rsdv").read_bytes()
    other = Vault.open(folder / "service.rsdv", password)  # a second window, meanwhile
    with pytest.raises(media.LockTakenMeanwhile) as refused:
        vault.commit()
    assert "другом окне" in refused.value.message
    assert (folder / "service.rsdv").read_bytes() == before
    assert vault.dirty
    # Closing this window must not unlink the other's lock file.
    copy = vault.save_copy(tmp_path / "mine.rsdv")
    vault.close(discard=True)
    assert (folder / "service.rsdv.lock").exists()
    with pytest.raises(errors.AlreadyOpen):
        Vault.open(folder / "service.rsdv", password)
    other.close()
    assert cases_in(copy, password) == [1, 2]


def test_the_other_window_gone_unchanged_the_save_resumes(on_stick, tmp_path, password):
    vault, folder = on_stick, on_stick.path.parent
    away = tmp_path / "away"
    folder.rename(away)
    add_case(vault, 2)
    put_back_as_new(folder, away)
    other = Vault.open(folder / "service.rsdv", password)
    with pytest.raises(media.LockTakenMeanwhile):
        vault.commit()
    other.close()  # looked, changed nothing
    vault.commit()
    with pytest.raises(errors.AlreadyOpen):
        Vault.open(folder / "service.rsdv", password)
    vault.close()
    assert cases_in(folder / "service.rsdv", password) == [1, 2]


def test_a_file_changed_meanwhile_is_not_overwritten(on_stick, tmp_path, password):
    vault, folder = on_stick, on_stick.path.parent
    away = tmp_path / "away"
    folder.rename(away)
    add_case(vault, 2)
    put_back_as_new(folder, away)
    with Vault.open(folder / "service.rsdv", password) as other:  # on another computer
        other.db["cases"].insert({"n": 100})
        other.commit()
    theirs = (folder / "service.rsdv").read_bytes()
    with pytest.raises(media.ChangedMeanwhile) as refused:
        vault.commit()
    assert "изменили или заменили" in refused.value.message
    assert (folder / "service.rsdv").read_bytes() == theirs
    # The lock it took to look is let go: the file's owner may open it.
    with Vault.open(folder / "service.rsdv", password):
        pass
    with pytest.raises(media.ChangedMeanwhile):  # and it keeps not overwriting
        vault.commit()
    copy = vault.save_copy(tmp_path / "mine.rsdv")
    assert cases_in(copy, password) == [1, 2]
    # Two files of one service went apart: the one opened second is called older.
    assert cases_in(folder / "service.rsdv", password, older=True) == [1, 100]


def test_a_save_that_replaced_the_file_before_failing_is_still_ours(on_stick, password, faults):
    """The folder fsync failed after the replace: the file on disk is the failed save's."""
    vault = on_stick
    add_case(vault, 2)
    faults.fail("fsync_dir", 1, persistent=False)
    with pytest.raises(errors.SaveFailed):
        vault.commit()
    faults.clear()
    add_case(vault, 3)
    vault.commit()  # not taken for someone else's change
    vault.close()
    assert cases_in(vault.path, password) == [1, 2, 3]


# --- the save queue across a pulled stick ---------------------------------------------------


def test_the_save_queue_retries_until_the_stick_is_back(on_stick, tmp_path, password):
    vault, folder = on_stick, on_stick.path.parent
    failed, saved = [], []
    got = threading.Event()

    def on_failed(error):
        failed.append(error)
        got.set()

    queue = SaveQueue(vault, on_saved=saved.append, on_failed=on_failed, retry_seconds=0.05)
    try:
        away = tmp_path / "away"
        folder.rename(away)
        add_case(vault, 2)
        queue.submit(vault.snapshot())
        assert got.wait(10)
        assert isinstance(failed[0], errors.SaveFailed) and vault.dirty
        put_back_as_new(folder, away)
        assert queue.flush(timeout=10)
        assert saved and not vault.dirty
        with pytest.raises(errors.AlreadyOpen):
            Vault.open(folder / "service.rsdv", password)
    finally:
        queue.stop(timeout=10)
    vault.close()
    assert cases_in(folder / "service.rsdv", password) == [1, 2]


# --- a real stick: tmpfs turned read-only, pulled, re-inserted (root) -----------------------


@pytest.fixture
def real_stick(tmp_path, kdf, password):
    with stick(tmp_path / "media") as medium:
        path = medium.folder / "service.rsdv"
        vault, _ = Vault.create(path, password, kdf=kdf)
        vault.db["cases"].insert({"n": 1})
        vault.commit()
        yield medium, vault
        vault.close(discard=True)


@needs_mount
def test_stick_turned_read_only_and_back(real_stick, tmp_path, password):
    medium, vault = real_stick
    medium.read_only()
    add_case(vault, 2)
    with pytest.raises(errors.SaveFailed) as failed:
        vault.commit()
    assert failed.value.not_writable
    copy = vault.save_copy(tmp_path / "copy.rsdv")
    medium.writable()
    vault.commit()
    assert not vault.dirty
    with pytest.raises(errors.AlreadyOpen):
        Vault.open(vault.path, password)
    vault.close()
    assert cases_in(vault.path, password) == [1, 2]
    assert cases_in(copy, password, older=True) == [1, 2]


@needs_mount
def test_stick_pulled_leaves_an_empty_mount_point_alone(real_stick, tmp_path, password):
    medium, vault = real_stick
    files = medium.pull()
    add_case(vault, 2)
    with pytest.raises(errors.SaveFailed) as failed:
        vault.commit()
    assert "не найдены" in failed.value.message
    assert os.listdir(medium.folder) == []  # no lone file, no lock file, no temp on the disk
    copy = vault.save_copy(tmp_path / "copy.rsdv")
    medium.reinsert(files)
    vault.commit()
    with pytest.raises(errors.AlreadyOpen):
        Vault.open(vault.path, password)
    assert fsio.TEMP_SUFFIX not in "".join(os.listdir(medium.folder))
    vault.close()
    assert cases_in(vault.path, password) == [1, 2]
    assert cases_in(copy, password, older=True) == [1, 2]


def test_export_of_a_saved_vault_whose_stick_is_away_seals_what_the_program_holds(
    on_stick, tmp_path, password
):
    vault, folder = on_stick, on_stick.path.parent
    assert not vault.dirty
    folder.rename(tmp_path / "away")
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cases_in(vault.export_backup(usb), password) == [1]


def test_after_a_copy_the_waiting_save_goes_above_it(tmp_path, kdf, password):
    """Once the stick is back, the file is the newer of the two: opening the copy later says
    so, and opening the file after the copy raises no rollback alarm."""
    from datetime import date

    from rsdesk.access.service_files import found_service
    from rsdesk.access.workplace import Workplace

    folder = tmp_path / "stick"
    unlocked, _ = found_service(
        folder / "school.rsdv",
        password,
        kind="school",
        name="МБОУ «Школа № 5»",
        region="Кузбасс",
        municipality="г. Кемерово",
        curator_name="Смирнова Ольга Петровна",
        pledged_on=date.today(),
        kdf=kdf,
    )
    vault = Vault.attach(unlocked)
    workplace = Workplace(vault, on_saved=lambda g: None, on_failed=lambda e: None)
    try:
        workplace.queue.stop()  # saves by hand below, in a known order
        folder.rename(tmp_path / "away")
        vault.db["probe"].insert({"n": 1})
        waiting = vault.snapshot()
        with pytest.raises(errors.SaveFailed):
            vault.write(waiting)
        copy = vault.save_copy(tmp_path / "copy.rsdv")
        workplace.queue = SaveQueue(vault, on_saved=lambda g: None, on_failed=lambda e: None)
        workplace.copied()
        (tmp_path / "away").rename(folder)
        assert workplace.queue.flush(timeout=10)
        assert vault.generation > Vault.inspect(copy, password).generation > waiting.generation
    finally:
        workplace.queue.stop(timeout=10)
        vault.close()
    with pytest.raises(errors.RolledBack):  # the copy is the older state now
        Vault.open(copy, password)
    with Vault.open(folder / "school.rsdv", password) as again:
        assert again.db["probe"].count == 1


def test_between_saves_the_lock_is_taken_again_as_soon_as_the_stick_is_back(
    on_stick, tmp_path, password
):
    """Nothing to save, a long retry: the watch of the save queue takes the lock within
    seconds of the file coming back, and the failed save goes ahead at once."""
    vault, folder = on_stick, on_stick.path.parent
    failed = threading.Event()
    queue = SaveQueue(
        vault,
        on_saved=lambda g: None,
        on_failed=lambda e: failed.set(),
        retry_seconds=600,
        watch_seconds=0.05,
    )
    try:
        away = tmp_path / "away"
        folder.rename(away)
        add_case(vault, 2)
        queue.submit(vault.snapshot())
        assert failed.wait(10)
        put_back_as_new(folder, away)
        deadline = time.monotonic() + 10
        while vault.dirty and time.monotonic() < deadline:
            time.sleep(0.02)
        assert not vault.dirty  # long before the 600 s retry
        with pytest.raises(errors.AlreadyOpen):
            Vault.open(folder / "service.rsdv", password)
        # Pulled and put back again with nothing to save: the lock follows all the same.
        folder.rename(tmp_path / "away again")
        put_back_as_new(folder, tmp_path / "away again")
        deadline = time.monotonic() + 10
        while not (folder / "service.rsdv.lock").exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        with pytest.raises(errors.AlreadyOpen):
            Vault.open(folder / "service.rsdv", password)
    finally:
        queue.stop(timeout=10)


def test_the_watch_leaves_a_file_changed_meanwhile_alone(on_stick, tmp_path, password):
    vault, folder = on_stick, on_stick.path.parent
    away = tmp_path / "away"
    folder.rename(away)
    put_back_as_new(folder, away)
    with Vault.open(folder / "service.rsdv", password) as other:
        other.db["cases"].insert({"n": 100})
        other.commit()
    assert not vault.hold_lock()
    tries = []
    real = vault._lock.acquire
    vault._lock.acquire = lambda **kw: (tries.append(1), real(**kw))[1]
    assert not vault.hold_lock()
    assert tries == []  # once found changed, its lock is not even tried again
    with Vault.open(folder / "service.rsdv", password, accept_rollback=True):
        pass  # its owner opens it freely


# --- attachments go along with a copy -------------------------------------------------------


def test_a_copy_takes_the_attachments_along(on_stick, tmp_path, password):
    vault = on_stick
    scan = vault.store_attachment("Скан договора о примирении".encode())
    vault.db["documents"].insert({"attachment": scan})
    vault.commit()
    (tmp_path / "elsewhere").mkdir()
    copy = vault.save_copy(tmp_path / "elsewhere" / "copy.rsdv")
    assert vault.copy_missing_attachments == 0
    assert (
        "Скан".encode() not in (copy.parent / "copy.rsdv.attachments" / f"{scan}.rsda").read_bytes()
    )
    vault.close()
    with Vault.open(copy, password) as opened:
        assert opened.read_attachment(scan).decode() == "Скан договора о примирении"


def test_a_copy_while_the_stick_is_away_counts_the_attachments_it_lacks(
    on_stick, tmp_path, password
):
    vault, folder = on_stick, on_stick.path.parent
    scan = vault.store_attachment(b"scan")
    vault.commit()
    folder.rename(tmp_path / "away")
    copy = vault.save_copy(tmp_path / "copy.rsdv")
    assert vault.copy_missing_attachments == 1
    assert not (tmp_path / "copy.rsdv.attachments" / f"{scan}.rsda").exists()
    assert cases_in(copy, password) == [1]
