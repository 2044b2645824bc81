"""Password strength for the people who guard a service's vault, and the rule it sets.

Not a gate against a determined attacker (Argon2id is that); a nudge away from the passwords
people reach for first: short ones, one character class, a keyboard row, a year, the word
«пароль». What the rating calls weak is not accepted, so the rating and the rule never say
two things; a weak rating says what made it weak.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from rsdesk.i18n import translate

MIN_LENGTH = 8
COMMON = (
    "password",
    "пароль",
    "qwerty",
    "йцукен",
    "123456",
    "111111",
    "admin",
    "school",
    "школа",
    "любовь",
    "iloveyou",
)
SEQUENCES = (
    "0123456789",
    "abcdefghijklmnopqrstuvwxyz",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "йцукенгшщзхъ",
    "фывапролджэ",
    "ячсмитьбю",
)


@dataclass(frozen=True)
class Strength:
    score: int  # 0 too short, 1 weak, 2 fair, 3 strong
    text: str

    @property
    def acceptable(self) -> bool:
        """Fair or strong: a password the rating calls weak is refused, not only warned of."""
        return self.score >= 2


def _has_sequence(lower: str) -> bool:
    for run in SEQUENCES:
        for i in range(len(run) - 3):
            if run[i : i + 4] in lower or run[i : i + 4][::-1] in lower:
                return True
    return False


def _bits(password: str) -> float:
    pool = 0
    for pattern, size in (
        ("[a-z]", 26),
        ("[A-Z]", 26),
        ("[а-яё]", 33),
        ("[А-ЯЁ]", 33),
        ("[0-9]", 10),
        (r"[^a-zA-Zа-яёА-ЯЁ0-9]", 32),
    ):
        if re.search(pattern, password):
            pool += size
    distinct = len(set(password))
    return min(len(password), distinct * 2) * math.log2(max(pool, 2))


def _guessable_parts(password: str, lower: str) -> list[str]:
    """What in the password is among the first things tried, in words."""
    parts = []
    word = next((w for w in COMMON if w in lower), None)
    if word and word.isdigit():
        parts.append(translate("passwords", "the digits «{word}»", word=word))
    elif word:
        parts.append(translate("passwords", "the word «{word}»", word=word))
    if _has_sequence(lower.replace(word, " ") if word else lower):  # «qwerty» is said once
        parts.append(translate("passwords", "a row of the keyboard or the alphabet"))
    if re.search(r"(19|20)\d\d", password):
        parts.append(translate("passwords", "a year"))
    return parts


def _weak(parts: list[str]) -> Strength:
    advice = translate("passwords", "Add words, digits or signs that only you know.")
    if not parts:
        return Strength(
            1, translate("passwords", "Weak, not accepted: easy to guess.") + " " + advice
        )
    what = parts[0]
    if len(parts) > 1:
        what = translate(
            "passwords", "{first} and {last}", first=", ".join(parts[:-1]), last=parts[-1]
        )
    return Strength(
        1, translate("passwords", "Weak, not accepted: it has {what}.", what=what) + " " + advice
    )


def password_strength(password: str) -> Strength:
    if len(password) < MIN_LENGTH:
        return Strength(
            0, translate("passwords", "Too short: at least {n} characters.", n=MIN_LENGTH)
        )
    lower = password.lower()
    bits = _bits(password)
    if any(word in lower for word in COMMON) or _has_sequence(lower):
        bits = min(bits, 30)
    if re.search(r"(19|20)\d\d", password):
        bits -= 8
    if bits < 36:
        return _weak(_guessable_parts(password, lower))
    if bits < 70:
        return Strength(
            2, translate("passwords", "Fair. A few more words or characters will make it strong.")
        )
    return Strength(3, translate("passwords", "Strong."))
