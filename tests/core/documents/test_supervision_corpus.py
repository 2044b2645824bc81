"""The supervision text of thirty-odd case texts, written as curators write them, names nobody.

Each text holds people who are not participants, nicknames, places, schools, classes, dates
and phones. What must go is listed by hand beside each text, and so is what must stay, so
the text keeps its sense.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from rsdesk.documents.pseudonymize import for_people
from rsdesk.domain.register import Participant

CORPUS = tomllib.loads(
    (Path(__file__).parent / "data" / "supervision_corpus.toml").read_text(encoding="utf-8")
)["case"]
SCHOOL_PLACES = ["МБОУ «СОШ № 3»", "г. Белово", "Кемеровская область", "КДН и ЗП г. Белово"]


def _people(*rows: tuple[str, str, bool, str]) -> list[Participant]:
    return [
        Participant(name, role, minor, class_name, 13 if minor else None, id=n)
        for n, (name, role, minor, class_name) in enumerate(rows, start=1)
    ]


# Who takes part in each case; represents: legal representative id -> the minor's id.
ROSTERS = {
    "school": (
        _people(
            ("Семёнов Пётр", "offender", True, "7Б"),
            ("Ковалёва Дарья", "victim", True, "7Б"),
            ("Ковалёв Игорь Николаевич", "legal_representative", False, ""),
            ("Жукова Ольга Петровна", "teacher", False, "7Б"),
        ),
        {3: 2},
    ),
    "teen": (
        _people(
            ("Лебедев Кирилл", "offender", True, "9А"),
            ("Орлова Анастасия", "victim", True, "9А"),
            ("Лебедева Марина Сергеевна", "legal_representative", False, ""),
        ),
        {3: 1},
    ),
    "family": (
        _people(
            ("Ахмедов Тимур", "offender", True, "6Б"),
            ("Смирнова Екатерина", "victim", True, "6Б"),
            ("Смирнов Алексей Викторович", "legal_representative", False, ""),
        ),
        {3: 2},
    ),
}


def supervision_text(entry: dict, hide: tuple[str, ...] = ()) -> str:
    people, represents = ROSTERS[entry["roster"]]
    pseudo = for_people(
        people,
        represents,
        school=True,
        mediators=[("Морозова Елена Викторовна", "Ведущий")],
        places=SCHOOL_PLACES,
        year=2026,
        hide=hide,
    )
    return pseudo.text(entry["text"])


def _key(text: str) -> str:
    return text.lower().replace("ё", "е")


def test_the_corpus_is_as_large_and_as_varied_as_promised():
    assert len(CORPUS) >= 30
    every_gone = " ".join(g for entry in CORPUS for g in entry["gone"])
    for sort in ("+7", "@", "vk.com", "№", "«", "ул.", "."):  # phones, mail, links, schools…
        assert sort in every_gone or any(sort in e["text"] for e in CORPUS)


@pytest.mark.parametrize("entry", CORPUS, ids=[e["text"][:40] for e in CORPUS])
def test_a_case_text_leaves_nobody_to_recognise(entry):
    text = supervision_text(entry)
    words = set(re.findall(r"[\w@.+-]+", _key(text)))
    for gone in entry["gone"]:
        if re.fullmatch(r"[\w-]+", gone):
            assert _key(gone) not in words, (gone, text)
        else:
            assert _key(gone) not in _key(text), (gone, text)
    for kept in entry["kept"]:
        assert _key(kept) in _key(text), (kept, text)
    for phrase in entry.get("reads", []):
        assert phrase in text, (phrase, text)


def test_a_role_takes_the_case_of_the_name_it_replaces():
    entry = {"roster": "school", "text": ""}
    said = {
        "Петя толкнул Дашу.": "Ученик А толкнул ученицу Б.",
        "Дашу толкнул Петя.": "Ученицу Б толкнул ученик А.",
        "Подарок от Пети Даше.": "Подарок от ученика А ученице Б.",
        "Говорили с Дашей и Петей.": "Говорили с ученицей Б и учеником А.",
        "Думали о Даше.": "Думали об ученице Б.",
        "Позвонили Игорю Николаевичу.": "Позвонили папе ученицы Б.",
    }
    for written, expected in said.items():
        assert supervision_text({**entry, "text": written}) == expected


def test_people_outside_the_case_are_numbered_and_known_again():
    text = supervision_text(
        {"roster": "school", "text": "Вова Кузнецов позвал Илью. Потом Вовка ушёл, а Илья остался."}
    )
    assert text == "[человек 1] позвал [человек 2]. Потом [человек 1] ушёл, а [человек 2] остался."


def test_words_the_user_marks_are_hidden_in_every_form():
    entry = {"roster": "school", "text": "Петя ходит в бассейн, в бассейне его обижают."}
    assert "бассейн" in supervision_text(entry)
    text = supervision_text(entry, hide=("бассейн",))
    assert "бассейн" not in text and text.count("[скрыто]") == 2
    assert supervision_text(entry, hide=("ходит в бассейн",)).startswith("Ученик А [скрыто]")


def test_ordinary_capitalised_words_stay():
    text = supervision_text(
        {
            "roster": "school",
            "text": "Вера в себя выросла. Надежда есть. Новый год прошёл спокойно.",
        }
    )
    assert text == "Вера в себя выросла. Надежда есть. Новый год прошёл спокойно."
