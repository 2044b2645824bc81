"""The programs area on an open vault, and walking a program wizard through it as a user does."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

from rsdesk.access.samples import add_sample_case
from rsdesk.domain.register import Event, Participant, ProgramSummary, Request
from rsdesk.gui.programs.area import ProgramsArea
from rsdesk.gui.programs.people import PeopleDialog
from rsdesk.gui.programs.stage_page import StagePage
from rsdesk.gui.programs.start_dialog import StartProgramDialog
from rsdesk.gui.programs.wizard import OutcomePage, ProgramWizard
from rsdesk.gui.qt import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QEvent,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QPoint,
    Qt,
    QTimer,
    QWidget,
    QWizard,
)
from rsdesk.gui.session import VaultSession
from rsdesk.settings import load_settings
from rsdesk.vault import Vault
from tests.helpers.clicks import type_date

NEXT = QWizard.WizardButton.NextButton
WORDS = "Поговорили спокойно, каждый высказался о случившемся"
# A conflict between a mother and a teacher: the teacher is a side of it, not a guest.
PARENT_TEACHER = (
    Participant("Андреева Ольга Петровна", "party", False),
    Participant("Кузнецова Мария Ивановна", "teacher", False),
)


@contextmanager
def programs_area(qtbot, vault: Vault) -> Iterator[ProgramsArea]:
    """The «Программы и встречи» area on an open vault with one case of six people.

    Built on its own session rather than inside the main window, so that the wizard tests do
    not depend on the other areas.
    """
    session = VaultSession(load_settings())
    session.start(vault)
    assert session.desk is not None
    case_id = add_sample_case(session.desk)
    programs = ProgramsArea(session)
    qtbot.addWidget(programs)
    programs.resize(1040, 680)
    programs.show()
    programs.refresh()
    programs.case_id = case_id
    yield programs
    programs.clear()
    session.close()


def start(area, qtbot, program_type: str, *, choose=None, case_id=None) -> ProgramWizard:
    """Start a program from the area as a user would; returns the wizard that opens."""
    dialog = area.start_program(case_id or area.case_id)
    assert isinstance(dialog, StartProgramDialog)
    dialog.type.setCurrentIndex(dialog.type.findData(program_type))
    if choose is not None:
        choose(dialog)
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    wizard = area.windows[-1]
    assert isinstance(wizard, ProgramWizard)
    return wizard


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def explain_and_consent(qtbot, panel) -> None:
    """Tick every point of the awareness checklist, then record the consent."""
    if panel.explained.isVisible():
        for check in panel.checks:
            check.box.setChecked(True)
        click(qtbot, panel.explained)
    if panel.consent.isVisible():
        click(qtbot, panel.consent)


def consent_everyone(wizard, qtbot) -> None:
    """Through «Участники и согласие…»: the teacher, the deputy head and the rest."""

    def in_dialog():
        dialog = wizard.findChild(PeopleDialog)
        for row in range(dialog.table.rowCount()):
            dialog.table.selectRow(row)
            explain_and_consent(qtbot, dialog.panel)
        dialog.reject()

    QTimer.singleShot(0, in_dialog)
    click(qtbot, wizard.people_button)


def fill(page: StagePage, qtbot, type_text) -> None:
    """Enter a plausible value in every field, typing Russian where text is asked for."""
    for editor in page.editors:
        kind, widget = editor.field.type, editor.widget
        if not widget.isEnabled():
            continue
        if kind in ("text", "multiline"):
            widget.setFocus()
            type_text(widget, WORDS)
        elif kind == "bool":
            widget.box.setChecked(True)
        elif kind == "choice":
            first = editor.group.buttons()[0]  # its indicator: the row is wider than the text
            qtbot.mouseClick(first, Qt.MouseButton.LeftButton, pos=QPoint(6, first.height() // 2))
            assert first.isChecked()
        elif kind == "participants":
            widget.set_chosen(
                [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())]
            )
        elif kind == "agreement_items":
            _frame, who, what, _by = widget.rows[0]
            who.set_chosen([who.item(0).data(Qt.ItemDataRole.UserRole)])
            type_text(what, "Извиниться и вместе починить очки")
        elif kind == "number":
            widget.setValue(max(widget.minimum() + 1, 1))


def hold(page: StagePage, wizard, qtbot, type_text, *, on: date | None = None) -> None:
    stage = page.stage
    if stage.per_participant:
        while page.controller.pending(stage):
            page.people.select(page.controller.pending(stage)[0])
            dated(page, on)
            if page.consent is not None:
                explain_and_consent(qtbot, page.consent)
            fill(page, qtbot, type_text)
            assert page.record.isEnabled(), (
                page.selected(),
                page.controller.pending(stage),
                debug(page),
            )
            click(qtbot, page.record)
        return
    if stage.requires_consent and page.gate_label.isVisible():
        consent_everyone(wizard, qtbot)
    assert not page.gate_label.isVisible(), page.gate_label.text()
    fill(page, qtbot, type_text)
    dated(page, on)


def dated(page: StagePage, day: date | None) -> None:
    """Type the day the stage was held into its date (its own field, or the «Дата» row)."""
    if day is not None:
        type_date(page.day(), day)


def walk(wizard, qtbot, type_text, stop_at: str | None = None, *, on: date | None = None) -> None:
    """Hold every stage in order and press «Далее» until the outcome (or a named stage);
    with `on`, every stage and consent is dated that day."""
    for _ in range(30):
        page = wizard.currentPage()
        if isinstance(page, OutcomePage):
            return
        if isinstance(page, StagePage):
            if page.stage.key == stop_at:
                return
            if not page.done():
                hold(page, wizard, qtbot, type_text, on=on)
        click(qtbot, wizard.button(NEXT))
        assert wizard.currentPage() is not page, debug(page)
    raise AssertionError("the wizard never reached the outcome")


def debug(page) -> str:
    if not isinstance(page, StagePage):
        return ""
    fields = {e.field.key: e.error.text() for e in page.editors if e.error.text()}
    return f"{page.errors.text()} {page.gate_label.text()} {fields} {page.isComplete()}"


def the_program(area) -> ProgramSummary:
    """The case's one program, as the signed-in user's Desk gives it."""
    (program,) = area.session.desk.programs_of(area.case_id)
    return program


def state_of(area, program_id: int) -> dict:
    """The engine state the register holds for a program."""
    return area.session.desk.program_view(program_id).progress.run.to_dict()


def timeline_of(area) -> tuple[Event, ...]:
    """The case's timeline, read again without counting as another opening of the case."""
    return area.session.desk.reread_case_card(area.case_id).timeline


def request_day(area) -> date:
    """The day the area's case came in: nothing of its programs happened before it."""
    return area.session.desk.reread_case_card(area.case_id).request.received_on


def add_to_case(area, person: Participant) -> None:
    """Someone learned of later joins the case, as the case card's «Участники» saves them."""
    desk = area.session.desk
    people = desk.reread_case_card(area.case_id).request.participants
    desk.correct_participants(area.case_id, [*people, person], reason="Стало известно позже")


def parent_teacher_case(area) -> int:
    """A second case of the area's service: a mother in conflict with a teacher."""
    desk = area.session.desk
    today = desk.today()
    request_id = desk.register_request(
        Request(
            received_on=today - timedelta(days=5),
            source="parent",
            category="educational_conflict",
            description="Мама ученика 5А считает оценки учителя несправедливыми.",
            participants=PARENT_TEACHER,
        )
    )
    case_id = desk.accept_request(
        request_id, decided_on=today - timedelta(days=4), accept_despite_warnings=True
    )
    mediator = next(m for m in desk.reread_case_card(area.case_id).mediators)
    desk.assign_mediator(case_id, mediator.mediator_id)
    area.refresh()
    return case_id


# -- keys ------------------------------------------------------------------------------------


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def alt(qtbot, letter: str) -> None:
    """A mnemonic: Alt and a (Cyrillic) letter, as the «&» in a Russian label offers it.

    QTest only knows ASCII keys, so the event carries the letter's code, as a keyboard with a
    Russian layout produces it. A button answers with an animated click: wait until no button
    is held down any more, so its action (possibly a modal dialog) has run.
    """
    widget = focused()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, ord(letter.upper()), Qt.KeyboardModifier.AltModifier, letter)
        QApplication.sendEvent(widget, event)
    qtbot.waitUntil(
        lambda: (
            not any(
                isinstance(w, QAbstractButton) and w.isDown() for w in QApplication.allWidgets()
            )
        )
    )


def mnemonics(window: QWidget) -> list[str]:
    """The Alt+letters the window offers now: its visible, enabled buttons and labels."""
    found = []
    for widget in window.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            sequence = QKeySequence.mnemonic(widget.text())
            if not sequence.isEmpty():
                found.append(sequence.toString())
    return found


def assert_mnemonics_unique(window: QWidget) -> None:
    """Two equal Alt+letters only move the focus between them, neither acts."""
    found = mnemonics(window)
    assert len(found) == len(set(found)), sorted(found)
