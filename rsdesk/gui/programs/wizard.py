"""The program wizard: an introduction, one page per stage of the procedure, and the outcome."""

from __future__ import annotations

import html

from rsdesk.gui.dates import format_date
from rsdesk.gui.programs.controller import ProgramController
from rsdesk.gui.programs.dialogs import (
    end_dialog,
    exception_dialog,
    override_dialog,
    refusal_dialog,
)
from rsdesk.gui.programs.fields import day_text
from rsdesk.gui.programs.people import DONE_STYLE, PeopleDialog
from rsdesk.gui.programs.stage_page import GATE_STYLE, StagePage
from rsdesk.gui.qt import (
    QCoreApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QShowEvent,
    QSize,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from rsdesk.gui.screen_fit import fit_to_screen

INTRO_ID = 0
READ_ONLY_STYLE = GATE_STYLE + " font-weight: bold;"
SENT_STYLE = "color: #0d47a1; background: #e8f0fe; border: 1px solid #9bb7e8; padding: 6px;"
# The wizard's own size where the screen allows: guidance, form and stage list side by side.
WANTED = QSize(1280, 800)


def ended_text(outcome: str | None) -> str:
    """How a program ended, as one sentence: «Программа завершена с договорённостью.»"""
    sentences = {
        "completed_with_agreement": QCoreApplication.translate(
            "ProgramWizard", "The program is completed with an agreement."
        ),
        "completed_without_agreement": QCoreApplication.translate(
            "ProgramWizard", "The program is completed without an agreement."
        ),
        "stopped": QCoreApplication.translate("ProgramWizard", "The program was stopped."),
        "transferred": QCoreApplication.translate(
            "ProgramWizard", "The program was transferred to another service."
        ),
    }
    return sentences.get(outcome or "", "")


class IntroPage(QWizardPage):
    """What the program is, its stages, and who takes part."""

    def __init__(self, controller: ProgramController) -> None:
        super().__init__()
        self.controller = controller
        self.setObjectName("intro")
        self.setTitle(controller.procedure.title)
        self.setSubTitle(self.tr("How this program goes"))
        self.text = QTextBrowser()
        self.text.setStyleSheet("QTextBrowser { background: #f7f6f0; font-size: 11pt; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)

    def initializePage(self) -> None:
        c = self.controller
        stages = "".join(
            f"<li>{html.escape(s.title)}"
            + (html.escape(self.tr(" (may be skipped)")) if s.optional else "")
            + "</li>"
            for s in c.procedure.stages
        )
        people = "".join(f"<li>{html.escape(c.describe(pid))}</li>" for pid in c.run.participants)
        summary = "".join(f"<p>{html.escape(b)}</p>" for b in c.procedure.summary.split("\n\n"))
        self.text.setHtml(
            summary
            + f"<p><b>{html.escape(self.tr('Stages:'))}</b></p><ol>{stages}</ol>"
            + f"<p><b>{html.escape(self.tr('Participants:'))}</b></p><ul>{people}</ul>"
            + "<p>"
            + html.escape(
                self.tr(
                    "Every step is saved as soon as it is done: you may close the wizard at any "
                    "moment and continue later from the same stage."
                )
            )
            + "</p>"
        )


class OutcomePage(QWizardPage):
    """How the program ended, and what goes to the register."""

    def __init__(self, controller: ProgramController) -> None:
        super().__init__()
        self.controller = controller
        self.setObjectName("outcome")
        self.setTitle(self.tr("Outcome of the program"))
        self.result = QLabel(wordWrap=True, objectName="outcomeText")
        self.result.setStyleSheet("font-size: 13pt;")
        self.details = QLabel(wordWrap=True, objectName="outcomeDetails")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        # A young mediator's agreement goes to the curator (the desk sends it on saving).
        self.review = QLabel(wordWrap=True, visible=False, objectName="agreementReview")
        self.review.setStyleSheet(SENT_STYLE)
        # A finished program opened from its case's card: the way to correct it.
        self.corrections_note = QLabel(wordWrap=True, visible=False, objectName="correctionsNote")
        self.corrections_note.setStyleSheet(SENT_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)
        layout.addWidget(self.review)
        layout.addWidget(self.corrections_note)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        run, program = self.controller.run, self.controller.program
        self.result.setText(ended_text(run.outcome))
        lines = []
        ended = run.ended or {}
        if run.ended_on() is not None:
            lines.append(self.tr("Ended on {date}.").format(date=format_date(run.ended_on())))
        if ended.get("reason"):
            lines.append(self.tr("Reason: {reason}").format(reason=ended["reason"]))
        if ended.get("participant"):
            lines.append(
                self.tr("Declined to take part: {name}.").format(
                    name=self.controller.name(ended["participant"])
                )
            )
        if ended.get("handed_over_to"):
            lines.append(
                self.tr("The case was handed over to another facilitator: {name}.").format(
                    name=ended["handed_over_to"]
                )
            )
        if ended.get("to"):
            lines.append(
                self.tr("The case was transferred to: {service}.").format(service=ended["to"])
            )
        lines.append(
            self.tr("Took part in meetings: adults {adults}, minors {minors}.").format(
                adults=program.participants_adults, minors=program.participants_minors
            )
        )
        if run.follow_up.get("date"):
            lines.append(
                self.tr("Check-up on the agreement: {date}.").format(
                    date=day_text(run.follow_up["date"])
                )
            )
        lines.append(
            self.tr(
                "The referring body learns only the result: whether the program took place, "
                "whether there is an agreement and whether it is kept."
            )
        )
        self.details.setText("\n\n".join(lines))
        review = {
            "pending": self.tr("The agreement has been sent to the curator for approval."),
            "signed": self.tr("The curator has approved the agreement."),
            "returned": self.tr(
                "The curator returned the agreement for rework; see the curator's reason in "
                "the case."
            ),
        }.get(self.controller.agreement_review(), "")
        self.review.setText(review)
        self.review.setVisible(bool(review))
        correctable = run.outcome is not None and not self.controller.read_only
        self.corrections_note.setText(
            self.tr(
                "No new step can be taken in a finished program. Until the case is closed, what "
                "was recorded can still be corrected: click the stage in the list of stages and "
                "press «Correct…»."
            )
            if correctable
            else ""
        )
        self.corrections_note.setVisible(correctable)


class ProgramWizard(QWizard):
    """Built from the procedure's stages; opens at the stage where the program stands."""

    def __init__(self, controller: ProgramController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("programWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        title = self.tr("{program}: case No. {number}").format(
            program=controller.procedure.title, number=controller.case_number
        )
        if controller.read_only:
            title = self.tr("{title} (read only)").format(title=title)
        self.setWindowTitle(title)
        self._fitted = False
        self.setPage(INTRO_ID, IntroPage(controller))
        stages = controller.procedure.stages
        self.stage_pages: list[StagePage] = []
        for number, stage in enumerate(stages, start=1):
            page = StagePage(controller, stage, number, len(stages))
            self.stage_pages.append(page)
            self.setPage(number, page)
        self.outcome_id = len(stages) + 1
        self.setPage(self.outcome_id, OutcomePage(controller))
        self.read_only_labels: list[QLabel] = []
        if controller.read_only:
            self._mark_read_only(controller.editable.reason)
        # Every step is already saved: closing loses nothing, so the button says so.
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        # QWizard does not take ownership of the side widget: keep a reference or it is freed.
        self.side = self._side()
        self.setSideWidget(self.side)
        self.currentIdChanged.connect(lambda _id: self._page_shown())
        self.resume()

    def sizeHint(self) -> QSize:
        return WANTED

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            fit_to_screen(self)

    def _mark_read_only(self, reason: str) -> None:
        """Say at the top of every page why nothing can be changed here; the pages still turn,
        so every stage can be read."""
        text = self.tr("Read only: {reason}").format(reason=reason)
        for page_id in self.pageIds():
            label = QLabel(text, wordWrap=True, objectName="readOnly")
            label.setStyleSheet(READ_ONLY_STYLE)
            self.page(page_id).layout().insertWidget(0, label)
            self.read_only_labels.append(label)

    def _side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 8, 0)
        self.roadmap = QListWidget(objectName="roadmap")
        self.roadmap.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.roadmap.setWordWrap(True)
        self.roadmap.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.status = QLabel(wordWrap=True, styleSheet=DONE_STYLE)
        self.people_button = QPushButton(self.tr("&Participants and consent…"))
        self.refuse_button = QPushButton(self.tr("A participant re&fuses…"))
        self.end_button = QPushButton(self.tr("&Mediator stops or passes on…"))
        self.exception_button = QPushButton(self.tr("Confidentiality e&xception…"))
        self.override_button = QPushButton(self.tr("C&urator's permission…"))
        self.override_note = QLabel(wordWrap=True, visible=False, objectName="overrideNote")
        layout.addWidget(QLabel(self.tr("Stages:")))
        layout.addWidget(self.roadmap, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.override_note)
        for button in (
            self.people_button,
            self.override_button,
            self.refuse_button,
            self.end_button,
            self.exception_button,
        ):
            button.setStyleSheet("text-align: left; padding: 4px 8px;")
            layout.addWidget(button)
        self.people_button.clicked.connect(self.show_people)
        self.refuse_button.clicked.connect(self.refuse)
        self.end_button.clicked.connect(self.end_program)
        self.exception_button.clicked.connect(self.report_exception)
        self.override_button.clicked.connect(self.override)
        # As wide as its longest button reads whole, and no wider: the page needs the room.
        widest = max(b.sizeHint().width() for b in self._side_buttons())
        side.setFixedWidth(min(max(widest + 16, 240), 340))
        # A click on a stage held (or the current one) opens it: to read it, or correct it.
        self.roadmap.itemClicked.connect(lambda item: self.go_to(self.roadmap.row(item) + 1))
        return side

    def _side_buttons(self) -> list[QPushButton]:
        return [
            self.people_button,
            self.override_button,
            self.refuse_button,
            self.end_button,
            self.exception_button,
        ]

    # -- navigation -------------------------------------------------------------------------

    def nextId(self) -> int:
        current = self.currentId()
        if current == self.outcome_id:
            return -1
        run = self.controller.run
        if run.outcome is not None:
            # Through the stages that hold a record, so that Back leads to them, then the end.
            later = [
                number
                for number, stage in enumerate(run.procedure.stages, start=1)
                if number > current and (run.completions.get(stage.key) or stage.key in run.skipped)
            ]
            return later[0] if later else self.outcome_id
        if self.controller.read_only and current == self.outcome_id - 1:
            return -1  # nothing to show past the last stage of a program not ended
        return current + 1

    def target_id(self) -> int:
        run = self.controller.run
        if run.outcome is not None:
            return self.outcome_id
        stage = run.current_stage()
        started = any(run.completions.values()) or run.skipped or run.awareness
        if stage is None or (stage == run.procedure.stages[0] and not started):
            return INTRO_ID
        return run.procedure.stages.index(stage) + 1

    def resume(self) -> None:
        """Open at the stage the program stands at, passing the done ones so Back leads to them."""
        self.restart()
        target = self.target_id()
        for _ in range(self.outcome_id + 1):
            if self.currentId() >= target:
                break
            self.next()
        self.refresh_side()

    def refresh_side(self) -> None:
        run = self.controller.run
        current = self.currentId()
        blocked = {title: reasons for title, reasons in self.controller.blocked()}
        self.roadmap.clear()
        for number, stage in enumerate(run.procedure.stages, start=1):
            if stage.key in run.skipped:
                mark = "–"
            elif stage.title in blocked:
                mark = "⚠"
            elif run.is_done(stage.key):
                mark = "✓"
            elif number == current:
                mark = "▶"
            else:
                mark = "○"
            item = QListWidgetItem(f"{mark} {stage.title}")
            if stage.title in blocked:
                item.setToolTip(" ".join(blocked[stage.title]))
            elif run.completions.get(stage.key) and not self.controller.read_only:
                item.setToolTip(self.tr("Click to open the stage and correct it if need be."))
            if number == current:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.roadmap.addItem(item)
        ended = run.outcome is not None
        self.status.setText(ended_text(run.outcome) if ended else "")
        self.status.setVisible(ended)
        waiting = bool(run.training["warnings"]) and run.training["override"] is None
        self.override_button.setVisible(waiting and not ended)
        may_override = self.controller.may_override()
        self.override_button.setEnabled(bool(may_override))
        self.override_button.setToolTip(may_override.reason)
        shown = waiting and not ended and not may_override and not self.controller.read_only
        self.override_note.setText(may_override.reason if shown else "")
        self.override_note.setVisible(shown)
        writable = not self.controller.read_only
        for button in (self.refuse_button, self.end_button):
            button.setEnabled(not ended and writable)
        self.exception_button.setEnabled(writable)
        for button in (self.refuse_button, self.end_button, self.exception_button):
            button.setToolTip("" if writable else self.controller.editable.reason)

    def go_to(self, page_id: int) -> None:
        """Turn to a page: back through the history, or on through stages already held."""
        if page_id < self.currentId():
            while self.currentId() > page_id and page_id in self.visitedIds():
                self.back()
            return
        for _ in range(self.outcome_id):
            page = self.currentPage()
            if self.currentId() >= page_id or not isinstance(page, StagePage):
                return
            if not (page.done() or self.controller.read_only) or not page.isComplete():
                return  # a stage not yet held is held on its page, not passed over
            self.next()

    def _page_shown(self) -> None:
        """A page turned to with «Назад» is not initialised again by QWizard: it reads the
        program afresh, which a step taken on a later page (someone joined, a correction) may
        have changed."""
        page = self.currentPage()
        if isinstance(page, StagePage) and page.correcting is None:
            page.refresh()
        self.refresh_side()
        self._focus_page()

    def _focus_page(self) -> None:
        """Start a stage at its first field, not in the guidance QWizard would pick: a
        keyboard user can type at once (and Shift+Tab still reaches the guidance); a stage
        already done starts on «Далее»."""
        page = self.currentPage()
        if isinstance(page, StagePage):
            target = page.first_stop() or self.button(QWizard.WizardButton.NextButton)
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def _after_change(self) -> None:
        """After a step from the side panel: show the new state, or the outcome if it ended."""
        page = self.currentPage()
        if isinstance(page, StagePage):
            page.refresh()
        self.refresh_side()
        if self.controller.run.outcome is not None and self.currentId() != self.outcome_id:
            self.next()

    # -- side actions -----------------------------------------------------------------------

    def show_people(self) -> None:
        PeopleDialog(self.controller, self).exec()
        self._after_change()

    def refuse(self) -> None:
        page = self.currentPage()
        pid = page.selected() if isinstance(page, StagePage) else None
        if refusal_dialog(self.controller, self, pid).exec():
            self._after_change()

    def end_program(self) -> None:
        if end_dialog(self.controller, self).exec():
            self._after_change()

    def report_exception(self) -> None:
        if exception_dialog(self.controller, self).exec():
            self._after_change()

    def override(self) -> None:
        if not self.controller.may_override():
            return
        if override_dialog(self.controller, self.controller.desk.actor.name, self).exec():
            self._after_change()
