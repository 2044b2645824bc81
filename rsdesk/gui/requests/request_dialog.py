"""Registering a request (заявка) with its participants, or correcting a registered one."""

from __future__ import annotations

from datetime import date

from rsdesk.access import Desk, RoleRefused
from rsdesk.domain.register import Request, ValidationError
from rsdesk.domain.roles import Decision, Op
from rsdesk.domain.rules import validate_request
from rsdesk.domain.vocabulary import CATEGORIES, SOURCE_LABELS, category_label, label
from rsdesk.gui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QShortcut,
    QShowEvent,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.requests.fields import (
    FieldErrors,
    combo_key,
    error_label,
    fill_combo,
    fit_height,
    format_date,
    hint_label,
    read_date,
    select_key,
    with_error,
)
from rsdesk.gui.requests.participants import ParticipantsEditor


class RequestDialog(QDialog):
    """On success `request_id` holds the stored request.

    Saved through the signed-in user's desk in one operation, people included: an adult
    mediator registers requests and corrects undecided ones; a decided request changes only
    as its case may.
    """

    def __init__(
        self,
        desk: Desk,
        *,
        request_id: int | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.request_id = request_id
        self.today = today or self.desk.today()
        self.setObjectName("RequestDialog")
        self.setWindowTitle(
            self.tr("New request") if request_id is None else self.tr("Correct the request")
        )
        self.setMinimumWidth(1000)

        self.received_on = QLineEdit(format_date(self.today), objectName="receivedOn")
        self.received_on.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.received_on.setMaximumWidth(140)
        self.source = QComboBox(objectName="source")
        fill_combo(
            self.source,
            [(k, label(SOURCE_LABELS, k)) for k in SOURCE_LABELS],
            self.tr("— choose who it came from —"),
        )
        self.referrer = QLineEdit(objectName="referrer")
        self.referrer.setPlaceholderText(
            self.tr("e.g. juvenile affairs commission of the Leninsky district; may stay empty")
        )
        self.category = QComboBox(objectName="category")
        fill_combo(
            self.category,
            [(k, category_label(k)) for k in CATEGORIES],
            self.tr("— choose the category —"),
        )
        self.description = QPlainTextEdit(objectName="description")
        self.description.setTabChangesFocus(True)  # Tab moves on; the text needs no tabs
        self.description.setFixedHeight(76)
        self.participants = ParticipantsEditor()

        self.message = error_label()
        self.message.setObjectName("message")
        self.field_errors = FieldErrors(self.message)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            (
                "received_on",
                self.tr("Date &received:"),
                self.received_on,
                [hint_label(self.tr("as dd.mm.yyyy, e.g. 05.03.2026"))],
            ),
            ("source", self.tr("&Source:"), self.source, []),
            ("referrer", self.tr("&Referring organisation:"), self.referrer, []),
            ("category", self.tr("&Category:"), self.category, []),
            (
                "description",
                self.tr("Short &description:"),
                self.description,
                [
                    hint_label(
                        self.tr(
                            "Confidential: a few factual lines, no more than the work "
                            "needs. No diagnoses, no rumours, no opinions."
                        )
                    )
                ],
            ),
        )
        for key, text, widget, hints in rows:
            box, message = with_error(widget, *hints)
            caption = QLabel(text)
            caption.setBuddy(widget)
            form.addRow(caption, box)
            self.field_errors.add(key, widget, message)
        participants_caption = QLabel(self.tr("Partici&pants:"))
        participants_caption.setBuddy(self.participants.table)
        form.addRow(participants_caption, self.participants)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Register") if request_id is None else self.tr("&Save"))
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        # Enter belongs to the description's new lines and the table's editors; Ctrl+Enter
        # submits from anywhere in the dialog.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.submit)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for first, second in (
            (self.received_on, self.source),
            (self.source, self.referrer),
            (self.referrer, self.category),
            (self.category, self.description),
            (self.description, self.participants.table),
        ):
            self.setTabOrder(first, second)

        if request_id is not None:
            self._load(self.desk.get_request(request_id))
        else:
            self.participants.add_person(None)
            self.received_on.setFocus()
        self.allowed = self.may_save()
        if not self.allowed:
            self.ok.setEnabled(False)
            self.ok.setToolTip(self.allowed.reason)
            self.field_errors.show_general([self.allowed.reason])

    def may_save(self) -> Decision:
        """Whether this user may register this request, or correct it, and why not."""
        if self.request_id is None:
            return self.desk.may(Op.REGISTER_REQUEST)
        return self.desk.may_correct_request(self.request_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)

    def _load(self, request: Request) -> None:
        self.received_on.setText(format_date(request.received_on))
        select_key(self.source, request.source)
        self.referrer.setText(request.referrer)
        select_key(self.category, request.category)
        self.description.setPlainText(request.description)
        for person in request.participants:
            self.participants.add_person(person)

    def request(self) -> tuple[Request, dict[str, str], list[int]]:
        """What the form holds, errors only the form can see, and the row of each participant."""
        received_on, date_error = read_date(self.received_on.text())
        people, rows = self.participants.participants()
        request = Request(
            received_on=received_on,
            source=combo_key(self.source),
            category=combo_key(self.category),
            description=self.description.toPlainText(),
            participants=tuple(people),
            referrer=self.referrer.text(),
        )
        return request, ({"received_on": date_error} if date_error else {}), rows

    def submit(self) -> None:
        if not self.ok.isEnabled():
            return
        request, errors, rows = self.request()
        if not errors:
            try:
                self._save(request)
            except ValidationError as error:
                errors = error.errors
            except RoleRefused as error:
                self.field_errors.show_general([error.message])
                fit_height(self)
                return
            else:
                self.accept()
                return
        # Show every problem at once, not just the first one the core stumbled on.
        errors = {**validate_request(request, today=self.today), **errors}
        rest = self.field_errors.show(errors)
        participant_errors = {k: v for k, v in rest.items() if k.startswith("participants")}
        self.participants.show_errors(participant_errors, rows, focus=len(rest) == len(errors))
        self.field_errors.show_general([v for k, v in rest.items() if k not in participant_errors])
        fit_height(self)  # the messages took room

    def _save(self, request: Request) -> None:
        if self.request_id is None:
            self.request_id = self.desk.register_request(request)
        else:
            self.desk.correct_request(self.request_id, request)
