"""The signed-in user's Desk for a screen, and a button that says why it is not theirs.

Screens that write take the Desk; callers that still hand over the database get the Desk of the
session that holds it, found through the widget's parents or the application's windows. A
database nobody is signed in to gets no desk at all: there is no role to check it against.
"""

from __future__ import annotations

from sqlite_utils import Database

from rsdesk.access import Desk
from rsdesk.domain.roles import Decision
from rsdesk.gui.qt import QApplication, QWidget
from rsdesk.storage.service import curator_id
from rsdesk.storage.users import actor


def desk_for(source: Desk | Database, widget: QWidget | None = None) -> Desk:
    """`source` itself when it is a Desk, else the signed-in user's Desk over that database."""
    if isinstance(source, Desk):
        return source
    candidates: list[object] = []
    while widget is not None:
        candidates.append(widget)
        widget = widget.parentWidget()
    candidates += QApplication.topLevelWidgets()
    for candidate in candidates:
        desk = getattr(getattr(candidate, "session", None), "desk", None)
        if isinstance(desk, Desk) and desk.db is source:
            return desk
    raise LookupError("nobody is signed in to this register")


def allow(widget: QWidget, decision: Decision, *, also: bool = True) -> None:
    """Enable `widget` when the role allows it (and `also` holds); say why not in its tooltip."""
    widget.setEnabled(bool(decision) and also)
    widget.setToolTip("" if decision else decision.reason)


def curator_desk(db: Database, **options) -> Desk:
    """The curator's Desk over a sample register nobody signs in to (screenshots, tests)."""
    curator = curator_id(db)
    if curator is None:
        raise LookupError("the register has no curator")
    return Desk(db, actor(db, curator), **options)
