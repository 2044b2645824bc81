"""Registering a request (заявка) with its participants, or correcting a registered one."""

from __future__ import annotations

from datetime import date

from rsdesk.access import Desk
from rsdesk.domain.refusals import Refused
from rsdesk.domain.register import Request, ValidationError
from rsdesk.domain.roles import Decision, Op
from rsdesk.domain.rules import validate_request
from rsdesk.domain.vocabulary import CATEGORIES, SOURCE_LABELS, category_label, label
from rsdesk.gui.dates import DateEdit
from rsdesk.gui.qt import (
    QCloseEvent,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMessageBox,
    QModelIndex,
    QPlainTextEdit,
    QShortcut,
    QShowEvent,
    Qt,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.requests.fields import (
    FieldErrors,
    Scrolled,
    combo_key,
    error_label,
    fill_combo,
    grow_to_fit,
    hint_label,
    open_fitted,
    select_key,
    with_error,
)
from rsdesk.gui.requests.participants import NAME, ParticipantsEditor
from rsdesk.gui.requests.repeats import RepeatNotice

# The width the form reads best at; a narrower screen gets a narrower window.
PREFERRED_WIDTH = 1000


class RequestDialog(QDialog):
    """On success `request_id` holds the stored request.

    Saved through the signed-in user's desk in one operation, people included: an adult
    mediator registers requests and corrects undecided ones; a decided request changes only
    as its case may. «Отмена» asks before throwing typed work away.
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

        # The day the request came in: typed, never in the future.
        self.received_on = DateEdit(self.today, latest=self.today)
        self.received_on.setObjectName("receivedOn")
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
        self.repeats = RepeatNotice()

        self.message = error_label()
        self.message.setObjectName("message")
        self.field_errors = FieldErrors(self.message)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            ("received_on", self.tr("Date &received:"), self.received_on, []),
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
        content = QWidget(objectName="requestForm")
        inside = QVBoxLayout(content)
        inside.setContentsMargins(0, 0, 0, 0)
        inside.addLayout(form)
        inside.addWidget(self.repeats)
        inside.addStretch(1)
        self.scroll = Scrolled(content)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Register") if request_id is None else self.tr("&Save"))
        self.ok.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.cancel)
        # Enter belongs to the description's new lines and the table's editors; Ctrl+Enter
        # submits from anywhere in the dialog.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.submit)

        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
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
        self.typed = self.form_state()  # what «Отмена» compares with
        self.participants.table.itemChanged.connect(self._person_changed)
        self.participants.table.model().rowsRemoved.connect(self._people_removed)
        self.check_repeats()
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
        open_fitted(self, PREFERRED_WIDTH)

    def _load(self, request: Request) -> None:
        if request.received_on is not None:
            self.received_on.set_value(request.received_on)
        select_key(self.source, request.source)
        self.referrer.setText(request.referrer)
        select_key(self.category, request.category)
        self.description.setPlainText(request.description)
        for person in request.participants:
            self.participants.add_person(person)

    # --- what the form holds ------------------------------------------------------------------

    def request(self) -> tuple[Request, dict[str, str], list[int]]:
        """What the form holds, errors only the form can see, and the row of each participant."""
        date_problem = self.received_on.problem()
        people, rows = self.participants.participants()
        request = Request(
            received_on=None if date_problem else self.received_on.value(),
            source=combo_key(self.source),
            category=combo_key(self.category),
            description=self.description.toPlainText(),
            participants=tuple(people),
            referrer=self.referrer.text(),
        )
        return request, ({"received_on": date_problem} if date_problem else {}), rows

    def form_state(self) -> tuple[object, ...]:
        """Everything typed or chosen, to tell whether anything changed since it opened."""
        people, _rows = self.participants.participants()
        return (
            self.received_on.line.text(),
            combo_key(self.source),
            self.referrer.text().strip(),
            combo_key(self.category),
            self.description.toPlainText().strip(),
            tuple(people),
        )

    def names(self) -> list[str]:
        people, _rows = self.participants.participants()
        return [person.full_name for person in people if person.full_name]

    # --- a possible repeat --------------------------------------------------------------------

    def check_repeats(self) -> None:
        shown = self.repeats.conflicts
        self.repeats.check(self.desk, self.request_id, self.names())
        if self.repeats.conflicts != shown and self.isVisible():
            grow_to_fit(self)  # the notice took room: as far as the screen allows

    def _person_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == NAME:
            self.check_repeats()

    def _people_removed(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        self.check_repeats()

    # --- leaving --------------------------------------------------------------------------------

    # The user's ways out ask; reject() itself does not, so a window closed by the program
    # (a lock, a test's clean-up) is never held open by a question nobody sees.

    def cancel(self) -> None:
        """«Отмена» and Escape: ask first when something was typed."""
        if self.may_leave():
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and not self.may_leave():  # the window's own close button
            event.ignore()
            return
        super().closeEvent(event)

    def may_leave(self) -> bool:
        return self.form_state() == self.typed or self.may_discard()

    def may_discard(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.windowTitle())
        box.setText(
            self.tr("Discard what was typed? The request will not be registered.")
            if self.request_id is None
            else self.tr("Discard the corrections? The request stays as it was.")
        )
        drop = box.addButton(self.tr("Discard the typing"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Go on typing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter keeps the work: the safe way out
        box.setEscapeButton(keep)
        box.exec()
        dropped = box.clickedButton() is drop
        box.deleteLater()
        return dropped

    # --- saving ---------------------------------------------------------------------------------

    def submit(self) -> None:
        if not self.ok.isEnabled():
            return
        request, errors, rows = self.request()
        if not errors:
            try:
                self._save(request)
            except ValidationError as error:
                errors = error.errors
            except Refused as error:  # the role, or the practice (a request decided meanwhile)
                self.field_errors.show_general([error.message])
                grow_to_fit(self)
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
        grow_to_fit(self)  # the messages took room
        focused = self.focusWidget()
        if focused is not None and self.scroll.isAncestorOf(focused):
            self.scroll.ensureWidgetVisible(focused)

    def _save(self, request: Request) -> None:
        if self.request_id is None:
            self.request_id = self.desk.register_request(request)
        else:
            self.desk.correct_request(self.request_id, request)
