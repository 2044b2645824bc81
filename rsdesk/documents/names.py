"""Russian names: their grammatical cases and gender for documents, their forms for pseudonyms.

Documents decline a name («законный представитель несовершеннолетнего Лебедева Кирилла»)
through ``in_case`` and choose their wording by ``gender``; both rest on pytrovich (the
petrovich rules: some 30 KB of suffix rules, no dictionary), and no other module imports it.
A name is read as «Фамилия Имя Отчество», the order every form of rsdesk asks for. ``gender``
is None when the name does not say (Саша, Женя, an indeclinable surname with a first name of
either sex): documents then use a wording that fits anyone.

The pseudonymiser's forms are generated from the nominative by rule. Limits, on purpose: rare
declensions (fleeting vowels beyond the common «-ек/-ок/-ец/-ел», names with alternating stems)
may be missed; diminutives come from the table below and cover common names only; non-Russian
names that do not decline are matched as written. Over-matching a common word is preferred to
leaving a name in place.
"""

from __future__ import annotations

import re
import threading
from functools import cache
from typing import Any, Literal

Gender = Literal["male", "female"]
# The grammatical cases a document asks for, by their usual names.
CASES = ("genitive", "dative", "accusative", "instrumental", "prepositional")

_CONSONANT = ("", "а", "у", "ом", "ем", "е", "ы", "ов", "ым", "ых", "ыми", "ами")
_POSSESSIVE_M = ("", "а", "у", "ым", "ом", "е", "ы", "ых", "ыми")
_POSSESSIVE_F = ("а", "ой", "у", "ою", "ы", "ых", "ыми")
_ADJECTIVAL = (
    "ий",
    "ый",
    "ой",
    "ого",
    "ому",
    "им",
    "ым",
    "ом",
    "ие",
    "ые",
    "их",
    "ых",
    "ими",
    "ыми",
    "ая",
    "ую",
    "ей",
)
_IY = ("ий", "ия", "ию", "ием", "ии", "иям")
_Y = ("й", "я", "ю", "ем", "е", "ей")
_SOFT = ("ь", "я", "ю", "ем", "е", "и", "ью", "ей")
_A = ("а", "ы", "и", "е", "у", "ой", "ою", "ей", "ею", "ам")
_YA = ("я", "и", "е", "ю", "ей", "ею", "ям")
_PATRONYMIC_M = ("", "а", "у", "ем", "е")
_PATRONYMIC_F = ("а", "ы", "е", "у", "ой", "ою")

# Diminutives a service hears every day, by full name (lower case, е for ё).
DIMINUTIVES: dict[str, tuple[str, ...]] = {
    "александр": ("саша", "саня", "шура", "сашенька", "санек", "сашка"),
    "александра": ("саша", "шура", "сашенька", "сашка"),
    "алексей": ("леша", "алеша", "леха", "лешка"),
    "анастасия": ("настя", "настенька", "настюша"),
    "анна": ("аня", "анюта", "анечка", "нюра", "анька"),
    "андрей": ("андрюша", "андрюха"),
    "арсений": ("сеня", "арс"),
    "артем": ("тема", "темка"),
    "валентина": ("валя",),
    "варвара": ("варя",),
    "василий": ("вася",),
    "василиса": ("вася",),
    "вера": ("верочка",),
    "вероника": ("ника",),
    "виктор": ("витя", "витек"),
    "виктория": ("вика",),
    "владимир": ("вова", "володя", "вовка"),
    "владислав": ("влад", "владик", "слава"),
    "галина": ("галя",),
    "георгий": ("гоша", "жора"),
    "григорий": ("гриша",),
    "даниил": ("даня", "данила"),
    "данил": ("даня",),
    "данила": ("даня",),
    "дарья": ("даша", "дашенька", "дашка"),
    "денис": ("дэн", "дениска"),
    "дмитрий": ("дима", "митя", "димка", "димон"),
    "евгений": ("женя", "женька"),
    "евгения": ("женя",),
    "егор": ("егорка",),
    "екатерина": ("катя", "катюша", "катенька", "катька"),
    "елена": ("лена", "леночка", "ленка"),
    "елизавета": ("лиза", "лизонька"),
    "иван": ("ваня", "ванечка", "ванька", "ванюша"),
    "игорь": ("игорек",),
    "илья": ("илюша", "илюха"),
    "ирина": ("ира", "ирочка", "ирка"),
    "кирилл": ("кира", "кирюша", "кирюха"),
    "константин": ("костя", "костик"),
    "кристина": ("кристи",),
    "ксения": ("ксюша",),
    "лев": ("лева",),
    "любовь": ("люба",),
    "людмила": ("люда", "мила"),
    "максим": ("макс", "максимка"),
    "марина": ("мариша",),
    "мария": ("маша", "машенька", "маня", "машка"),
    "матвей": ("мотя",),
    "михаил": ("миша", "мишка", "мишаня"),
    "надежда": ("надя",),
    "наталья": ("наташа",),
    "наталия": ("наташа",),
    "никита": ("никитка",),
    "николай": ("коля", "колька"),
    "нина": ("ниночка",),
    "оксана": ("ксюша",),
    "олег": ("олежка",),
    "ольга": ("оля", "оленька", "олька"),
    "павел": ("паша", "пашка"),
    "петр": ("петя", "петька"),
    "полина": ("поля",),
    "роман": ("рома", "ромка"),
    "светлана": ("света",),
    "семен": ("сема",),
    "сергей": ("сережа", "серега", "сережка"),
    "софья": ("соня",),
    "софия": ("соня",),
    "степан": ("степа",),
    "татьяна": ("таня", "танечка", "танька"),
    "тимофей": ("тима", "тимоха", "тимоша"),
    "тимур": ("тима",),
    "ульяна": ("уля",),
    "федор": ("федя",),
    "юлия": ("юля",),
    "юрий": ("юра",),
    "ярослав": ("ярик", "слава"),
}
# Names that are also ordinary words: matched only when written with a capital letter.
COMMON_WORDS = frozenset(
    {
        "вера",
        "надежда",
        "любовь",
        "лев",
        "роман",
        "слава",
        "мила",
        "ника",
        "макс",
        "поля",
        "кира",
        "ира",
        "лена",
        "сема",
        "тема",
        "гоша",
    }
)


def plain(word: str) -> str:
    """The key a word is compared under: lower case, ё as е (people write both)."""
    return word.lower().replace("ё", "е")


def _declined(word: str) -> set[str]:
    w = plain(word)
    forms = {w}

    def add(stem: str, endings: tuple[str, ...]) -> None:
        forms.update(stem + e for e in endings)

    if re.search(r"(ович|евич|ьич|ич)$", w):
        add(w, _PATRONYMIC_M)
        return forms
    if re.search(r"(овна|евна|ична|инична)$", w):
        add(w[:-1], _PATRONYMIC_F)
        return forms
    if re.search(r"(ов|ев|ин|ын)$", w):
        add(w, _POSSESSIVE_M)
    if re.search(r"(ова|ева|ина|ына)$", w):
        add(w[:-1], _POSSESSIVE_F)
        add(w[:-1], _POSSESSIVE_M)  # the family name of the men of her family, too
    if len(w) > 4 and re.search(r"(ий|ый|ой|ая)$", w):
        add(w[:-2], _ADJECTIVAL)
    if w.endswith("ий"):
        add(w[:-2], _IY)
    elif w.endswith("й"):
        add(w[:-1], _Y)
    elif w.endswith("ь"):
        add(w[:-1], _SOFT)
    elif w.endswith("а"):
        add(w[:-1], _A)
    elif w.endswith("я"):
        add(w[:-1], _YA)
    elif re.search(r"[бвгджзклмнпрстфхцчшщ]$", w):
        add(w, _CONSONANT)
        # Fleeting vowel: Павел → Павла, Кравец → Кравца, Зайчик stays.
        if re.search(r"(ел|ек|ок|ец)$", w):
            add(w[:-2] + w[-1], _CONSONANT)
        if w == "лев":
            add("льв", _CONSONANT)
    return forms


def word_forms(word: str) -> set[str]:
    """Every form generated for one word of a name: its cases, and its diminutives' cases."""
    forms = _declined(word)
    for short in DIMINUTIVES.get(plain(word), ()):
        forms |= _declined(short)
    return forms


def name_words(full_name: str) -> list[str]:
    """The words of a name long enough to match safely (initials are handled separately)."""
    return [w for w in re.findall(r"[А-Яа-яЁёA-Za-z-]+", full_name) if len(w) >= 3]


def name_forms(full_name: str) -> set[str]:
    """All generated forms of all words of a person's name (lower case, е for ё)."""
    found: set[str] = set()
    for word in name_words(full_name):
        found |= word_forms(word)
    return found


def is_female(full_name: str) -> bool | None:
    """True for a woman's name, False for a man's, None when the name does not say."""
    found = gender(full_name)
    return None if found is None else found == "female"


# --- cases and gender for documents (pytrovich) ----------------------------------------------

# Turkic patronymics are written «Гусейн кызы», «Рашид оглы»: the father's name stays as it is.
_TURKIC: dict[str, Gender] = {
    "кызы": "female",
    "гызы": "female",
    "оглы": "male",
    "улы": "male",
    "уулу": "male",
}
_PATRONYMIC: tuple[tuple[re.Pattern[str], Gender], ...] = (
    (re.compile(r"(вна|чна)$"), "female"),
    (re.compile(r"(вич|ич)$"), "male"),
)
_lock = threading.Lock()  # documents are drawn in worker threads


@cache
def _petrovich() -> tuple[Any, Any]:
    """The inflector and the gender detector, built once (their rules load from JSON)."""
    from pytrovich.detector import PetrovichGenderDetector
    from pytrovich.maker import PetrovichDeclinationMaker

    return PetrovichDeclinationMaker(), PetrovichGenderDetector()


def _parts(full_name: str) -> tuple[str, str, list[str], list[str]]:
    """Surname, first name, the patronymic to decline, and words that never decline."""
    words = full_name.split()
    surname = words[0] if words else ""
    first = words[1] if len(words) > 1 else ""
    rest = words[2:]
    if rest and plain(rest[-1]) in _TURKIC:
        return surname, first, [], rest
    return surname, first, rest[:1], rest[1:]


def _cyrillic(word: str) -> bool:
    """A word the rules apply to: Cyrillic letters, more than an initial."""
    return bool(re.fullmatch(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*", word)) and len(word) > 1


def gender(full_name: str) -> Gender | None:
    """The sex a name shows: by the patronymic, else by the surname and the first name
    together (petrovich's rules); None when they do not say or disagree."""
    surname, first, patronymic, fixed = _parts(full_name)
    if fixed:
        return _TURKIC[plain(fixed[-1])]
    for word in patronymic:
        for pattern, found in _PATRONYMIC:
            if pattern.search(plain(word)):
                return found
    given = {
        part: value.lower()
        for part, value in (("lastname", surname), ("firstname", first))
        if _cyrillic(value)
    }
    if not given:
        return None
    from pytrovich.enums import Gender as Sex

    with _lock:
        detected = _petrovich()[1].detect(**given)
    return "male" if detected == Sex.MALE else "female" if detected == Sex.FEMALE else None


def _spelled(word: str) -> str:
    """Russian spelling after г, к, х, ж, ш, щ, ч: the rules' «Сашы» is written «Саши»."""
    return re.sub(r"(?<=[гкхжшщч])ы(?=-|$)", "и", word)


def _inflected(maker: Any, part: Any, sex: Any, case: Any, word: str) -> str:
    if not _cyrillic(word):
        return word  # initials, Latin letters: as written
    result = _spelled(maker.make(part, sex, case, word.lower()))
    if word.isupper():
        return result.upper()
    # Each part of a double name keeps the capital letter it was typed with.
    typed, made = word.split("-"), result.split("-")
    if len(made) != len(typed):
        return result
    return "-".join(
        m[:1].upper() + m[1:] if t[:1].isupper() else m for t, m in zip(typed, made, strict=True)
    )


def in_case(full_name: str, case: str, sex: Gender | None = None) -> str:
    """The name in a grammatical case: in_case("Лебедев Кирилл", "genitive") gives «Лебедева
    Кирилла». `sex` defaults to what the name shows; unknown, the rules for either apply."""
    if case not in CASES:
        raise ValueError(f"unknown grammatical case {case!r}")
    surname, first, patronymic, fixed = _parts(full_name)
    if not surname:
        return full_name
    from pytrovich.enums import Case, NamePart
    from pytrovich.enums import Gender as Sex

    sex = sex or gender(full_name)
    kind = Sex.MALE if sex == "male" else Sex.FEMALE if sex == "female" else Sex.ANDROGYNOUS
    wanted = Case[case.upper()]
    with _lock:
        maker = _petrovich()[0]
        words = [_inflected(maker, NamePart.LASTNAME, kind, wanted, surname)]
        if first:
            words.append(_inflected(maker, NamePart.FIRSTNAME, kind, wanted, first))
        words += [_inflected(maker, NamePart.MIDDLENAME, kind, wanted, w) for w in patronymic]
    return " ".join(words + fixed)


def by_gender(full_name: str, male: str, female: str, neutral: str) -> str:
    """The wording that fits the person: «согласен», «согласна», or one that fits anyone."""
    found = gender(full_name)
    return male if found == "male" else female if found == "female" else neutral
