"""A button that says why the signed-in user may not use it, and a sample register's session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rsdesk.domain.roles import Actor, Decision, Op
from rsdesk.gui.qt import QObject, QWidget, Signal

if TYPE_CHECKING:
    from rsdesk.access import Desk


def allow(widget: QWidget, decision: Decision, *, also: bool = True) -> None:
    """Enable `widget` when the role allows it (and `also` holds); say why not in its tooltip."""
    widget.setEnabled(bool(decision) and also)
    widget.setToolTip("" if decision else decision.reason)


class SampleSession(QObject):
    """Stands in for VaultSession over a sample register in memory (the screenshot tour).

    There is no file: nothing is saved, no vault to lock, no settings touched. Screens hear
    the Desk's changes through `changed`, as they do in a real session.
    """

    changed = Signal(object)
    vault = None
    is_open = True

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        desk.subscribe(self.changed.emit)

    @property
    def user(self) -> Actor:
        return self.desk.actor

    @property
    def sees_requests(self) -> bool:
        return bool(self.desk.may(Op.VIEW_REQUESTS))
