"""Case descriptions for supervision: people become roles, places go, dates keep month and year.

Names are found by the forms ``names.word_forms`` generates (cases, diminutives; see the
limits there); a run of name words and initials («Семёнов П. А.», «Алёна Викторовна»)
becomes one role. Schools, organisations and places are removed by pattern and by the words
of the service's own name, municipality, region and the referrer. Dates written as
«14.03.2026», «2026-03-14» or «14 марта 2026 года» become «март 2026»; a day and month
without a year («14 марта») become the month with the case's year. Not caught: dates in
words («четырнадцатого»), street addresses without «ул.», nicknames not in the table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from rsdesk.documents.layout import month_year
from rsdesk.documents.names import COMMON_WORDS, is_female, name_forms, plain
from rsdesk.documents.texts import section
from rsdesk.domain.register import Participant

LETTERS = "АБВГДЕЖЗИКЛМНПРСТУФХЦЧШЭЮЯ"
ORGANISATION = "[образовательная организация]"
PLACE = "[населённый пункт]"
CLASS = "[класс]"

_ABBREVIATIONS = (
    r"(?:МБОУ|МАОУ|МКОУ|МОУ|ГБОУ|ГОУ|ГКОУ|ЧОУ|НОУ|МБДОУ|МАДОУ|МКДОУ|ДОУ|МБУ|МАУ|МКУ|ГБУ|ГКУ"
    r"|СОШ|ООШ|НОШ|СКОШ|ЦО|ДДТ|ЦДТ|ДЮСШ|СШ|ЦППМС)"
)
_NAMED = (
    r"(?:\s*(?:№\s*\d+[А-Яа-я]?|«[^»\n]{1,80}»|\"[^\"\n]{1,80}\""
    r"|имени\s+[А-ЯЁ][\w.\s]{1,40}?(?=[,.;)]|$)))"
)
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(_ABBREVIATIONS + r"\b" + _NAMED + "*"), ORGANISATION),
    (
        re.compile(
            r"(?i:школ|лице|гимнази|детск\w*\s+сад|колледж|техникум|интернат|училищ|учреждени"
            r"|центр)\w*" + _NAMED + "+"
        ),
        ORGANISATION,
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
            r"(?<![\w-])(?:ул\.|улиц[аеуы]|пр-т|просп\.|проспект\w*|пер\.|переул\w*)\s*"
            r"[А-ЯЁ][\w-]+(?:,?\s*(?:д\.)?\s*\d+)?"
        ),
        "[адрес]",
    ),
    (re.compile(r"\b\d{1,2}\s*[-–]?\s*[«\"]?[А-Яа-я][»\"]?(?=\s*класс)"), CLASS),
    (re.compile(r"№\s*\d+"), "№ …"),
]
_DATE_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_STOP_WORDS = frozenset(
    plain(w)
    for w in [
        "Служба",
        "Службы",
        "Школьная",
        "Территориальная",
        "Примирения",
        "Муниципальное",
        "Бюджетное",
        "Казённое",
        "Автономное",
        "Общеобразовательное",
        "Учреждение",
        "Средняя",
        "Основная",
        "Школа",
        "Центр",
        "Область",
        "Район",
        "Город",
        "Края",
        "Республика",
        "Комиссия",
        "Классный",
        "Классного",
        "Руководитель",
        "Учитель",
        "Педагог",
        "Директор",
        "Заместитель",
        "Отдел",
        "Управление",
        "Полиции",
        "Социальной",
        "Защиты",
        "Делам",
        "Несовершеннолетних",
        "Суд",
        "Районный",
        "Городской",
        "Мировой",
        "Администрация",
        "Администрации",
    ]
)


@dataclass
class Pseudonymizer:
    """Replaces the names of a case's people by their roles in free text."""

    roles: dict[str, str]  # person key -> role, e.g. «Ученик А»
    forms: dict[str, set[str]]  # person key -> the plain forms of their name
    places: list[str] = field(default_factory=list)  # words of organisations and places
    year: int | None = None
    _finder: re.Pattern[str] | None = None

    def __post_init__(self) -> None:
        every = sorted({f for fs in self.forms.values() for f in fs}, key=len, reverse=True)
        if every:
            # ё and е are one letter here: a form written either way is found.
            alternation = "|".join(re.escape(f).replace("е", "[её]") for f in every)
            word = rf"(?:{alternation})"
            initials = r"(?:[А-ЯЁ]\.\s?){1,2}"
            self._finder = re.compile(
                rf"(?<![\w-])(?:{initials}\s?)?{word}(?:\s+(?:{word}|{initials}))*(?![\w-])",
                re.IGNORECASE,
            )

    def _role_for(self, match: re.Match[str]) -> str:
        found = match.group(0)
        words = [plain(w) for w in re.findall(r"[\w-]{2,}", found)]
        if all(w in COMMON_WORDS for w in words) and not found[0].isupper():
            return found  # «веру в себя» is not Вера
        best = max(self.forms, key=lambda k: sum(w in self.forms[k] for w in words))
        role = self.roles[best]
        # «Классный руководитель Жукова О. П.» must not become the role twice.
        before = match.string[: match.start()].rstrip()
        return "" if before.lower().endswith(role.lower()) else role

    def text(self, value: str) -> str:
        """value with names, organisations, places and exact dates replaced."""
        if self._finder is not None:
            value = self._finder.sub(self._role_for, value)
        value = self.dates(value)
        # Patterns first, so «г. Белово» goes as a whole before the word «Белово» alone.
        for pattern, replacement in _PATTERNS:
            value = pattern.sub(replacement, value)
        for word in self.places:
            value = re.sub(rf"(?<![\w-]){re.escape(word)}[\w-]*", PLACE, value, flags=re.I)
        value = re.sub(r"(\[[^\]]+\])(?:[\s,]*\1)+", r"\1", value)
        return re.sub(r"[ \t]{2,}", " ", value)

    def dates(self, value: str) -> str:
        def numeric(day: str, month: str, year: str) -> str | None:
            y = int(year) + (2000 if len(year) == 2 else 0)
            try:
                return month_year(date(y, int(month), int(day)))
            except ValueError:
                return None

        value = _DATE_NUMERIC.sub(lambda m: numeric(*m.groups()) or m.group(0), value)
        value = _DATE_ISO.sub(lambda m: numeric(m[3], m[2], m[1]) or m.group(0), value)
        genitive = section("common").list("months_genitive")
        nominative = section("common").list("months_nominative")
        months = "|".join(genitive)
        spelled = re.compile(
            rf"\b\d{{1,2}}(?:-?(?:го|е|ое))?\s+({months})(?:\s+(\d{{4}})\s*(?:г\.|года|год)?)?",
            re.IGNORECASE,
        )

        def words(m: re.Match[str]) -> str:
            month = nominative[[g.lower() for g in genitive].index(m[1].lower())]
            year = m[2] or (str(self.year) if self.year else "")
            return f"{month} {year}".strip()

        return spelled.sub(words, value)


def _letter(n: int) -> str:
    return LETTERS[n % len(LETTERS)] + ("" if n < len(LETTERS) else str(n // len(LETTERS)))


def assign_roles(
    people: Iterable[Participant], represents: Mapping[int, int | None], *, school: bool
) -> dict[int, str]:
    """«Ученик А», «Ученица Б», «Мама ученика А», «Классный руководитель»… per person id."""
    people = list(people)
    roles: dict[int, str] = {}
    letters = 0
    for person in people:
        if person.is_minor and person.role != "legal_representative":
            female = is_female(person.full_name)
            if school:
                noun = "Ученица" if female else "Ученик"
            else:
                noun = "Несовершеннолетняя" if female else "Несовершеннолетний"
            roles[person.id] = f"{noun} {_letter(letters)}"  # type: ignore[index]
            letters += 1
    counts: dict[str, int] = {}
    for person in people:
        if person.id in roles:
            continue
        female = is_female(person.full_name)
        if person.role == "legal_representative":
            child = represents.get(person.id)  # type: ignore[arg-type]
            parent = "Мама" if female else "Папа" if female is False else "Представитель"
            if child in roles:
                minor = next(p for p in people if p.id == child)
                whose = "ученицы" if is_female(minor.full_name) else "ученика"
                if not school:
                    whose = (
                        "несовершеннолетней"
                        if is_female(minor.full_name)
                        else ("несовершеннолетнего")
                    )
                name = f"{parent} {whose} {roles[child].split()[-1]}"
            else:
                name = "Законный представитель"
        elif person.role == "teacher":
            name = "Классный руководитель" if person.class_name else "Учитель"
        elif person.role == "administration":
            name = "Представитель администрации"
        elif person.role == "specialist":
            name = "Специалист"
        elif person.role == "supporter":
            name = "Близкий человек"
        else:
            name = "Взрослый участник"
        counts[name] = counts.get(name, 0) + 1
        roles[person.id] = name if counts[name] == 1 else f"{name} {counts[name]}"  # type: ignore[index]
    return roles


def place_words(texts: Iterable[str]) -> list[str]:
    """Stems of the capitalised words of organisation and place names («Белово», «Кузбасс»)."""
    found: set[str] = set()
    for text in texts:
        for word in re.findall(r"[А-ЯЁ][а-яё]{3,}", text or ""):
            if plain(word) not in _STOP_WORDS:
                found.add(word[: max(4, len(word) - 2)])
    return sorted(found, key=len, reverse=True)


def for_people(
    people: Iterable[Participant],
    represents: Mapping[int, int | None],
    *,
    school: bool,
    mediators: Iterable[tuple[str, str]] = (),
    places: Iterable[str] = (),
    year: int | None = None,
) -> Pseudonymizer:
    """The pseudonymizer of a case: its people, its mediators (name, role) and its places."""
    people = list(people)
    by_id = assign_roles(people, represents, school=school)
    roles = {f"p{p.id}": by_id[p.id] for p in people}  # type: ignore[index]
    forms = {f"p{p.id}": name_forms(p.full_name) for p in people}
    for n, (name, role) in enumerate(mediators):
        roles[f"m{n}"] = role
        forms[f"m{n}"] = name_forms(name)
    forms = {k: v for k, v in forms.items() if v}
    return Pseudonymizer(roles, forms, place_words(places), year)
