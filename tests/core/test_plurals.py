"""Counted words take the form their number asks for: 1 случай, 3 случая, 5 случаев."""

from __future__ import annotations

import pytest

from rsdesk import i18n

CASES = "случай|случая|случаев"


@pytest.mark.parametrize(
    ("count", "word"),
    [
        (0, "случаев"),
        (1, "случай"),
        (2, "случая"),
        (4, "случая"),
        (5, "случаев"),
        (11, "случаев"),
        (12, "случаев"),
        (14, "случаев"),
        (21, "случай"),
        (22, "случая"),
        (101, "случай"),
        (111, "случаев"),
        (112, "случаев"),
        (1004, "случая"),
    ],
)
def test_russian_has_three_forms(count, word):
    i18n.set_language("ru")
    assert i18n.plural(count, CASES) == word
    assert i18n.counted(count, CASES) == f"{count} {word}"


def test_english_has_two():
    i18n.set_language("en")
    try:
        assert [i18n.plural(n, "case|cases") for n in (0, 1, 2, 21)] == [
            "cases",
            "case",
            "cases",
            "cases",
        ]
    finally:
        i18n.set_language("ru")


def test_fewer_forms_than_the_language_has_take_the_last():
    assert i18n.plural(5, "случай") == "случай"
    assert i18n.plural(5, "случай|случая") == "случая"
