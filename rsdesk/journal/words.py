"""The words a journal may use for a value: stable keys, the app's labels, common synonyms."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from rsdesk import i18n
from rsdesk.domain.journal import HEADERS
from rsdesk.domain.register_keys import REQUEST_STATUS_LABELS
from rsdesk.domain.vocabulary import (
    CATEGORY_INFO,
    OUTCOME_LABELS,
    PROGRAM_LABELS,
    ROLE_LABELS,
    SOURCE_LABELS,
)

# Headers real journals use for the template's fields (besides the template's own), in one
# place. Matched like values: any case, ё = е, spaces and a trailing colon ignored.
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "received_on": (
        "Дата поступления",
        "Дата поступления обращения",
        "Дата поступления заявки",
        "Дата обращения (поступления)",
        "Дата заявки",
        "Дата регистрации",
        "Дата",
    ),
    "source": (
        "Источник",
        "Источник обращения",
        "Источник информации",
        "Кто направил",
        "Кто направил случай",
        "Инициатор",
        "Инициатор обращения",
        "Заявитель",
        "От кого поступило",
    ),
    "category": (
        "Категория ситуации",
        "Категория случая",
        "Тип ситуации",
        "Вид ситуации",
        "Вид конфликта",
        "Тип конфликта",
    ),
    "description": (
        "Краткое описание ситуации",
        "Краткое описание",
        "Описание ситуации",
        "Суть конфликта",
        "Суть ситуации",
        "Содержание обращения",
    ),
    "participants": (
        "ФИО, класс",
        "ФИО участников",
        "ФИО участников, класс",
        "Участники конфликта",
        "Участники ситуации",
        "Стороны конфликта",
    ),
    "decision": ("Решение по обращению", "Решение по заявке", "Принятое решение"),
    "program_type": (
        "Вид программы",
        "Тип программы",
        "Восстановительная программа",
        "Проведённая программа",
        "Форма работы",
    ),
    "facilitators": (
        "Ведущий",
        "Ведущие программы",
        "Ведущий программы",
        "Медиатор",
        "Медиаторы",
        "Медиатор(ы)",
        "Ведущий (медиатор)",
    ),
    "ended_on": (
        "Дата завершения",
        "Дата завершения программы",
        "Дата окончания программы",
        "Дата проведения программы",
    ),
    "outcome": ("Результат", "Результат программы", "Итог программы", "Итоги"),
}

DECISION_SYNONYMS: dict[str, tuple[str, ...]] = {
    "accepted": (
        "принята",
        "принято",
        "принят",
        "принята в работу",
        "принято в работу",
        "принят в работу",
        "взята в работу",
        "взято в работу",
        "в работу",
    ),
    "declined": (
        "отклонена",
        "отклонено",
        "отклонен",
        "отказ",
        "отказано",
        "не принята",
        "не принято",
    ),
    "transferred": ("передана", "передано", "передан", "передана в тсп", "передано в тсп"),
}

# Age groups as the participants' column writes them (the key first: minor, adult).
AGE_WORDS: dict[str, bool] = {
    "н/л": True,
    "н\\л": True,
    "нл": True,
    "несовершеннолетний": True,
    "несовершеннолетняя": True,
    "несов": True,
    "minor": True,
    "взр": False,
    "взрослый": False,
    "взрослая": False,
    "adult": False,
}

# Every table of labels a column's values come from: field -> (context, key -> source label).
VOCABULARIES: dict[str, tuple[str, Mapping[str, str]]] = {
    "source": ("vocabulary", SOURCE_LABELS),
    "category": ("vocabulary", {key: text for key, (_g, text) in CATEGORY_INFO.items()}),
    "program_type": ("vocabulary", PROGRAM_LABELS),
    "outcome": ("vocabulary", OUTCOME_LABELS),
    "role": ("vocabulary", ROLE_LABELS),
    "decision": ("register", {key: REQUEST_STATUS_LABELS[key] for key in DECISION_SYNONYMS}),
}

_SPACES = re.compile(r"\s+")


def norm(text: str) -> str:
    """A word as compared: any case, ё = е, runs of spaces as one, no surrounding dots/colons."""
    text = _SPACES.sub(" ", text.casefold().replace("ё", "е")).strip()
    return text.strip(" :.").strip()


def russian(context: str, source: str) -> str:
    """The Russian text of a label whatever the interface language: the journals are Russian."""
    return i18n._catalogue("ru").get((context, source), source)


@cache
def _lookup(field: str) -> dict[str, str]:
    context, labels = VOCABULARIES[field]
    words: dict[str, str] = {}
    for key, source in labels.items():
        for word in (key, source, russian(context, source)):
            words.setdefault(norm(word), key)
    if field == "decision":
        for key, synonyms in DECISION_SYNONYMS.items():
            for word in synonyms:
                words.setdefault(norm(word), key)
    return words


def key_of(field: str, value: str) -> str | None:
    """The stable key a cell names (key, English or Russian label, any case), or None."""
    words = _lookup(field)
    found = words.get(norm(value)) or words.get(norm(i18n.translate("vocabulary", value)))
    if found is None and field == "decision" and norm(value).startswith("передан"):
        return "transferred"  # «передано в ТСП Ленинского района»: where to is a detail
    return found


def russian_labels(field: str) -> list[str]:
    """The labels a sheet's drop-down offers for a field, in the vocabulary's order."""
    context, labels = VOCABULARIES[field]
    return [russian(context, source) for source in labels.values()]


def guess_mapping(headers: Sequence[str]) -> dict[str, str]:
    """Field -> the file's header read for it: the template's headers, then known synonyms."""
    known: dict[str, str] = {}
    for field, header in HEADERS.items():
        known[norm(header)] = field
    for field, synonyms in HEADER_SYNONYMS.items():
        for synonym in synonyms:
            known.setdefault(norm(synonym), field)
    mapping: dict[str, str] = {}
    # The template's own header wins over a synonym for the same field, whatever the order.
    for exact in (True, False):
        for header in headers:
            field = known.get(norm(header))
            if field is None or field in mapping or header in mapping.values():
                continue
            if exact == (norm(header) == norm(HEADERS[field])):
                mapping[field] = header
    return {field: mapping[field] for field in HEADERS if field in mapping}
