"""A wizard page made from one procedure stage: guidance beside the fields, and the gate."""

from __future__ import annotations

import html

from rsdesk.gui.dates import DateEdit, format_date
from rsdesk.gui.programs.agreement import items_dialog
from rsdesk.gui.programs.controller import Blocked, ProgramController, StepRefusedError
from rsdesk.gui.programs.correction import CorrectionBar, blocked_text
from rsdesk.gui.programs.dialogs import skip_dialog
from rsdesk.gui.programs.fields import day_text
from rsdesk.gui.programs.meeting_dialog import plan_meeting_dialog
from rsdesk.gui.programs.people import DONE_STYLE, ConsentPanel, PeopleTable
from rsdesk.gui.programs.stage_form import StageForm
from rsdesk.gui.qt import (
    QComboBox,
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
    """Holds one stage: Next records it (or, held with each person, a button per person).

    A recorded stage can be corrected: «Исправить…» opens its form filled with the record,
    and «Сохранить исправление» replaces it, with a reason, saying what later stages it
    leaves blocked.
    """

    def __init__(
        self, controller: ProgramController, stage: Stage, number: int, total: int
    ) -> None:
        super().__init__()
        self.controller = controller
        self.stage = stage
        self.correcting: int | None = None  # the index of the record being corrected
        self.setObjectName(f"stage-{stage.key}")
        self.setTitle(stage.title)
        self.setSubTitle(self.tr("Stage {number} of {total}").format(number=number, total=total))
        self.guidance = QTextBrowser(objectName="guidance")
        self.guidance.setHtml(guidance_html(stage, self.tr("Questions you may ask:")))
        self.guidance.setStyleSheet("QTextBrowser { background: #f7f6f0; font-size: 11pt; }")
        self.banner = QLabel(wordWrap=True, visible=False, styleSheet=DONE_STYLE)
        self.correct_button = QPushButton(self.tr("C&orrect…"), visible=False)
        self.records = QComboBox(visible=False, objectName="records")
        self.blocked_label = QLabel(wordWrap=True, visible=False, objectName="blocked")
        self.blocked_label.setStyleSheet(GATE_STYLE)
        self.form = StageForm(controller, stage)
        # The form's parts, as a reader of the page (and its tests) looks for them.
        self.editors, self.day_editor = self.form.editors, self.form.day_editor
        self.own_day, self.own_day_label = self.form.own_day, self.form.own_day_label
        self.kept, self.errors = self.form.kept, self.form.errors
        self.form_title = QLabel(wordWrap=True, visible=stage.per_participant)
        self.form_title.setStyleSheet("font-weight: bold;")
        self.people: PeopleTable | None = None
        self.consent: ConsentPanel | None = None
        self.record = QPushButton(visible=False)
        self.skip = QPushButton(self.tr("S&kip this stage…"), visible=stage.optional)
        # Only meetings are planned ahead; other stages are paperwork done when it is done.
        self.plan = QPushButton(self.tr("Plan a m&eeting…"), visible=stage.is_meeting)
        self.change_points = QPushButton(self.tr("Change the poi&nts…"), visible=False)
        self.planned = QLabel(wordWrap=True, visible=False, objectName="plannedMeetings")
        self.correction = CorrectionBar(controller, stage)
        self.gate_label = QLabel(wordWrap=True, visible=False, objectName="gate")
        self.gate_label.setStyleSheet(GATE_STYLE)
        self._build()
        self.record.clicked.connect(self._record)
        self.skip.clicked.connect(self._skip)
        self.plan.clicked.connect(self._plan)
        self.correct_button.clicked.connect(self.start_correction)
        self.change_points.clicked.connect(self._change_points)
        self.correction.save.clicked.connect(self.save_correction)
        self.correction.cancel.clicked.connect(self.cancel_correction)
        self.records.currentIndexChanged.connect(lambda _i: self._records_changed())

    def _build(self) -> None:
        content = QWidget()
        column = QVBoxLayout(content)
        done_row = QHBoxLayout()
        done_row.addWidget(self.banner, 1)
        done_row.addWidget(self.records)
        done_row.addWidget(self.correct_button)
        column.addLayout(done_row)
        column.addWidget(self.blocked_label)
        column.addWidget(self.planned)
        self.form.add_day_row(column)
        if self.stage.per_participant:
            intro = QLabel(
                self.tr("This stage is held with each of these participants separately:"),
                wordWrap=True,
            )
            self.people = PeopleTable(self.controller)
            self.people.person_changed.connect(self._person_changed)
            column.addWidget(intro)
            column.addWidget(self.people)
            if self.stage.collects_consent:
                # Consent given at this meeting is dated with the meeting's day.
                self.consent = ConsentPanel(self.controller, day=self.day)
                self.consent.changed.connect(self.refresh)
                column.addWidget(_line())
                column.addWidget(self.consent)
            column.addWidget(_line())
            self.record.setText(self.tr("&Record the stage with this participant"))
            self.record.setVisible(True)
        elif self.stage.repeatable:
            self.record.setText(self.tr("&Record once more"))
        column.addWidget(self.form_title)
        self.form.add_fields(column)
        column.addWidget(self.correction)
        buttons = QHBoxLayout()
        for button in (self.record, self.skip, self.plan, self.change_points):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(1)
        self.scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a Tab stop of its own: it still scrolls to whichever field gets the focus.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.guidance)
        self.splitter.addWidget(self.scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        self.guidance.setMinimumWidth(160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.gate_label)

    # -- state ------------------------------------------------------------------------------

    def day(self) -> DateEdit:
        return self.form.day()

    def done(self) -> bool:
        return self.controller.run.is_done(self.stage.key)

    def initializePage(self) -> None:
        self._end_correction()
        self.refresh()
        self._show_values()

    def cleanupPage(self) -> None:
        """Leaving with «Назад» gives up a correction not saved, as «Отменить» would."""
        self._end_correction()
        super().cleanupPage()

    def first_stop(self) -> QWidget | None:
        """Where the keyboard starts on this page: whom to meet, else the first open field."""
        if self.people is not None and not self.done():
            return self.people
        return self.form.first_field()

    def selected(self) -> str | None:
        return self.people.current_id() if self.people is not None else None

    def refresh(self) -> None:
        """Re-read the run: who is done, what the gate says, whether Next may be pressed."""
        run = self.controller.run
        self.form.offer(self.controller.options())  # someone may have joined the program
        if self.people is not None:
            self.people.show_people(self.stage)
        pid = self.selected()
        if self.consent is not None:
            self.consent.show_person(pid)
        ended = run.outcome is not None
        self._show_banner()
        self.skip.setEnabled(not self.done() and not ended)
        self.plan.setEnabled(not ended and (not self.done() or self.stage.repeatable))
        self._show_planned()
        if self.stage.repeatable and not self.stage.per_participant:
            self.record.setVisible(bool(self.controller.entries(self.stage)) and not ended)
        elif self.stage.per_participant:
            self.record.setVisible(not ended)  # a finished program takes no new record
        self._show_records()
        holds_points = bool(self.stage.bound("agreement_items") or self.stage.bound("fulfilment"))
        self.change_points.setVisible(holds_points and bool(run.agreement_items))
        if self.controller.read_only:
            # Only looking: nothing here may record, skip, plan or correct.
            for button in (
                self.record,
                self.skip,
                self.plan,
                self.correct_button,
                self.change_points,
            ):
                button.setVisible(False)
        if self.correcting is not None:
            for button in (self.record, self.skip, self.plan, self.correct_button):
                button.setVisible(False)
        self._show_blocked()
        self._show_gate(pid)
        self.completeChanged.emit()

    def _show_banner(self) -> None:
        run = self.controller.run
        skipped = run.skipped.get(self.stage.key)
        count = len(self.controller.entries(self.stage))
        if self.correcting is not None:
            # Said at the top, where the form begins; the reason and «Сохранить» follow it.
            text = self.correction.heading
        elif skipped:
            text = self.tr("This stage was skipped on {date}. Reason: {reason}").format(
                date=day_text(skipped), reason=skipped["reason"]
            )
        elif self.stage.repeatable and not self.stage.per_participant and count:
            text = self.tr("✓ Recorded: {count}. You may record it once more.").format(count=count)
        elif self.done() and not self.stage.per_participant:
            text = self.tr("✓ This stage was held on {date}.").format(
                date=format_date(run.stage_day(self.stage.key))
            )
        elif self.done():
            text = self.tr("✓ This stage is done.")
        else:
            text = ""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _show_records(self) -> None:
        """«Исправить…» for the record shown; for a stage recorded several times, which one."""
        entries = self.controller.entries(self.stage)
        several = self.stage.repeatable and not self.stage.per_participant and len(entries) > 1
        if several:
            keep = self.records.currentData()
            self.records.blockSignals(True)
            self.records.clear()
            for index, entry in enumerate(entries):
                self.records.addItem(
                    self.tr("record {number} of {date}").format(
                        number=index + 1, date=day_text(entry)
                    ),
                    index,
                )
            self.records.setCurrentIndex(
                self.records.findData(keep) if keep is not None else len(entries) - 1
            )
            self.records.blockSignals(False)
        self.records.setVisible(several and self.correcting is None)
        self.correct_button.setVisible(
            self._entry_index() is not None and not self.controller.read_only
        )

    def _entry_index(self) -> int | None:
        """The record «Исправить…» corrects: the chosen person's, the chosen one, the only one."""
        entries = self.controller.entries(self.stage)
        if not entries:
            return None
        if self.stage.per_participant:
            return self.controller.entry_for(self.stage, self.selected())
        if self.records.isVisibleTo(self) and self.records.currentData() is not None:
            return self.records.currentData()
        return len(entries) - 1

    def _records_changed(self) -> None:
        if self.correcting is None:
            self._show_values()

    def _show_blocked(self, blocked: Blocked | None = None) -> None:
        """What no longer holds for this stage (after a correction of an earlier one), or,
        just after a correction here, what it left blocked further on."""
        if blocked is None:
            blocked = [b for b in self.controller.blocked() if b[0] == self.stage.title]
        self.blocked_label.setText(blocked_text(blocked))
        self.blocked_label.setVisible(bool(blocked))

    def _show_planned(self) -> None:
        """The meetings of this stage already in the agenda, so nobody plans one twice."""
        if not self.stage.is_meeting:
            return
        lines = []
        for meeting in self.controller.planned(self.stage):
            when = format_date(meeting.meeting_on)
            if meeting.at_time:
                when += f" {meeting.at_time}"
            names = ", ".join(self.controller.name(pid) for pid in meeting.with_ids)
            lines.append(f"• {when}" + (f" — {names}" if names else ""))
        self.planned.setText(self.tr("Planned:") + "\n" + "\n".join(lines) if lines else "")
        self.planned.setVisible(bool(lines))

    def _reasons(self, pid: str | None) -> list[str]:
        if self.controller.read_only or self.correcting is not None:
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

    def _stored(self) -> dict | None:
        """The record the form shows: the chosen person's or the chosen one; None: a new one."""
        if self.stage.repeatable and not self.stage.per_participant and self.correcting is None:
            return None
        index = self.correcting if self.correcting is not None else self._entry_index()
        return self.controller.entries(self.stage)[index] if index is not None else None

    def _show_values(self) -> None:
        """A done stage shows what was recorded, read-only (editable while corrected); an
        open one starts empty."""
        entry = self._stored()
        run = self.controller.run
        locked = entry is not None or run.outcome is not None
        if self.stage.key in run.skipped or self.controller.read_only:
            locked = True
        self.form.show_entry(entry, locked=locked and self.correcting is None)
        if self.stage.per_participant:
            pid = self.selected()
            self.form_title.setText(
                self.tr("The meeting with {name}").format(name=self.controller.name(pid))
                if pid
                else self.tr("Choose a participant in the table above.")
            )

    def _person_changed(self) -> None:
        pid = self.selected()
        if self.consent is not None:
            self.consent.show_person(pid)
        self._show_values()
        self._show_records()
        self._show_gate(pid)

    def isComplete(self) -> bool:
        if self.correcting is not None:
            return False  # save or cancel the correction first
        if self.controller.read_only:
            return True  # browsing: Next only turns the page
        if self.controller.run.outcome is not None or self.done():
            return True
        if self.stage.per_participant:
            return False
        return not self.controller.gate(self.stage)

    # -- recording --------------------------------------------------------------------------

    def _try(self, pid: str | None) -> bool:
        if not self.form.dates_typed():
            return False
        try:
            self.controller.complete(
                self.stage,
                self.form.values(),
                pid,
                on=self.form.on(),
                item_fulfilment=self.form.item_fulfilment(),
            )
        except StepRefusedError as refused:
            self.form.show_refusal(refused)
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

    def _change_points(self) -> None:
        dialog = items_dialog(self.controller, self)
        if dialog.exec():
            self._after_correction(dialog.blocked)  # type: ignore[attr-defined]

    # -- correcting -------------------------------------------------------------------------

    def start_correction(self) -> None:
        """The recorded values in the form, editable, with the reason asked below them."""
        index = self._entry_index()
        if index is None:
            return
        self.correcting = index
        self._show_values()
        self.correction.open_for(self.controller.entries(self.stage)[index])
        if self.people is not None:
            self.people.setEnabled(False)
        self.refresh()
        target = self.form.first_field() or self.correction.first_stop()
        target.setFocus()
        self.scroll.ensureWidgetVisible(target)

    def save_correction(self) -> None:
        if self.correcting is None or not self.form.dates_typed():
            return
        try:
            blocked = self.controller.correct(
                self.stage,
                self.correcting,
                self.form.values(),
                pid=self.correction.participant(),
                on=self.form.on(),
                reason=self.correction.reason.text(),
                item_fulfilment=self.form.item_fulfilment(),
            )
        except StepRefusedError as refused:
            self.form.show_refusal(refused)
            # What no field of the form shows is said beside the reason and the buttons.
            self.correction.say(self.errors.text())
            self.errors.setVisible(False)
            if "reason" in refused.field_errors:
                self.correction.reason.setFocus()
            if self.correction.error.isVisible():
                self.scroll.ensureWidgetVisible(self.correction.save)  # the error is above it
            return
        self._after_correction(blocked)

    def _after_correction(self, blocked: Blocked) -> None:
        self.cancel_correction()
        self.banner.setText(self.banner.text() + " " + self.tr("The correction is saved."))
        self._show_blocked(blocked)
        self.wizard().refresh_side()  # type: ignore[attr-defined]

    def _end_correction(self) -> None:
        self.correcting = None
        self.correction.setVisible(False)
        if self.people is not None:
            self.people.setEnabled(True)

    def cancel_correction(self) -> None:
        self._end_correction()
        self.refresh()
        self._show_values()
        self.correct_button.setFocus()

    def validatePage(self) -> bool:
        if self.correcting is not None:
            return False
        if self.controller.read_only or self.controller.run.outcome is not None or self.done():
            return True
        if self.stage.per_participant:
            return False
        ok = self._try(None)
        if ok:
            self.refresh()
            self._show_values()  # as recorded, read-only, should Back lead here again
        return ok


def _line() -> QFrame:
    line = QFrame(frameShape=QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
