"""Who is signed in, as the window shows it: «Смирнова О. П., куратор»."""

from __future__ import annotations

from rsdesk.domain.roles import Actor, role_label


def short_name(full_name: str) -> str:
    """Иванова Анна Петровна -> Иванова А. П., for narrow places (matrix columns, status bar)."""
    surname, *rest = full_name.split() or [""]
    return " ".join([surname, *(part[0] + "." for part in rest)])


def user_text(actor: Actor | None) -> str:
    """The signed-in user's short name and role, or "" while nobody is signed in."""
    if actor is None:
        return ""
    return f"{short_name(actor.name)}, {role_label(actor.role)}"
