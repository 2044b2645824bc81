"""Russian name forms for pseudonymisation: case endings, diminutives, a guess at gender.

Limits, on purpose: endings are generated from the nominative by rule, so rare declensions
(fleeting vowels beyond the common «-ек/-ок/-ец/-ел», names with alternating stems) may be
missed; diminutives come from the table below and cover common names only; non-Russian names
that do not decline are matched as written. Over-matching a common word is preferred to
leaving a name in place.
"""

from __future__ import annotations

import re

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
    "тимофей": ("тима",),
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
# Male first names ending in -а/-я (the rest of such names are taken as female).
MALE_IN_A = frozenset(
    {
        "никита",
        "илья",
        "данила",
        "кузьма",
        "фома",
        "лука",
        "савва",
        "миша",
        "саша",
        "ваня",
        "петя",
        "дима",
        "коля",
        "сережа",
        "леша",
        "алеша",
        "вова",
        "володя",
        "витя",
        "паша",
        "костя",
        "даня",
        "гоша",
        "жора",
        "гриша",
        "юра",
        "андрюша",
        "илюша",
        "тима",
        "рома",
        "федя",
        "степа",
        "сема",
        "слава",
        "женя",
        "вася",
        "мотя",
        "сеня",
        "лева",
    }
)
FEMALE_IN_SOFT = frozenset({"любовь", "нинель", "адель", "изабель", "эсфирь"})


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
    """A guess from the patronymic, then the surname, then the first name; None if unsure."""
    words = [plain(w) for w in name_words(full_name)]
    for w in words:
        if re.search(r"(вна|чна|кызы)$", w):
            return True
        if re.search(r"(вич|ьич|оглы)$", w):
            return False
    for w in words:
        if re.search(r"(ова|ева|ина|ына|ская|цкая)$", w):
            return True
        if re.search(r"(ов|ев|ин|ын|ский|цкий)$", w):
            return False
    for w in reversed(words):
        if w in MALE_IN_A:
            return False
        if w in FEMALE_IN_SOFT or w.endswith(("а", "я")):
            return True
        if re.search(r"[бвгджзклмнпрстфхцчшщй]$", w):
            return False
    return None
