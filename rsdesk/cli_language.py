"""argparse's own words («использование:», «параметры:», its error messages) in the user's language.

argparse looks its texts up with the `_` and `ngettext` it imported from gettext, and Python
ships no Russian for them; gettext itself finds catalogues only as .mo files on disk. So a
translation object answers for argparse instead: it looks each message up in rsdesk's own
catalogue under the "argparse" context, beside every other core message, and follows the
interface language set by `rsdesk.i18n.set_language` (English needs no entries: argparse's
texts are English). Install it before the parsers are built: the help option's text and the
section headings are translated when a parser is made.
"""

from __future__ import annotations

import argparse
import gettext

from rsdesk.i18n import QT_TRANSLATE_NOOP, plural, translate

CONTEXT = "argparse"

# argparse's messages a user of `rsdesk` can meet, as Python 3.11 to 3.14 word them (the
# newer ones are simply not asked for on 3.11). Errors in how a parser is built (conflicting
# options and the like) are the developer's and stay English.
MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: warning: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP(
        "argparse",
        "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)",
    ),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)
# ngettext's two English forms, kept as one message as rsdesk's plurals are (rsdesk.i18n.plural):
# the translation lists as many forms as its language has.
PLURAL_MESSAGES = (QT_TRANSLATE_NOOP("argparse", "expected %s argument|expected %s arguments"),)


class ArgparseTranslations(gettext.NullTranslations):
    """gettext's interface over rsdesk's catalogue, for argparse's messages."""

    def gettext(self, message: str) -> str:
        return translate(CONTEXT, message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return plural(n, translate(CONTEXT, f"{msgid1}|{msgid2}"))


_TRANSLATIONS = ArgparseTranslations()


def install() -> None:
    """Make argparse speak the interface language; the language may change afterwards."""
    # argparse calls the names bound in its own module, not builtins._ nor gettext's domains.
    setattr(argparse, "_", _TRANSLATIONS.gettext)  # noqa: B010  (mypy knows no such name)
    setattr(argparse, "ngettext", _TRANSLATIONS.ngettext)  # noqa: B010
