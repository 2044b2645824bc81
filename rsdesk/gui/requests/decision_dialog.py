"""The curator's decision on a request: accept as a case, decline with a reason, or transfer."""

from __future__ import annotations

import html
from datetime import date

from rsdesk.access import Desk
from rsdesk.domain.refusals import Refused
from rsdesk.domain.register import Participant, ValidationError
from rsdesk.domain.register_keys import TRANSFER_REASON_LABELS, register_label
from rsdesk.domain.roles import Op
from rsdesk.domain.vocabulary import (
    CATEGORIES,
    ROLE_LABELS,
    SOURCE_LABELS,
    category_label,
    label,
)
from rsdesk.gui.dates import DateEdit, format_date
from rsdesk.gui.qt import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QShortcut,
    QShowEvent,
    Qt,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.requests.fields import (
    FieldErrors,
    Scrolled,
    error_label,
    fill_combo,
    grow_to_fit,
    open_fitted,
    select_key,
    with_error,
)
from rsdesk.gui.requests.repeats import RepeatNotice

WARNING_STYLE = (
    "QFrame#transferWarning { background: #fff4e5; border: 1px solid #e8a33d; border-radius: 4px; }"
)
NOTICE_STYLE = (
    "QLabel#notAllowed { color: #8a3b00; background: #fff4e5; border: 1px solid #f0c590; "
    "padding: 6px; }"
)
ACCEPT, DECLINE, TRANSFER = "accepted", "declined", "transferred"
PREFERRED_WIDTH = 980


class DecisionDialog(QDialog):
    """On success `decision` is accepted/declined/transferred and `case_id` the new case, if any.

    Only the curator decides: anyone else sees the request with the choices disabled and the
    reason why.
    """

    def __init__(
        self,
        desk: Desk,
        request_id: int,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.request_id = request_id
        self.today = today or self.desk.today()
        self.case_id: int | None = None
        self.decision: str | None = None
        self.request = self.desk.get_request(request_id)
        self.warnings = self.desk.transfer_warnings(request_id)
        self.allowed = self.desk.may(Op.DECIDE_REQUEST)
        self.setObjectName("DecisionDialog")
        self.setWindowTitle(
            self.tr("Decision on request {number}").format(number=self.request.number)
        )

        self.message = error_label()
        self.message.setObjectName("message")
        self.field_errors = FieldErrors(self.message)
        # The request and what is known of it on the left, the decision on the right: a wide
        # short screen (1024×728, 1366×728) holds both. Everything but the buttons scrolls,
        # so on a smaller one the wrapped lines never lie over each other.
        request_side = QWidget(objectName="requestSide")
        left = QVBoxLayout(request_side)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self._summary())
        self.repeats = RepeatNotice()
        left.addWidget(self.repeats)
        self.warning = self._warning()
        if self.warning is not None:
            left.addWidget(self.warning)
        left.addStretch(1)
        decision_side = QWidget(objectName="decisionSide")
        layout = QVBoxLayout(decision_side)
        layout.setContentsMargins(0, 0, 0, 0)
        # Why this user may only read the request: said first, before the greyed choices.
        self.notice = QLabel(wordWrap=True, visible=False, objectName="notAllowed")
        self.notice.setStyleSheet(NOTICE_STYLE)
        layout.addWidget(self.notice)

        # The day of the decision: not before the request came in, not in the future.
        self.decided_on = DateEdit(
            self.today,
            earliest=self.request.received_on,
            latest=self.today,
            earliest_means=self.tr("the day the request was received"),
        )
        self.decided_on.setObjectName("decidedOn")
        date_form = QFormLayout()
        box, date_error = with_error(self.decided_on)
        caption = QLabel(self.tr("Date of the &decision:"))
        caption.setBuddy(self.decided_on)
        date_form.addRow(caption, box)
        self.field_errors.add("decided_on", self.decided_on, date_error)
        layout.addLayout(date_form)

        self.accept_choice = QRadioButton(self.tr("&Accept — open a case"), objectName="accept")
        self.decline_choice = QRadioButton(self.tr("D&ecline"), objectName="decline")
        self.transfer_choice = QRadioButton(
            self.tr("&Transfer to a territorial service")
            if not self.warnings
            else self.tr("&Transfer to a territorial service (suggested)"),
            objectName="transfer",
        )
        self.choices = QButtonGroup(self)
        for button in (self.accept_choice, self.decline_choice, self.transfer_choice):
            self.choices.addButton(button)
        self.accept_panel = self._accept_panel()
        self.decline_panel = self._decline_panel()
        self.transfer_panel = self._transfer_panel()
        for button, panel in (
            (self.accept_choice, self.accept_panel),
            (self.decline_choice, self.decline_panel),
            (self.transfer_choice, self.transfer_panel),
        ):
            layout.addWidget(button)
            layout.addWidget(panel)
        layout.addStretch(1)
        content = QWidget(objectName="decisionForm")
        sides = QHBoxLayout(content)
        sides.setContentsMargins(0, 0, 0, 0)
        sides.setSpacing(16)
        sides.addWidget(request_side, 1)
        sides.addWidget(decision_side, 1)
        self.scroll = Scrolled(content)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(self.message)
        outer.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.submit)

        self.repeats.check(self.desk, request_id)
        self.choices.buttonToggled.connect(self._update)
        # A school service is steered towards the transfer; otherwise accepting is the usual path.
        (self.transfer_choice if self.warnings else self.accept_choice).setChecked(True)
        self._update()
        if self.request.status != "registered":
            self._locked(self.tr("This request has already been decided."))
        elif not self.allowed:
            self._not_theirs(self.allowed.reason)

    # --- the parts of the dialog -----------------------------------------------------------

    def _summary(self) -> QGroupBox:
        request = self.request
        box = QGroupBox(
            self.tr("Request {number} of {date}").format(
                number=request.number, date=format_date(request.received_on)
            ),
            objectName="summary",
        )
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        rows = [
            (self.tr("Source:"), label(SOURCE_LABELS, request.source) if request.source else "—"),
            (self.tr("Referred by:"), request.referrer or "—"),
            (
                self.tr("Category:"),
                category_label(request.category) if request.category else "—",
            ),
            (self.tr("Description:"), request.description),
            (
                self.tr("Participants:"),
                "\n".join(self.describe(person) for person in request.participants),
            ),
        ]
        for row, (caption, text) in enumerate(rows):
            value = QLabel(text, wordWrap=True)
            # Plain text: names and descriptions are what users typed, never markup.
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(QLabel(caption), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
        return box

    def describe(self, person: Participant) -> str:
        parts = [label(ROLE_LABELS, person.role) if person.role else "—"]
        if person.is_minor is not None:
            parts.append(self.tr("minor") if person.is_minor else self.tr("adult"))
        if person.class_name:
            parts.append(self.tr("class {name}").format(name=person.class_name))
        if person.age is not None:
            parts.append(self.tr("{age} years old").format(age=person.age))
        return f"{person.full_name} — {', '.join(parts)}"

    def _warning(self) -> QFrame | None:
        if not self.warnings:
            return None  # a territorial service, or a request a school service may take
        frame = QFrame(objectName="transferWarning")
        frame.setStyleSheet(WARNING_STYLE)
        inner = QVBoxLayout(frame)
        title = QLabel(
            self.tr("<b>This request belongs to a territorial reconciliation service</b>"),
            wordWrap=True,
        )
        inner.addWidget(title)
        for key in self.warnings:
            text = register_label(TRANSFER_REASON_LABELS, key)
            if key == "territorial_category" and self.request.category:
                text = f"{category_label(self.request.category)}: {text}"
            inner.addWidget(QLabel("• " + text, wordWrap=True, objectName=f"reason_{key}"))
        inner.addWidget(
            QLabel(
                self.tr(
                    "A school service takes neither offences of minors nor conflicts with "
                    "the school administration. Transfer is suggested; the curator decides, "
                    "and the decision is recorded with the request."
                ),
                wordWrap=True,
            )
        )
        return frame

    def _accept_panel(self) -> QWidget:
        panel = QWidget()
        form = QFormLayout(panel)
        form.setContentsMargins(24, 0, 0, 0)
        self.category = QComboBox(objectName="caseCategory")
        fill_combo(self.category, [(k, category_label(k)) for k in CATEGORIES])
        select_key(self.category, self.request.category)
        box, message = with_error(self.category)
        caption = QLabel(self.tr("Category of the &case:"))
        caption.setBuddy(self.category)
        form.addRow(caption, box)
        self.field_errors.add("category", self.category, message)
        self.confirm = QCheckBox(
            self.tr("The c&urator decides to keep the case in the school service"),
            panel,
            objectName="confirm",
        )
        # Children of the panel even when hidden: a parentless widget kept only by a Python
        # reference cycle would be destroyed whenever the collector happens to run.
        self.note = QPlainTextEdit(panel, objectName="acceptNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(52)
        self.note.setPlaceholderText(
            self.tr("Why the service takes it: recorded with the decision")
        )
        if self.warnings:
            box, message = with_error(self.confirm)
            form.addRow(box)
            self.field_errors.add("confirm", self.confirm, message)
            box, message = with_error(self.note)
            caption = QLabel(self.tr("&Reason:"))
            caption.setBuddy(self.note)
            form.addRow(caption, box)
            self.field_errors.add("note", self.note, message)
            self.confirm.toggled.connect(self.note.setEnabled)
            self.note.setEnabled(False)
        else:
            self.confirm.hide()
            self.note.hide()
        return panel

    def _decline_panel(self) -> QWidget:
        panel = QWidget()
        form = QFormLayout(panel)
        form.setContentsMargins(24, 0, 0, 0)
        self.reason = QLineEdit(objectName="declineReason")
        self.reason.setPlaceholderText(self.tr("e.g. the parties refused to take part"))
        box, message = with_error(self.reason)
        caption = QLabel(self.tr("Reas&on for declining:"))
        caption.setBuddy(self.reason)
        form.addRow(caption, box)
        self.field_errors.add("decline_reason", self.reason, message)
        return panel

    def _transfer_panel(self) -> QWidget:
        panel = QWidget()
        form = QFormLayout(panel)
        form.setContentsMargins(24, 0, 0, 0)
        self.destination = QLineEdit(objectName="destination")
        self.destination.setPlaceholderText(
            self.tr(
                "e.g. territorial reconciliation service of the city centre of psychological help"
            )
        )
        box, message = with_error(self.destination)
        caption = QLabel(self.tr("Transferred &to:"))
        caption.setBuddy(self.destination)
        form.addRow(caption, box)
        self.field_errors.add("transferred_to", self.destination, message)
        self.transfer_note = QLineEdit(objectName="transferNote")
        caption = QLabel(self.tr("&Note:"))
        caption.setBuddy(self.transfer_note)
        form.addRow(caption, self.transfer_note)
        return panel

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        open_fitted(self, PREFERRED_WIDTH)

    # --- behaviour -------------------------------------------------------------------------

    def choice(self) -> str:
        if self.decline_choice.isChecked():
            return DECLINE
        return TRANSFER if self.transfer_choice.isChecked() else ACCEPT

    def _update(self) -> None:
        choice = self.choice()
        self.accept_panel.setEnabled(choice == ACCEPT)
        self.decline_panel.setEnabled(choice == DECLINE)
        self.transfer_panel.setEnabled(choice == TRANSFER)
        self.ok.setText(
            {
                ACCEPT: self.tr("Acce&pt"),
                DECLINE: self.tr("Decl&ine"),
                TRANSFER: self.tr("Trans&fer"),
            }[choice]
        )

    def _not_theirs(self, reason: str) -> None:
        """Someone else decides: the request reads, the choices stay greyed, and the top says
        why; the dialog only closes."""
        self._locked("")
        self.notice.setText(
            "<b>{}</b><br>{}".format(
                html.escape(reason),
                html.escape(self.tr("You may read the request; the curator records the decision.")),
            )
        )
        self.notice.setVisible(True)
        self.ok.setToolTip(reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)

    def _locked(self, why: str) -> None:
        """Nothing to decide here (decided already, or not this user's to decide): say why."""
        for widget in (
            self.accept_panel,
            self.decline_panel,
            self.transfer_panel,
            self.accept_choice,
            self.decline_choice,
            self.transfer_choice,
            self.decided_on,
            self.ok,
        ):
            widget.setEnabled(False)
        if why:
            self.field_errors.show_general([why])

    def submit(self) -> None:
        if not self.ok.isEnabled():
            return
        date_problem = self.decided_on.problem()
        decided_on = None if date_problem else self.decided_on.value()
        errors: dict[str, str] = {"decided_on": date_problem} if date_problem else {}
        choice = self.choice()
        if choice == ACCEPT and self.warnings:
            # The core only needs the flag; the dialog asks for it to be meant and explained.
            if not self.confirm.isChecked():
                errors["confirm"] = self.tr(
                    "Tick the confirmation, or transfer the request instead."
                )
            elif not self.note.toPlainText().strip():
                errors["note"] = self.tr("Write why the school service keeps this case.")
        if not errors:
            try:
                self._decide(choice, decided_on)
            except ValidationError as error:
                errors = error.errors
            except Refused as error:  # the role, or the practice (a request decided meanwhile)
                self.field_errors.show_general([error.message])
                grow_to_fit(self)
                return
            else:
                self.decision = choice
                self.accept()
                return
        self.field_errors.show_general(list(self.field_errors.show(errors).values()))
        grow_to_fit(self)  # the messages took room
        focused = self.focusWidget()
        if focused is not None and self.scroll.isAncestorOf(focused):
            self.scroll.ensureWidgetVisible(focused)

    def _decide(self, choice: str, decided_on: date | None) -> None:
        """One operation of the desk, whichever the choice, with all that it records."""
        if choice == ACCEPT:
            self.case_id = self.desk.accept_request(
                self.request_id,
                decided_on=decided_on,
                category=self.category.currentData(),
                accept_despite_warnings=bool(self.warnings) and self.confirm.isChecked(),
                note=self.note.toPlainText().strip(),
            )
        elif choice == DECLINE:
            self.desk.decline_request(
                self.request_id, decided_on=decided_on, reason=self.reason.text()
            )
        else:
            self.desk.transfer_request(
                self.request_id,
                decided_on=decided_on,
                destination=self.destination.text(),
                note=self.transfer_note.text().strip(),
            )
