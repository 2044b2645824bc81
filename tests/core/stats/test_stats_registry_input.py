"""The registry's own input: a prepared list checked row by row like a statistics file, a
rejection recorded once however often a folder is added up, a registry whose key went missing
or bad refused, a service listed without a key pinned by its first file."""

from __future__ import annotations

import base64
import hashlib
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from rsdesk import cli
from rsdesk.stats import registry as services
from rsdesk.stats.aggregate import aggregate
from rsdesk.stats.prepared import MAX_LIST_BYTES, read_prepared
from tests.helpers.stats import make_payload, write_signed

DAY = date(2020, 1, 20)
IDS = (
    "1a6f3c55-0f5e-4d5c-9a3e-2f1d8d6c4b21",
    "2b6f3c55-0f5e-4d5c-9a3e-2f1d8d6c4b22",
)
KEYS = tuple(Ed25519PrivateKey.generate() for _ in IDS)
HEADER = "id;kind;name;municipality;public_key\n"


def public(key: Ed25519PrivateKey) -> str:
    return base64.b64encode(key.public_key().public_bytes_raw()).decode()


def refusal(text: str) -> str:
    with pytest.raises(services.RegistryError) as refused:
        read_prepared(text.encode("utf-8"), DAY)
    return refused.value.message


def test_a_list_as_excel_saves_it_is_read():
    text = "\ufeff" + HEADER + f"{IDS[0]};school;МБОУ «СОШ № 1»;г. Кемерово;{public(KEYS[0])}\n\n"
    (service,) = read_prepared(text.encode("utf-8"), DAY)
    assert (service.service_id, service.name, service.municipality) == (
        IDS[0],
        "МБОУ «СОШ № 1»",
        "г. Кемерово",
    )
    assert service.public_key == public(KEYS[0]) and service.added_on == "2020-01-20"


def test_a_comma_separated_list_is_read_too():
    text = (
        HEADER.replace(";", ",")
        + f'{IDS[1]},territorial,"ТСП, г. Юрга",г. Юрга,{public(KEYS[1])}\n'
    )
    (service,) = read_prepared(text.encode("utf-8"), DAY)
    assert service.kind == "territorial" and service.name == "ТСП, г. Юрга"


def test_every_bad_row_is_named_and_nothing_is_taken():
    key = public(KEYS[0])
    said = refusal(
        HEADER
        + f"{IDS[0]};school;МБОУ «СОШ\u200b № 1»;г. Кемерово;{key}\n"  # zero-width space
        + f"{IDS[1].upper()};school;Лицей;г. Кемерово;{key}\n"  # not lower case
        + f"{IDS[1]};college;Лицей;г. Кемерово;{key}\n"  # no such kind
        + f"{IDS[1]};school;Лицей;г. Кемерово;{key[:-4]}\n"  # a short key
        + f"{IDS[1]};school;Лицей;г. Кемерово\n"  # a column missing
        + f"{IDS[0]};school;Гимназия;г.\u202e Кемерово;{key}\n"  # an override in the place
    )
    assert said.startswith("Список не загружен, ничего не добавлено. Исправьте его")
    for line in range(2, 8):
        assert f"строка {line}:" in said, line
    assert "U+200B" in said and "U+202E" in said
    assert "строка 6: столбцов 4 вместо 5" in said


def test_a_service_listed_twice_is_refused():
    row = f"{IDS[0]};school;МБОУ «СОШ № 1»;г. Кемерово;{public(KEYS[0])}\n"
    assert f"строка 3: служба {IDS[0]} указана дважды" in refusal(HEADER + row + row)


def test_a_wrong_header_a_foreign_encoding_and_a_huge_file_have_their_reasons():
    assert refusal("id;name\n") == (
        "Первая строка должна быть такой: id;kind;name;municipality;public_key."
    )
    with pytest.raises(services.RegistryError) as refused:
        read_prepared(HEADER.encode("cp1251") + "Лицей".encode("cp1251"), DAY)
    assert "кодировке UTF-8" in refused.value.message
    with pytest.raises(services.RegistryError) as refused:
        read_prepared(b"x" * (MAX_LIST_BYTES + 1), DAY)
    assert refused.value.message == "Список больше 2 МБ: это не список служб."


@pytest.fixture
def folder(tmp_path):
    inbox = tmp_path / "2019"
    inbox.mkdir()
    write_signed(inbox, "a.rsdstats", make_payload(service_id=IDS[0]), KEYS[0])
    return inbox


def test_a_rejection_is_recorded_once_however_often_the_folder_is_added_up(folder):
    registry = services.Registry()
    aggregate([folder], registry=registry, today=DAY)
    forged = make_payload(service_id=IDS[0], generated="2020-02-01")
    write_signed(folder, "b.rsdstats", forged, Ed25519PrivateKey.generate())
    for _ in range(5):
        assert len(aggregate([folder], registry=registry, today=DAY).rejected) == 1
    assert [e["event"] for e in registry.events] == ["pinned", "rejected_key"]
    assert len(registry.refusals_to_check(IDS[0])) == 1
    registry.change_key(IDS[0], Ed25519PrivateKey.generate().public_key().public_bytes_raw(), DAY)
    assert registry.refusals_to_check(IDS[0]) == []
    registry.record_once(DAY, IDS[0], "rejected_key", "c.rsdstats")
    assert len(registry.refusals_to_check(IDS[0])) == 1
    registry.confirm(IDS[0], DAY)  # the operator checked: the file was not the service's
    assert registry.refusals_to_check(IDS[0]) == []


def test_a_service_listed_without_a_key_is_pinned_by_its_first_file(folder):
    registry = services.Registry()
    listed = services.KnownService(IDS[0], "school", "МБОУ «СОШ № 1»", "г. Кемерово", "", "")
    registry.add_prepared([listed], DAY)
    result = aggregate([folder], registry=registry, today=DAY)
    assert result.rejected == [] and len(result.accepted) == 1
    assert registry.services[IDS[0]].public_key == public(KEYS[0])
    assert registry.services[IDS[0]].confirmed  # the operator listed it


def test_a_service_listed_without_a_key_with_two_keys_in_one_run_trusts_neither(folder):
    registry = services.Registry()
    listed = services.KnownService(IDS[0], "school", "МБОУ «СОШ № 1»", "г. Кемерово", "", "")
    registry.add_prepared([listed], DAY)
    other = make_payload(service_id=IDS[0], generated="2020-02-01")
    write_signed(folder, "b.rsdstats", other, Ed25519PrivateKey.generate())
    result = aggregate([folder], registry=registry, today=DAY)
    assert result.accepted == [] and len(result.rejected) == 2
    assert registry.services[IDS[0]].public_key == ""


def test_a_registry_whose_key_went_missing_is_refused_not_signed_anew(folder, tmp_path):
    path = tmp_path / "regional" / "registry.json"
    registry = services.Registry()
    aggregate([folder], registry=registry, today=DAY)
    services.save(registry, path)
    key_file = path.with_name("registry.key")
    key_file.unlink()
    with pytest.raises(services.RegistryError) as refused:
        services.load(path)
    assert refused.value.message.startswith(f"Ключ реестра служб {key_file} отсутствует")
    assert not key_file.exists()  # no new key was made behind the operator's back


def test_a_damaged_registry_key_is_said_before_anything_is_counted(tmp_path):
    path = tmp_path / "regional" / "registry.json"
    path.parent.mkdir()
    path.with_name("registry.key").write_bytes(b"short")
    with pytest.raises(services.RegistryError) as refused:
        services.load(path)  # no registry yet, but its key is bad
    assert "повреждён" in refused.value.message


def test_a_damaged_registry_is_refused_in_russian(tmp_path):
    path = tmp_path / "registry.json"
    services.save(services.Registry(), path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(services.RegistryError) as refused:
        services.load(path)
    assert refused.value.message == (
        f"Реестр служб {path} повреждён: он не используется. Восстановите его из копии или "
        "уберите, чтобы начать новый."
    )


def test_the_fingerprint_is_what_both_sides_can_read_out():
    raw = KEYS[0].public_key().public_bytes_raw()
    digest = hashlib.sha256(raw).hexdigest().upper()
    expected = " ".join(digest[i : i + 4] for i in range(0, 16, 4))
    assert services.fingerprint(raw) == services.fingerprint(public(KEYS[0])) == expected


def test_the_command_line_lists_fingerprints_and_refuses_the_same_key(folder, tmp_path, capsys):
    at = ["--registry", str(tmp_path / "registry.json")]
    run = ["stats", "aggregate", str(folder), "--json", str(tmp_path / "o.json"), *at]
    assert cli.main(run) == 0
    capsys.readouterr()
    assert cli.main(["stats", "registry", *at, "list"]) == 0
    assert f"ключ {services.fingerprint(public(KEYS[0]))}" in capsys.readouterr().out
    accept = ["stats", "registry", *at, "accept-key", str(folder / "a.rsdstats")]
    assert cli.main(accept) == 1
    assert "уже известен" in capsys.readouterr().err


def test_verify_prints_the_key_fingerprint_a_service_reads_out(folder, capsys):
    assert cli.main(["stats", "verify", str(folder / "a.rsdstats")]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"ВЕРНО {folder / 'a.rsdstats'}")
    assert out.rstrip().endswith(f"; ключ {services.fingerprint(public(KEYS[0]))}")


def test_an_empty_registry_says_so(tmp_path, capsys):
    assert cli.main(["stats", "registry", "--registry", str(tmp_path / "r.json"), "list"]) == 0
    assert capsys.readouterr().out.strip() == "В реестре пока нет ни одной службы."
