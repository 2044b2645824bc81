"""The password hint refuses the short, warns about the guessable, praises the long."""

from __future__ import annotations

import pytest

from rsdesk.domain.passwords import password_strength


@pytest.mark.parametrize(
    ("password", "score"),
    [
        ("", 0),
        ("abc12", 0),
        ("пароль123", 1),
        ("qwerty2024", 1),
        ("12345678", 1),
        ("Tihiy-Dvor", 2),
        ("Зелёная лампа над столом 7Б", 3),
        ("kM4#vT9!qL2@", 3),
    ],
)
def test_scores(password, score):
    assert password_strength(password).score == score


def test_messages_are_russian():
    assert password_strength("abc").text == "Слишком короткий: не меньше 8 символов."
    assert not password_strength("abc").acceptable
    assert not password_strength("пароль123").acceptable
