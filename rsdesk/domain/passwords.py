"""Password strength hint for the people who guard a service's vault.

Not a gate against a determined attacker (Argon2id is that); a nudge away from the passwords
people reach for first: short ones, one character class, a keyboard row, a year, the word
«пароль».
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
    score: int  # 0 too weak to accept, 1 weak, 2 fair, 3 strong
    text: str

    @property
    def acceptable(self) -> bool:
        return self.score > 0


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
        return Strength(
            1,
            translate(
                "passwords", "Weak: easy to guess. Add words, digits or signs that only you know."
            ),
        )
    if bits < 70:
        return Strength(
            2, translate("passwords", "Fair. A few more words or characters will make it strong.")
        )
    return Strength(3, translate("passwords", "Strong."))
