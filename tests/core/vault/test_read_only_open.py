"""A vault on a medium that cannot be written opens read-only: it reads, writes nothing,
refuses every change in the Desk, and saves a copy elsewhere that opens writable."""

from __future__ import annotations

import errno
import os
from datetime import date

import pytest

from rsdesk.access.desk import ReadOnlyRefused
from rsdesk.access.service_files import found_service
from rsdesk.access.workplace import Workplace
from rsdesk.domain.roles import Op
from rsdesk.i18n import set_language
from rsdesk.vault import Vault, errors, fsio, lock, media
from tests.helpers.media import needs_mount, read_only_view, refuse_lock_file, stick


@pytest.fixture(autouse=True)
def russian():
    set_language("ru")


def files_of(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def made(path, password, kdf):
    vault, _ = Vault.create(path, password, kdf=kdf)
    vault.db["cases"].insert({"n": 1, "text": "Канарейка на чтение"})
    vault.commit()
    vault.close()


# --- a write-protected medium --------------------------------------------------------------


@needs_mount
def test_write_protected_stick_opens_read_only(tmp_path, kdf, password):
    with stick(tmp_path / "stick") as medium:
        path = medium.folder / "service.rsdv"
        made(path, password, kdf)
        medium.read_only()
        before = files_of(medium.folder)
        vault = Vault.open(path, password)
        try:
            assert vault.read_only
            assert vault.read_only_reason == media.read_only_reason(OSError(errno.EROFS, ""))
            assert vault.db["cases"].get(1)["text"] == "Канарейка на чтение"
            assert not vault.dirty  # nothing to save, so nothing said to be unsaved
            vault.db["cases"].insert({"n": 2})
            with pytest.raises(media.ReadOnly) as refused:
                vault.commit()
            assert vault.read_only_reason in refused.value.message
            assert "повтор" not in refused.value.message  # no retrying of a save
            copy = vault.save_copy(tmp_path / "copy.rsdv")
        finally:
            vault.close()
        assert files_of(medium.folder) == before  # no lock file, no temp, nothing written
    with Vault.open(copy, password) as writable:
        assert not writable.read_only
        assert writable.db["cases"].count == 2
        writable.db["cases"].insert({"n": 3})
        writable.commit()
    assert Vault.inspect(copy, password).generation > 0


def test_injected_read_only_medium_opens_read_only(vault_path, kdf, password, monkeypatch):
    made(vault_path, password, kdf)
    refuse_lock_file(monkeypatch)
    with Vault.open(vault_path, password) as vault:
        assert vault.read_only
        assert "защищён от записи" in vault.read_only_reason
        assert not (vault_path.parent / "service.rsdv.lock").exists()
        with pytest.raises(errors.SaveFailed):
            vault.commit()
    assert fsio.TEMP_SUFFIX not in "".join(os.listdir(vault_path.parent))


@pytest.mark.parametrize("code", [errno.EACCES, errno.EPERM])
def test_folder_without_write_permission_opens_read_only(
    vault_path, kdf, password, monkeypatch, code
):
    made(vault_path, password, kdf)
    refuse_lock_file(monkeypatch, code)
    with Vault.open(vault_path, password) as vault:
        assert vault.read_only
        assert "нет права записи" in vault.read_only_reason


def test_a_file_marked_read_only_opens_read_only(vault_path, kdf, password, monkeypatch):
    made(vault_path, password, kdf)
    before = vault_path.read_bytes()
    os.chmod(vault_path, 0o444)
    # root may write anything; the file's own mark is what counts
    real = os.access
    monkeypatch.setattr(
        lock.os, "access", lambda p, mode: False if str(p) == str(vault_path) else real(p, mode)
    )
    with Vault.open(vault_path, password) as vault:
        assert vault.read_only
        assert "сам файл" in vault.read_only_reason
        with pytest.raises(media.ReadOnly):
            vault.commit()
        # It holds the lock all the same: the folder could take it.
        with pytest.raises(errors.AlreadyOpen):
            Vault.open(vault_path, password)
    assert vault_path.read_bytes() == before


def test_creating_on_a_read_only_medium_still_fails(vault_path, kdf, password, monkeypatch):
    refuse_lock_file(monkeypatch)
    with pytest.raises(errors.SaveFailed) as refused:
        Vault.create(vault_path, password, kdf=kdf)
    assert refused.value.message == (
        "В эту папку ничего нельзя записать (диск защищён от записи). Выберите другую папку "
        "или другой диск."
    )
    assert not vault_path.exists()


# --- a writer elsewhere ------------------------------------------------------------------


@needs_mount
def test_reader_and_writer_of_one_file_keep_each_other_out(tmp_path, kdf, password):
    """A read-only view of a folder someone writes (a share): the reader's shared lock on the
    existing lock file and the writer's exclusive one exclude each other."""
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "service.rsdv"
    made(path, password, kdf)
    with read_only_view(folder, tmp_path / "view") as view:
        with Vault.open(path, password), pytest.raises(errors.AlreadyOpen):
            Vault.open(view / path.name, password)
        (folder / "service.rsdv.lock").touch()  # a lock file a writer left behind
        with Vault.open(view / path.name, password) as reader:
            assert reader.read_only
            with pytest.raises(errors.AlreadyOpen):
                Vault.open(path, password)
        with Vault.open(path, password) as writer:  # the reader gone, the writer may come
            assert not writer.read_only


# --- the Desk of a read-only file --------------------------------------------------------


def test_the_desk_refuses_every_change_of_a_read_only_file(tmp_path, kdf, password, monkeypatch):
    path = tmp_path / "school.rsdv"
    unlocked, _ = found_service(
        path,
        password,
        kind="school",
        name="МБОУ «Школа № 3»",
        region="Кузбасс",
        municipality="г. Кемерово",
        curator_name="Смирнова Ольга Петровна",
        pledged_on=date.today(),
        kdf=kdf,
    )
    Vault.attach(unlocked).close()
    before = path.read_bytes()
    refuse_lock_file(monkeypatch)
    vault = Vault.open(path, password)
    workplace = Workplace(vault, on_saved=lambda g: None, on_failed=lambda e: None)
    try:
        desk = workplace.desk
        assert desk is not None
        entries = len(desk.audit_entries())
        assert workplace.sign_in() == (0, 0)  # no purge, no failure
        with pytest.raises(ReadOnlyRefused) as refused:
            desk.update_profile(name="Другое имя", region="Кузбасс", municipality="г. Кемерово")
        assert "только для чтения" in refused.value.message
        assert vault.read_only_reason in refused.value.message
        with pytest.raises(ReadOnlyRefused):  # refused by the operation hook itself
            desk.apply_retention()
        decision = desk.may(Op.EDIT_ROSTER)
        assert not decision and "только для чтения" in decision.reason
        assert desk.may(Op.VIEW_STATS)
        # Reading is recorded nowhere (the record cannot be kept) and changes nothing.
        desk.signed_in()
        assert len(desk.audit_entries()) == entries
        assert desk.list_mediators()
        assert not vault.dirty and not vault.db.conn.in_transaction
        assert workplace.queue.idle
    finally:
        workplace.queue.stop()
        vault.close()
    assert path.read_bytes() == before


def test_a_session_handed_over_on_a_read_only_file_changes_nothing_either(
    tmp_path, kdf, password, monkeypatch
):
    from rsdesk.access.workplace import desk_for
    from rsdesk.domain.register import Mediator

    path = tmp_path / "school.rsdv"
    unlocked, _ = found_service(
        path,
        password,
        kind="school",
        name="МБОУ «Школа № 4»",
        region="Кузбасс",
        municipality="г. Кемерово",
        curator_name="Смирнова Ольга Петровна",
        pledged_on=date.today(),
        kdf=kdf,
    )
    vault = Vault.attach(unlocked)
    young_id = desk_for(vault).add_mediator(Mediator("Петров Михаил", "young", class_name="8А"))
    vault.close()
    refuse_lock_file(monkeypatch)
    vault = Vault.open(path, password)
    workplace = Workplace(vault, on_saved=lambda g: None, on_failed=lambda e: None)
    try:
        young = workplace.hand_over(young_id)
        assert young.read_only == vault.read_only_reason
        with pytest.raises(ReadOnlyRefused):
            young.apply_retention()
        assert not young.may(Op.VIEW_STATS)  # their role, as ever
        assert not vault.dirty and not vault.db.conn.in_transaction
    finally:
        workplace.queue.stop()
        vault.close()


def test_restoring_onto_a_read_only_medium_says_to_choose_another_place(
    new_vault, vault_path, password, monkeypatch
):
    vault, _ = new_vault
    copy = vault.backups()[0].path
    vault.close()
    before = vault_path.read_bytes()
    refuse_lock_file(monkeypatch)
    with pytest.raises(lock.FolderNotWritable) as refused:
        Vault.restore_backup(vault_path, copy, password)
    assert "Выберите другую папку" in refused.value.message
    assert vault_path.read_bytes() == before
