"""The mediator and training dialogs: Designer forms, errors in red beside the field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from rsdesk.domain.refusals import RoleRefused
from rsdesk.domain.register import Mediator, TrainingRecord, ValidationError
from rsdesk.domain.register_keys import (
    MEDIATOR_KIND_LABELS,
    TRAINING_KIND_LABELS,
    TRAINING_KINDS,
    register_label,
)
from rsdesk.domain.roster import ServiceYears
from rsdesk.domain.roster_corrections import years_list
from rsdesk.domain.rules import EARLIEST, validate_training
from rsdesk.domain.vocabulary import MODULE_LABELS, TRAINING_MODULES, YOUNG_MEDIATOR_PROGRAM, label
from rsdesk.gui.dates import DateEdit
from rsdesk.gui.forms.mediator_dialog import Ui_MediatorDialog
from rsdesk.gui.forms.training_dialog import Ui_TrainingDialog
from rsdesk.gui.gate import ERROR_STYLE
from rsdesk.gui.qt import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

# Kinds offered in the role box: the curator is an adult mediator with is_curator set.
ROLES = ("curator", "adult", "young")


class FieldErrors:
    """Red messages under the fields of a QFormLayout; the rows stay hidden while empty."""

    def __init__(self, form: QFormLayout, labels: dict[str, QLabel], general: QLabel) -> None:
        self.form = form
        self.labels = labels
        self.general = general
        for widget in (*labels.values(), general):
            widget.setStyleSheet(ERROR_STYLE)
        self.show({})

    def show(self, errors: dict[str, str]) -> None:
        placed: set[str] = set()
        by_label: dict[QLabel, list[str]] = {}
        for field, message in errors.items():
            if field in self.labels:
                by_label.setdefault(self.labels[field], []).append(message)
                placed.add(field)
        for widget in set(self.labels.values()):
            widget.setText(" ".join(by_label.get(widget, [])))
            self.form.setRowVisible(widget, bool(widget.text()))
        rest = [message for field, message in errors.items() if field not in placed]
        self.general.setText(" ".join(rest))
        self.general.setVisible(bool(rest))
        # Grow the dialog if the messages need room; never shrink what the user resized,
        # and never past the screen.
        window = self.general.window()
        hint = window.sizeHint()
        room = window.screen().availableGeometry()
        window.resize(
            min(max(window.width(), hint.width()), room.width()),
            min(max(window.height(), hint.height()), room.height()),
        )
        frame = window.frameGeometry()
        left = min(frame.left(), room.right() - frame.width() + 1)
        top = min(frame.top(), room.bottom() - frame.height() + 1)
        if (left, top) != (frame.left(), frame.top()):
            window.move(max(room.left(), left), max(room.top(), top))

    def text(self, field: str) -> str:
        return self.labels[field].text()


class MediatorDialog(QDialog):
    """Adds or edits one person and the years they serve; `save` writes and raises
    ValidationError when it refuses."""

    def __init__(
        self,
        save: Callable[[Mediator, ServiceYears], None],
        mediator: Mediator | None = None,
        service: ServiceYears | None = None,
        *,
        default_year: int | None = None,
        this_year: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MediatorDialog()
        self.ui.setupUi(self)
        self.save = save
        self.original = mediator
        self.service = service or ServiceYears(mediator.years if mediator else ())
        self.this_year = this_year or date.today().year
        self.saved: Mediator | None = None
        ui = self.ui
        for role in ROLES:
            text = (
                self.tr("curator of the service")
                if role == "curator"
                else register_label(MEDIATOR_KIND_LABELS, role)
            )
            ui.kind.addItem(text, role)
        ui.kind.currentIndexChanged.connect(self._role_changed)
        for spin in (ui.since, ui.leftIn):
            spin.setRange(EARLIEST.year, self.this_year)
        ui.left.toggled.connect(ui.leftIn.setEnabled)
        self.errors = FieldErrors(
            ui.form,
            {
                "full_name": ui.nameError,
                "kind": ui.kindError,
                "is_curator": ui.kindError,
                "class_name": ui.classError,
                "years": ui.sinceError,
                "since": ui.sinceError,
                "left_in": ui.leftError,
            },
            ui.message,
        )
        ui.yearsHint.setStyleSheet("color: palette(placeholder-text);")
        ui.buttons.accepted.connect(self.submit)
        ui.buttons.rejected.connect(self.reject)
        if mediator is None:
            self.setWindowTitle(self.tr("New mediator"))
            ui.kind.setCurrentIndex(ROLES.index("adult"))
        else:
            self.setWindowTitle(self.tr("Edit mediator"))
            ui.name.setText(mediator.full_name)
            role = "curator" if mediator.is_curator else mediator.kind
            ui.kind.setCurrentIndex(ROLES.index(role))
            ui.className.setText(mediator.class_name)
            ui.position.setText(mediator.position)
            ui.contacts.setText(mediator.contacts)
            ui.note.setText(mediator.note)
        ui.since.setValue(self.service.first or default_year or self.this_year)
        ui.left.setChecked(self.service.left_in is not None)
        ui.leftIn.setValue(self.service.left_in or self.this_year)
        ui.leftIn.setEnabled(ui.left.isChecked())
        breaks = self.service.breaks
        ui.keepBreaks.setText(
            self.tr("A break in the work: {years} (these years are not counted)").format(
                years=years_list(breaks)
            )
        )
        ui.keepBreaks.setToolTip(
            self.tr("Clear the mark if the person worked in the service in those years too.")
        )
        ui.form.setRowVisible(ui.keepBreaks, bool(breaks))
        self._role_changed()
        ui.name.setFocus()

    def _role_changed(self) -> None:
        young = self.ui.kind.currentData() == "young"
        self.ui.className.setEnabled(young)
        self.ui.position.setEnabled(not young)

    def candidate(self) -> tuple[Mediator, ServiceYears]:
        """The mediator and the years of service the form describes."""
        ui = self.ui
        role = ui.kind.currentData()
        service = self.service.changed(
            ui.since.value(),
            ui.leftIn.value() if ui.left.isChecked() else None,
            keep_breaks=ui.keepBreaks.isChecked(),
        )
        values = {
            "full_name": ui.name.text(),
            "kind": "young" if role == "young" else "adult",
            "is_curator": role == "curator",
            "class_name": ui.className.text() if role == "young" else "",
            "position": ui.position.text() if role != "young" else "",
            "years": service.listed,
            "note": ui.note.text().strip(),
            "contacts": ui.contacts.text().strip(),
        }
        # Editing keeps what the form does not show, such as the curator's key slot.
        mediator = replace(self.original, **values) if self.original else Mediator(**values)
        return mediator, service

    def submit(self) -> None:
        mediator, service = self.candidate()
        try:
            self.save(mediator, service)
        except ValidationError as error:
            self.errors.show(error.errors)
            return
        except RoleRefused as error:
            # The one refusal a curator meets here is about the role (demoting oneself or
            # the last curator): said beside the role box; anything else under the form.
            demoted = self.original is not None and self.original.is_curator
            self.errors.show({"kind" if demoted else "": error.message})
            return
        self.saved = mediator
        self.accept()


class TrainingDialog(QDialog):
    """Adds a training record for one person, or corrects one; the kinds offered fit adult
    or young."""

    def __init__(
        self,
        save: Callable[[TrainingRecord], None],
        mediator: Mediator,
        record: TrainingRecord | None = None,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TrainingDialog()
        self.ui.setupUi(self)
        self.save = save
        self.saved: TrainingRecord | None = None
        today = today or date.today()
        ui = self.ui
        self.date = DateEdit(record.held_on if record else today, latest=today, parent=self)
        self.date.setObjectName("date")
        ui.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.date)
        ui.dateLabel.setBuddy(self.date.line)
        QWidget.setTabOrder(ui.module, self.date.line)
        QWidget.setTabOrder(self.date.line, self.date.calendar_button)
        QWidget.setTabOrder(self.date.calendar_button, ui.hours)
        ui.person.setText(self.tr("Training of {name}").format(name=mediator.full_name))
        # The 254-hour modules are for adults, the 36-hour program for students (docs/DOMAIN.md).
        skip = "module" if mediator.kind == "young" else YOUNG_MEDIATOR_PROGRAM
        for kind in TRAINING_KINDS:
            if kind != skip or (record is not None and record.kind == kind):
                ui.kind.addItem(register_label(TRAINING_KIND_LABELS, kind), kind)
        for module in TRAINING_MODULES:
            ui.module.addItem(label(MODULE_LABELS, module), module)
        ui.module.setCurrentIndex(-1)
        ui.module.setPlaceholderText(self.tr("choose the module"))
        ui.kind.currentIndexChanged.connect(self._kind_changed)
        self.errors = FieldErrors(
            ui.form,
            {
                "kind": ui.kindError,
                "module": ui.moduleError,
                "held_on": ui.dateError,
                "hours": ui.hoursError,
            },
            ui.message,
        )
        ui.buttons.accepted.connect(self.submit)
        ui.buttons.rejected.connect(self.reject)
        if record is None:
            self.setWindowTitle(self.tr("Add training"))
        else:
            self.setWindowTitle(self.tr("Edit the training record"))
            ui.kind.setCurrentIndex(max(0, ui.kind.findData(record.kind)))
            ui.module.setCurrentIndex(ui.module.findData(record.module))
            ui.hours.setValue(record.hours)
            ui.note.setText(record.note)
        self._kind_changed()
        ui.kind.setFocus()

    def _kind_changed(self) -> None:
        kind = self.ui.kind.currentData()
        self.ui.form.setRowVisible(self.ui.module, kind == "module")
        if kind == YOUNG_MEDIATOR_PROGRAM and not self.ui.hours.value():
            self.ui.hours.setValue(36)

    def candidate(self) -> tuple[TrainingRecord, dict[str, str]]:
        """The record the form describes, and what only the form can see is wrong in it."""
        ui = self.ui
        kind = ui.kind.currentData()
        record = TrainingRecord(
            kind=kind,
            held_on=self.date.value(),
            hours=ui.hours.value(),
            module=ui.module.currentData() if kind == "module" else None,
            note=ui.note.text().strip(),
        )
        problem = self.date.problem()
        return record, {"held_on": problem} if problem else {}

    def submit(self) -> None:
        record, errors = self.candidate()
        if errors:
            self.errors.show({**validate_training(record), **errors})
            return
        try:
            self.save(record)
        except ValidationError as error:
            self.errors.show(error.errors)
            return
        except RoleRefused as error:
            self.errors.show({"": error.message})
            return
        self.saved = record
        self.accept()


def accept_button(dialog: QDialog) -> QWidget:
    """The Save button of either dialog, for callers that press it."""
    return dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)  # type: ignore[attr-defined]
