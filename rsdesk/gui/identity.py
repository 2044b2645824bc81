"""Who is signed in, as the window shows it («Смирнова О. П., куратор»), and the status line."""

from __future__ import annotations

from rsdesk.domain.roles import Actor, role_label
from rsdesk.gui.qt import QLabel, QResizeEvent, QSize, Qt, QWidget


def short_name(full_name: str) -> str:
    """Иванова Анна Петровна -> Иванова А. П., for narrow places (matrix columns, status bar)."""
    surname, *rest = full_name.split() or [""]
    return " ".join([surname, *(part[0] + "." for part in rest)])


def user_text(actor: Actor | None) -> str:
    """The signed-in user's short name and role, or "" while nobody is signed in."""
    if actor is None:
        return ""
    return f"{short_name(actor.name)}, {role_label(actor.role)}"


class StatusLabel(QLabel):
    """A status bar text that gives way on a narrow screen: cut short with «…», whole in its
    tooltip. A long service name would otherwise widen the window past a 1024 px screen."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent, objectName=name)
        self.whole = ""

    def setText(self, text: str) -> None:
        self.whole = text
        self.setToolTip(text)
        self._fit()
        self.updateGeometry()

    def text(self) -> str:
        return self.whole

    def sizeHint(self) -> QSize:
        # QLabel's own hint is for the text shown: add what the whole text needs beyond it.
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        beyond = metrics.horizontalAdvance(self.whole) - metrics.horizontalAdvance(super().text())
        return QSize(hint.width() + max(beyond, 0) + 1, hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self.sizeHint().width(), 80), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        shown = self.fontMetrics().elidedText(self.whole, Qt.TextElideMode.ElideMiddle, room)
        super().setText(shown if self.whole else "")
