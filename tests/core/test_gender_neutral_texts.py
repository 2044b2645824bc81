"""No text the user reads hides a gender behind «(а)», «(на)» or «/а»: the app rarely knows it."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rsdesk import i18n
from rsdesk.gui import build
from rsdesk.procedures.summary import override_note
from rsdesk.resource_paths import resource

# «прочитал(а)», «согласен(на)», «ознакомлен/а», «(ей)» after a name: a word ending cut short by
# brackets or a slash. Plurals like «медиатор(ы)» are not gender and are left alone.
GENDER_FORM = re.compile(
    r"[а-яё](\((а|я|ла|на|ая|яя|ой|ей|ее|её|ка|ца|ница|ась|ось)\)|/(а|я|ла|на|ая|ей|ась)\b)",
    re.IGNORECASE,
)


def strings(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from strings(item, f"{path}[{i}]")


def procedure_texts() -> Iterator[tuple[str, str]]:
    folder = Path(resource("procedures"))
    files = sorted(folder.glob("*.toml"))
    assert len(files) >= 8
    for file in files:
        yield from strings(tomllib.loads(file.read_text(encoding="utf-8")), file.name)


def catalogue_texts() -> Iterator[tuple[str, str]]:
    root = ET.parse(build.ts_file("ru")).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            for text in [translation.text or ""] + [
                form.text or "" for form in translation.iter("numerusform")
            ]:
                yield f"{context.findtext('name')}: {message.findtext('source')}", text


@pytest.fixture
def russian():
    before = i18n.current_language()
    i18n.set_language("ru")
    yield
    i18n.set_language(before)


def test_the_pattern_catches_the_forms_and_leaves_plain_words():
    for hidden in ("Рассказал(а)", "согласен(на)", "не назначен(а)", "Петров(ой)", "пришёл/а"):
        assert GENDER_FORM.search(hidden), hidden
    for plain in ("Медиатор(ы)", "Иванов (а) раз", "договор (акт)", "1/а", "СРС/ТРС"):
        assert not GENDER_FORM.search(plain), plain


def test_procedures_speak_without_gendered_forms():
    found = [(where, text) for where, text in procedure_texts() if GENDER_FORM.search(text)]
    assert found == []


def test_the_russian_catalogue_has_no_gendered_forms():
    found = [(where, text) for where, text in catalogue_texts() if GENDER_FORM.search(text)]
    assert found == []


def test_the_curators_permission_note_names_no_gender(russian):
    note = override_note("Смирнова Ольга Петровна", "модуль пройдёт в ноябре")
    assert not GENDER_FORM.search(note), note
    assert "Смирнова Ольга Петровна" in note and "модуль пройдёт в ноябре" in note
    assert "без нужного модуля обучения" in note
