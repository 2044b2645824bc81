"""What waits for the curator's sign-off: young mediators' agreements and closures."""

from __future__ import annotations

from rsdesk.access import Desk, RoleRefused
from rsdesk.domain.case_lists import SignOff
from rsdesk.domain.register import CaseCard
from rsdesk.domain.roles import Op
from rsdesk.domain.vocabulary import OUTCOME_LABELS, category_label, label
from rsdesk.gui.cases.reason_dialog import return_dialog
from rsdesk.gui.dates import format_date
from rsdesk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from rsdesk.gui.session import VaultSession
from rsdesk.i18n import translate
from rsdesk.procedures import program_title

KIND_LABELS = {
    "agreement": QT_TRANSLATE_NOOP("SignoffPanel", "agreement"),
    "closure": QT_TRANSLATE_NOOP("SignoffPanel", "closing the case"),
}
ERROR_STYLE = "color: #b00020;"


def kind_label(kind: str) -> str:
    return translate("SignoffPanel", KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def what_is_approved(item: SignOff, card: CaseCard) -> list[str]:
    """The lines the curator reads before signing off: the case, the kind, the program and
    its outcome with its day, and who sent it when."""
    programs = [p for p in card.programs if item.kind == "closure" or p.id == item.program_id]
    lines = [
        QCoreApplication.translate("SignoffPanel", "Case No. {number}: {situation}").format(
            number=item.case_number, situation=category_label(card.case.category)
        ),
        QCoreApplication.translate("SignoffPanel", "What is approved: {what}").format(
            what=kind_label(item.kind)
        ),
    ]
    for program in programs:
        outcome = (
            label(OUTCOME_LABELS, program.outcome)
            if program.outcome
            else QCoreApplication.translate("SignoffPanel", "under way")
        )
        ended = f", {format_date(program.ended_on)}" if program.ended_on else ""
        lines.append(
            QCoreApplication.translate(
                "SignoffPanel", "Program: {program} — {outcome}{ended}"
            ).format(program=program_title(program.program_type), outcome=outcome, ended=ended)
        )
    if not programs:
        lines.append(QCoreApplication.translate("SignoffPanel", "Program: none recorded"))
    if item.kind == "closure" and card.case.closed_on is not None:
        lines.append(
            QCoreApplication.translate("SignoffPanel", "Closed on: {date}").format(
                date=format_date(card.case.closed_on)
            )
        )
    lines.append(
        QCoreApplication.translate("SignoffPanel", "Sent by {who} on {date}").format(
            who=item.submitter_name, date=format_date(item.submitted_on)
        )
    )
    return lines


def confirm_signoff(parent: QWidget, desk: Desk, item: SignOff) -> bool:
    """Show what signing off approves and ask; True when the curator confirms.

    Raises RoleRefused when the case cannot be read (then there is nothing to show).
    """
    card = desk.reread_case_card(item.case_id)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("SignoffPanel", "Sign off"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and programs are data, not markup
    box.setText(
        QCoreApplication.translate("SignoffPanel", "Sign off {what} of case No. {number}?").format(
            what=kind_label(item.kind), number=item.case_number
        )
    )
    box.setInformativeText("\n".join(what_is_approved(item, card)))
    sign = box.addButton(
        QCoreApplication.translate("SignoffPanel", "&Sign off"), QMessageBox.ButtonRole.AcceptRole
    )
    keep = box.addButton(
        QCoreApplication.translate("SignoffPanel", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)  # signing off is a decision: Enter alone does not take it
    box.setEscapeButton(keep)
    box.exec()
    answered = box.clickedButton() is sign
    box.deleteLater()
    return answered


class SignoffPanel(QWidget):
    """The curator's queue: open the case, sign off, or return with a reason.

    Refusals (someone's own record, one already reviewed) come from the core and are shown
    on the panel's message line, so the queue never pops a modal box at the curator.
    """

    case_activated = Signal(int)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.items: list[SignOff] = []
        self.title = QLabel(objectName="signoffTitle")
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.table = QTableWidget(objectName="signoffTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setMaximumHeight(150)
        self.table.setColumnCount(4)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.open = QPushButton(objectName="signoffOpen")
        self.sign = QPushButton(objectName="signoffSign")
        self.back = QPushButton(objectName="signoffReturn")
        self.open.clicked.connect(self.open_selected)
        self.sign.clicked.connect(self.sign_selected)
        self.back.clicked.connect(self.return_selected)
        self.message = QLabel(objectName="signoffMessage", wordWrap=True)
        buttons = QHBoxLayout()
        for button in (self.open, self.sign, self.back):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate()

    def set_items(self, items: list[SignOff]) -> None:
        self.items = items
        self.table.clearContents()
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            values = (
                item.case_number,
                kind_label(item.kind),
                item.submitter_name,
                format_date(item.submitted_on),
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.table.setItem(row, column, cell)
        if items:
            self.table.selectRow(0)
        self._update_title()
        self._update_buttons()

    def clear(self) -> None:
        self.message.clear()
        self.set_items([])

    def selected(self) -> SignOff | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        # An empty queue is the usual day: the title says «0» and takes no room beyond it.
        self.table.setVisible(bool(self.items))
        for button in (self.open, self.sign, self.back):
            button.setEnabled(chosen)
            button.setVisible(bool(self.items))

    def _update_title(self) -> None:
        self.title.setText(
            self.tr("Waiting for the curator's sign-off: {count}").format(count=len(self.items))
        )

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def open_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.case_activated.emit(item.case_id)

    def sign_selected(self) -> None:
        item, desk = self.selected(), self.session.desk
        if item is None or desk is None:
            return
        allowed = desk.may(Op.SIGN_OFF, item.case_id)
        if not allowed:  # said at once, before anything is shown to confirm
            self._say(allowed.reason, error=True)
            return
        try:
            if not confirm_signoff(self, desk, item):
                return
            desk.sign_off(item.id)
        except RoleRefused as error:
            self._say(error.message, error=True)
            return
        self._say(
            self.tr("Signed off: {what}, case No. {number}.").format(
                what=kind_label(item.kind), number=item.case_number
            )
        )

    def return_selected(self) -> None:
        item, desk = self.selected(), self.session.desk
        if item is None or desk is None:
            return
        dialog = return_dialog(
            item.case_number,
            kind_label(item.kind),
            lambda reason: desk.return_signoff(item.id, reason),
            self,
        )
        if not dialog.exec():
            return
        self._say(
            self.tr("Returned for rework: {what}, case No. {number}.").format(
                what=kind_label(item.kind), number=item.case_number
            )
        )

    def retranslate(self) -> None:
        self.table.setColumnCount(4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Case No."), self.tr("What"), self.tr("Who sent it"), self.tr("Sent on")]
        )
        self.open.setText(self.tr("O&pen the case"))
        self.sign.setText(self.tr("&Sign off"))
        self.back.setText(self.tr("Return for re&work…"))
        self._update_title()
        if self.items:
            self.set_items(self.items)
