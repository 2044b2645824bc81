"""The regional centre's registry: a service's key pinned on its first file, a re-signed and
inflated file for a known service rejected with every total unchanged, the operator's
confirmation the only way to a new key, the services with no file listed."""

from __future__ import annotations

import json
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from rsdesk import cli
from rsdesk.stats import registry as services
from rsdesk.stats.aggregate import aggregate
from tests.helpers.stats import make_payload, write_signed

DAY = date(2020, 1, 20)
IDS = (
    "1a6f3c55-0f5e-4d5c-9a3e-2f1d8d6c4b21",
    "2b6f3c55-0f5e-4d5c-9a3e-2f1d8d6c4b22",
    "3c6f3c55-0f5e-4d5c-9a3e-2f1d8d6c4b23",
)
KEYS = tuple(Ed25519PrivateKey.generate() for _ in IDS)


def payload(index: int, requests: int, **extra) -> dict:
    return make_payload(
        service_id=IDS[index],
        name=f"МБОУ «СОШ № {index + 1}»",
        sources={"teacher": requests},
        **extra,
    )


@pytest.fixture
def year_folder(tmp_path):
    folder = tmp_path / "2019"
    folder.mkdir()
    for index, requests in enumerate((40, 25)):  # the third service sends nothing
        write_signed(folder, f"school-{index}.rsdstats", payload(index, requests), KEYS[index])
    return folder


def test_the_first_run_pins_and_a_forged_file_changes_no_total(year_folder, tmp_path):
    registry = services.Registry()
    first = aggregate([year_folder], registry=registry, today=DAY)
    assert first.rejected == [] and len(first.accepted) == 2
    assert {s.service_id: s.confirmed for s in registry.services.values()} == {
        IDS[0]: False,
        IDS[1]: False,
    }
    # A stranger re-signs service 1's file with their own key, inflated and dated later.
    forged = payload(0, 99_040, generated="2020-02-01")
    write_signed(year_folder, "school-0-corrected.rsdstats", forged, Ed25519PrivateKey.generate())
    second = aggregate([year_folder], registry=registry, today=DAY)
    assert second.tables == first.tables
    assert sorted(second.accepted) == sorted(first.accepted)
    ((path, reason),) = second.rejected
    assert path.endswith("school-0-corrected.rsdstats")
    assert "другим ключом" in reason and "МБОУ «СОШ № 1»" in reason
    assert [e["event"] for e in registry.events if e["service"] == IDS[0]] == [
        "pinned",
        "rejected_key",
    ]
    # Without the registry the forged file would have replaced the genuine one.
    assert aggregate([year_folder]).tables != first.tables


def test_a_new_key_counts_only_once_the_operator_confirms_it(year_folder):
    registry = services.Registry()
    aggregate([year_folder], registry=registry, today=DAY)
    reinstalled = Ed25519PrivateKey.generate()
    (year_folder / "school-0.rsdstats").unlink()
    write_signed(year_folder, "school-0.rsdstats", payload(0, 41), reinstalled)
    assert len(aggregate([year_folder], registry=registry, today=DAY).rejected) == 1
    public = reinstalled.public_key().public_bytes_raw()
    registry.change_key(IDS[0], public, DAY)
    after = aggregate([year_folder], registry=registry, today=DAY)
    assert after.rejected == []
    assert after.tables["school"]["all"]["requests_received"] == 41 + 25
    assert registry.events[-1]["event"] == "key_changed"


def test_two_keys_for_a_new_service_trust_neither(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_signed(folder, "a.rsdstats", payload(2, 3), KEYS[2])
    write_signed(folder, "b.rsdstats", payload(2, 300), Ed25519PrivateKey.generate())
    registry = services.Registry()
    result = aggregate([folder], registry=registry, today=DAY)
    assert result.accepted == [] and len(result.rejected) == 2
    assert IDS[2] not in registry.services


def test_the_tracker_lists_exactly_the_registered_services_with_no_valid_file(year_folder):
    registry = services.Registry()
    prepared = services.KnownService(
        IDS[2],
        "school",
        "МБОУ «СОШ № 3»",
        "г. Кемерово",
        "",
        DAY.isoformat(),
    )
    assert registry.add_prepared([prepared], DAY) == 1
    result = aggregate([year_folder], registry=registry, today=DAY)
    assert [s.service_id for s in services.missing(registry, result.counted_ids)] == [IDS[2]]
    # A rejected file does not count as sent.
    (year_folder / "school-1.rsdstats").unlink()
    forged = payload(1, 25)
    write_signed(year_folder, "school-1.rsdstats", forged, Ed25519PrivateKey.generate())
    result = aggregate([year_folder], registry=registry, today=DAY)
    assert sorted(s.service_id for s in services.missing(registry, result.counted_ids)) == [
        IDS[1],
        IDS[2],
    ]


def test_the_registry_is_saved_signed_and_an_edit_is_refused(year_folder, tmp_path):
    path = tmp_path / "regional" / "registry.json"
    registry = services.Registry()
    aggregate([year_folder], registry=registry, today=DAY)
    services.save(registry, path)
    again = services.load(path)
    assert again.services == registry.services and again.events == registry.events
    document = json.loads(path.read_text(encoding="utf-8"))
    document["services"][0]["public_key"] = document["services"][1]["public_key"]
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(services.RegistryError) as refused:
        services.load(path)
    assert "изменён вне rsdesk" in refused.value.message


def test_the_command_line_uses_the_registry_and_says_what_it_rejected(
    year_folder, tmp_path, capsys
):
    registry_path = tmp_path / "registry.json"
    out = tmp_path / "свод.json"
    run = ["stats", "aggregate", str(year_folder), "--json", str(out)]
    run += ["--registry", str(registry_path)]
    assert cli.main(run) == 0
    said = capsys.readouterr().out
    assert said.count("НОВАЯ СЛУЖБА") == 2
    first = json.loads(out.read_text(encoding="utf-8"))
    forged = payload(1, 9_999, generated="2020-03-01")
    write_signed(year_folder, "school-1-new.rsdstats", forged, Ed25519PrivateKey.generate())
    assert cli.main(run) == 2  # written, but a file was rejected
    said = capsys.readouterr().out
    assert "ОТКЛОНЁН" in said and "другим ключом" in said
    second = json.loads(out.read_text(encoding="utf-8"))
    assert second["school"] == first["school"]


def test_the_operator_confirms_imports_and_accepts_a_key_from_the_command_line(
    year_folder, tmp_path, capsys
):
    import base64

    registry_path = tmp_path / "registry.json"
    at = ["--registry", str(registry_path)]
    prepared = tmp_path / "службы.csv"
    third_key = base64.b64encode(KEYS[2].public_key().public_bytes_raw()).decode()
    prepared.write_text(
        "id;kind;name;municipality;public_key\n"
        f"{IDS[2]};school;МБОУ «СОШ № 3»;г. Кемерово;{third_key}\n",
        encoding="utf-8",
    )
    assert cli.main(["stats", "registry", *at, "import", str(prepared)]) == 0
    assert "Добавлено служб: 1." in capsys.readouterr().out
    missing_pdf = tmp_path / "напомнить.pdf"
    run = ["stats", "aggregate", str(year_folder), "--json", str(tmp_path / "с.json"), *at]
    assert cli.main([*run, "--missing", str(missing_pdf)]) == 0
    said = capsys.readouterr().out
    assert "НЕТ ФАЙЛА за 2019: МБОУ «СОШ № 3», г. Кемерово" in said
    from tests.helpers.documents import pdftotext

    text = pdftotext(missing_pdf.read_bytes(), tmp_path)
    assert "Службы, не приславшие действительный файл статистики за 2019" in text
    assert "МБОУ «СОШ № 3»" in text and "МБОУ «СОШ № 1»" not in text
    missing_xlsx = tmp_path / "напомнить.xlsx"
    assert cli.main([*run, "--missing", str(missing_xlsx)]) == 0
    from openpyxl import load_workbook

    sheet = load_workbook(missing_xlsx).active
    assert [c.value for c in sheet[4]] == ["г. Кемерово", "МБОУ «СОШ № 3»", IDS[2]]
    assert sheet.max_row == 4

    assert cli.main(["stats", "registry", *at, "confirm", IDS[0]]) == 0
    assert cli.main(["stats", "registry", *at, "list"]) == 0
    listed = capsys.readouterr().out
    assert f"{IDS[0]}  г. Кемерово  МБОУ «СОШ № 1»  (подтверждена)" in listed
    assert f"{IDS[1]}  г. Кемерово  МБОУ «СОШ № 2»  (новая)" in listed

    renewed = write_signed(
        tmp_path, "new-key.rsdstats", payload(1, 26), Ed25519PrivateKey.generate()
    )
    (year_folder / "school-1.rsdstats").unlink()
    (year_folder / "school-1.rsdstats").write_bytes(renewed.read_bytes())
    assert cli.main(run) == 2
    capsys.readouterr()
    assert cli.main(["stats", "registry", *at, "accept-key", str(renewed)]) == 0
    assert cli.main(run) == 0
    assert (
        json.loads((tmp_path / "с.json").read_text(encoding="utf-8"))["school"]["all"][
            "requests_received"
        ]
        == 40 + 26
    )
