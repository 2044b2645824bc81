"""Bad input at the regional centre: names with bidi or zero-width characters rejected with a
Russian reason (a signed file is never cleaned), a UTF-8 BOM accepted with the signature still
checked, and a pipe or a device in a folder given to `stats aggregate` refused at once."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlite_utils import Database

from rsdesk import cli
from rsdesk.stats.aggregate import aggregate, display
from rsdesk.stats.fileformat import (
    Accepted,
    Rejected,
    check_bytes,
    document_bytes,
    read_stats_file,
    sign,
)
from rsdesk.stats.yearly import compute_payload
from rsdesk.storage.service import init_service
from tests.helpers.pipes import outcome
from tests.helpers.stats import make_payload, write_signed

KEY = Ed25519PrivateKey.generate()
SERVICE_ID = "0b6f3c55-0f5e-4d5c-9a3e-2f1d8d6c4b2a"
PAYLOAD = make_payload(service_id=SERVICE_ID, adult=1, sources={"teacher": 2})
PIPE_REASON = "Это не файл, а канал или устройство: он не прочитан."
# Every character the issue names, and a few more of the same family.
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
MARKS = ["\u200e", "\u200f", "\u061c"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
OTHERS = ["\u00ad", "\u2028", "\u2029", "\U000e0041"]  # soft hyphen, separators, a tag


def rejected(document: dict) -> str:
    result = check_bytes(document_bytes(document), "f.rsdstats")
    assert isinstance(result, Rejected), result
    return result.reason


def with_service(field: str, value: str) -> dict:
    payload = json.loads(json.dumps(PAYLOAD))
    payload["service"][field] = value
    return sign(payload, KEY)


# --- invisible characters -------------------------------------------------------------------


@pytest.mark.parametrize("char", BIDI + MARKS + ZERO_WIDTH + OTHERS)
def test_a_name_with_an_invisible_character_is_rejected(char):
    reason = rejected(with_service("name", f"МБОУ «СОШ{char} № 12»"))
    code = f"U+{ord(char):04X}"
    assert reason == (
        f"«payload.service.name» содержит невидимый символ {code} (знак направления текста или "
        "символ нулевой ширины): с ним одно название может читаться как другое. Службе нужно "
        "исправить название и выгрузить файл заново."
    )


@pytest.mark.parametrize("field", ["municipality", "region"])
@pytest.mark.parametrize("char", ["\u202e", "\u200b", "\u2067"])
def test_the_place_is_checked_like_the_name(field, char):
    assert f"«payload.service.{field}»" in rejected(with_service(field, f"г.{char} Кемерово"))


def test_a_bom_inside_a_name_is_rejected_too():
    assert "U+FEFF" in rejected(with_service("name", "\ufeffСОШ № 3"))


def test_visible_letters_of_other_scripts_and_typography_are_accepted():
    # Not every non-ASCII character is suspect: quotes, dashes, ё, a no-break space, Tatar.
    for value in ("МБОУ «СОШ № 1» — им. Ё. Ёлкина", "Гимназия\u00a0№ 2", "Мәктәп № 5"):
        result = check_bytes(document_bytes(with_service("name", value)))
        assert isinstance(result, Accepted), value


def test_aggregation_leaves_a_right_to_left_override_out_of_the_totals(tmp_path):
    genuine = make_payload(service_id=SERVICE_ID, name="МБОУ «СОШ № 12»", sources={"parent": 4})
    write_signed(tmp_path, "genuine.rsdstats", genuine)
    spoof = make_payload(name="МБОУ «СОШ № \u202e21»", sources={"parent": 400})
    write_signed(tmp_path, "spoof.rsdstats", spoof)
    result = aggregate([tmp_path], workers=1)
    assert result.tables["school"]["all"]["requests_received"] == 4
    ((path, reason),) = result.rejected
    assert path.endswith("spoof.rsdstats") and "U+202E" in reason


def test_a_file_name_with_an_override_is_shown_escaped(tmp_path):
    shown = display(tmp_path / "отчёт\u202egpj.rsdstats")
    assert "\u202e" not in shown and "\\u202e" in shown


def test_the_service_own_export_drops_what_it_pasted_with_its_name():
    # The curator pasted the name from a web page, a zero-width space and a BOM came along:
    # the service's own file must not be rejected for that at the regional centre.
    db = Database(memory=True)
    init_service(
        db,
        kind="school",
        name="МБОУ\u200b «СОШ № 7»\ufeff",
        region="Кузбасс\u200e",
        municipality="г.\u2060 Кемерово",
        curator_name="Петрова Анна Ивановна",
        curator_slot_id="curator-slot",
    )
    from datetime import date

    payload = compute_payload(db, 2024, generated=date(2025, 1, 10))
    assert payload["service"]["name"] == "МБОУ «СОШ № 7»"
    assert payload["service"]["region"] == "Кузбасс"
    assert payload["service"]["municipality"] == "г. Кемерово"
    assert isinstance(check_bytes(document_bytes(sign(payload, KEY))), Accepted)


# --- byte order mark ------------------------------------------------------------------------


def test_a_utf8_bom_at_the_start_is_accepted_and_the_signature_still_checked():
    data = document_bytes(sign(PAYLOAD, KEY))
    result = check_bytes(codecs.BOM_UTF8 + data)
    assert isinstance(result, Accepted) and result.payload == PAYLOAD
    # The BOM is no way around the signature: a changed count still fails it.
    tampered = data.replace(b'"teacher": 2', b'"teacher": 9').replace(
        b'"requests_received": 2', b'"requests_received": 9'
    )
    assert tampered != data
    reason = check_bytes(codecs.BOM_UTF8 + tampered)
    assert isinstance(reason, Rejected)
    assert reason.reason.startswith("Подпись не соответствует содержимому")


def test_a_file_saved_with_a_bom_by_notepad_counts_in_the_summary(tmp_path):
    path = write_signed(tmp_path, "notepad.rsdstats", PAYLOAD)
    path.write_bytes(codecs.BOM_UTF8 + path.read_bytes().replace(b"\n", b"\r\n"))
    result = aggregate([tmp_path], workers=1)
    assert result.rejected == [] and len(result.accepted) == 1


def test_a_bom_anywhere_else_or_twice_is_not_json():
    data = document_bytes(sign(PAYLOAD, KEY))
    for broken in (codecs.BOM_UTF8 * 2 + data, b"\n" + codecs.BOM_UTF8 + data):
        result = check_bytes(broken)
        assert isinstance(result, Rejected)
        assert result.reason.startswith("Файл не является корректным JSON")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_a_utf16_file_gets_its_own_reason(codec):
    text = document_bytes(sign(PAYLOAD, KEY)).decode("utf-8")
    data = text.encode(codec)
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        data = codecs.BOM_UTF16_BE + data
    result = check_bytes(data)
    assert isinstance(result, Rejected)
    assert result.reason == (
        "Файл сохранён в кодировке UTF-16, а не UTF-8: его изменили в текстовом редакторе "
        "после выгрузки. Попросите у службы файл в том виде, в каком он был выгружен."
    )


# --- pipes and devices in a folder ----------------------------------------------------------


posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    inbox = tmp_path / "почта"
    (inbox / "флешка").mkdir(parents=True)
    write_signed(inbox, "valid.rsdstats", PAYLOAD, KEY)
    return inbox


@posix_only
def test_a_pipe_in_a_folder_is_listed_as_refused_not_skipped_nor_waited_on(folder):
    pipe = folder / "флешка" / "school.rsdstats"
    os.mkfifo(pipe)
    result = outcome(lambda: aggregate([folder], workers=1), pipe)
    assert result.rejected == [(str(pipe), PIPE_REASON)]
    assert len(result.accepted) == 1


@posix_only
@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_link_to_a_device_in_a_folder_is_refused_before_a_byte_is_read(folder):
    os.symlink("/dev/zero", folder / "zero.json")
    result = outcome(lambda: aggregate([folder], workers=1))
    assert result.rejected == [(str(folder / "zero.json"), PIPE_REASON)]


@posix_only
def test_the_pool_of_workers_refuses_a_pipe_too(folder):
    pipe = folder / "school.json"
    os.mkfifo(pipe)
    result = outcome(lambda: aggregate([folder], workers=2), pipe)
    assert result.rejected == [(str(pipe), PIPE_REASON)]


@posix_only
def test_the_command_line_refuses_a_pipe_in_a_folder_and_says_why(folder, tmp_path, capsys):
    pipe = folder / "флешка" / "late.rsdstats"
    os.mkfifo(pipe)
    out = tmp_path / "свод.json"
    run = ["stats", "aggregate", str(folder), "--json", str(out)]
    run += ["--registry", str(tmp_path / "registry.json")]
    assert outcome(lambda: cli.main(run), pipe) == 2  # written, a file rejected
    said = capsys.readouterr().out
    assert f"ОТКЛОНЁН {pipe}: {PIPE_REASON}" in said
    summary = json.loads(out.read_text(encoding="utf-8"))
    assert summary["files"] == 1
    assert summary["rejected"] == [{"file": str(pipe), "reason": PIPE_REASON}]


def test_a_dangling_link_in_a_folder_is_listed_with_its_reason(folder):
    os.symlink(folder / "gone.rsdstats", folder / "link.rsdstats")
    result = aggregate([folder], workers=1)
    assert result.rejected == [(str(folder / "link.rsdstats"), "Такого файла нет.")]


def test_a_pipe_named_directly_is_read_by_nobody(folder):
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX")
    pipe = folder / "named.bin"
    os.mkfifo(pipe)
    assert outcome(lambda: read_stats_file(pipe), pipe) == Rejected(str(pipe), PIPE_REASON)


@posix_only
@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_the_command_line_refuses_a_pipe_and_a_device_named_among_its_paths(
    folder, tmp_path, capsys
):
    pipe = tmp_path / "named.rsdstats"
    os.mkfifo(pipe)
    run = ["stats", "aggregate", str(pipe), "/dev/zero", str(folder)]
    run += ["--json", str(tmp_path / "o.json"), "--registry", str(tmp_path / "registry.json")]
    assert outcome(lambda: cli.main(run), pipe) == 2
    said = capsys.readouterr().out
    assert f"ОТКЛОНЁН {pipe}: {PIPE_REASON}" in said
    assert f"ОТКЛОНЁН /dev/zero: {PIPE_REASON}" in said


@posix_only
def test_a_pipe_given_as_the_list_of_services_is_refused_at_once(tmp_path, capsys):
    pipe = tmp_path / "службы.csv"
    os.mkfifo(pipe)
    at = ["--registry", str(tmp_path / "registry.json")]
    assert outcome(lambda: cli.main(["stats", "registry", *at, "import", str(pipe)]), pipe) == 1
    said = capsys.readouterr().err.strip()
    assert said == f"Не удалось прочитать {pipe}: это не файл, а канал или устройство"
