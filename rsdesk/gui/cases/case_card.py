"""The case card: participants, mediators, programs, the timeline and documents of one case."""

from __future__ import annotations

from datetime import date

from rsdesk.access import Desk, RoleRefused
from rsdesk.domain.changes import CASES, PROGRAMS, ROSTER, Change
from rsdesk.domain.register import CaseCard
from rsdesk.domain.register_keys import (
    CASE_MEDIATOR_ROLE_LABELS,
    CASE_STATUS_LABELS,
    EVENT_KIND_LABELS,
    PROGRAM_STATUS_LABELS,
    register_label,
)
from rsdesk.domain.vocabulary import (
    OUTCOME_LABELS,
    ROLE_LABELS,
    category_label,
    label,
)
from rsdesk.gui.cases.card_parts import (
    ERROR_STYLE,
    SmallForm,
    date_edit,
    fill_table,
    read_only_table,
    ru_date,
)
from rsdesk.gui.cases.card_rights import CardRights, card_rights
from rsdesk.gui.cases.reason_dialog import delete_dialog, reopen_dialog, return_dialog
from rsdesk.gui.cases.signoff_panel import kind_label
from rsdesk.gui.documents.panel import DocumentsPanel
from rsdesk.gui.programs.entry import ProgramButtons
from rsdesk.gui.qt import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from rsdesk.gui.session import VaultSession
from rsdesk.procedures import program_title

NOTICE_STYLE = "#caseNotice { background: #fff4ce; border: 1px solid #e0c97a; border-radius: 4px; }"


class CaseCardDialog(QDialog):
    """Shows one case; writes go through the signed-in user's desk.

    What the user may not do is disabled, and a line under the header says why in the
    core's words (closed, waiting for the curator's sign-off, not one's case…). The card
    reads the case again whenever the desk says a change touched it, whichever window
    made the change.
    """

    case_deleted = Signal(int, str)  # id, number: the caller offers to undo

    def __init__(self, session: VaultSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.closing = False  # closed, or deleted from here: nothing more to read
        self.resize(900, 600)
        self.header = QLabel(objectName="caseHeader", wordWrap=True)
        self.header.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.summary = QLabel(objectName="caseSummary", wordWrap=True)
        self.notice = QLabel(objectName="caseNotice", wordWrap=True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setContentsMargins(8, 6, 8, 6)
        self.sign = QPushButton(self.tr("&Sign off"), objectName="cardSignOff")
        self.send_back = QPushButton(self.tr("Return for re&work…"), objectName="cardReturn")
        self.message = QLabel(objectName="caseMessage", wordWrap=True, styleSheet=ERROR_STYLE)
        self.tabs = QTabWidget()
        self.participants = read_only_table()
        self.team = read_only_table()
        self.programs = read_only_table()
        self.timeline = read_only_table()
        self.documents = DocumentsPanel(self.session, case_id)
        self.tabs.addTab(self.participants, self.tr("&Participants"))
        self.tabs.addTab(self.team, self.tr("&Mediators"))
        self.tabs.addTab(self.programs, self.tr("P&rograms"))
        self.tabs.addTab(self.timeline, self.tr("&Timeline"))
        self.tabs.addTab(self.documents, self.tr("&Documents"))
        self.assign = QPushButton(self.tr("&Assign a mediator…"))
        self.follow_up = QPushButton(self.tr("Plan a &follow-up…"))
        self.close_case = QPushButton(self.tr("Close the &case…"))
        self.reopen = QPushButton(self.tr("Re&open…"), objectName="reopenCase")
        self.delete = QPushButton(self.tr("De&lete the case…"), objectName="deleteCase")
        close = QPushButton(self.tr("Close"))
        self.assign.clicked.connect(self.assign_mediator)
        self.follow_up.clicked.connect(self.plan_follow_up)
        self.close_case.clicked.connect(self.close_this_case)
        self.reopen.clicked.connect(self.reopen_this_case)
        self.delete.clicked.connect(self.delete_this_case)
        self.sign.clicked.connect(self.sign_off)
        self.send_back.clicked.connect(self.return_for_rework)
        close.clicked.connect(self.accept)
        state = QHBoxLayout()
        state.addWidget(self.notice, 1)
        state.addWidget(self.sign)
        state.addWidget(self.send_back)
        actions = QHBoxLayout()
        for button in (self.assign, self.follow_up, self.close_case):
            actions.addWidget(button)
        self.program_buttons = ProgramButtons(self.desk, case_id, self)
        actions.addWidget(self.program_buttons)
        actions.addStretch(1)
        overrides = QHBoxLayout()
        overrides.addWidget(self.reopen)
        overrides.addWidget(self.delete)
        overrides.addStretch(1)
        overrides.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.summary)
        layout.addLayout(state)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        layout.addLayout(overrides)
        self.card: CaseCard | None = None
        self.rights: CardRights | None = None
        self.reload()
        session.changed.connect(self._heard)

    @property
    def desk(self) -> Desk:
        assert self.session.desk is not None
        return self.session.desk

    def _read(self) -> CaseCard:
        """The first read is the audited «opened the case»; reloads after a change are not
        new openings."""
        if self.card is None:
            return self.desk.case_card(self.case_id)
        return self.desk.reread_case_card(self.case_id)

    def reload(self) -> None:
        card = self.card = self._read()
        case, request = card.case, card.request
        self.setWindowTitle(self.tr("Case No. {number}").format(number=case.number))
        self.header.setText(
            self.tr("Case No. {number}: {category}").format(
                number=case.number, category=category_label(case.category) if case.category else ""
            )
        )
        dates = self.tr("Status: {status}; opened {date}").format(
            status=register_label(CASE_STATUS_LABELS, case.status), date=ru_date(case.opened_on)
        )
        if case.closed_on:
            dates += self.tr(", closed {date}").format(date=ru_date(case.closed_on))
        self.summary.setText(f"{dates}.\n{request.description}")
        self._fill_tables(card)
        self._apply_rights()

    def _fill_tables(self, card: CaseCard) -> None:
        fill_table(
            self.participants,
            [self.tr("Name"), self.tr("Role"), self.tr("Age group"), self.tr("Class or age")],
            [
                [
                    p.full_name,
                    label(ROLE_LABELS, p.role) if p.role else "",
                    self.tr("minor") if p.is_minor else self.tr("adult"),
                    p.class_name or (str(p.age) if p.age else ""),
                ]
                for p in card.request.participants
            ],
        )
        fill_table(
            self.team,
            [self.tr("Mediator"), self.tr("Role in the case")],
            [
                [m.full_name, register_label(CASE_MEDIATOR_ROLE_LABELS, m.role)]
                for m in card.mediators
            ],
        )
        fill_table(
            self.programs,
            [
                self.tr("Program"),
                self.tr("Status"),
                self.tr("Started"),
                self.tr("Ended"),
                self.tr("Outcome"),
                self.tr("Adults"),
                self.tr("Minors"),
            ],
            [
                [
                    program_title(p.program_type),
                    register_label(PROGRAM_STATUS_LABELS, p.status),
                    ru_date(p.started_on),
                    ru_date(p.ended_on),
                    label(OUTCOME_LABELS, p.outcome) if p.outcome else "",
                    str(p.participants_adults),
                    str(p.participants_minors),
                ]
                for p in card.programs
            ],
        )
        fill_table(
            self.timeline,
            [self.tr("Date"), self.tr("Event"), self.tr("Note")],
            [
                [ru_date(e.event_on), self._event_text(e.kind, e.done_on), e.note]
                for e in card.timeline
            ],
        )

    def _apply_rights(self) -> None:
        rights = self.rights = card_rights(self.desk, self.case_id)
        for button, decision in (
            (self.assign, rights.assign),
            (self.follow_up, rights.edit),
            (self.close_case, rights.close),
        ):
            button.setEnabled(bool(decision))
            button.setToolTip(decision.reason)
        self.program_buttons.update_state(bool(rights.edit))
        self.reopen.setVisible(bool(rights.reopen))
        self.delete.setVisible(bool(rights.delete))
        self.sign.setVisible(bool(rights.pending))
        self.send_back.setVisible(bool(rights.pending))
        self.sign.setEnabled(bool(rights.sign_off))
        self.sign.setToolTip(rights.sign_off.reason)
        self.send_back.setEnabled(bool(rights.sign_off))
        self.notice.setText(rights.notice)
        self.notice.setVisible(bool(rights.notice))

    def _event_text(self, kind: str, done_on: date | None) -> str:
        text = register_label(EVENT_KIND_LABELS, kind) if kind in EVENT_KIND_LABELS else kind
        if kind == "follow_up":
            text += " " + (
                self.tr("(done {date})").format(date=ru_date(done_on))
                if done_on
                else self.tr("(due)")
            )
        return text

    def done(self, result: int) -> None:
        self.closing = True
        super().done(result)

    def _heard(self, change: Change) -> None:
        mine = not change.case_ids or self.case_id in change.case_ids
        if self.closing or not mine or not change.touches(CASES, PROGRAMS, ROSTER):
            return
        if self.session.desk is None:
            return  # locked meanwhile: the window closes every form
        self.message.clear()
        try:
            self.reload()
        except RoleRefused:
            # The change took the case out of the user's reach (saved all the same).
            self.reject()

    def _refused(self, error: RoleRefused) -> None:
        self.message.setText(error.message)

    # --- editing -----------------------------------------------------------------------------

    def assign_mediator(self) -> None:
        form = SmallForm(self.tr("Assign a mediator"), self)
        people = QComboBox()
        desk = self.desk
        for mediator in desk.list_mediators(year=date.today().year) or desk.list_mediators():
            people.addItem(mediator.full_name, mediator.id)
        role = QComboBox()
        for key in CASE_MEDIATOR_ROLE_LABELS:
            role.addItem(register_label(CASE_MEDIATOR_ROLE_LABELS, key), key)
        form.form.addRow(self.tr("&Mediator:"), people)
        form.form.addRow(self.tr("&Role:"), role)
        form.submit = lambda: desk.assign_mediator(
            self.case_id, people.currentData(), role.currentData()
        )
        form.exec()

    def plan_follow_up(self) -> None:
        form = SmallForm(self.tr("Plan a follow-up"), self)
        due = date_edit(date.today())
        note = QLineEdit()
        form.form.addRow(self.tr("&Due on:"), due)
        form.form.addRow(self.tr("&What to check:"), note)
        form.submit = lambda: self.desk.plan_follow_up(
            self.case_id, due.date().toPython(), note.text().strip()
        )
        form.exec()

    def close_this_case(self) -> None:
        form = SmallForm(self.tr("Close the case"), self)
        closed_on = date_edit(date.today())
        note = QLineEdit()
        form.form.addRow(self.tr("&Closed on:"), closed_on)
        form.form.addRow(self.tr("&Note:"), note)
        form.submit = lambda: self.desk.close_case(
            self.case_id, closed_on.date().toPython(), note=note.text().strip()
        )
        form.exec()

    # --- the curator's overrides -------------------------------------------------------------

    def _number(self) -> str:
        return self.card.case.number if self.card else ""

    def reopen_this_case(self) -> None:
        dialog = reopen_dialog(
            self._number(),
            lambda reason: self.desk.reopen_case(self.case_id, date.today(), reason=reason),
            self,
        )
        dialog.exec()

    def delete_this_case(self) -> None:
        number = self._number()
        dialog = delete_dialog(number, self._delete, self)
        if not dialog.exec():
            return
        # The card closes: a deleted case is no longer one anybody works on.
        self.case_deleted.emit(self.case_id, number)
        self.accept()

    def _delete(self, reason: str) -> None:
        self.closing = True
        try:
            self.desk.delete_case(self.case_id, reason)
        except BaseException:
            self.closing = False  # refused: the card stays as it was
            raise

    def sign_off(self) -> None:
        if not self.rights or not self.rights.pending:
            return
        try:
            self.desk.sign_off(self.rights.pending[0].id)
        except RoleRefused as error:
            self._refused(error)

    def return_for_rework(self) -> None:
        if not self.rights or not self.rights.pending:
            return
        item = self.rights.pending[0]
        dialog = return_dialog(
            item.case_number,
            kind_label(item.kind),
            lambda reason: self.desk.return_signoff(item.id, reason),
            self,
        )
        dialog.exec()
