"""Creating, opening, saving, key slots, the recovery key, the lock, backups and the save queue."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import threading

import pytest

from rsdesk.i18n import set_language
from rsdesk.paths import app_paths
from rsdesk.vault import (
    KdfParams,
    SaveQueue,
    Vault,
    calibrate,
    confirmation_groups,
    confirms_recovery_key,
    errors,
    keys,
    normalize_recovery_key,
)
from rsdesk.vault import format as fmt


def test_round_trip(vault_path, kdf, password):
    vault, _ = Vault.create(vault_path, password, kdf=kdf)
    assert vault.generation == 1 and not vault.dirty
    vault.db["cases"].insert({"id": 1, "story": "Конфликт в 7Б"}, pk="id")
    assert vault.dirty
    vault.commit()
    assert not vault.dirty and vault.generation == 2
    slot = vault.slot_id
    vault.close()
    assert not vault_path.with_name("service.rsdv.lock").exists()
    reopened = Vault.open(vault_path, password, slot_hint=slot)
    assert reopened.slot_id == slot and reopened.generation == 2
    assert list(reopened.db["cases"].rows) == [{"id": 1, "story": "Конфликт в 7Б"}]
    assert os.stat(vault_path).st_mode & 0o777 == 0o600
    reopened.close()


def test_schema_change_alone_is_dirty(new_vault):
    vault, _ = new_vault
    vault.db.execute("CREATE TABLE t (x)")
    assert vault.dirty
    vault.commit()
    vault.db.execute("PRAGMA user_version = 7")
    assert vault.dirty


def test_close_saves_and_refuses_to_lose(vault_path, kdf, password, faults):
    vault, _ = Vault.create(vault_path, password, kdf=kdf)
    vault.db["cases"].insert({"id": 1})
    faults.fail("fsync", 1, persistent=True)
    with pytest.raises(errors.SaveFailed):
        vault.close()
    assert not vault.closed and vault.dirty  # still open: nothing was dropped
    faults.clear()
    vault.close()
    with Vault.open(vault_path, password) as again:
        assert again.db["cases"].count == 1
    with pytest.raises(RuntimeError):
        _ = vault.db


def test_recovery_key_shape_and_reset(vault_path, kdf, password):
    vault, key = Vault.create(vault_path, password, kdf=kdf)
    slot = vault.slot_id
    vault.close()
    groups = key.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert not set(key) & set("ILOU")
    sloppy = " ".join(groups).lower().replace("0", "o").replace("1", "l")
    assert normalize_recovery_key(sloppy) == key.replace("-", "")
    with pytest.raises(errors.MistypedRecoveryKey):
        Vault.open_with_recovery(vault_path, key[:-1] + ("X" if key[-1] != "X" else "Y"))
    with pytest.raises(errors.WrongRecoveryKey):
        Vault.open_with_recovery(vault_path, keys.generate_recovery_key())
    with Vault.open(vault_path, password) as plain, pytest.raises(PermissionError):
        plain.reset_password_with_recovery(slot, "x")
    vault = Vault.open_with_recovery(vault_path, sloppy)
    vault.reset_password_with_recovery(slot, "новый пароль")
    vault.close()
    with pytest.raises(errors.WrongPassword):
        Vault.open(vault_path, password)
    Vault.open(vault_path, "новый пароль").close()


def test_confirming_the_recovery_key():
    key = keys.generate_recovery_key()
    asked = confirmation_groups(2)
    parts = key.split("-")
    typed = " ".join(parts[i - 1].lower() for i in asked)
    assert confirms_recovery_key(key, asked, typed)
    assert not confirms_recovery_key(key, asked, parts[asked[0] - 1])
    assert not confirms_recovery_key(key, asked, "")


def test_password_slots(new_vault, vault_path, kdf, password):
    vault, key = new_vault
    second = vault.add_password_slot("медиатор Петрова", kdf=kdf)
    assert second != vault.slot_id and len(vault.slot_ids) == 2
    raw = vault_path.read_bytes()
    # The new password is nowhere in the file, not even in the header's slot table. (A check
    # for any two Cyrillic bytes there failed about one run in 160: salts and nonces are random.)
    for text in ("медиатор Петрова", "Петрова", "медиатор"):
        assert text.encode() not in raw and text.encode("utf-16-le") not in raw
    vault.change_password(second, "другой пароль")
    assert vault.verify_password("другой пароль", second)
    assert not vault.verify_password("медиатор Петрова", second)
    vault.remove_slot(vault.slot_id)
    with pytest.raises(ValueError):
        vault.remove_slot(second)
    vault.close()
    with pytest.raises(errors.WrongPassword):
        Vault.open(vault_path, password)
    opened = Vault.open(vault_path, "другой пароль", slot_hint="nonsense")
    assert opened.slot_id == second
    new_key = opened.replace_recovery_key()
    opened.close()
    with pytest.raises(errors.WrongRecoveryKey):
        Vault.open_with_recovery(vault_path, key)
    Vault.open_with_recovery(vault_path, new_key).close()


def test_failed_slot_change_keeps_old_password(new_vault, vault_path, password, faults):
    vault, _ = new_vault
    faults.fail("replace", 1, persistent=False)
    with pytest.raises(errors.SaveFailed):
        vault.change_password(vault.slot_id, "не сохранится")
    assert vault.verify_password(password)
    vault.close()
    Vault.open(vault_path, password).close()


def test_passwords_are_normalised(vault_path, kdf):
    composed = "ёжик"
    decomposed = "е\u0308жик"
    Vault.create(vault_path, composed, kdf=kdf)[0].close()
    Vault.open(vault_path, decomposed).close()


def test_calibration_respects_floor_and_caps():
    params = calibrate()
    assert params.memory_kib >= keys.MIN_MEMORY_KIB and params.iterations >= keys.MIN_ITERATIONS
    assert params.problem() is None
    assert calibrate(target_seconds=0.001) == KdfParams(keys.MIN_MEMORY_KIB, keys.MIN_ITERATIONS)
    huge = keys._params_for(1e15)  # a machine of the future: the shape stays within the caps
    assert huge.problem() is None and huge.memory_kib == keys.CALIBRATED_MAX_MEMORY_KIB


def test_create_refuses_existing_file(vault_path, kdf, password):
    vault_path.write_bytes(b"precious")
    with pytest.raises(errors.VaultExists):
        Vault.create(vault_path, password, kdf=kdf)
    assert vault_path.read_bytes() == b"precious"


def test_missing_file(tmp_path, password):
    set_language("ru")
    with pytest.raises(errors.Unreadable) as caught:
        Vault.open(tmp_path / "nope.rsdv", password)
    assert "не найден" in caught.value.message


# --- the lock --------------------------------------------------------------------------------

HOLDER = """
import sys, time
from rsdesk.vault import Vault
vault = Vault.open(sys.argv[1], sys.argv[2])
print("ready", flush=True)
time.sleep(60)
"""


def test_second_open_in_same_process_is_refused(new_vault, vault_path, password):
    set_language("ru")
    with pytest.raises(errors.AlreadyOpen) as caught:
        Vault.open(vault_path, password)
    assert "уже открыт в другом окне rsdesk или другой программе" in caught.value.message


def test_lock_of_another_program_and_stale_lock_after_kill(vault_path, kdf, password):
    Vault.create(vault_path, password, kdf=kdf)[0].close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(vault_path), password],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(errors.AlreadyOpen):
            Vault.open(vault_path, password)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert vault_path.with_name("service.rsdv.lock").exists()  # left behind by the crash
    Vault.open(vault_path, password).close()  # stale: recovered


# --- backups ---------------------------------------------------------------------------------


def test_backups_rotate_restore_and_export(new_vault, vault_path, password, tmp_path, monkeypatch):
    vault, _ = new_vault
    assert len(vault.backups()) == 1  # made at creation
    from rsdesk.vault import backups

    monkeypatch.setattr(backups, "INTERVAL", backups.INTERVAL * 0)
    monkeypatch.setattr(vault.backup_timer, "due_at", 0.0)
    for n in range(10):
        vault.db["cases"].insert({"n": n})
        vault.backup_timer.due_at = 0.0
        vault.commit()
    infos = vault.backups()
    assert len(infos) == backups.KEEP
    assert infos[0].generation > infos[-1].generation
    assert str(infos[0].path).startswith(str(app_paths().backups))
    old = infos[-1]
    usb = tmp_path / "usb"
    usb.mkdir()
    exported = vault.export_backup(usb)
    assert exported.parent == usb and exported.read_bytes() == vault_path.read_bytes()
    assert vault.export_backup(usb) != exported
    newest_generation = vault.generation
    vault.close()

    restored = Vault.restore_backup(vault_path, old.path, password)
    assert restored.generation > newest_generation  # no rollback alarm from now on
    rows = restored.db["cases"].count
    assert rows < 10
    restored.close()
    with Vault.open(vault_path, password) as again:
        assert again.db["cases"].count == rows
        assert any(b.reason == "before-restore" for b in again.backups())
    # The set-aside copy brings everything back.
    aside = next(b for b in backups.list_backups(again.file_id) if b.reason)
    Vault.restore_backup(vault_path, aside.path, password).close()
    with Vault.open(vault_path, password) as again:
        assert again.db["cases"].count == 10

    # An exported copy restores on a machine that never saw this vault.
    elsewhere = tmp_path / "elsewhere" / "service.rsdv"
    Vault.restore_backup(elsewhere, exported, password).close()
    with Vault.open(elsewhere, password) as copy:
        assert copy.db["cases"].count == 10


def test_restore_refuses_foreign_backup(new_vault, vault_path, kdf, password, tmp_path):
    vault, _ = new_vault
    vault.close()
    other, _ = Vault.create(tmp_path / "other.rsdv", password, kdf=kdf)
    other.close()
    with pytest.raises(errors.ForeignBackup):
        Vault.restore_backup(vault_path, tmp_path / "other.rsdv", password)


def test_backup_failure_does_not_fail_the_save(new_vault, vault_path, password, monkeypatch):
    vault, _ = new_vault
    from rsdesk.vault import backups

    def broken(*args, **kwargs):
        raise OSError(errno.ENOSPC, "full")

    monkeypatch.setattr(backups, "write_backup", broken)
    vault.backup_timer.due_at = 0.0
    monkeypatch.setattr(backups, "next_due", lambda file_id: 0.0)
    vault.db["cases"].insert({"n": 1})
    vault.commit()
    assert not vault.dirty
    assert vault.last_backup_error is not None and vault.last_backup_error.disk_full


# --- the save queue --------------------------------------------------------------------------


def test_save_queue_coalesces_and_saves(new_vault, vault_path, password):
    vault, _ = new_vault
    saved, failed = [], []
    queue = SaveQueue(vault, saved.append, failed.append, retry_seconds=60)
    for n in range(20):
        vault.db["cases"].insert({"n": n})
        queue.submit(vault.snapshot())
    assert vault.dirty or queue.idle
    assert queue.flush(10)
    assert queue.stop(10)
    assert not vault.dirty and not failed
    assert saved[-1] == vault.generation and len(saved) <= 20
    vault.close()
    with Vault.open(vault_path, password) as again:
        assert again.db["cases"].count == 20


def test_save_queue_retries_after_failure(new_vault, vault_path, password, faults):
    vault, _ = new_vault
    saved, failed = [], []
    done = threading.Event()
    queue = SaveQueue(vault, lambda g: (saved.append(g), done.set()), failed.append, 0.05)
    faults.fail("write", 1, persistent=True, error=errno.ENOSPC)
    vault.db["cases"].insert({"n": 1})
    queue.submit(vault.snapshot())
    assert not queue.flush(5)
    assert failed and isinstance(failed[0], errors.SaveFailed) and failed[0].disk_full
    assert vault.dirty
    faults.clear()  # space was freed; the timer retries without being asked
    assert done.wait(5)
    assert queue.stop(5) and not vault.dirty
    vault.close()
    with Vault.open(vault_path, password) as again:
        assert again.db["cases"].count == 1


def test_stale_snapshot_is_skipped(new_vault):
    vault, _ = new_vault
    older = vault.snapshot()
    vault.db["cases"].insert({"n": 1})
    vault.commit()
    newest = vault.generation
    vault.write(older)
    assert vault.generation == newest


def test_header_has_no_names(new_vault, vault_path):
    vault, _ = new_vault
    header, raw = fmt.parse(vault_path.read_bytes())
    assert header.file_id == vault.file_id
    assert {s.slot_id.hex() for s in header.slots} >= {vault.slot_id}
    assert len(raw) == fmt.header_len(2)


# --- one thread owns the database ------------------------------------------------------------


def test_the_database_refuses_use_from_another_thread(new_vault):
    """The thread that attached the vault owns its connection; a worker gets only bytes."""
    import sqlite3

    vault, _ = new_vault
    vault.db["cases"].insert({"n": 1})
    caught: list[BaseException] = []

    def worker() -> None:
        for use in (lambda: vault.db.execute("SELECT 1"), vault.snapshot):
            try:
                use()
            except BaseException as error:
                caught.append(error)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert len(caught) == 2 and all(isinstance(e, sqlite3.ProgrammingError) for e in caught)
    # What a worker may have: a snapshot to write, a slot maker to derive a key slot with.
    snapshot = vault.snapshot()
    maker = vault.slot_maker()
    made: list[object] = []
    thread = threading.Thread(
        target=lambda: made.extend(
            [vault.write(snapshot), maker.password_slot("ещё один", kdf=KdfParams(8 * 1024, 1, 1))]
        )
    )
    thread.start()
    thread.join()
    assert vault.generation == snapshot.generation and not vault.dirty
    slot_id = vault.install_slot(made[1])
    assert slot_id in vault.slot_ids and vault.verify_password("ещё один", slot_id)


def test_unlocking_and_attaching_on_different_threads(new_vault, vault_path, password):
    """The key derivation and decryption in a worker; the database made where it is used."""
    from rsdesk.vault.unlocking import unlock_with_password

    vault, _ = new_vault
    vault.db["cases"].insert({"story": "Ссора в столовой"})
    vault.close()
    unlocked: list[object] = []
    thread = threading.Thread(
        target=lambda: unlocked.append(unlock_with_password(vault_path, password))
    )
    thread.start()
    thread.join()
    with pytest.raises(errors.AlreadyOpen):  # unlocked is locked, attached or not
        Vault.open(vault_path, password)
    with Vault.attach(unlocked[0]) as again:
        assert [r["story"] for r in again.db["cases"].rows] == ["Ссора в столовой"]
        assert not again.dirty


def test_an_unlocked_file_let_go_releases_its_lock(new_vault, vault_path, password):
    from rsdesk.vault.unlocking import unlock_with_password

    new_vault[0].close()
    unlocked = unlock_with_password(vault_path, password)
    unlocked.discard()
    assert not any(unlocked.data_key)
    Vault.open(vault_path, password).close()
