"""Characters that change how a text reads without being seen: bidi controls, zero-width ones.

A service's name in a statistics file is shown to the regional centre and printed in its
tables. U+202E (right-to-left override) makes «СОШ № 12» display as another name, a
zero-width space makes two names that look the same compare different, so a second service
could pass for a known one. Every Unicode format character (category Cf: the bidi embeddings,
overrides, isolates and marks U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C, the
zero-width U+200B–U+200D, U+2060, U+FEFF, the soft hyphen, tags) and the line and paragraph
separators U+2028 and U+2029 count; none has a place in the name of a school or a town.
"""

from __future__ import annotations

import unicodedata

INVISIBLE_CATEGORIES = frozenset({"Cf", "Zl", "Zp"})


def is_invisible(char: str) -> bool:
    return unicodedata.category(char) in INVISIBLE_CATEGORIES


def first_invisible(text: str) -> str | None:
    """The first such character of text, or None."""
    return next((char for char in text if is_invisible(char)), None)


def without_invisible(text: str) -> str:
    """text with them removed: for a name typed or pasted into the service's own file, before
    it is signed (a signed file is never cleaned, it is rejected)."""
    return "".join(char for char in text if not is_invisible(char))


def code_point(char: str) -> str:
    return f"U+{ord(char):04X}"
