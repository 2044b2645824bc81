"""A wizard page made from one procedure stage: guidance beside the fields, and the gate."""

from __future__ import annotations

import html

from rsdesk.gui.programs.controller import ProgramController, StepRefusedError
from rsdesk.gui.programs.dialogs import skip_dialog
from rsdesk.gui.programs.fields import ERROR_STYLE, FieldEditor
from rsdesk.gui.programs.meeting_dialog import plan_meeting_dialog
from rsdesk.gui.programs.people import DONE_STYLE, ConsentPanel, PeopleTable, ru_stamp
from rsdesk.gui.qt import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)
from rsdesk.procedures import Stage

GATE_STYLE = "color: #8a3b00; background: #fff4e5; border: 1px solid #f0c590; padding: 6px;"
GUIDANCE_CSS = "p { margin-bottom: 8px; } li { margin-bottom: 4px; }"


def guidance_html(stage: Stage, questions_title: str) -> str:
    """The stage's Russian guidance as paragraphs, and its example questions as a list."""
    parts = [f"<p>{html.escape(block)}</p>" for block in stage.guidance.split("\n\n") if block]
    if stage.questions:
        items = "".join(f"<li>{html.escape(q)}</li>" for q in stage.questions)
        parts.append(f"<p><b>{html.escape(questions_title)}</b></p><ul>{items}</ul>")
    return f"<style>{GUIDANCE_CSS}</style>" + "".join(parts)


class StagePage(QWizardPage):
    """Holds one stage: Next records it (or, held with each person, a button per person)."""

    def __init__(
        self, controller: ProgramController, stage: Stage, number: int, total: int
    ) -> None:
        super().__init__()
        self.controller = controller
        self.stage = stage
        self.setObjectName(f"stage-{stage.key}")
        self.setTitle(stage.title)
        self.setSubTitle(self.tr("Stage {number} of {total}").format(number=number, total=total))
        self.guidance = QTextBrowser(objectName="guidance")
        self.guidance.setHtml(guidance_html(stage, self.tr("Questions you may ask:")))
        self.guidance.setStyleSheet("QTextBrowser { background: #f7f6f0; font-size: 11pt; }")
        self.banner = QLabel(wordWrap=True, visible=False, styleSheet=DONE_STYLE)
        self.editors = [FieldEditor(field, controller.options()) for field in stage.fields]
        self.form_title = QLabel(wordWrap=True, visible=stage.per_participant)
        self.form_title.setStyleSheet("font-weight: bold;")
        self.people: PeopleTable | None = None
        self.consent: ConsentPanel | None = None
        self.record = QPushButton(visible=False)
        self.skip = QPushButton(self.tr("S&kip this stage…"), visible=stage.optional)
        # Only meetings are planned ahead; other stages are paperwork done when it is done.
        self.plan = QPushButton(self.tr("Plan a m&eeting…"), visible=stage.is_meeting)
        self.planned = QLabel(wordWrap=True, visible=False, objectName="plannedMeetings")
        self.errors = QLabel(wordWrap=True, visible=False, styleSheet=ERROR_STYLE)
        self.gate_label = QLabel(wordWrap=True, visible=False, objectName="gate")
        self.gate_label.setStyleSheet(GATE_STYLE)
        self._build()
        self.record.clicked.connect(self._record)
        self.skip.clicked.connect(self._skip)
        self.plan.clicked.connect(self._plan)

    def _build(self) -> None:
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.banner)
        column.addWidget(self.planned)
        if self.stage.per_participant:
            intro = QLabel(
                self.tr("This stage is held with each of these participants separately:"),
                wordWrap=True,
            )
            self.people = PeopleTable(self.controller)
            self.people.itemSelectionChanged.connect(self._person_changed)
            column.addWidget(intro)
            column.addWidget(self.people)
            if self.stage.collects_consent:
                self.consent = ConsentPanel(self.controller)
                self.consent.changed.connect(self.refresh)
                column.addWidget(_line())
                column.addWidget(self.consent)
            column.addWidget(_line())
            self.record.setText(self.tr("&Record the stage with this participant"))
            self.record.setVisible(True)
        elif self.stage.repeatable:
            self.record.setText(self.tr("&Record once more"))
        column.addWidget(self.form_title)
        for editor in self.editors:
            column.addWidget(editor.label)
            column.addWidget(editor.help)
            column.addWidget(editor.widget)
            column.addWidget(editor.error)
        column.addWidget(self.errors)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record)
        buttons.addWidget(self.skip)
        buttons.addWidget(self.plan)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a Tab stop of its own: it still scrolls to whichever field gets the focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.guidance)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.gate_label)

    # -- state ------------------------------------------------------------------------------

    def done(self) -> bool:
        return self.controller.run.is_done(self.stage.key)

    def initializePage(self) -> None:
        self.refresh()
        self._show_values()

    def first_stop(self) -> QWidget | None:
        """Where the keyboard starts on this page: whom to meet, else the first open field."""
        if self.people is not None and not self.done():
            return self.people
        return next((e.widget for e in self.editors if e.widget.isEnabled()), None)

    def selected(self) -> str | None:
        return self.people.current_id() if self.people is not None else None

    def refresh(self) -> None:
        """Re-read the run: who is done, what the gate says, whether Next may be pressed."""
        run = self.controller.run
        if self.people is not None:
            self.people.show_people(self.stage)
        pid = self.selected()
        if self.consent is not None:
            self.consent.show_person(pid)
        skipped = run.skipped.get(self.stage.key)
        if skipped:
            self.banner.setText(
                self.tr("This stage was skipped on {date}. Reason: {reason}").format(
                    date=ru_stamp(skipped["at"]), reason=skipped["reason"]
                )
            )
        elif self.done():
            self.banner.setText(self.tr("✓ This stage is done."))
        self.banner.setVisible(bool(skipped) or self.done())
        self.skip.setEnabled(not self.done() and run.outcome is None)
        self.plan.setEnabled(run.outcome is None and (not self.done() or self.stage.repeatable))
        self._show_planned()
        if self.stage.repeatable and not self.stage.per_participant:
            count = len(run.completions.get(self.stage.key, []))
            self.record.setVisible(count > 0 and run.outcome is None)
            if count:
                self.banner.setText(
                    self.tr("✓ Recorded {count} time(s). You may record it once more.").format(
                        count=count
                    )
                )
        if self.controller.read_only:
            # Only looking: nothing here may record, skip or plan.
            for button in (self.record, self.skip, self.plan):
                button.setVisible(False)
        self._show_gate(pid)
        self.completeChanged.emit()

    def _show_planned(self) -> None:
        """The meetings of this stage already in the agenda, so nobody plans one twice."""
        if not self.stage.is_meeting:
            return
        lines = []
        for meeting in self.controller.planned(self.stage):
            when = meeting.meeting_on.strftime("%d.%m.%Y")
            if meeting.at_time:
                when += f" {meeting.at_time}"
            names = ", ".join(self.controller.name(pid) for pid in meeting.with_ids)
            lines.append(f"• {when}" + (f" — {names}" if names else ""))
        self.planned.setText(self.tr("Planned:") + "\n" + "\n".join(lines) if lines else "")
        self.planned.setVisible(bool(lines))

    def _reasons(self, pid: str | None) -> list[str]:
        if self.controller.read_only:
            return []
        if self.controller.run.outcome is not None or (self.done() and not self.stage.repeatable):
            return []
        if self.stage.per_participant and pid is None and self.done():
            return []
        reasons = self.controller.gate(self.stage, pid)
        if (
            self.stage.collects_consent
            and pid is not None
            and pid not in self.controller.run.consents
            and not reasons
        ):
            reasons.append(
                self.tr(
                    "First explain everything to {name} and record their consent, or their refusal."
                ).format(name=self.controller.name(pid))
            )
        return reasons

    def _show_gate(self, pid: str | None) -> None:
        reasons = self._reasons(pid)
        if self.stage.per_participant and self.done():
            reasons = []
        self.gate_label.setText(
            self.tr("Not yet possible:") + "\n" + "\n".join(f"• {r}" for r in reasons)
            if reasons
            else ""
        )
        self.gate_label.setVisible(bool(reasons))
        per_person_done = (
            self.stage.per_participant
            and pid is not None
            and self.controller.completion_for(self.stage, pid) is not None
        )
        self.record.setEnabled(not reasons and not per_person_done)

    def _show_values(self) -> None:
        """A done stage shows what was recorded, read-only; an open one starts empty."""
        pid = self.selected()
        stored = (
            None
            if self.stage.repeatable and not self.stage.per_participant
            else self.controller.completion_for(self.stage, pid)
        )
        locked = stored is not None or self.controller.run.outcome is not None
        if self.stage.key in self.controller.run.skipped or self.controller.read_only:
            locked = True
        for editor in self.editors:
            editor.reset()
            if stored is not None and editor.field.key in stored:
                editor.set_value(stored[editor.field.key])
            editor.set_enabled(not locked)
        self.errors.setVisible(False)
        if self.stage.per_participant:
            self.form_title.setText(
                self.tr("The meeting with {name}").format(name=self.controller.name(pid))
                if pid
                else ""
            )

    def _person_changed(self) -> None:
        pid = self.selected()
        if self.consent is not None:
            self.consent.show_person(pid)
        self._show_values()
        self._show_gate(pid)

    def isComplete(self) -> bool:
        if self.controller.read_only:
            return True  # browsing: Next only turns the page
        if self.controller.run.outcome is not None or self.done():
            return True
        if self.stage.per_participant:
            return False
        return not self.controller.gate(self.stage)

    # -- recording --------------------------------------------------------------------------

    def values(self) -> dict:
        return {editor.field.key: editor.value() for editor in self.editors}

    def _show_refusal(self, refused: StepRefusedError) -> None:
        for editor in self.editors:
            editor.show_error(refused.field_errors.get(editor.field.key, ""))
        general = [r for r in refused.reasons if r not in refused.field_errors.values()]
        self.errors.setText("\n".join(general))
        self.errors.setVisible(bool(general))
        first = next((e for e in self.editors if e.error.isVisible()), None)
        if first is not None:
            first.widget.setFocus()

    def _try(self, pid: str | None) -> bool:
        try:
            self.controller.complete(self.stage, self.values(), pid)
        except StepRefusedError as refused:
            self._show_refusal(refused)
            return False
        return True

    def _record(self) -> None:
        """Record the stage with the chosen person, or a repeatable stage once more."""
        if self._try(self.selected()):
            self.refresh()
            self._show_values()
            self.wizard().refresh_side()  # type: ignore[attr-defined]
            if self.stage.per_participant and self.done():
                self.wizard().button(self.wizard().WizardButton.NextButton).setFocus()
            elif self.people is not None:
                self.people.setFocus()

    def _plan(self) -> None:
        dialog = plan_meeting_dialog(self.controller, self.stage, self, self.selected())
        if dialog.exec():
            self.refresh()

    def _skip(self) -> None:
        dialog = skip_dialog(self.controller, self.stage, self)
        if dialog.exec():
            self.refresh()
            self.wizard().next()

    def validatePage(self) -> bool:
        if self.controller.read_only or self.controller.run.outcome is not None or self.done():
            return True
        if self.stage.per_participant:
            return False
        ok = self._try(None)
        if ok:
            self.refresh()
        return ok


def _line() -> QFrame:
    line = QFrame(frameShape=QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
