"""Typed, strict access to a parsed procedure file: each mistake names the file and the path."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from rsdesk.i18n import translate

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")


class ProcedureFileError(ValueError):
    """A procedure file that cannot be used, with the place of the mistake."""

    def __init__(self, file: str, path: str, message: str) -> None:
        self.file = file
        self.path = path
        self.message = message
        super().__init__(f"{file}: {path}: {message}" if path else f"{file}: {message}")


class Reader:
    """Typed access to one parsed file; each getter fails with the file and the path."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, path: str, message: str) -> ProcedureFileError:
        return ProcedureFileError(self.file, path, message)

    def table(self, value: Any, path: str, allowed: set[str], required: Iterable[str] = ()) -> dict:
        if not isinstance(value, dict):
            raise self.fail(path, translate("procedures", "must be a table"))
        for key in value:
            if key not in allowed:
                raise self.fail(
                    join(path, key),
                    translate(
                        "procedures",
                        "unknown key; allowed here: {allowed}",
                        allowed=", ".join(sorted(allowed)),
                    ),
                )
        for key in required:
            if key not in value:
                raise self.fail(join(path, key), translate("procedures", "required key missing"))
        return value

    def text(self, value: Any, path: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(path, translate("procedures", "must be a non-empty text"))
        return value.strip()

    def key(self, value: Any, path: str) -> str:
        if not isinstance(value, str) or not KEY_PATTERN.match(value):
            raise self.fail(
                path,
                translate("procedures", "must be a key of small Latin letters, digits and _"),
            )
        return value

    def flag(self, value: Any, path: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(path, translate("procedures", "must be true or false"))
        return value

    def whole(self, value: Any, path: str, minimum: int = 0) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.fail(
                path,
                translate(
                    "procedures", "must be a whole number of at least {minimum}", minimum=minimum
                ),
            )
        return value

    def number(self, value: Any, path: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(path, translate("procedures", "must be a number"))
        return value

    def texts(self, value: Any, path: str) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise self.fail(path, translate("procedures", "must be a list"))
        return tuple(self.text(item, f"{path}[{i}]") for i, item in enumerate(value))

    def keys(self, value: Any, path: str, known: Iterable[str]) -> tuple[str, ...]:
        known = tuple(known)
        found = self.texts(value, path)
        for i, item in enumerate(found):
            if item not in known:
                raise self.fail(
                    f"{path}[{i}]",
                    translate(
                        "procedures",
                        "unknown value «{value}»; known: {known}",
                        value=item,
                        known=", ".join(known),
                    ),
                )
        if len(set(found)) != len(found):
            raise self.fail(path, translate("procedures", "a value is repeated"))
        return found

    def items(self, value: Any, path: str) -> list:
        if not isinstance(value, list) or not value:
            raise self.fail(path, translate("procedures", "must be a non-empty list of tables"))
        return value


def paragraphs(text: str) -> str:
    """Prose as paragraphs: TOML files wrap lines for editing, the GUI wraps them for display."""
    blocks = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(line.strip() for line in block.splitlines()) for block in blocks)


def join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key
