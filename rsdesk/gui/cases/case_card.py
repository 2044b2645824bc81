"""The case card: participants, mediators, programs, the timeline and documents of one case."""

from __future__ import annotations

from datetime import date

from rsdesk.access import Desk, RoleRefused
from rsdesk.domain.changes import CASES, PROGRAMS, REQUESTS, ROSTER, Change
from rsdesk.domain.refusals import Refused
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
from rsdesk.gui.cases import card_forms
from rsdesk.gui.cases.card_corrections import CaseTextDialog, ParticipantsDialog
from rsdesk.gui.cases.card_parts import (
    ERROR_STYLE,
    FittedDialog,
    age_text,
    fill_table,
    read_only_table,
    tab_page,
)
from rsdesk.gui.cases.card_rights import CardRights, card_rights
from rsdesk.gui.cases.reason_dialog import delete_dialog, reopen_dialog, return_dialog
from rsdesk.gui.cases.signoff_panel import confirm_signoff, kind_label
from rsdesk.gui.dates import format_date
from rsdesk.gui.documents.panel import DocumentsPanel
from rsdesk.gui.programs.entry import ProgramButtons
from rsdesk.gui.qt import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSize,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from rsdesk.gui.session import VaultSession
from rsdesk.gui.signed_in import allow
from rsdesk.procedures import program_title

NOTICE_STYLE = "#caseNotice { background: #fff4ce; border: 1px solid #e0c97a; border-radius: 4px; }"


class CaseCardDialog(FittedDialog):
    """Shows one case; writes go through the signed-in user's desk.

    What the user may not do is disabled, and a line under the header says why in the
    core's words (closed, waiting for the curator's sign-off, not one's case…). The card
    reads the case again whenever the desk says a change touched it, whichever window
    made the change.
    """

    case_deleted = Signal(int, str)  # id, number: the caller offers to undo
    preferred = QSize(900, 600)

    def __init__(self, session: VaultSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.closing = False  # closed, or deleted from here: nothing more to read
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
        self.add_person = QPushButton(self.tr("Add a partic&ipant…"), objectName="addToCase")
        self.edit_people = QPushButton(
            self.tr("Correct the participa&nts…"), objectName="editParticipants"
        )
        self.assign = QPushButton(self.tr("&Assign a mediator…"))
        self.unassign = QPushButton(self.tr("Ta&ke the mediator off…"), objectName="unassign")
        self.edit_text = QPushButton(
            self.tr("Correct the description and categor&y…"), objectName="editCaseText"
        )
        self.tabs.addTab(
            tab_page(self.participants, self.add_person, self.edit_people),
            self.tr("&Participants"),
        )
        self.tabs.addTab(tab_page(self.team, self.assign, self.unassign), self.tr("&Mediators"))
        self.tabs.addTab(self.programs, self.tr("P&rograms"))
        self.tabs.addTab(self.timeline, self.tr("&Timeline"))
        self.tabs.addTab(self.documents, self.tr("&Documents"))
        self.follow_up = QPushButton(self.tr("Plan a &follow-up…"))
        self.close_case = QPushButton(self.tr("Close the &case…"))
        self.reopen = QPushButton(self.tr("Re&open…"), objectName="reopenCase")
        self.delete = QPushButton(self.tr("De&lete the case…"), objectName="deleteCase")
        close = QPushButton(self.tr("Close"))
        self.assign.clicked.connect(self.assign_mediator)
        self.unassign.clicked.connect(self.unassign_mediator)
        self.add_person.clicked.connect(lambda: self.correct_participants(adding=True))
        self.edit_people.clicked.connect(lambda: self.correct_participants())
        self.edit_text.clicked.connect(self.correct_text)
        self.team.itemSelectionChanged.connect(self._allow_unassign)
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
        for button in (self.follow_up, self.close_case):
            actions.addWidget(button)
        self.program_buttons = ProgramButtons(self.desk, case_id, self)
        actions.addWidget(self.program_buttons)
        actions.addStretch(1)
        overrides = QHBoxLayout()
        overrides.addWidget(self.reopen)
        overrides.addWidget(self.delete)
        overrides.addStretch(1)
        overrides.addWidget(close)
        about = QHBoxLayout()
        about.addWidget(self.summary, 1)
        about.addWidget(self.edit_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(about)
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
        case = card.case
        self.setWindowTitle(self.tr("Case No. {number}").format(number=case.number))
        self.header.setText(
            self.tr("Case No. {number}: {category}").format(
                number=case.number, category=category_label(case.category) if case.category else ""
            )
        )
        self._fill_tables(card)
        self._apply_rights()
        self.summary.setText(self._status_line(card) + "\n" + card.request.description)

    def _status_line(self, card: CaseCard) -> str:
        """Where the case stands; a young mediator's closure is not a closure until the
        curator signs it off."""
        case = card.case
        opened = format_date(case.opened_on)
        if self.rights is not None and self.rights.closure_waits:
            return self.tr(
                "Status: waiting for the curator's sign-off; opened {opened}, closure dated "
                "{closed}."
            ).format(opened=opened, closed=format_date(case.closed_on))
        line = self.tr("Status: {status}; opened {date}").format(
            status=register_label(CASE_STATUS_LABELS, case.status), date=opened
        )
        if case.closed_on:
            line += self.tr(", closed {date}").format(date=format_date(case.closed_on))
        if card.from_journal:
            line += self.tr("; taken from the journal")
        return line + "."

    def _fill_tables(self, card: CaseCard) -> None:
        fill_table(
            self.participants,
            [self.tr("Name"), self.tr("Role"), self.tr("Age"), self.tr("Class")],
            [
                [
                    p.full_name,
                    label(ROLE_LABELS, p.role) if p.role else "",
                    age_text(p),
                    p.class_name,
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
                    format_date(p.started_on),
                    format_date(p.ended_on),
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
                [format_date(e.event_on), self._event_text(e.kind, e.done_on), e.note]
                for e in card.timeline
            ],
        )

    def _apply_rights(self) -> None:
        rights = self.rights = card_rights(self.desk, self.case_id)
        for button, decision in (
            (self.assign, rights.assign),
            (self.follow_up, rights.edit),
            (self.close_case, rights.close),
            (self.add_person, rights.edit),
            (self.edit_people, rights.edit),
            (self.edit_text, rights.edit),
        ):
            allow(button, decision)
        self._allow_unassign()
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

    def _allow_unassign(self) -> None:
        """Taking a mediator off needs the right and a mediator chosen in the table."""
        if self.rights is None:
            return
        chosen = self._chosen_mediator() is not None
        allow(self.unassign, self.rights.assign, also=chosen)
        if self.rights.assign and not chosen:
            self.unassign.setToolTip(self.tr("Choose the mediator in the table first."))

    def _chosen_mediator(self):
        row = self.team.currentRow()
        if self.card is None or not 0 <= row < len(self.card.mediators):
            return None
        if not self.team.selectionModel().isRowSelected(row):
            return None
        return self.card.mediators[row]

    def _event_text(self, kind: str, done_on: date | None) -> str:
        text = register_label(EVENT_KIND_LABELS, kind) if kind in EVENT_KIND_LABELS else kind
        if kind == "follow_up":
            text += " " + (
                self.tr("(done {date})").format(date=format_date(done_on))
                if done_on
                else self.tr("(due)")
            )
        return text

    def done(self, result: int) -> None:
        self.closing = True
        super().done(result)

    def _heard(self, change: Change) -> None:
        mine = not change.case_ids or self.case_id in change.case_ids
        if self.closing or not mine or not change.touches(CASES, PROGRAMS, REQUESTS, ROSTER):
            return
        if self.session.desk is None:
            return  # locked meanwhile: the window closes every form
        self.message.clear()
        try:
            self.reload()
        except RoleRefused:
            # The change took the case out of the user's reach (saved all the same).
            self.reject()

    def show_refusal(self, error: Refused) -> None:
        """The core's reasons, on the card's own line (a refused button press)."""
        self.message.setText("\n".join(error.reasons))

    # --- editing -----------------------------------------------------------------------------

    def assign_mediator(self) -> None:
        self._ask(card_forms.assign_form(self))

    def unassign_mediator(self) -> None:
        leaving = self._chosen_mediator()
        if leaving is not None:
            card_forms.unassign(self, leaving)

    @staticmethod
    def _ask(dialog: QDialog) -> None:
        """Run a form of the card; it goes once answered (an open cell editor with it)."""
        dialog.exec()
        dialog.deleteLater()

    def correct_participants(self, *, adding: bool = False) -> None:
        if self.card is None:
            return
        dialog = ParticipantsDialog(self.desk, self.card, self)
        if adding:
            dialog.add_new_row()
        self._ask(dialog)

    def correct_text(self) -> None:
        if self.card is not None:
            self._ask(CaseTextDialog(self.desk, self.card, self))

    def plan_follow_up(self) -> None:
        self._ask(card_forms.follow_up_form(self))

    def close_this_case(self) -> None:
        self._ask(card_forms.close_form(self))

    # --- the curator's overrides -------------------------------------------------------------

    def _number(self) -> str:
        return self.card.case.number if self.card else ""

    def reopen_this_case(self) -> None:
        dialog = reopen_dialog(
            self._number(),
            self.card.case.closed_on if self.card else None,
            self.desk.today(),
            lambda reason, day: self.desk.reopen_case(self.case_id, day, reason=reason),
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
        """Show what is approved and ask, as the sign-off queue does; «Отмена» signs nothing."""
        if not self.rights or not self.rights.pending:
            return
        item = self.rights.pending[0]
        try:
            if confirm_signoff(self, self.desk, item):
                self.desk.sign_off(item.id)
        except Refused as error:
            self.show_refusal(error)

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
