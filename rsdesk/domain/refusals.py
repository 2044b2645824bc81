"""One family of refusals: the core says no, in sentences a user can read.

Screens catch `Refused` and show `reasons` (or `fields`, for a form); what kind of refusal it
is matters only to code that handles one kind differently.
"""

from __future__ import annotations


class Refused(Exception):  # noqa: N818 (a refusal, not an error)
    """The core refused an action; `reasons` are sentences in the UI language."""

    def __init__(self, reasons: str | list[str] | tuple[str, ...], fields: dict | None = None):
        self.reasons: tuple[str, ...] = (reasons,) if isinstance(reasons, str) else tuple(reasons)
        # A form's field key -> what is wrong with it, when the refusal is about input.
        self.fields: dict[str, str] = dict(fields or {})
        super().__init__(" ".join(self.reasons))

    @property
    def message(self) -> str:
        return " ".join(self.reasons)


class RoleRefused(Refused, PermissionError):  # noqa: N818 (a refusal, not an error)
    """The signed-in user's role does not allow the operation."""


class PracticeRefused(Refused):
    """The restorative procedure forbids the step now (no consent yet, a party refused…)."""


class InputRefused(Refused, ValueError):  # noqa: N818 (a refusal, not an error)
    """Values the register or a procedure does not accept; `fields` says which and why."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__(list(fields.values()), fields)

    @property
    def errors(self) -> dict[str, str]:
        return self.fields
