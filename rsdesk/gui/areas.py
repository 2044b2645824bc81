"""The main window's areas, the empty state each shows until it has content, notices, and
the room a window takes on the screen."""

from __future__ import annotations

from dataclasses import dataclass

from rsdesk.domain.roles import Op
from rsdesk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLabel,
    Qt,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    empty_text: str
    # The operation a signed-in user needs to see the area; the others read why not instead.
    needs: Op | None = None


AREAS = (
    Area(
        "cases",
        QT_TRANSLATE_NOOP("Areas", "Requests and cases"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "Requests and the cases that grow from them will be listed here: who turned "
            "to the service and why, the decision on each request, the participants, the program "
            "and how the work goes. Register the first request when the service's vault is open.",
        ),
    ),
    Area(
        "programs",
        QT_TRANSLATE_NOOP("Areas", "Programs and meetings"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "Restorative programs will be run here step by step: the consent of every "
            "party, the meetings with each party, the joint meeting, the agreement and the "
            "follow-up. A calendar shows the meetings and follow-ups that are due.",
        ),
    ),
    Area(
        "mediators",
        QT_TRANSLATE_NOOP("Areas", "Mediators"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "The service's people will be here: the curator, adult and young mediators, "
            "their training (modules M1–M7, the program for young mediators, seminars, supervision "
            "and intervision) and which programs each of them may lead.",
        ),
    ),
    Area(
        "statistics",
        QT_TRANSLATE_NOOP("Areas", "Statistics"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "The service's yearly figures will be here, and the anonymized statistics "
            "file for the regional centre. Before the file is written you see every number that "
            "leaves this computer.",
        ),
        Op.VIEW_STATS,
    ),
    Area("settings", QT_TRANSLATE_NOOP("Areas", "Settings"), ""),
)


# Areas with real content: key -> "module:Class". The class takes the VaultSession and has
# refresh() (a vault was opened: read through session.desk) and clear() (the vault was
# locked: drop every reference to case data).
AREA_WIDGETS: dict[str, str] = {
    "mediators": "rsdesk.gui.roster.area:MediatorsArea",
    "cases": "rsdesk.gui.cases.area:CasesArea",
    "programs": "rsdesk.gui.programs.area:ProgramsArea",
    "statistics": "rsdesk.gui.stats.area:StatisticsArea",
}


# Room left around a window: the window manager's title bar and borders, and the slack Qt's
# placement over the parent needs (it guesses the frame before the window has one).
FRAME_ROOM = (48, 64)


def fit_on_screen(window: QWidget, width: int, height: int, near: QWidget | None = None) -> None:
    """Give a window the size it wants, capped by the available area of its screen (of `near`'s
    when given: where it will open), so its buttons stay on a 1024×768 school monitor."""
    room = (near or window).screen().availableGeometry()
    window.resize(
        min(width, room.width() - FRAME_ROOM[0]), min(height, room.height() - FRAME_ROOM[1])
    )


def area_title(area: Area) -> str:
    return QCoreApplication.translate("Areas", area.title)


class EmptyState(QWidget):
    """A calm page that says what the area will hold, in the current language."""

    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.title = QLabel(objectName="emptyTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.text = QLabel(objectName="emptyText", wordWrap=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text.setMaximumWidth(640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(area_title(self.area))
        self.text.setText(QCoreApplication.translate("Areas", self.area.empty_text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class NoticePage(QWidget):
    """Stands in for an area the user may not see, or for all of them before the pledge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.title = QLabel(objectName="noticeTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.text = QLabel(objectName="noticeText", wordWrap=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text.setMaximumWidth(640)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def show_notice(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
