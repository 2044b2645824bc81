"""The regional tables: definitions, a hand-computed set, the article's 2019 figures, outputs."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from rsdesk.domain.vocabulary import CATEGORIES, PROGRAM_TYPES
from rsdesk.stats.aggregate import aggregate
from rsdesk.stats.fileformat import sign, write_stats_file
from rsdesk.stats.tables import (
    SCHOOL_KEYS,
    SCHOOL_TYPE_ROWS,
    TERRITORIAL_CATEGORY_ROWS,
    TERRITORIAL_KEYS,
    TERRITORIAL_TYPE_ROWS,
)
from rsdesk.stats.tables_out import write_pdf, write_xlsx
from tests.helpers.stats import make_payload, write_signed


def test_rows_partition_the_vocabulary():
    for groups, universe in (
        (SCHOOL_TYPE_ROWS, PROGRAM_TYPES),
        (TERRITORIAL_TYPE_ROWS, PROGRAM_TYPES),
        (TERRITORIAL_CATEGORY_ROWS, CATEGORIES),
    ):
        members = [key for keys in groups.values() for key in keys]
        assert sorted(members) == sorted(universe)  # every key exactly once


def test_small_set_computed_by_hand(tmp_path):
    write_signed(
        tmp_path,
        "a.rsdstats",
        make_payload(
            adult=3,
            young=5,
            sources={"teacher": 4, "parent": 2},
            completed={"restorative_mediation": 2, "circle_healing": 1, "circle_preventive": 1},
            categories={"educational_conflict": 3, "bullying": 1},
            adults=6,
            minors=9,
        ),
    )
    write_signed(
        tmp_path,
        "b.rsdstats",
        make_payload(
            adult=1,
            young=2,
            sources={"student": 3},
            completed={"school_conference": 1, "family_conference": 1},
            adults=4,
            minors=3,
        ),
    )
    write_signed(
        tmp_path,
        "c.json",
        make_payload(
            kind="territorial",
            adult=4,
            young=1,
            sources={"police": 5, "court": 1},
            completed={
                "shuttle_mediation": 1,
                "preventive_program": 1,
                "school_parent_council": 1,
                "other": 1,
                "circle_reconciliation": 1,
            },
            agreement={"shuttle_mediation": 1},
            categories={
                "crime": 1,
                "family_violence": 1,
                "family_difficult_situation": 1,
                "harm_by_staff": 1,
                "administrative_offence": 1,
            },
            adults=7,
            minors=4,
        ),
    )
    write_signed(tmp_path, "d.rsdstats", make_payload(kind="territorial", adult=2))
    result = aggregate([tmp_path])
    assert result.year == 2019 and result.rejected == [] and result.warnings == []
    assert len(result.accepted) == 4
    assert result.tables == {
        "school": {
            "all": {
                "services": 2,
                "adult_mediators": 4,
                "young_mediators": 7,
                "requests_received": 9,
                "programs_completed": 6,
                "programs_mediation": 2,
                "programs_school_conference": 1,
                "programs_community_circle": 1,
                "programs_preventive": 1,
                "programs_other": 1,
                "participants": 22,
                "participants_adults": 10,
                "participants_minors": 12,
            },
            "acting": {
                "services": 1,
                "adult_mediators": 3,
                "young_mediators": 5,
                "requests_received": 6,
                "programs_completed": 4,
                "programs_mediation": 2,
                "programs_school_conference": 0,
                "programs_community_circle": 1,
                "programs_preventive": 1,
                "programs_other": 0,
                "participants": 15,
                "participants_adults": 6,
                "participants_minors": 9,
            },
        },
        "territorial": {
            "services": 2,
            "mediators": 7,
            "services_with_programs": 1,
            "requests_received": 6,
            "programs_completed": 5,
            "category_juvenile_crime": 1,
            "category_socially_dangerous_act": 0,
            "category_family": 2,
            "category_educational": 1,
            "category_administrative_offence": 1,
            "category_other": 0,
            "type_restorative_mediation": 0,
            "type_shuttle_mediation": 1,
            "type_community_circle": 1,
            "type_preventive": 1,
            "type_school_conference_or_council": 1,
            "type_family_conference": 0,
            "type_other": 1,
            "participants": 11,
        },
    }
    assert list(result.tables["school"]["all"]) == list(SCHOOL_KEYS)
    assert list(result.tables["territorial"]) == list(TERRITORIAL_KEYS)


# --- the article's 2019 monitoring ----------------------------------------------------------


def test_the_articles_2019_figures(article_folder):
    result = aggregate([article_folder])
    school, territorial = result.tables["school"], result.tables["territorial"]
    figures = {  # key: (all, acting), straight from the article's Table 1
        "services": (101, 51),
        "adult_mediators": (202, 114),
        "young_mediators": (167, 108),
        "requests_received": (525, 414),
        "programs_completed": (515, 427),
        "programs_mediation": (397, 331),
        "programs_school_conference": (5, 3),
        "programs_community_circle": (32, 26),
        "programs_preventive": (67, 57),
        "programs_other": (14, 10),
        "participants": (2044, 1619),
        "participants_adults": (806, 592),
        "participants_minors": (1238, 1027),
    }
    assert {k: (school["all"][k], school["acting"][k]) for k in SCHOOL_KEYS} == figures
    assert territorial == {
        "services": 15,
        "mediators": 43,
        "services_with_programs": 11,
        "requests_received": 72,
        "programs_completed": 65,
        "category_juvenile_crime": 2,
        "category_socially_dangerous_act": 1,
        "category_family": 36,
        "category_educational": 26,
        "category_administrative_offence": 0,
        "category_other": 0,
        "type_restorative_mediation": 48,
        "type_shuttle_mediation": 3,
        "type_community_circle": 9,
        "type_preventive": 1,
        "type_school_conference_or_council": 1,
        "type_family_conference": 3,
        "type_other": 0,
        "participants": 289,
    }
    assert result.year == 2019 and len(result.accepted) == 116
    reasons = dict(result.rejected)
    assert set(Path(f).name for f in reasons) == {
        "other-year.rsdstats",
        "forged.json",
        "notes.json",
    }
    assert "2018" in next(r for f, r in reasons.items() if f.endswith("other-year.rsdstats"))
    assert [Path(f).name for f, _ in result.warnings] == ["service-000-draft.rsdstats"]


def test_a_pool_gives_the_same_tables(article_folder):
    serial = aggregate([article_folder], workers=1)
    pooled = aggregate([article_folder], workers=2)
    assert pooled.tables == serial.tables
    assert sorted(pooled.rejected) == sorted(serial.rejected)
    assert sorted(pooled.accepted) == sorted(serial.accepted)


def test_xlsx_keeps_cyrillic_and_every_figure(article_folder, tmp_path):
    from openpyxl import load_workbook

    result = aggregate([article_folder])
    book = load_workbook(write_xlsx(result, tmp_path / "сводка.xlsx"))
    assert book.sheetnames[:3] == ["Таблица 1", "Таблица 2", "Файлы"]
    first = [[c.value for c in row] for row in book["Таблица 1"].iter_rows()]
    assert first[0][0] == "Таблица 1. Школьные службы примирения (2019)"
    assert first[2][1:] == ["Все службы", "Действующие службы (не менее 4 программ в год)"]
    assert first[3] == ["Количество служб примирения", 101, 51]
    assert ["дети и подростки", 1238, 1027] in first
    second = {row[0]: row[1] for row in book["Таблица 2"].iter_rows(values_only=True) if row[0]}
    assert second["семейные конфликты и трудные жизненные ситуации"] == 36
    assert second["Количество территориальных служб примирения"] == 15
    files = [row for row in book["Файлы"].iter_rows(values_only=True)]
    assert any(row[1] and str(row[1]).startswith("отклонён: Подпись") for row in files)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_gives_the_russian_text_back(article_folder, tmp_path):
    result = aggregate([article_folder])
    pdf = write_pdf(result, tmp_path / "сводка.pdf")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for expected in (
        "Таблица 1. Школьные службы примирения (2019)",
        "Таблица 2. Территориальные службы примирения (2019)",
        "Действующие службы",
        "Количество юных медиаторов (школьников)",
        "семейные конфликты и трудные жизненные ситуации",
        "Учтено файлов: 116; отклонено: 3; предупреждений: 1.",
    ):
        assert expected in text
    assert "■" not in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "PTSans" in fonts and "Helvetica" not in fonts


def test_outputs_of_an_empty_summary(tmp_path):
    result = aggregate([tmp_path / "nothing-here"])
    assert result.year is None and result.accepted == []
    assert result.rejected == [(str(tmp_path / "nothing-here"), "Такого файла или папки нет.")]
    write_xlsx(result, tmp_path / "empty.xlsx")
    write_pdf(result, tmp_path / "empty.pdf")
    assert result.to_json()["files"] == 0


def test_the_year_given_wins_and_ties_go_to_the_latest(tmp_path):
    write_signed(tmp_path, "a.rsdstats", make_payload(year=2019))
    write_signed(tmp_path, "b.rsdstats", make_payload(year=2020, generated="2021-01-10"))
    assert aggregate([tmp_path]).year == 2020
    chosen = aggregate([tmp_path], year=2019)
    assert chosen.year == 2019 and len(chosen.accepted) == 1
    assert chosen.rejected[0][1] == "Файл за 2020 год, а сводка составляется за 2019 год."


def test_the_exporters_document_form_is_what_is_read(tmp_path):
    key = Ed25519PrivateKey.generate()
    path = write_stats_file(tmp_path / "x.rsdstats", sign(make_payload(), key))
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "rsdesk-stats"
    assert not list(tmp_path.glob(".*"))  # no temp file left behind
