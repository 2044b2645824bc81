"""Supervision descriptions name nobody; texts files load; nothing readable reaches the disk."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pytest

from rsdesk.documents.keeping import document_pdf, make_document
from rsdesk.documents.names import name_forms, name_words, plain
from rsdesk.documents.render import render
from rsdesk.documents.supervision_texts import pseudonymizer
from rsdesk.documents.texts import SCHEMA, TextsError, load_folder, parse_file, placeholders
from rsdesk.resource_paths import resource
from tests.helpers.documents import (
    DESCRIPTION,
    EXCEPTION_CANARY,
    ITEM_CANARY,
    MEDIATOR,
    NOTE_CANARY,
    PEOPLE,
    REGION,
    SCHOOL,
    TODAY,
    TOWN,
    pdftotext,
)

EXACT_DATES = [
    r"\b14\b",
    r"\b15\b",
    r"\b16\b",
    r"\b20\b",
    "марта",
    r"\d{1,2}\.\d{1,2}\.\d{2,4}",
    r"\d{4}-\d{2}-\d{2}",
]


def forbidden_words() -> set[str]:
    """Every generated case form of every name in the case, the mediator's included."""
    words: set[str] = set()
    for name in [p.full_name for p in PEOPLE] + [MEDIATOR]:
        words |= name_forms(name)
    return words


def leaks(text: str) -> list[str]:
    found = [w for w in re.findall(r"[\w-]+", text) if plain(w) in forbidden_words()]
    found += [p for p in ("СОШ", "МБОУ", "Белов", "Кемеров", "Кузбасс", "7Б", "№ 3") if p in text]
    found += [p for p in EXACT_DATES if re.search(p, text)]
    return found


def test_generated_forms_cover_russian_cases():
    forms = name_forms("Семёнова Алёна Викторовна")
    for form in (
        "семенова",
        "семеновой",
        "семенову",
        "семеновым",
        "алены",
        "алене",
        "алену",
        "аленой",
        "викторовны",
        "викторовне",
        "викторовной",
    ):
        assert form in forms
    assert {"пете", "петю", "петей", "петра", "петром"} <= name_forms("Семёнов Пётр")
    assert {"даша", "дашу", "даше", "дашей", "дарьи", "дарью"} <= name_forms("Ковалёва Дарья")
    assert {"павла", "павлом"} <= name_forms("Павел") and {"льва"} <= name_forms("Лев")


def test_description_text_is_pseudonymized(case_vault, desk):
    _vault, _, case_id, _ = case_vault
    ctx = desk.document_context(case_id, "supervision")
    text = pseudonymizer(ctx).text(DESCRIPTION)
    assert leaks(text) == []
    assert "ученик А толкнул ученицу Б" in text and "папа ученицы Б" in text
    assert "Март 2026" in text and "у ученицы Б разбился телефон" in text


@pytest.mark.parametrize(
    "sample",
    [
        "Семёнову, Семёнова, Семёновым и Семёнове сказали",
        "Петя, Петю, Петей; Дашу и Даше; Алёну Викторовну",
        "ИГОРЬ НИКОЛАЕВИЧ и Ковалёвы пришли 1.03.26 и 2026-03-14",
        "встреча 3 марта, Жуковой О.П. и И. П. Соколовой",
        "в гимназии № 12, в школе «Радуга», в пос. Каменный, ул. Ленина, 5",
    ],
)
def test_samples_lose_names_places_and_dates(case_vault, desk, sample):
    _vault, _, case_id, _ = case_vault
    ctx = desk.document_context(case_id, "supervision")
    text = pseudonymizer(ctx).text(sample)
    assert not [w for w in re.findall(r"[\w-]+", text) if plain(w) in forbidden_words()], text
    for gone in ("№ 12", "Радуга", "Каменный", "Ленина", "1.03", "14"):
        assert gone not in text


def test_supervision_pdf_names_nobody(case_vault, desk, tmp_path):
    _vault, _, case_id, _ = case_vault
    pdf = render("supervision", desk.document_context(case_id, "supervision"))
    text = pdftotext(pdf, tmp_path)
    assert leaks(text) == []
    assert EXCEPTION_CANARY not in text and NOTE_CANARY in text  # notes of non-meeting stages
    assert "Ученик А" in text and "Мама ученика А" in text and "Классный руководитель" in text
    assert "Период работы: март 2026 — март 2026." in text


def test_every_text_file_loads_and_uses_known_placeholders():
    folder = resource("documents")
    sections = load_folder(folder)
    assert set(sections) == set(SCHEMA)
    for name, section in sections.items():
        _keys, allowed = SCHEMA[name]
        for value in section.values.values():
            for item in value if isinstance(value, list) else [value]:
                assert placeholders(item) <= allowed


def test_a_bad_text_file_is_refused_with_a_russian_reason(tmp_path):
    source = (resource("documents") / "service.toml").read_text(encoding="utf-8")
    bad = tmp_path / "service.toml"
    bad.write_text(source.replace("Служба: {service}", "Служба: {servce}"), encoding="utf-8")
    with pytest.raises(TextsError, match="servce"):
        parse_file(bad)
    bad.write_text(source.replace('title = "Ключ восстановления"\n', ""), encoding="utf-8")
    with pytest.raises(TextsError, match="title"):
        parse_file(bad)


def test_no_plaintext_of_a_document_on_disk(case_vault, desk, tmp_path):
    vault, _, case_id, _ = case_vault
    made = [
        make_document(desk, vault, case_id, c.kind, program_id=c.program_id)
        for c in desk.document_choices(case_id)
    ]
    vault.commit()
    assert len(desk.documents_of(case_id)) == len(made) == 6
    assert ITEM_CANARY in pdftotext(document_pdf(vault, made[3]), tmp_path)
    needles = []
    for text in (ITEM_CANARY, NOTE_CANARY, PEOPLE[0].full_name, SCHOOL, "Ковалёва"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "cp1251"):
            with contextlib.suppress(UnicodeEncodeError):
                needles.append(text.encode(encoding))
    folder = vault.path.parent
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert any(p.suffix == ".rsda" for p in files)
    for path in files:
        data = Path(path).read_bytes()
        assert not any(n in data for n in needles), path
    assert TODAY and REGION and TOWN and name_words(MEDIATOR)
