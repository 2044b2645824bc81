"""Russian morphology for texts that leave a case: pymorphy3 with its Russian dictionary.

It answers three questions the supervision text asks: is a capitalised word a person, a place
or an organisation (the dictionary marks first names, surnames, patronymics, places and
organisations); in which grammatical case does a name stand in its sentence; and how does a
role word read in that case («толкнул ученицу Б», «сообщила маме ученика А»). The dictionary
is loaded once, on first use (about 0.2 s), and holds no data of anybody.
"""

from __future__ import annotations

import threading
from functools import cache
from typing import Any, Literal

Kind = Literal["person", "place", "organisation"]
CASES = ("nomn", "accs", "datv", "gent", "ablt", "loct")  # the order to guess in
PERSON = frozenset({"Name", "Surn", "Patr"})
PLACE = frozenset({"Geox"})
ORGANISATION = frozenset({"Orgn", "Trad"})
# Which cases a preposition governs, the likelier for a person first; a name after it
# stands in one of them.
_GOVERNED = (
    (
        "у от до без для из около возле после кроме против среди вместо мимо напротив из-за "
        "из-под вокруг позади",
        ("gent",),
    ),
    ("к ко по благодаря согласно навстречу", ("datv",)),
    ("про через сквозь", ("accs",)),
    ("в во на", ("accs", "loct")),
    ("за под", ("accs", "ablt")),
    ("с со", ("ablt", "gent")),
    ("между над перед передо", ("ablt",)),
    ("о об обо при", ("loct",)),
)
GOVERNS: dict[str, tuple[str, ...]] = {
    word: cases for words, cases in _GOVERNED for word in words.split()
}
_lock = threading.Lock()


@cache
def _analyzer() -> Any:
    import pymorphy3
    import pymorphy3_dicts_ru

    # By path, not by the package's entry point, which a frozen bundle does not carry.
    return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru")


def _parse(word: str) -> list[Any]:
    # The analyzer's caches are not meant for two threads at once; documents render in a worker.
    with _lock:
        return list(_analyzer().parse(word))


def _known(word: str) -> bool:
    with _lock:
        return bool(_analyzer().word_is_known(word))


def kind_of(word: str, *, starts_sentence: bool) -> Kind | None:
    """What a capitalised word names, or None for an ordinary word.

    Inside a sentence a capital letter already says «a name»: any reading as a person, a
    place or an organisation counts, and a word the dictionary does not know is taken for a
    person (surnames and names of other peoples are often missing; hiding one word too many
    is the right mistake). At the start of a sentence the capital says nothing, so the most
    likely reading decides («Вера в себя» stays, «Вова пришёл» goes).
    """
    parses = _parse(word)
    if not parses:
        return None
    readings = parses[:1] if starts_sentence else parses
    tags = set().union(*(set(p.tag.grammemes) for p in readings))
    if tags & PERSON and not (tags & PLACE and parses[0].tag.grammemes & PLACE):
        return "person"
    if tags & PLACE:
        return "place"
    if tags & ORGANISATION:
        return "organisation"
    if not starts_sentence and not _known(word):
        return "person"
    return None


def normal(word: str) -> str:
    """The dictionary form of a word, to tell that «Вовой» and «Вова» are one person."""
    parses = _parse(word)
    return (parses[0].normal_form if parses else word.lower()).replace("ё", "е")


def name_case(words: list[str], before: str, *, female: bool | None) -> str:
    """The case a name of these words stands in, after the word before it.

    Each word of the name allows the cases of its readings as a name (of the person's sex
    when known); a preposition before it narrows them. What stays open is settled in the
    order of CASES, after a noun the genitive first («мама Ковалёвой»).
    """
    allowed = set(CASES)
    for word in words:
        cases = set()
        parses = _parse(word)
        as_name = any(p.tag.grammemes & PERSON for p in parses)
        for parse in parses:
            grammemes = parse.tag.grammemes
            if as_name and not grammemes & PERSON:
                continue
            sexed = female is not None and {"masc", "femn"} & grammemes
            if sexed and ("femn" in grammemes) != female:
                continue
            cases |= grammemes & set(CASES)
        if cases:
            allowed &= cases
    prior = before.lower()
    order = list(CASES)
    if prior in GOVERNS:
        allowed &= set(GOVERNS[prior])
        order = list(GOVERNS[prior])
    else:
        allowed.discard("loct")  # never without a preposition
        parses = _parse(prior) if prior.isalpha() else []
        if parses and "NOUN" in parses[0].tag.grammemes:
            order = ["gent", *CASES]
    return next((case for case in order if case in allowed), "nomn")


def _second_declension(parse: Any) -> bool:
    """A masculine noun of «медиатор», «руководитель», «ученик»: its accusative as a person
    is its genitive, even where the dictionary has it inanimate («папа» is not one)."""
    return "masc" in parse.tag.grammemes and parse.normal_form[-1:] not in ("а", "я")


def _form(parse: Any, case: str, gender: str | None) -> str | None:
    grammemes = {case, "sing"}
    adjective = bool(parse.tag.grammemes & {"ADJF", "PRTF"})
    if gender and adjective:
        grammemes.add(gender)
    if case == "accs" and (_second_declension(parse) or (adjective and gender != "femn")):
        grammemes = (grammemes - {"accs"}) | {"gent"}
    found = parse.inflect(grammemes) or parse.inflect(grammemes - {"masc", "femn"})
    return found.word if found else None


def role_in_case(role: str, case: str) -> str:
    """A role such as «Классный руководитель» or «Мама ученика А» in the case given.

    The words up to the first noun agree with it and change; what follows (whose mother,
    a letter, a number) stays as it is.
    """
    if case == "nomn":
        return role
    words = role.split(" ")
    out: list[str] = []
    changing = True
    gender: str | None = None
    for n, word in enumerate(words):
        if not changing or not word.isalpha() or len(word) < 2:
            out.append(word)
            changing = False
            continue
        parses = _parse(word.lower())
        noun = next((p for p in parses if "NOUN" in p.tag.grammemes), None)
        adjective = next((p for p in parses if p.tag.grammemes & {"ADJF", "PRTF"}), None)
        # «Взрослый участник»: an adjective before a noun, though «взрослый» is a noun alone.
        following = words[n + 1] if n + 1 < len(words) else ""
        before_noun = (
            following.isalpha()
            and len(following) > 1
            and any("NOUN" in p.tag.grammemes for p in _parse(following.lower()))
        )
        head = noun if noun is not None and not (adjective and before_noun) else None
        parse = head or adjective or (parses[0] if parses else None)
        if parse is None:
            out.append(word)
            changing = False
            continue
        if head is not None:
            gender = next((g for g in ("masc", "femn") if g in head.tag.grammemes), gender)
        elif gender is None and before_noun:
            gender = next(
                (
                    g
                    for p in _parse(following.lower())
                    if "NOUN" in p.tag.grammemes
                    for g in ("masc", "femn")
                    if g in p.tag.grammemes
                ),
                None,
            )
        if gender is None:
            gender = next((g for g in ("masc", "femn") if g in parse.tag.grammemes), None)
        with _lock:
            form = _form(parse, case, gender)
        out.append(_like(word, form) if form else word)
        if head is not None:
            changing = False
    return " ".join(out)


def _like(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def all_forms(word: str) -> set[str]:
    """Every form of a word in the dictionary (lower case), to hide it in any case."""
    found = {word.lower()}
    for parse in _parse(word)[:3]:
        with _lock:
            found |= {form.word for form in parse.lexeme}
    return {w.replace("ё", "е") for w in found}
