"""What a text that leaves a case must lose besides names: contacts, classes, schools, places,
addresses and exact dates, found by pattern.

Every replacement is wrapped in OPEN…CLOSE marks, so that later passes leave it alone and the
preview can show the user each place where something was hidden; ``plain`` drops the marks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from rsdesk.documents.layout import month_year
from rsdesk.documents.texts import section

OPEN, CLOSE = "\ue000", "\ue001"  # private-use characters: never typed, never printed
ORGANISATION = "[образовательная организация]"
PLACE = "[населённый пункт]"
CLASS = "[класс]"
PHONE = "[телефон]"
EMAIL = "[электронная почта]"
LINK = "[ссылка]"
ADDRESS = "[адрес]"
VENUE = "[место]"
HIDDEN = "[скрыто]"
NICKNAME = "[прозвище]"

Replacement = str | Callable[[re.Match[str]], str]


def mark(text: str) -> str:
    return f"{OPEN}{text}{CLOSE}" if text else ""


def plain(value: str) -> str:
    return value.replace(OPEN, "").replace(CLOSE, "")


def segments(value: str) -> list[tuple[str, bool]]:
    """The text as (piece, hidden) pairs, for showing what was replaced."""
    out: list[tuple[str, bool]] = []
    for n, piece in enumerate(re.split(f"[{OPEN}{CLOSE}]", value)):
        if piece:
            out.append((piece, n % 2 == 1))
    return out


def sub_outside(
    pattern: re.Pattern[str], replacement: Replacement, value: str, *, context: bool = False
) -> str:
    """pattern.sub on the text outside the marks only; what it puts in is marked.

    With context, a callable replacement gets the whole text before the match too (marks
    included), to know whether the match starts a sentence and what word stands before it.
    """
    parts = re.split(f"({OPEN}[^{CLOSE}]*{CLOSE})", value)
    done: list[str] = []

    def marked(match: re.Match[str]) -> str:
        if callable(replacement):
            before = "".join(done) + match.string[: match.start()]
            found = replacement(match, before) if context else replacement(match)  # type: ignore[call-arg]
        else:
            found = match.expand(replacement)
        return found if found == match.group(0) else mark(found)

    for part in parts:
        done.append(part if part.startswith(OPEN) else pattern.sub(marked, part))
    return "".join(done)


_ABBREVIATIONS = (
    r"(?:МБОУ|МАОУ|МКОУ|МОУ|ГБОУ|ГОУ|ГКОУ|ЧОУ|НОУ|МБДОУ|МАДОУ|МКДОУ|ДОУ|МБУ|МАУ|МКУ|ГБУ|ГКУ"
    r"|СОШ|ООШ|НОШ|СКОШ|ЦО|ДДТ|ЦДТ|ДЮСШ|СШ|ЦППМС)"
)
_NAMED = (
    r"(?:\s*(?:№\s*\d+[А-Яа-я]?|«[^»\n]{1,80}»|\"[^\"\n]{1,80}\""
    r"|имени\s+[А-ЯЁ][\w.\s]{1,40}?(?=[,.;)]|$)))"
)
_ORDINAL = (
    r"(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|\w+надцат|двадцат"
    r"|тридцат|сороков|пятидесят)\w*"
)
_SCHOOL = r"(?i:школ|гимнази|лице)\w*"
CONTACTS: list[tuple[re.Pattern[str], Replacement]] = [
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), EMAIL),
    (
        re.compile(r"(?i)\b(?:https?://|www\.)\S+|\b(?:vk\.com|t\.me|ok\.ru)/\S+"),
        LINK,
    ),
    (re.compile(r"(?<![\w@])@[A-Za-z0-9_.]{3,}"), LINK),
    (
        re.compile(
            r"(?<![\w+])(?:\+\s?7|8)?[\s(-]{0,2}\d{3}[\s)-]{0,2}\d{3}[\s-]?\d{2}[\s-]?\d{2}(?!\d)"
        ),
        PHONE,
    ),
    (re.compile(r"(?<![\d.,-])\d{2,3}-\d{2}-\d{2}(?![\d-])"), PHONE),
]
PATTERNS: list[tuple[re.Pattern[str], Replacement]] = [
    (re.compile(_ABBREVIATIONS + r"\b" + _NAMED + "*"), ORGANISATION),
    (
        re.compile(
            r"(?i:школ|лице|гимнази|детск\w*\s+сад|колледж|техникум|интернат|училищ|учреждени"
            r"|центр)\w*" + _NAMED + "+"
        ),
        ORGANISATION,
    ),
    # «в 3-й школе», «в третьей школе», «школа 12»
    (
        re.compile(rf"\b(?:\d{{1,3}}[-–]?(?:й|ой|ей|ая|ую|я|ю)?|{_ORDINAL})\s+{_SCHOOL}"),
        ORGANISATION,
    ),
    (re.compile(rf"{_SCHOOL}\s+\d{{1,3}}\b"), ORGANISATION),
    (
        re.compile(
            r"(?i:ТЦ|ТРЦ|ТК|магазин\w*|кафе|клуб\w*|секци\w*|парк\w*|кинотеатр\w*|бассейн\w*"
            r"|стадион\w*)\s*«[^»\n]{1,60}»"
        ),
        VENUE,
    ),
    (
        re.compile(r"(?i:по\s+прозвищу|по\s+кличке|кличк\w*|прозвищ\w*)\s*«[^»\n]{1,40}»"),
        NICKNAME,
    ),
    (re.compile(r"\b(?:г|гор|пос|п|с|д|пгт|ст|дер)\.\s*[А-ЯЁ][\w-]+"), PLACE),
    (
        re.compile(
            r"(?i:город|посёл|посел|сел[оае]\b|деревн|станиц|микрорайон|мкр)\w*\.?\s+[А-ЯЁ][\w-]+"
        ),
        PLACE,
    ),
    (re.compile(r"\b[А-ЯЁ]\w+(?:ск|цк)\w*\s+(?:район|округ|област|кра)\w*"), PLACE),
    (
        re.compile(
            r"(?<![\w-])(?:ул\.|улиц[аеуы]|пр-т|просп\.|проспект\w*|пер\.|переул\w*|бульвар\w*"
            r"|б-р|ш\.|шоссе)\s*[А-ЯЁ][\w-]+(?:,?\s*(?:д\.|дом)?\s*\d+[а-я]?)?(?:,?\s*(?:кв\.|квартира)\s*\d+)?"
        ),
        ADDRESS,
    ),
    # «7Б», «7 «Б»», «10-А», «7б», «9 А класс»: a class names a small group of children.
    (
        re.compile(
            r"(?<![\w№.,-])\d{1,2}\s?[-–]?\s?(?:[«\"][А-ЯЁа-яё][»\"]|[А-ЯЁ](?![\wа-яё]))"
            r"(?:\s*класс\w*)?|(?<![\w№.,-])\d{1,2}[-–]?[абвгдзиклмн](?![\wа-яё])(?:\s*класс\w*)?"
        ),
        CLASS,
    ),
    (re.compile(r"№\s*\d+"), "№ …"),
]


def dates(value: str, year: int | None) -> str:
    """Exact dates as their month and year: numeric, ISO, spelled, with or without a year."""

    def month_of(day: int, month: int, y: int | None) -> str | None:
        try:
            return month_year(date(y or year or 2000, month, day)) if (y or year) else None
        except ValueError:
            return None

    def numeric(m: re.Match[str]) -> str:
        y = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        return month_of(int(m[1]), int(m[2]), y) or m.group(0)

    def short(m: re.Match[str]) -> str:
        found = month_of(int(m[1]), int(m[2]), None)
        return found or m.group(0)

    value = sub_outside(re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})\b"), numeric, value)
    value = sub_outside(
        re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
        lambda m: month_of(int(m[3]), int(m[2]), int(m[1])) or m.group(0),
        value,
    )
    # «14.09»: a day and a two-digit month, not a decimal («4.5 балла») nor part of a date.
    value = sub_outside(re.compile(r"(?<![\d.,])(\d{1,2})\.(\d{2})(?![\d.,]\d)"), short, value)
    genitive = section("common").list("months_genitive")
    nominative = section("common").list("months_nominative")
    months = "|".join(genitive)
    spelled = re.compile(
        rf"(?:\b\d{{1,2}}(?:-?(?:го|е|ое))?|\b{_ORDINAL}(?:ого|ое|ье|ьего))\s+({months})"
        rf"(?:\s+(\d{{4}})\s*(?:г\.|года|год)?)?",
        re.IGNORECASE,
    )

    def words(m: re.Match[str]) -> str:
        month = nominative[[g.lower() for g in genitive].index(m[1].lower())]
        found = m[2] or (str(year) if year else "")
        return f"{month} {found}".strip()

    value = sub_outside(spelled, words, value)
    # «14 марта на перемене…» began a sentence: «Март 2026 на перемене…» still does.
    first = re.compile(f"(^|[.!?…]\\s+)({OPEN})([а-я])")
    return first.sub(lambda m: m[1] + m[2] + m[3].upper(), value)


def apply(patterns: list[tuple[re.Pattern[str], Replacement]], value: str) -> str:
    for pattern, replacement in patterns:
        value = sub_outside(pattern, replacement, value)
    return value


def merge_repeats(value: str) -> str:
    """«[населённый пункт], [населённый пункт]» reads as one."""
    repeated = re.compile(f"({OPEN}(\\[[^\\]{CLOSE}]+\\]){CLOSE})(?:[\\s,]*{OPEN}\\2{CLOSE})+")
    return repeated.sub(r"\1", value)
