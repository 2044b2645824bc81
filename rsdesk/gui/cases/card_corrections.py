"""Corrections from the case card: its people, its description and category.

Each dialog sends what it holds to one Desk operation and shows the core's refusal under
it. A correction that makes a school service's case one it should transfer shows the
warning as soon as it appears; the curator may keep the case with a reason.
"""

from __future__ import annotations

from rsdesk.access import Desk
from rsdesk.domain.refusals import InputRefused, Refused
from rsdesk.domain.register import CaseCard, Participant
from rsdesk.domain.register_keys import TRANSFER_REASON_LABELS, register_label
from rsdesk.domain.vocabulary import CATEGORIES, category_label
from rsdesk.gui.cases.card_parts import ERROR_STYLE, FittedDialog
from rsdesk.gui.qt import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSize,
    Qt,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.requests.participants import ParticipantsEditor

NOTICE_STYLE = (
    "#transferWarning { background: #fff4ce; border: 1px solid #e0c97a; border-radius: 4px; }"
)
HINT_STYLE = "color: #5f6368;"


class CorrectionDialog(FittedDialog):
    """The frame of a correction: the fields in a scroll area, the transfer warning, the
    reason and the error line, and Save/Cancel always in sight."""

    def __init__(self, desk: Desk, card: CaseCard, parent: QWidget) -> None:
        super().__init__(parent)
        self.desk = desk
        self.card = card
        self.case_id = card.case.id
        self.body = QWidget()
        self.fields = QVBoxLayout(self.body)
        self.fields.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.body)
        self.warning = QLabel(objectName="transferWarning", wordWrap=True)
        self.warning.setStyleSheet(NOTICE_STYLE)
        self.warning.setContentsMargins(8, 6, 8, 6)
        self.keep = QCheckBox(
            self.tr("&Keep the case in this service all the same (the curator decides)"),
            objectName="keepDespite",
        )
        self.reason_label = QLabel(wordWrap=True)
        self.reason = QPlainTextEdit(objectName="correctionReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(60)
        self.reason_label.setBuddy(self.reason)
        self.reason_hint = QLabel(
            self.tr("No names: the reason goes into the audit trail."),
            wordWrap=True,
            styleSheet=HINT_STYLE,
        )
        self.error = QLabel(objectName="correctionError", wordWrap=True, styleSheet=ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.keep)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.reason_hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.warning.hide()
        self.keep.hide()
        self.warnings: tuple[str, ...] = ()

    def show_warnings(self, warnings: tuple[str, ...]) -> None:
        """Say why the service should transfer the case, as soon as the change brings it."""
        self.warnings = warnings
        if not warnings:
            self.warning.hide()
            self.keep.hide()
            self.keep.setChecked(False)
            return
        reasons = "; ".join(register_label(TRANSFER_REASON_LABELS, key) for key in warnings)
        if self.desk.is_curator:
            text = self.tr(
                "After this change a school service should transfer the case to a territorial "
                "one: {reasons}. If the case stays in this service, tick the box below and "
                "write down why."
            )
        else:
            text = self.tr(
                "After this change a school service should transfer the case to a territorial "
                "one: {reasons}. Only the curator may keep it in the service: ask the curator."
            )
        self.warning.setText(text.format(reasons=reasons))
        self.warning.show()
        self.keep.setVisible(self.desk.is_curator)

    def _save(self) -> None:
        self.error.hide()
        try:
            self.save()
        except InputRefused as error:
            self.refused_input(error.errors)
            return
        except Refused as error:
            self.say("\n".join(error.reasons))
            return
        self.accept()

    def save(self) -> None:
        raise NotImplementedError

    def refused_input(self, errors: dict[str, str]) -> None:
        self.say("\n".join(errors.values()))

    def say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class ParticipantsDialog(CorrectionDialog):
    """The case's people in the request's table editor: add the parent learned of later,
    correct a name or a class, remove a person entered by mistake."""

    def __init__(self, desk: Desk, card: CaseCard, parent: QWidget) -> None:
        super().__init__(desk, card, parent)
        self.setWindowTitle(
            self.tr("Participants of case No. {number}").format(number=card.case.number)
        )
        self.setObjectName("caseParticipants")
        intro = QLabel(
            self.tr(
                "Add a person you learned of later, correct a name, class or age, or remove "
                "a person entered by mistake. Whoever takes part in a program stays in the "
                "case; the program adds people in its own guide."
            ),
            wordWrap=True,
        )
        self.editor = ParticipantsEditor()
        for person in card.request.participants:
            self.editor.add_person(person)
        self.fields.addWidget(intro)
        self.fields.addWidget(self.editor, 1)
        self.reason_label.setText(self.tr("&Why (if it is a correction):"))
        self.editor.table.itemChanged.connect(self._check)
        self.editor.table.model().rowsRemoved.connect(self._check)
        self.preferred = QSize(920, 540)

    def show_warnings(self, warnings: tuple[str, ...]) -> None:
        super().show_warnings(warnings)
        if warnings and self.desk.is_curator:
            self.reason_label.setText(self.tr("&Why does the case stay in this service?"))
        else:
            self.reason_label.setText(self.tr("&Why (if it is a correction):"))

    def add_new_row(self) -> None:
        """Open with a blank row whose name is being typed (the card's «Add a participant»)."""
        self.editor.add_row()

    def people(self) -> tuple[list[Participant], list[int]]:
        return self.editor.participants()

    def _check(self, *_args: object) -> None:
        people, _rows = self.people()
        self.show_warnings(self.desk.correction_warnings(self.case_id, participants=people))

    def save(self) -> None:
        self.editor.clear_errors()
        people, rows = self.people()
        self._rows = rows
        self.desk.correct_participants(
            self.case_id,
            people,
            reason=self.reason.toPlainText(),
            despite_warnings=bool(self.warnings) and self.keep.isChecked(),
        )

    def refused_input(self, errors: dict[str, str]) -> None:
        mine = {k: v for k, v in errors.items() if k.startswith("participants.")}
        self.editor.show_errors(mine, self._rows)
        rest = [v for k, v in errors.items() if k not in mine]
        if rest:
            self.say("\n".join(rest))


class CaseTextDialog(CorrectionDialog):
    """What the case is about: its description and its category, corrected with a reason."""

    def __init__(self, desk: Desk, card: CaseCard, parent: QWidget) -> None:
        super().__init__(desk, card, parent)
        self.setWindowTitle(
            self.tr("Description and category of case No. {number}").format(number=card.case.number)
        )
        self.setObjectName("caseText")
        self.category = QComboBox(objectName="caseCategory")
        # The longest category is a long sentence: the box takes the dialog's width instead.
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category.setMinimumContentsLength(30)
        for key in CATEGORIES:
            self.category.addItem(category_label(key), key)
        self.category.setCurrentIndex(max(self.category.findData(card.case.category), 0))
        self.description = QPlainTextEdit(card.request.description, objectName="caseDescription")
        self.description.setTabChangesFocus(True)
        category_label_widget = QLabel(self.tr("&Category:"))
        category_label_widget.setBuddy(self.category)
        description_label = QLabel(self.tr("&Description:"))
        description_label.setBuddy(self.description)
        self.fields.addWidget(category_label_widget)
        self.fields.addWidget(self.category)
        self.fields.addWidget(description_label)
        self.fields.addWidget(self.description, 1)
        self.reason_label.setText(self.tr("&Why is it corrected?"))
        self.category.currentIndexChanged.connect(self._check)
        self.preferred = QSize(640, 500)

    def _check(self, *_args: object) -> None:
        self.show_warnings(
            self.desk.correction_warnings(self.case_id, category=self.category.currentData())
        )

    def save(self) -> None:
        self.desk.correct_case(
            self.case_id,
            description=self.description.toPlainText(),
            category=self.category.currentData(),
            reason=self.reason.toPlainText(),
            despite_warnings=bool(self.warnings) and self.keep.isChecked(),
        )
