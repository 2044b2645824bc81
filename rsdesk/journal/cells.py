"""One journal cell read as a value: a date, a vocabulary key, the participants, the facilitators.

Each reader returns the value or raises `CellProblem` with the reason in the interface
language; the row rules (rsdesk/journal/rows.py) collect the reasons of every cell.
"""

from __future__ import annotations

import re
from datetime import date

from rsdesk.domain.register import Participant
from rsdesk.i18n import translate
from rsdesk.journal.words import AGE_WORDS, key_of, norm

EARLIEST = date(2000, 1, 1)  # no service kept a journal before; an earlier year is a typo

_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
# A date cell saved with its time of day (LibreOffice writes «03.10.2025 00:00:00»).
_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_PERSON = re.compile(r"(?P<name>[^()]*)\((?P<inside>[^()]*)\)")
_LIST_SEPARATORS = re.compile(r"[;\n]")


class CellProblem(ValueError):  # noqa: N818 (a reason given, not an error)
    """Why a cell cannot be read; the message is a sentence in the interface language."""


def read_date(text: str, *, today: date) -> date:
    for pattern, order in ((_DOTTED, (2, 1, 0)), (_ISO, (0, 1, 2))):
        found = re.fullmatch(pattern.pattern + _TIME, text)
        if found:
            parts = [int(found.group(i + 1)) for i in range(3)]
            year, month, day = (parts[i] for i in order)
            if pattern is _DOTTED and len(found.group(3)) == 2:
                year += 2000  # «15.09.25», the short form Calc gives a typed date
            break
    else:
        raise CellProblem(
            translate("journal", "«{value}» is not a date: write it as DD.MM.YYYY.", value=text)
        )
    try:
        value = date(year, month, day)
    except ValueError:
        raise CellProblem(
            translate("journal", "There is no such day: «{value}».", value=text)
        ) from None
    if value > today:
        raise CellProblem(translate("journal", "The date «{value}» is in the future.", value=text))
    if value < EARLIEST:
        raise CellProblem(
            translate("journal", "The date «{value}» is before 2000: check the year.", value=text)
        )
    return value


def read_key(field: str, text: str) -> str:
    key = key_of(field, text)
    if key is None:
        raise CellProblem(
            translate(
                "journal",
                "«{value}» is not an allowed value here: use one of the labels of the template.",
                value=text,
            )
        )
    return key


def read_participants(text: str) -> tuple[Participant, ...]:
    """`ФИО (место, н/л или взр[, класс])` separated by «;»; every malformed person is named."""
    people: list[Participant] = []
    reasons: list[str] = []
    for position, chunk in enumerate(_items(text), start=1):
        try:
            people.append(_person(chunk))
        except CellProblem as problem:
            reasons.append(
                translate(
                    "journal",
                    "Participant {number} («{text}»): {reason}",
                    number=position,
                    text=chunk,
                    reason=str(problem),
                )
            )
    if reasons:
        raise CellProblem(" ".join(reasons))
    return tuple(people)


def _person(chunk: str) -> Participant:
    found = _PERSON.fullmatch(chunk)
    if found is None:
        raise CellProblem(
            translate(
                "journal",
                "write the place and the age group in brackets after the name: "
                "Full Name (place, н/л or взр[, class]).",
            )
        )
    name = " ".join(found.group("name").split())
    if not name:
        raise CellProblem(translate("journal", "the name before the brackets is missing."))
    parts = [part.strip() for part in found.group("inside").split(",")]
    if len(parts) < 2 or len(parts) > 3 or not all(parts[:2]):
        raise CellProblem(
            translate(
                "journal",
                "the brackets must hold the place, the age group and, if any, the class, "
                "separated by commas.",
            )
        )
    role = key_of("role", parts[0])
    if role is None:
        raise CellProblem(
            translate("journal", "«{value}» is not a participant's place.", value=parts[0])
        )
    is_minor = AGE_WORDS.get(norm(parts[1]))
    if is_minor is None:
        raise CellProblem(
            translate("journal", "«{value}» is not an age group: write н/л or взр.", value=parts[1])
        )
    class_name = parts[2] if len(parts) == 3 else ""
    return Participant(full_name=name, role=role, is_minor=is_minor, class_name=class_name)


def read_facilitators(text: str) -> tuple[str, ...]:
    names: list[str] = []
    for item in _items(text):
        if "," in item:
            raise CellProblem(
                translate("journal", "Separate the facilitators with «;», not with commas.")
            )
        name = " ".join(item.split())
        if name not in names:
            names.append(name)
    return tuple(names)


def _items(text: str) -> list[str]:
    return [item.strip() for item in _LIST_SEPARATORS.split(text) if item.strip()]
