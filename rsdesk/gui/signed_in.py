"""A button that says why the signed-in user may not use it, and a sample register's Desk."""

from __future__ import annotations

from sqlite_utils import Database

from rsdesk.access import Desk
from rsdesk.domain.roles import Decision
from rsdesk.gui.qt import QWidget
from rsdesk.storage.service import curator_id
from rsdesk.storage.users import actor


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
