"""The mediator and training dialogs: Designer forms, errors in red beside the field."""

from __future__ import annotations

import re
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
from rsdesk.domain.rules import parse_date, validate_mediator, validate_training
from rsdesk.domain.vocabulary import MODULE_LABELS, TRAINING_MODULES, YOUNG_MEDIATOR_PROGRAM, label
from rsdesk.gui.forms.mediator_dialog import Ui_MediatorDialog
from rsdesk.gui.forms.training_dialog import Ui_TrainingDialog
from rsdesk.gui.gate import ERROR_STYLE
from rsdesk.gui.qt import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

# Kinds offered in the role box: the curator is an adult mediator with is_curator set.
ROLES = ("curator", "adult", "young")
YEAR_RUN = re.compile(r"^(\d{4})(?:–(\d{4}))?$")


def parse_years(text: str) -> tuple[int, ...]:
    """«2022–2024, 2026» -> (2022, 2023, 2024, 2026); ValueError for anything else."""
    years: set[int] = set()
    # Any dash, with or without spaces, joins a run; commas, semicolons or spaces separate.
    joined = re.sub(r"\s*[-–—]\s*", "–", text.strip())
    for part in filter(None, re.split(r"[,;\s]+", joined)):
        found = YEAR_RUN.match(part)
        if not found:
            raise ValueError(part)
        first = int(found.group(1))
        last = int(found.group(2) or first)
        if last < first or last - first > 50:
            raise ValueError(part)
        years.update(range(first, last + 1))
    return tuple(sorted(years))


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
        # Grow the dialog if the messages need room; never shrink what the user resized.
        window = self.general.window()
        hint = window.sizeHint()
        window.resize(max(window.width(), hint.width()), max(window.height(), hint.height()))

    def text(self, field: str) -> str:
        return self.labels[field].text()


class MediatorDialog(QDialog):
    """Adds or edits one person; `save` writes and raises ValidationError when it refuses."""

    def __init__(
        self,
        save: Callable[[Mediator], None],
        mediator: Mediator | None = None,
        *,
        default_year: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MediatorDialog()
        self.ui.setupUi(self)
        self.save = save
        self.original = mediator
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
        self.errors = FieldErrors(
            ui.form,
            {
                "full_name": ui.nameError,
                "kind": ui.kindError,
                "is_curator": ui.kindError,
                "class_name": ui.classError,
                "years": ui.yearsError,
            },
            ui.message,
        )
        ui.yearsHint.setStyleSheet("color: palette(placeholder-text);")
        ui.buttons.accepted.connect(self.submit)
        ui.buttons.rejected.connect(self.reject)
        if mediator is None:
            self.setWindowTitle(self.tr("New mediator"))
            ui.kind.setCurrentIndex(ROLES.index("adult"))
            ui.years.setText(str(default_year or date.today().year))
        else:
            self.setWindowTitle(self.tr("Edit mediator"))
            ui.name.setText(mediator.full_name)
            role = "curator" if mediator.is_curator else mediator.kind
            ui.kind.setCurrentIndex(ROLES.index(role))
            ui.className.setText(mediator.class_name)
            ui.position.setText(mediator.position)
            ui.contacts.setText(mediator.contacts)
            ui.years.setText(", ".join(str(y) for y in mediator.years))
            ui.note.setText(mediator.note)
        self._role_changed()
        ui.name.setFocus()

    def _role_changed(self) -> None:
        young = self.ui.kind.currentData() == "young"
        self.ui.className.setEnabled(young)
        self.ui.position.setEnabled(not young)

    def candidate(self) -> tuple[Mediator, dict[str, str]]:
        """The mediator the form describes, and the errors only the form can see."""
        ui = self.ui
        role = ui.kind.currentData()
        errors: dict[str, str] = {}
        try:
            years = parse_years(ui.years.text())
        except ValueError:
            years = ()
            errors["years"] = self.tr("Write the years like 2024, 2025 or 2022–2024.")
        values = {
            "full_name": ui.name.text(),
            "kind": "young" if role == "young" else "adult",
            "is_curator": role == "curator",
            "class_name": ui.className.text() if role == "young" else "",
            "position": ui.position.text() if role != "young" else "",
            "years": years,
            "note": ui.note.text().strip(),
            "contacts": ui.contacts.text().strip(),
        }
        # Editing keeps what the form does not show, such as the curator's key slot.
        mediator = replace(self.original, **values) if self.original else Mediator(**values)
        return mediator, errors

    def submit(self) -> None:
        mediator, errors = self.candidate()
        if errors:
            self.errors.show({**validate_mediator(mediator), **errors})
            return
        try:
            self.save(mediator)
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
    """Adds one training record for one person; the kinds offered fit adult or young."""

    def __init__(
        self,
        save: Callable[[TrainingRecord], None],
        mediator: Mediator,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TrainingDialog()
        self.ui.setupUi(self)
        self.save = save
        self.saved: TrainingRecord | None = None
        ui = self.ui
        self.setWindowTitle(self.tr("Add training"))
        ui.person.setText(self.tr("Training of {name}").format(name=mediator.full_name))
        # The 254-hour modules are for adults, the 36-hour program for students (docs/DOMAIN.md).
        skip = "module" if mediator.kind == "young" else YOUNG_MEDIATOR_PROGRAM
        for kind in TRAINING_KINDS:
            if kind != skip:
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
        self._kind_changed()
        ui.kind.setFocus()

    def _kind_changed(self) -> None:
        kind = self.ui.kind.currentData()
        self.ui.form.setRowVisible(self.ui.module, kind == "module")
        if kind == YOUNG_MEDIATOR_PROGRAM and not self.ui.hours.value():
            self.ui.hours.setValue(36)

    def candidate(self) -> tuple[TrainingRecord, dict[str, str]]:
        ui = self.ui
        errors: dict[str, str] = {}
        held_on = None
        if ui.date.text().strip():
            try:
                held_on = parse_date(ui.date.text())
            except ValueError as error:
                errors["held_on"] = str(error)
        kind = ui.kind.currentData()
        record = TrainingRecord(
            kind=kind,
            held_on=held_on,
            hours=ui.hours.value(),
            module=ui.module.currentData() if kind == "module" else None,
            note=ui.note.text().strip(),
        )
        return record, errors

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
