"""Translation for Qt-free code: the same .ts catalogues the GUI uses, read without Qt.

Core modules call ``translate("Context", "English source")``; pyside6-lupdate extracts those
calls like any Qt ``translate`` call, so one Russian catalogue serves the GUI, the command line
and error messages raised by the core.
"""

from __future__ import annotations

from functools import cache

from rsdesk.resource_paths import resource

DEFAULT_LANGUAGE = "ru"
_language = DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    global _language
    _language = language


def current_language() -> str:
    return _language


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET  # on the first message only: not needed to start

    path = resource("translations", f"rsdesk_{language}.ts")
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    entries: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {
                "unfinished",
                "vanished",
                "obsolete",
            }:
                continue
            if translation.text:
                entries[(name, message.findtext("source", ""))] = translation.text
    return entries


def translate(context: str, source: str, **params: object) -> str:
    """The text in the current language, with ``{name}`` placeholders filled from params."""
    text = _catalogue(_language).get((context, source), source)
    return text.format(**params) if params else text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a string for extraction without translating it yet (named as lupdate expects)."""
    return source


def plural_index(count: int, language: str | None = None) -> int:
    """Which plural form a count takes: Russian has three (1 случай, 3 случая, 5 случаев),
    English two (1 case, 3 cases)."""
    n = abs(count)
    if (language or _language) == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


def plural(count: int, forms: str) -> str:
    """The form of a word for a count, from its translated forms split by «|».

    The catalogue holds the forms as one message ("open case|open cases" translates to
    «открытый случай|открытых случая|открытых случаев»), so each language lists as many
    forms as it has; the .ts files carry no Qt numerus entries.
    """
    choices = forms.split("|")
    return choices[min(plural_index(count), len(choices) - 1)]


def counted(count: int, forms: str) -> str:
    """The count with its word in the right form: «3 случая», "1 case"."""
    return f"{count} {plural(count, forms)}"
