"""Starting a program for a case: its type, the facilitators and their training, the people."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from rsdesk.access import Desk, RoleRefused
from rsdesk.domain.register import ProgramSummary, ValidationError
from rsdesk.domain.register_keys import MEDIATOR_KIND_LABELS, register_label
from rsdesk.domain.roles import Op
from rsdesk.domain.vocabulary import PROGRAM_TYPES, ROLE_LABELS, category_label, label
from rsdesk.gui.programs.fields import ERROR_STYLE, date_editor, qdate
from rsdesk.gui.programs.stage_page import GATE_STYLE
from rsdesk.gui.programs.store import engine_people, guess_represented, people_of_case, procedures
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
    Qt,
    QVBoxLayout,
    QWidget,
)
from rsdesk.procedures import ProgramRun, training_warnings
from rsdesk.storage.cases import case_mediators, get_case
from rsdesk.storage.roster import lead_check


class StartProgramDialog(QDialog):
    """Creates the program row and its first engine state; `program_id` is set on success.

    Everything is written through the signed-in user's desk: the facilitators not yet on the
    case are assigned (adults first), and the curator's permission despite a training warning
    is recorded in the audit trail with its reason.
    """

    def __init__(
        self,
        desk: Desk,
        case_id: int,
        on_saved: Callable[[], None],
        parent: QWidget | None = None,
        *,
        existing: ProgramSummary | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.db = db = self.desk.db
        self.case_id, self.on_saved, self.clock = case_id, on_saved, clock
        self.existing = existing
        self.program_id: int | None = None
        self.case = get_case(db, case_id)
        self.people = list(people_of_case(db, case_id))
        self.roster = {e.mediator.id: e for e in self.desk.roster_view()}
        self.setWindowTitle(
            self.tr("Start a program: case No. {number}").format(number=self.case.number)
        )
        self.resize(860, 760)
        self._build()
        self._type_changed()

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
        known = procedures()
        for key in [k for k in PROGRAM_TYPES if k in known] + sorted(
            set(known) - set(PROGRAM_TYPES)
        ):
            self.type.addItem(known[key].title, key)
        if self.existing is not None:
            self.type.setCurrentIndex(self.type.findData(self.existing.program_type))
            self.type.setEnabled(False)
        self.summary = QLabel(wordWrap=True)
        self.facilitators = QListWidget()
        chosen = {m.mediator_id for m in case_mediators(self.db, self.case_id)}
        if self.existing is not None:
            chosen = set(self.existing.facilitator_ids) or chosen
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
        self.started = date_editor(self.clock().date(), not_future=True)
        self.started.setMinimumDate(qdate(self.case.opened_on))
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
        form.addRow(self.tr("Started &on:"), self.started)

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
        guess = guess_represented(self.people)
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
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)

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
        adults = [m for m in self.chosen_facilitators() if self.roster[m].mediator.kind == "adult"]
        if not adults:
            return []
        modules = set().union(*(self.roster[m].modules for m in adults))
        return training_warnings(self.program_type(), self.case.category, modules)

    def hard_limits(self) -> list[str]:
        limits = []
        for mediator_id in self.chosen_facilitators():
            check = lead_check(self.db, mediator_id, self.program_type(), self.case.category)
            if not check.allowed:
                limits.append(
                    f"{self.roster[mediator_id].mediator.full_name}: {'; '.join(check.reasons)}"
                )
        return limits

    def _type_changed(self) -> None:
        procedure = procedures()[self.program_type()]
        self.summary.setText(procedure.summary)
        lines = []
        for mediator_id in self.chosen_facilitators():
            check = lead_check(self.db, mediator_id, self.program_type(), self.case.category)
            name = self.roster[mediator_id].mediator.full_name
            verdict = "; ".join(check.reasons) if check.reasons else self.tr("trained for it")
            lines.append(f"{name}: {verdict}")
        self.lead.setText("\n".join(lines))
        self.lead.setVisible(bool(lines))
        warnings = self.current_warnings()
        self.warnings.setText("\n".join(f"⚠ {w}" for w in warnings))
        # Hiding the rows, not just the widgets, so no orphan label is left behind.
        curator = self.desk.is_curator
        self.form.setRowVisible(self.warnings, bool(warnings))
        for widget in (self.override, self.override_reason):
            self.form.setRowVisible(widget, bool(warnings) and curator)
        self.form.setRowVisible(self.override_info, bool(warnings) and not curator)
        self.override_reason.setEnabled(self.override.isChecked())

    def not_on_case(self) -> list[int]:
        """The chosen facilitators the start assigns to the case, adults first: a young
        mediator may only join a case an adult already works on."""
        on_case = {m.mediator_id for m in case_mediators(self.db, self.case_id)}
        chosen = [m for m in self.chosen_facilitators() if m not in on_case]
        return sorted(chosen, key=lambda m: self.roster[m].mediator.kind != "adult")

    def problems(self) -> list[str]:
        chosen = self.chosen_facilitators()
        found = []
        if not any(self.roster[m].mediator.kind == "adult" for m in chosen):
            found.append(
                self.tr(
                    "Choose at least one adult facilitator: young mediators work "
                    "only together with an adult."
                )
            )
        found.extend(self.hard_limits())
        assigning = self.not_on_case()
        may_assign = self.desk.may(Op.ASSIGN, self.case_id)
        if assigning and not may_assign:
            found.extend(
                self.tr("{name} is not on this case: {reason}").format(
                    name=self.roster[m].mediator.full_name, reason=may_assign.reason
                )
                for m in assigning
            )
        if not any(check.isChecked() for check in self.person_checks.values()):
            found.append(self.tr("Choose who takes part."))
        if self.override.isChecked() and not self.override_reason.text().strip():
            found.append(self.tr("Write down why the curator allows it."))
        return found

    # -- starting ---------------------------------------------------------------------------

    def start(self) -> None:
        problems = self.problems()
        if problems:
            self._show(problems)
            return
        now = self.clock()
        started = self.started.date().toPython()
        taking_part = [p for p in self.people if self.person_checks[p.id].isChecked()]
        ids = {p.id for p in taking_part}
        represents = {
            pid: (combo.currentData() if combo.currentData() in ids else None)
            for pid, combo in self.represents.items()
        }
        warnings = self.current_warnings()
        run = ProgramRun.start(
            procedures()[self.program_type()],
            engine_people(taking_part, represents),
            now,
            training_warnings=warnings,
        )
        curator = self._curator_name()
        overriding = bool(warnings) and self.override.isChecked()
        if overriding:
            run.override_training(curator, self.override_reason.text(), now)
        summary = ProgramSummary(
            case_id=self.case_id,
            program_type=self.program_type(),
            status="in_progress",
            started_on=started,
            facilitator_ids=tuple(self.chosen_facilitators()),
        )
        try:
            self.program_id = self._write(run, summary, now, curator if overriding else None)
        except RoleRefused as error:
            self._show([error.message])
            return
        except ValidationError as error:
            self._show(list(error.errors.values()))
            return
        self.on_saved()
        self.accept()

    def _write(
        self, run: ProgramRun, summary: ProgramSummary, now: datetime, curator: str | None
    ) -> int:
        """All or nothing: the team, the program, its first state and the permission."""
        desk = self.desk
        with self.db.atomic():
            has_lead = any(m.role == "lead" for m in case_mediators(self.db, self.case_id))
            for mediator_id in self.not_on_case():
                adult = self.roster[mediator_id].mediator.kind == "adult"
                role = "lead" if adult and not has_lead else "co_lead"
                desk.assign_mediator(self.case_id, mediator_id, role)
                has_lead = has_lead or role == "lead"
            if self.existing is None:
                program_id = desk.add_program(summary)
            else:
                assert self.existing.id is not None
                program_id = self.existing.id
                desk.update_program(
                    program_id, replace(self.existing, facilitator_ids=summary.facilitator_ids)
                )
            desk.save_program_state(program_id, run.to_dict())
            if curator is not None:
                reason = self.override_reason.text().strip()
                desk.record_override(self.case_id, reason)
                desk.add_event(
                    self.case_id,
                    "note",
                    now.date(),
                    note=self.tr(
                        "The curator {curator} allowed the program to be led without the "
                        "training it calls for. Reason: {reason}"
                    ).format(curator=curator, reason=reason),
                    program_id=program_id,
                )
        return program_id

    def _show(self, problems: list[str]) -> None:
        self.error.setText("\n".join(problems))
        self.error.setVisible(True)

    def _curator_name(self) -> str:
        if self.desk.is_curator:
            return self.desk.actor.name
        curators = [e.mediator.full_name for e in self.roster.values() if e.mediator.is_curator]
        return (curators or [self.tr("curator")])[0]
