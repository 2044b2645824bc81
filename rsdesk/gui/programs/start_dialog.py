"""Starting a program for a case: its type, the facilitators and their training, the people."""

from __future__ import annotations

from rsdesk.access import Desk
from rsdesk.domain.programs import ProgramStart, StartCheck
from rsdesk.domain.refusals import Refused
from rsdesk.domain.register_keys import MEDIATOR_KIND_LABELS, register_label
from rsdesk.domain.vocabulary import PROGRAM_TYPES, ROLE_LABELS, category_label, label
from rsdesk.gui.dates import DateEdit
from rsdesk.gui.programs.fields import ERROR_STYLE
from rsdesk.gui.programs.stage_page import GATE_STYLE
from rsdesk.gui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QShowEvent,
    QSize,
    Qt,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.screen_fit import fit_to_screen
from rsdesk.procedures import configured_procedures


class StartProgramDialog(QDialog):
    """Starts a program through the signed-in user's Desk; `program_id` is set on success.

    The Desk assigns the facilitators not yet on the case and records the curator's
    permission despite a training warning; the dialog shows what the Desk says of the team.
    """

    def __init__(
        self,
        desk: Desk,
        case_id: int,
        parent: QWidget | None = None,
        *,
        existing: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.case_id = case_id
        self.program_id: int | None = None
        self.start_form = desk.program_start_form(case_id, existing)
        self.existing = self.start_form.existing
        self.case = self.start_form.case
        self.people = list(self.start_form.people)
        self.roster = {f.mediator.id: f for f in self.start_form.roster}
        self.check = StartCheck((), (), ())
        self.setWindowTitle(
            self.tr("Start a program: case No. {number}").format(number=self.case.number)
        )
        self._fitted = False
        self._build()
        self._type_changed()

    def sizeHint(self) -> QSize:
        # Wide enough for the team's verdicts on one line each; the people scroll if many.
        return QSize(860, 760)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            fit_to_screen(self)

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        header = QLabel(
            self.tr("Case No. {number}: {category}").format(
                number=self.case.number, category=category_label(self.case.category)
            ),
            wordWrap=True,
        )
        header.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.type = QComboBox()
        known = configured_procedures()
        for key in [k for k in PROGRAM_TYPES if k in known] + sorted(
            set(known) - set(PROGRAM_TYPES)
        ):
            self.type.addItem(known[key].title, key)
        if self.existing is not None:
            self.type.setCurrentIndex(self.type.findData(self.existing.program_type))
            self.type.setEnabled(False)
        self.summary = QLabel(wordWrap=True)
        self.facilitators = QListWidget()
        chosen = self.start_form.chosen
        for mediator_id, entry in self.roster.items():
            m = entry.mediator
            kind = register_label(MEDIATOR_KIND_LABELS, m.kind)
            item = QListWidgetItem(f"{m.full_name} ({kind})")
            item.setData(Qt.ItemDataRole.UserRole, mediator_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = mediator_id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.facilitators.addItem(item)
        self.facilitators.setFixedHeight(120)
        self.facilitators.setCurrentRow(0)
        self.lead = QLabel(wordWrap=True, objectName="leadCheck")
        self.warnings = QLabel(wordWrap=True, objectName="trainingWarnings")
        self.warnings.setStyleSheet(GATE_STYLE)
        self.override = QCheckBox(self.tr("The curator &allows this program despite the warning"))
        self.override_reason = QLineEdit(
            placeholderText=self.tr("Why, e.g. an experienced co-facilitator or supervision")
        )
        # Anyone else starts the program anyway; it waits in the wizard for the curator.
        self.override_info = QLabel(
            self.tr(
                "Only the curator may allow it: the program waits for the curator's "
                "permission before its first stage."
            ),
            wordWrap=True,
            objectName="overrideInfo",
        )
        self.started = DateEdit(
            self.desk.today(),
            earliest=self.case.opened_on,
            latest=self.desk.today(),
            earliest_means=self.tr("the day the case was opened"),
        )
        self.error = QLabel(wordWrap=True, visible=False, styleSheet=ERROR_STYLE)

        form = self.form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Program &type:"), self.type)
        form.addRow("", self.summary)
        form.addRow(self.tr("&Facilitators:"), self.facilitators)
        form.addRow("", self.lead)
        form.addRow("", self.warnings)
        form.addRow("", self.override)
        form.addRow(self.tr("Curator's &reason:"), self.override_reason)
        form.addRow("", self.override_info)
        started = QLabel(self.tr("Started &on:"))
        started.setBuddy(self.started.line)
        form.addRow(started, self.started)

        group = QGroupBox(self.tr("Who takes part"))
        grid = QGridLayout(group)
        grid.addWidget(QLabel(self.tr("Participant")), 0, 0)
        grid.addWidget(
            QLabel(self.tr("Represents (for a parent or legal representative)"), wordWrap=True),
            0,
            1,
        )
        self.person_checks: dict[int, QCheckBox] = {}
        self.represents: dict[int, QComboBox] = {}
        guess = self.start_form.represents
        minors = [p for p in self.people if p.is_minor and p.role != "legal_representative"]
        for row, person in enumerate(self.people, start=1):
            assert person.id is not None and person.role is not None
            text = f"{person.full_name} ({label(ROLE_LABELS, person.role)}"
            text += self.tr(", minor)") if person.is_minor else ")"
            check = QCheckBox(text, checked=True)
            self.person_checks[person.id] = check
            grid.addWidget(check, row, 0)
            if person.role == "legal_representative":
                combo = QComboBox()
                combo.addItem(self.tr("— nobody in this program —"), None)
                for minor in minors:
                    combo.addItem(minor.full_name, minor.id)
                combo.setCurrentIndex(max(0, combo.findData(guess.get(person.id))))
                self.represents[person.id] = combo
                grid.addWidget(combo, row, 1)
        grid.setColumnStretch(0, 1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start the program"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(header)
        column.addLayout(form)
        column.addWidget(group)
        column.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        # Long Russian texts wrap to the window's width instead of scrolling sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a Tab stop of its own: it still scrolls to whichever field gets the focus, and
        # the dialog opens on its first question instead of on an invisible frame.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.type.currentIndexChanged.connect(lambda _i: self._type_changed())
        self.facilitators.itemChanged.connect(lambda _item: self._type_changed())
        self.override.toggled.connect(self.override_reason.setEnabled)

    # -- checks -----------------------------------------------------------------------------

    def program_type(self) -> str:
        return self.type.currentData()

    def chosen_facilitators(self) -> list[int]:
        return [
            self.facilitators.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.facilitators.count())
            if self.facilitators.item(i).checkState() == Qt.CheckState.Checked
        ]

    def current_warnings(self) -> list[str]:
        """Warnings for the team: a module nobody among the adult facilitators has mastered."""
        return list(self.check.warnings)

    def _type_changed(self) -> None:
        procedure = configured_procedures()[self.program_type()]
        self.summary.setText(procedure.summary)
        self.check = self.desk.check_program_start(
            self.case_id, self.program_type(), tuple(self.chosen_facilitators())
        )
        lines = [
            f"{name}: {verdict or self.tr('trained for it')}"
            for name, verdict in self.check.verdicts
        ]
        self.lead.setText("\n".join(lines))
        self.lead.setVisible(bool(lines))
        warnings = self.current_warnings()
        self.warnings.setText("\n".join(f"⚠ {w}" for w in warnings))
        # Hiding the rows, not just the widgets, so no orphan label is left behind.
        curator = bool(self.start_form.may_override)
        self.form.setRowVisible(self.warnings, bool(warnings))
        for widget in (self.override, self.override_reason):
            self.form.setRowVisible(widget, bool(warnings) and curator)
        self.form.setRowVisible(self.override_info, bool(warnings) and not curator)
        self.override_reason.setEnabled(self.override.isChecked())

    # -- starting ---------------------------------------------------------------------------

    def start(self) -> None:
        if self.started.problem():
            self._show([self.started.problem()])
            self.started.setFocus()
            return
        start = ProgramStart(
            program_type=self.program_type(),
            facilitator_ids=tuple(self.chosen_facilitators()),
            taking_part=tuple(
                person.id
                for person in self.people
                if person.id is not None and self.person_checks[person.id].isChecked()
            ),
            started_on=self.started.value(),
            represents={pid: combo.currentData() for pid, combo in self.represents.items()},
            override_reason=self.override_reason.text() if self.override.isChecked() else None,
            program_id=self.existing.id if self.existing is not None else None,
        )
        try:
            self.program_id = self.desk.start_program(self.case_id, start)
        except Refused as refused:
            self._show(list(refused.reasons))
            return
        self.accept()

    def _show(self, problems: list[str]) -> None:
        self.error.setText("\n".join(problems))
        self.error.setVisible(True)
