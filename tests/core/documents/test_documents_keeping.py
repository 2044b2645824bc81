"""Attachments round trip and fail clearly; export is atomic and AES-256 protected on request."""

from __future__ import annotations

import subprocess

import pytest

from rsdesk.documents.export import export_document, export_warning, protect
from rsdesk.documents.keeping import document_pdf, keep_document, make_document
from rsdesk.domain.refusals import Refused
from rsdesk.domain.register import Document
from rsdesk.vault import Vault
from rsdesk.vault.attachments import (
    AttachmentDamaged,
    AttachmentFromOtherVault,
    AttachmentMissing,
    folder_of,
    path_of,
)
from rsdesk.vault.errors import DamagedFile, VaultError
from tests.helpers.documents import ITEM_CANARY, pdftotext

FAST_PASSWORD = "Пароль ёлки 7Б"


def test_attachment_round_trip_and_delete(case_vault):
    vault, *_ = case_vault
    blob = "Подписанный договор № 5 «Ёлка»".encode() * 1000
    attachment = vault.store_attachment(blob)
    assert path_of(vault.path, attachment).parent == folder_of(vault.path)
    assert vault.read_attachment(attachment) == blob
    assert blob[:40] not in path_of(vault.path, attachment).read_bytes()
    vault.delete_attachment(attachment)
    with pytest.raises(AttachmentMissing) as missing:
        vault.read_attachment(attachment)
    assert "не найден" in missing.value.message
    vault.delete_attachment(attachment)  # already gone: not an error


def test_tampering_is_detected_with_a_russian_message(case_vault):
    vault, *_ = case_vault
    attachment = vault.store_attachment(b"%PDF-1.4 scan")
    path = path_of(vault.path, attachment)
    original = path.read_bytes()
    for offset in range(0, len(original), 3):
        damaged = bytearray(original)
        damaged[offset] ^= 0x01
        path.write_bytes(bytes(damaged))
        with pytest.raises(VaultError) as error:
            vault.read_attachment(attachment)
        assert error.value.message and "файл" in error.value.message
    path.write_bytes(original[:30])
    with pytest.raises(AttachmentDamaged) as short:
        vault.read_attachment(attachment)
    assert "повреждён" in short.value.message
    path.write_bytes(original)
    assert vault.read_attachment(attachment) == b"%PDF-1.4 scan"
    other = vault.store_attachment(b"other")
    path_of(vault.path, other).write_bytes(original)  # one attachment standing in for another
    with pytest.raises(AttachmentDamaged):
        vault.read_attachment(other)
    assert issubclass(AttachmentDamaged, VaultError) and not issubclass(
        AttachmentMissing, DamagedFile
    )


def test_an_attachment_of_another_vault_is_refused(case_vault, tmp_path):
    vault, *_ = case_vault
    other, _ = Vault.create(tmp_path / "other" / "b.rsdv", "другой", kdf=_fast())
    try:
        foreign = other.store_attachment(b"foreign")
        target = path_of(vault.path, foreign)
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(path_of(other.path, foreign).read_bytes())
        with pytest.raises(AttachmentFromOtherVault) as error:
            vault.read_attachment(foreign)
        assert "другому файлу службы" in error.value.message
    finally:
        other.close(discard=True)


def test_bad_ids_never_name_another_path(case_vault):
    vault, *_ = case_vault
    for bad in ("../service.rsdv", "", "ABC", "0" * 31 + "g"):
        with pytest.raises(AttachmentMissing):
            vault.read_attachment(bad)


def _fast():  # type: ignore[no-untyped-def]
    from tests.helpers.documents import FAST

    return FAST


def test_export_with_password_opens_only_with_it(case_vault, desk, tmp_path):
    vault, _, case_id, program_id = case_vault
    document = make_document(desk, vault, case_id, "program_result", program_id=program_id)
    plain = export_document(vault, document, tmp_path / "договор.pdf")
    assert ITEM_CANARY in pdftotext(plain.read_bytes(), tmp_path)
    locked = export_document(vault, document, tmp_path / "защищён.pdf", password="Ёж-2026")
    data = locked.read_bytes()
    assert b"/AESV3" in data and ITEM_CANARY.encode() not in data
    assert ITEM_CANARY in pdftotext(data, tmp_path, "-upw", "Ёж-2026")
    with pytest.raises(PermissionError):
        pdftotext(data, tmp_path)
    with pytest.raises(PermissionError):
        pdftotext(data, tmp_path, "-upw", "ёж-2026")
    page = tmp_path / "page"
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "30",
            "-upw",
            "Ёж-2026",
            "-f",
            "1",
            "-l",
            "1",
            str(locked),
            str(page),
        ],
        check=True,
        timeout=60,
    )
    assert list(tmp_path.glob("page*.png"))
    assert not list(tmp_path.glob(".*.rsdtmp"))


def test_protect_refuses_an_empty_password():
    with pytest.raises(ValueError):
        protect(b"%PDF", "")


def test_export_warning_says_the_file_leaves_the_vault():
    assert "защит" in export_warning()


def test_a_document_the_desk_refuses_leaves_no_attachment(case_vault, desk, today):
    vault, _, case_id, _ = case_vault
    desk.close_case(case_id, today)  # a closed case is read-only: nothing is kept with it
    folder = folder_of(vault.path)
    before = sorted(folder.iterdir()) if folder.exists() else []
    made = Document(case_id, "request_card", "Регистрационная карточка", today)
    with pytest.raises(Refused):
        keep_document(desk, vault, made, b"%PDF-1.4 card")
    assert (sorted(folder.iterdir()) if folder.exists() else []) == before
    assert desk.documents_of(case_id) == ()


def test_a_kept_document_is_listed_with_its_file(case_vault, desk, today):
    vault, _, case_id, _ = case_vault
    made = Document(case_id, "request_card", "Регистрационная карточка", today)
    kept = keep_document(desk, vault, made, b"%PDF-1.4 card")
    assert kept.id is not None and kept.attachment
    assert desk.documents_of(case_id) == (kept,)
    assert document_pdf(vault, kept) == b"%PDF-1.4 card"
