"""The start panel: open cases, follow-ups due this week, requests this year, sign-offs."""

from __future__ import annotations

from datetime import date

from rsdesk.domain.case_lists import SignOff, StartPage
from rsdesk.gui.cases.signoff_panel import SignoffPanel
from rsdesk.gui.dates import format_date
from rsdesk.gui.qt import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from rsdesk.gui.session import VaultSession
from rsdesk.i18n import plural


def figure(object_name: str) -> QLabel:
    value = QLabel("0", objectName=object_name)
    value.setStyleSheet("font-size: 24pt; font-weight: bold; color: #2f5d8a;")
    return value


class StartPanel(QWidget):
    case_activated = Signal(int)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signoffs = SignoffPanel(session)
        self.signoffs.case_activated.connect(self.case_activated)
        self.signoffs.hide()
        self.open_cases = figure("openCases")
        self.awaiting = figure("awaitingDecision")
        self.requests = figure("requestsThisYear")
        self.session = session
        self.open_label = QLabel(wordWrap=True)
        self.awaiting_label = QLabel(wordWrap=True)
        self.requests_label = QLabel(wordWrap=True)
        grid = QGridLayout()
        for column, (value, text) in enumerate(
            (
                (self.open_cases, self.open_label),
                (self.awaiting, self.awaiting_label),
                (self.requests, self.requests_label),
            )
        ):
            grid.addWidget(value, 0, column)
            grid.addWidget(text, 1, column, Qt.AlignmentFlag.AlignTop)
        self.follow_ups_title = QLabel(styleSheet="font-size: 13pt; font-weight: bold;")
        self.follow_ups = QListWidget(objectName="followUps")
        self.follow_ups.itemActivated.connect(
            lambda item: self.case_activated.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.none_due = QLabel(wordWrap=True)
        line = QFrame(frameShape=QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(line)
        layout.addWidget(self.signoffs)
        layout.addWidget(self.follow_ups_title)
        layout.addWidget(self.none_due)
        layout.addWidget(self.follow_ups, 1)
        self.page: StartPage | None = None
        self.retranslate()

    def show_page(
        self, page: StartPage, *, sees_requests: bool = True, signoffs: list[SignOff] | None = None
    ) -> None:
        """`sees_requests` False (a young mediator) hides the request figures; `signoffs`
        None (anyone but the curator) hides the sign-off queue."""
        self.page = page
        for widget in (self.awaiting, self.awaiting_label, self.requests, self.requests_label):
            widget.setVisible(sees_requests)
        self.signoffs.setVisible(signoffs is not None)
        self.signoffs.set_items(signoffs or [])
        self.open_cases.setText(str(page.open_cases))
        self.awaiting.setText(str(page.awaiting_decision))
        self.requests.setText(str(page.requests_this_year.get("total", 0)))
        self.follow_ups.clear()
        for follow_up in page.follow_ups:
            text = self.tr("{date} · case No. {number} · {note}").format(
                date=format_date(follow_up.due_on),
                number=follow_up.case_number,
                note=follow_up.note or self.tr("check how the agreement is kept"),
            )
            if follow_up.overdue:
                text += " " + self.tr("(overdue)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, follow_up.case_id)
            self.follow_ups.addItem(item)
        self.none_due.setVisible(not page.follow_ups)
        self.retranslate()

    def clear(self) -> None:
        self.page = None
        for value in (self.open_cases, self.awaiting, self.requests):
            value.setText("0")
        self.follow_ups.clear()
        self.signoffs.clear()
        self.signoffs.hide()
        self.retranslate()

    def _year(self) -> int:
        desk = self.session.desk
        return desk.today().year if desk is not None else date.today().year

    def retranslate(self) -> None:
        # Each figure's words agree with it: «1 открытый случай», «3 открытых случая».
        page = self.page
        self.open_label.setText(
            plural(page.open_cases if page else 0, self.tr("open case|open cases"))
        )
        self.awaiting_label.setText(
            plural(
                page.awaiting_decision if page else 0,
                self.tr("request awaiting a decision|requests awaiting a decision"),
            )
        )
        counts = page.requests_this_year if page else {}
        self.requests_label.setText(
            self.tr(
                "{requests} in {year}: accepted {accepted}, declined {declined}, transferred "
                "{transferred}"
            ).format(
                requests=plural(counts.get("total", 0), self.tr("request|requests")),
                year=self._year(),
                accepted=counts.get("accepted", 0),
                declined=counts.get("declined", 0),
                transferred=counts.get("transferred", 0),
            )
        )
        self.follow_ups_title.setText(self.tr("Follow-ups due this week"))
        self.signoffs.retranslate()
        self.none_due.setText(self.tr("Nothing is due this week."))
