"""Texts that leave a case: people become roles or «[человек]», places, schools, classes,
contacts go, dates keep month and year.

The case's own people are found by the forms ``names.word_forms`` generates (cases,
diminutives); a run of name words and initials («Семёнов П. А.», «Алёна Викторовна») becomes
one role, put in the case the name stood in («толкнул ученицу Б»). Everyone else is found by
morphology (``morphology.kind_of``: first names, surnames, patronymics, places and
organisations in the dictionary, and capitalised words it does not know) and by the table of
diminutives. Schools, classes, addresses, phones and links go by pattern (``hiding``), and
the words of the service's own name, municipality, region and the referrer too. Exact dates
(«14.03.2026», «14.09», «14 марта», «четырнадцатого марта») become «март 2026». The user may
name more words to hide; every replacement is marked so the preview can show it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rsdesk.documents import hiding, morphology
from rsdesk.documents.hiding import CLOSE, OPEN, mark
from rsdesk.documents.names import (
    COMMON_WORDS,
    DIMINUTIVES,
    is_female,
    name_forms,
    plain,
    word_forms,
)
from rsdesk.domain.register import Participant

LETTERS = "АБВГДЕЖЗИКЛМНПРСТУФХЦЧШЭЮЯ"
ORGANISATION = hiding.ORGANISATION
PLACE = hiding.PLACE
CLASS = hiding.CLASS
PERSON = "[человек]"
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
# Words a capital letter does not make a name of, though the dictionary knows them as one.
_NOT_NAMES = frozenset({"бог", "господь", "интернет", "новый", "год"})
# Every form of every diminutive, to its full name: «Вовка» and «Вова» are one Владимир.
_NICKNAMES = {
    form: full
    for full, shorts in DIMINUTIVES.items()
    for short in shorts
    for form in word_forms(short)
}
_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]\.")
_SENTENCE_END = re.compile(r"(?:^|[.!?…:\n]|^\s*[-—–])[\s«\"(—–-]*$")


def _starts_sentence(before: str) -> bool:
    return bool(_SENTENCE_END.search(hiding.plain(before)[-40:]))


def _word_before(before: str) -> str:
    found = re.search(r"([\w-]+)\s+$", hiding.plain(before))
    return found.group(1) if found else ""


@dataclass
class Pseudonymizer:
    """Replaces the names of a case's people by their roles, and hides the rest, in free text."""

    roles: dict[str, str]  # person key -> role, e.g. «Ученик А»
    forms: dict[str, set[str]]  # person key -> the plain forms of their name
    places: list[str] = field(default_factory=list)  # words of organisations and places
    year: int | None = None
    female: dict[str, bool | None] = field(default_factory=dict)  # person key -> sex
    hide: tuple[str, ...] = ()  # more words the user chose to hide
    _finder: re.Pattern[str] | None = None
    _normals: dict[str, str] = field(default_factory=dict)  # dictionary form -> person key

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
        for key, forms in self.forms.items():
            for form in forms:
                self._normals.setdefault(form, key)

    # --- the case's own people ---------------------------------------------------------------

    def _in_sentence(self, role: str, before: str, words: list[str], key: str) -> str:
        """The role in the case the name stood in, lower case inside a sentence."""
        case = morphology.name_case(words, _word_before(before), female=self.female.get(key))
        found = morphology.role_in_case(role, case)
        if not _starts_sentence(before):
            found = found[:1].lower() + found[1:]
        # «Классный руководитель Жукова О. П.», «классному руководителю Жуковой»: the role
        # is said already, in whichever case.
        said = hiding.plain(before).rstrip().lower()
        if any(said.endswith(morphology.role_in_case(role, c).lower()) for c in morphology.CASES):
            return ""
        return found

    def _role_for(self, match: re.Match[str], before: str) -> str:
        found = match.group(0)
        words = [plain(w) for w in re.findall(r"[\w-]{2,}", found)]
        if all(w in COMMON_WORDS for w in words) and not found[0].isupper():
            return found  # «веру в себя» is not Вера
        # «от Пети Даше» is two people side by side: each run of one person's words apart.
        names = re.findall(r"[\w-]{2,}", found)
        groups: list[tuple[str, list[str]]] = []
        for name in names:
            owners = [k for k, forms in self.forms.items() if plain(name) in forms]
            if groups and groups[-1][0] in owners:
                groups[-1][1].append(name)
            else:
                best = max(owners, key=lambda k: sum(w in self.forms[k] for w in words))
                groups.append((best, [name]))
        roles = []
        for key, group in groups:
            roles.append(self._in_sentence(self.roles[key], before, group, key))
            before = f"{before} {' '.join(group)} "
        return " ".join(r for r in roles if r)

    # --- everyone and everything else ---------------------------------------------------------

    def _others(self, value: str) -> str:
        """People who are not in the case, places and organisations, by morphology."""
        parts = re.split(f"({OPEN}[^{CLOSE}]*{CLOSE})", value)
        runs: list[tuple[int, int, int, list[str]]] = []  # part, start, end, words
        for index, part in enumerate(parts):
            if part.startswith(OPEN):
                continue
            run: list[re.Match[str]] = []
            for match in _WORD.finditer(part):
                if run and part[run[-1].end() : match.start()].strip(" "):
                    runs += self._person_run(index, run)
                    run = []
                if match.group(0).endswith("."):  # an initial joins a name, never starts alone
                    if run or self._name_follows(part, match.end()):
                        run.append(match)
                    continue
                before = "".join(parts[:index]) + part[: match.start()]
                word = match.group(0)
                kind = self._kind(word, before if not run else "x ")
                if kind == "person":
                    run.append(match)
                    continue
                if run:
                    runs += self._person_run(index, run)
                    run = []
                if kind in ("place", "organisation"):
                    replacement = PLACE if kind == "place" else hiding.ORGANISATION
                    runs.append((index, match.start(), match.end(), [replacement]))
            if run:
                runs += self._person_run(index, run)
        return self._replace(parts, runs)

    def _kind(self, word: str, before: str) -> str | None:
        key = plain(word)
        if key in _NOT_NAMES:
            return None
        if key in self._normals or key in _NICKNAMES:
            return "person"
        return morphology.kind_of(word, starts_sentence=_starts_sentence(before))

    @staticmethod
    def _name_follows(part: str, end: int) -> bool:
        return bool(re.match(r"\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]{2,}", part[end:]))

    @staticmethod
    def _person_run(index: int, run: list[re.Match[str]]) -> list[tuple[int, int, int, list[str]]]:
        words = [m.group(0) for m in run if not m.group(0).endswith(".")]
        if not words:
            return []
        return [(index, run[0].start(), run[-1].end(), words)]

    def _replace(self, parts: list[str], runs: list[tuple[int, int, int, list[str]]]) -> str:
        """Each run replaced: a place or organisation by its mark, a person of the case by
        their role, anyone else by «[человек]» (numbered when the text has several)."""
        people: list[set[str]] = []  # each other person's forms, to know them again
        labels: list[tuple[int, int, int, str, str | int]] = []  # ..., what, its detail
        for index, start, end, words in runs:
            if words[0].startswith("["):
                labels.append((index, start, end, "mark", words[0]))
                continue
            normals = {morphology.normal(w) for w in words} | {plain(w) for w in words}
            normals |= {_NICKNAMES[n] for n in normals if n in _NICKNAMES}
            own = next((self._normals[n] for n in normals if n in self._normals), None)
            if own is not None:
                labels.append((index, start, end, own, " ".join(words)))
                continue
            same = next((n for n, known in enumerate(people) if known & normals), None)
            if same is None:
                people.append(set(normals))
                same = len(people) - 1
            else:
                people[same] |= normals
            labels.append((index, start, end, "other", same))
        for index, start, end, what, detail in sorted(labels, key=lambda x: x[:3], reverse=True):
            part = parts[index]
            if what == "mark":
                text = str(detail)
            elif what == "other":
                text = PERSON if len(people) == 1 else f"[человек {int(detail) + 1}]"
            else:
                before = "".join(parts[:index]) + part[:start]
                text = self._in_sentence(self.roles[what], before, str(detail).split(), what)
            parts[index] = part[:start] + mark(text) + part[end:]
        return "".join(parts)

    def _chosen(self, value: str) -> str:
        """The words the user marked to hide, in every form the dictionary knows."""
        for chosen in self.hide:
            chosen = chosen.strip()
            if not chosen:
                continue
            if " " in chosen:
                pattern = re.escape(chosen).replace(r"\ ", r"\s+")
            else:
                forms = morphology.all_forms(chosen) | {plain(chosen)}
                pattern = "|".join(
                    re.escape(f).replace("е", "[её]") for f in sorted(forms, key=len, reverse=True)
                )
            value = hiding.sub_outside(
                re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE),
                hiding.HIDDEN,
                value,
            )
        return value

    def marked(self, value: str) -> str:
        """value with everything that could name someone replaced, each replacement marked."""
        value = self._chosen(value)
        value = hiding.apply(hiding.CONTACTS, value)
        value = hiding.dates(value, self.year)
        if self._finder is not None:
            value = hiding.sub_outside(self._finder, self._role_for, value, context=True)
        # Patterns first, so «г. Белово» goes as a whole before the word «Белово» alone.
        value = hiding.apply(hiding.PATTERNS, value)
        for word in self.places:
            place = re.compile(rf"(?<![\w-]){re.escape(word)}[\w-]*", re.IGNORECASE)
            value = hiding.sub_outside(place, PLACE, value)
        value = self._others(value)
        value = hiding.merge_repeats(value)
        value = re.sub(rf"(?<![\w-])([Оо])(\s+{OPEN}[аеиоуыэАЕИОУЫЭ])", r"\1б\2", value)
        value = re.sub(r"[ \t]{2,}", " ", value)
        return re.sub(r"[ \t]+(?=[.,;:!?])", "", value)  # where a repeated role went

    def text(self, value: str) -> str:
        """value with names, organisations, places, contacts and exact dates replaced."""
        return hiding.plain(self.marked(value))


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
    hide: Iterable[str] = (),
) -> Pseudonymizer:
    """The pseudonymizer of a case: its people, its mediators (name, role) and its places."""
    people, mediators = list(people), list(mediators)
    by_id = assign_roles(people, represents, school=school)
    roles = {f"p{p.id}": by_id[p.id] for p in people}  # type: ignore[index]
    forms = {f"p{p.id}": name_forms(p.full_name) for p in people}
    for n, (name, role) in enumerate(mediators):
        roles[f"m{n}"] = role
        forms[f"m{n}"] = name_forms(name)
    female = {f"p{p.id}": is_female(p.full_name) for p in people}
    for n, (name, _role) in enumerate(mediators):
        female[f"m{n}"] = is_female(name)
    forms = {k: v for k, v in forms.items() if v}
    return Pseudonymizer(roles, forms, place_words(places), year, female, tuple(hide))
