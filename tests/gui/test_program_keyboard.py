"""The program wizard completed by keyboard alone: every step is a key sent to the focused widget.

A volunteer mediator may not handle a mouse well. From the programs area these tests open the
start dialog, pick the program type and facilitator, and walk restorative mediation and a circle
to the outcome and «Завершить» with Tab / Shift+Tab, Space, Enter, arrow keys, Alt+letter
mnemonics and Russian typing only. Widget state is read for assertions, never set.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from rsdesk.gui.programs.people import ConsentPanel, PeopleDialog, PeopleTable
from rsdesk.gui.programs.start_dialog import StartProgramDialog
from rsdesk.gui.programs.wizard import OutcomePage, ProgramWizard
from rsdesk.gui.qt import (
    QApplication,
    QDateTimeEdit,
    QDialog,
    Qt,
    QTimer,
    QWidget,
    QWizard,
)
from tests.helpers.wizard import alt, assert_mnemonics_unique, focused, state_of, the_program

Key = Qt.Key
NONE = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
WORDS = "Поговорили спокойно, каждый высказался о случившемся"
POINT = "Извиниться и вместе починить очки"


# -- keys ---------------------------------------------------------------------------------------


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    text = ""
    for attr in ("text", "accessibleName"):
        getter = getattr(widget, attr, None)
        if callable(getter) and getter():
            text = getter()
            break
    return f"{type(widget).__name__}({widget.objectName() or text[:40]!r})"


def press(qtbot, key: Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    """Press and release one key on the widget that has the focus."""
    qtbot.keyClick(focused(), key, modifier)


def type_into_focus(type_text, text: str) -> None:
    type_text(focused(), text)


def _where(widget: QWidget) -> tuple:
    # Tab steps through the day, month and year of a date editor before leaving it.
    section = widget.currentSection() if isinstance(widget, QDateTimeEdit) else None
    return (widget, section)


def tab_to(
    qtbot, predicate: Callable[[QWidget], bool], limit: int = 80, *, back: bool = False
) -> QWidget:
    """Press Tab (Shift+Tab with back) until the focused widget matches; every press must
    move the focus, so a widget that swallows Tab fails here."""
    seen = []
    for _ in range(limit):
        widget = focused()
        if predicate(widget):
            return widget
        seen.append(describe(widget))
        before = _where(widget)
        press(qtbot, Key.Key_Tab, SHIFT if back else NONE)
        assert _where(focused()) != before, f"Tab is trapped in {describe(widget)}"
    raise AssertionError(f"not reached in {limit} presses of Tab: {' → '.join(seen)}")


def tab_cycle(qtbot, limit: int = 120) -> list[QWidget]:
    """Every widget Tab reaches from the focused one, until the focus comes back to it."""
    start = focused()
    seen: list[QWidget] = []
    for _ in range(limit):
        widget = focused()
        if not seen or seen[-1] is not widget:
            seen.append(widget)
        before = _where(widget)
        press(qtbot, Key.Key_Tab)
        assert _where(focused()) != before, f"Tab is trapped in {describe(widget)}"
        if focused() is start and len(seen) > 1:  # a date editor keeps it for 3 presses
            return seen
    raise AssertionError(f"Tab never came back: {' → '.join(describe(w) for w in seen)}")


def inside(target: QWidget) -> Callable[[QWidget], bool]:
    return lambda widget: widget is target or target.isAncestorOf(widget)


def arrow_to(qtbot, condition: Callable[[], bool], limit: int = 20) -> None:
    """Arrow Down in a list, table or combo box until the condition holds."""
    for _ in range(limit):
        if condition():
            return
        press(qtbot, Key.Key_Down)
    raise AssertionError("the arrow keys never reached the wanted row")


def space_on(qtbot, target: QWidget) -> None:
    tab_to(qtbot, inside(target))
    press(qtbot, Key.Key_Space)


def modal(qtbot, trigger: Callable[[], None], drive: Callable[[QDialog], None]) -> None:
    """Open a modal dialog with trigger() and answer it with drive(dialog) once it is active.

    A mnemonic opens it after an animated click, so the dialog is looked for every few
    milliseconds rather than once; if drive() fails, the dialog is rejected so exec() returns.
    """
    outer = QApplication.activeModalWidget()
    state: dict[str, BaseException | bool] = {}
    timer = QTimer()
    timer.setInterval(10)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or dialog is outer:
            return
        if QApplication.activeWindow() is not dialog or QApplication.focusWidget() is None:
            return
        timer.stop()
        try:
            drive(dialog)
        except BaseException as error:  # re-raised below, in the test's own frame
            state["error"] = error
            while isinstance(open_one := QApplication.activeModalWidget(), QDialog):
                if open_one is outer:
                    break
                open_one.reject()
        state["done"] = True

    timer.timeout.connect(poll)
    timer.start()
    try:
        trigger()
        qtbot.waitUntil(lambda: "done" in state, timeout=5000)
    finally:
        timer.stop()
    if isinstance(state.get("error"), BaseException):
        raise state["error"]  # type: ignore[misc]
    # The offscreen platform has no window manager to activate the window underneath again
    # when the dialog closes; do what the window manager does, then it has its focus back.
    if outer is not None and QApplication.activeWindow() is None:
        outer.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is outer)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


# -- the programs area and the start dialog ----------------------------------------------------


def start_by_keyboard(area, qtbot, program_type: str, *, enter: bool = False) -> ProgramWizard:
    """From the area: Alt+Н opens the start dialog; type, facilitator, start by keyboard."""
    area.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is area)
    assert area.isAncestorOf(focused())
    alt(qtbot, "Н")  # «&Начать программу…»
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), StartProgramDialog))
    dialog = QApplication.activeWindow()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    # The dialog opens on its first question, the type of program: arrows choose it.
    assert focused() is dialog.type
    arrow_to(qtbot, lambda: dialog.program_type() == program_type)
    assert not dialog.error.isVisible()
    alt(qtbot, "М")  # «Ведущие (&медиаторы):» is the label of the list
    listed = dialog.facilitators
    assert focused() is listed
    arrow_to(qtbot, lambda: "Волкова" in listed.currentItem().text())
    # Space ticks and unticks the current facilitator.
    checked = listed.currentItem().checkState() == Qt.CheckState.Checked
    press(qtbot, Key.Key_Space)
    assert (listed.currentItem().checkState() == Qt.CheckState.Checked) is not checked
    if checked:
        press(qtbot, Key.Key_Space)
    chosen = [dialog.roster[m].mediator.full_name for m in dialog.chosen_facilitators()]
    assert chosen == ["Волкова Наталья Андреевна"]
    assert_mnemonics_unique(dialog)
    before = len(area.windows)
    if enter:
        # Enter in the date field presses the default button, «Начать программу».
        tab_to(qtbot, lambda w: w is dialog.started.line)
        press(qtbot, Key.Key_Return)
    else:
        alt(qtbot, "Н")  # «&Начать программу»
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), ProgramWizard))
    wizard = QApplication.activeWindow()
    assert wizard is area.windows[-1] and len(area.windows) == before
    qtbot.waitUntil(lambda: wizard.isAncestorOf(QApplication.focusWidget()))
    return wizard


# -- the wizard --------------------------------------------------------------------------------


def explain_and_consent(qtbot, panel: ConsentPanel, *, mnemonic: bool = False) -> None:
    """Tick every point of the awareness checklist with Space, then record the consent with
    «Всё это разъ&яснено» and «Со&гласие получено» (Space, or their Alt+letters)."""
    pid = panel.pid
    controller = panel.controller  # its run is the register's after every step
    if pid in controller.run.consents:
        return
    if panel.explained.isVisible():
        for check in panel.checks:
            space_on(qtbot, check.box)
            assert check.box.isChecked()
        if mnemonic:
            alt(qtbot, "я")
        else:
            space_on(qtbot, panel.explained)
        assert pid in controller.run.awareness
    # The focus goes on to «Согласие получено», so Space alone records it.
    assert focused() is panel.consent
    assert_mnemonics_unique(panel.window())
    if mnemonic:
        alt(qtbot, "г")
    else:
        press(qtbot, Key.Key_Space)
    assert pid in controller.run.consents


def consent_in_people_dialog(qtbot, dialog: QDialog) -> None:
    """«Участники и согласие»: each person still without consent, chosen with the arrows."""
    assert isinstance(dialog, PeopleDialog)
    table, controller = dialog.table, dialog.panel.controller
    assert focused() is table
    for pid in list(table.ids):
        if pid in controller.run.consents:
            continue
        tab_to(qtbot, lambda w: w is table, back=True)
        press(qtbot, Key.Key_Home)
        arrow_to(qtbot, lambda pid=pid: table.current_id() == pid)
        explain_and_consent(qtbot, dialog.panel)
    press(qtbot, Key.Key_Escape)


def fill_by_keyboard(qtbot, type_text, page) -> None:
    """Every field of the page reached with Tab and filled with keys."""
    for editor in page.editors:
        kind, widget = editor.field.type, editor.widget
        if not widget.isEnabled() or kind == "date":
            continue  # the date proposed (today, or a month ahead) is the one wanted
        if kind in ("text", "multiline"):
            tab_to(qtbot, inside(widget))
            type_into_focus(type_text, WORDS)
        elif kind == "bool":
            space_on(qtbot, widget.box)
        elif kind == "choice":
            # Tab enters the group of radio buttons; Space picks the focused one.
            tab_to(qtbot, lambda w, e=editor: w in e.group.buttons())
            press(qtbot, Key.Key_Space)
        elif kind == "participants":
            tab_to(qtbot, lambda w, box=widget: w is box)
            press(qtbot, Key.Key_Home)
            for row in range(widget.count()):
                assert widget.currentRow() == row
                press(qtbot, Key.Key_Space)
                press(qtbot, Key.Key_Down)
        elif kind == "agreement_items":
            _frame, who, what, _by = widget.rows[0]
            tab_to(qtbot, lambda w, box=who: w is box)
            press(qtbot, Key.Key_Space)  # the first person takes on the point
            tab_to(qtbot, lambda w, line=what: w is line)
            type_into_focus(type_text, POINT)
        elif kind == "number":
            tab_to(qtbot, lambda w, spin=widget: w is spin)
            press(qtbot, Key.Key_Up)
        assert editor.value() not in (None, "", [], False), editor.field.key


def check_tab_order(qtbot, wizard, page) -> None:
    """Tab goes round the whole page and back: every field, the page's buttons and «Далее»."""
    cycle = tab_cycle(qtbot)
    wanted = [e.widget.focusProxy() or e.widget for e in page.editors if e.widget.isEnabled()]
    for editor in page.editors:
        if editor.widget.isEnabled() and editor.field.type in ("choice", "agreement_items"):
            wanted.remove(editor.widget.focusProxy())
            wanted.append(
                editor.group.buttons()[0]
                if editor.field.type == "choice"
                else editor.widget.rows[0][1]
            )
    if page.people is not None:
        wanted.append(page.people)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    if next_button.isEnabled():  # a stage held with each person waits for all of them
        wanted.append(next_button)
    missing = [describe(w) for w in wanted if w not in cycle]
    assert not missing, f"out of the Tab order: {missing} in {[describe(w) for w in cycle]}"
    assert not any(type(w).__name__ == "QScrollArea" for w in cycle), "an empty stop"
    assert_mnemonics_unique(wizard)


def hold_by_keyboard(qtbot, type_text, wizard, page) -> None:
    stage = page.stage
    if stage.per_participant:
        table: PeopleTable = page.people
        while page.controller.pending(stage):
            pid = page.controller.pending(stage)[0]
            tab_to(qtbot, lambda w, t=table: w is t)
            press(qtbot, Key.Key_Home)
            arrow_to(qtbot, lambda pid=pid, t=table: t.current_id() == pid)
            if page.consent is not None:
                explain_and_consent(qtbot, page.consent, mnemonic=True)
            fill_by_keyboard(qtbot, type_text, page)
            alt(qtbot, "З")  # «&Записать этап с этим участником»
            assert page.controller.completion_for(stage, pid) is not None, page.errors.text()
        return
    if page.gate_label.isVisible():
        # Everyone's consent first, through «&Участники и согласие…» on the side.
        modal(
            qtbot,
            lambda: alt(qtbot, "У"),
            lambda dialog: consent_in_people_dialog(qtbot, dialog),
        )
    assert not page.gate_label.isVisible(), page.gate_label.text()
    fill_by_keyboard(qtbot, type_text, page)


def walk_by_keyboard(qtbot, type_text, wizard: ProgramWizard) -> list[str]:
    """Every stage held by keyboard; «&Далее >» with Alt+Д, once with Enter from the intro."""
    passed = []
    for _ in range(30):
        page = wizard.currentPage()
        if isinstance(page, OutcomePage):
            return passed
        if page.objectName() == "intro":
            press(qtbot, Key.Key_Return)
        else:
            passed.append(page.stage.key)
            # A stage opens with the focus on its first field (or the list of people).
            assert page.isAncestorOf(focused()) and focused() is not page.guidance
            check_tab_order(qtbot, wizard, page)
            if not page.done():
                hold_by_keyboard(qtbot, type_text, wizard, page)
            alt(qtbot, "Д")  # «&Далее >»
        assert wizard.currentPage() is not page, getattr(page, "gate_label", page).text()
    raise AssertionError("the wizard never reached the outcome")


def finish_by_keyboard(area, qtbot, wizard: ProgramWizard) -> None:
    outcome = wizard.currentPage()
    assert isinstance(outcome, OutcomePage)
    assert outcome.result.text() == "Программа завершена с договорённостью."
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.isEnabled() and finish.text() == "&Завершить"
    with qtbot.waitSignal(wizard.finished) as finished:
        alt(qtbot, "З")  # «&Завершить»
    assert finished.args == [QDialog.DialogCode.Accepted.value]
    assert area.table.rowCount() == 0  # nothing left under way


# -- the tests ----------------------------------------------------------------------------------


def test_restorative_mediation_by_keyboard_alone(area, qtbot, type_text):
    wizard = start_by_keyboard(area, qtbot, "restorative_mediation")
    assert wizard.currentPage().objectName() == "intro"
    stages = walk_by_keyboard(qtbot, type_text, wizard)
    assert stages == [
        "preparation",
        "preliminary",
        "joint_meeting",
        "agreement",
        "follow_up",
        "closure",
    ]
    run = wizard.controller.run
    assert set(run.consents) == set(run.participants)
    assert all(len(a["items"]) == 4 for a in run.awareness.values())
    program = the_program(area)
    state = state_of(area, program.id)
    assert set(state["consents"]) == set(run.participants)
    (agreement,) = state["completions"]["agreement"]
    assert agreement["values"]["items"][0]["what"] == POINT
    assert agreement["values"]["items"][0]["who"]
    assert WORDS in state["completions"]["preparation"][0]["values"]["situation"]
    finish_by_keyboard(area, qtbot, wizard)
    program = the_program(area)
    assert (program.status, program.outcome) == ("finished", "completed_with_agreement")


@pytest.mark.parametrize("program_type", ["circle_reconciliation"])
def test_a_circle_by_keyboard_alone(area, qtbot, type_text, program_type):
    wizard = start_by_keyboard(area, qtbot, program_type, enter=True)
    stages = walk_by_keyboard(qtbot, type_text, wizard)
    assert stages[:3] == ["preparation", "preliminary", "circle"]
    program = the_program(area)
    state = state_of(area, program.id)
    (circle,) = state["completions"]["circle"]
    assert circle["values"]["rounds_held"] == 1
    assert set(circle["values"]["attendees"]) == set(wizard.controller.run.participants)
    assert state["completions"]["preparation"][0]["values"]["keeper"] == WORDS
    finish_by_keyboard(area, qtbot, wizard)
    program = the_program(area)
    assert (program.program_type, program.status) == (program_type, "finished")


def test_shift_tab_goes_back_through_the_same_stops(area, qtbot, type_text):
    wizard = start_by_keyboard(area, qtbot, "restorative_mediation")
    press(qtbot, Key.Key_Return)
    page = wizard.currentPage()
    assert page.stage.key == "preparation"
    forward = tab_cycle(qtbot)
    start = focused()
    backward = [start]
    for _ in range(len(forward) * 4):
        press(qtbot, Key.Key_Tab, SHIFT)
        if focused() is start:
            break
        if backward[-1] is not focused():
            backward.append(focused())
    assert backward == [start, *reversed(forward[1:])]


def test_a_point_added_by_keyboard_joins_the_tab_order_in_place(area, qtbot, type_text):
    wizard = start_by_keyboard(area, qtbot, "restorative_mediation")
    press(qtbot, Key.Key_Return)
    while wizard.currentPage().stage.key != "agreement":
        hold_by_keyboard(qtbot, type_text, wizard, wizard.currentPage())
        alt(qtbot, "Д")
    page = wizard.currentPage()
    (items,) = [e.widget for e in page.editors if e.field.type == "agreement_items"]
    assert focused() is items.rows[0][1]  # the page opens on «Кто» of the first point
    alt(qtbot, "в")  # «Доба&вить пункт»
    assert len(items.rows) == 2
    _frame, who, what, by = items.rows[1]
    assert focused() is who
    press(qtbot, Key.Key_Space)
    tab_to(qtbot, lambda w: w is what, limit=2)
    type_into_focus(type_text, POINT)
    tab_to(qtbot, lambda w: w is by.line, limit=2)
    tab_to(qtbot, lambda w: w is items.add, limit=4)  # the calendar, «Убрать пункт»
    press(qtbot, Key.Key_Tab, SHIFT)
    assert focused() is items.removers[items.rows[1][0]]
    press(qtbot, Key.Key_Space)  # «Убрать пункт» takes the second point away again
    assert len(items.rows) == 1 and focused() is items.rows[0][1]


def test_refusal_dialog_by_keyboard(area, qtbot, type_text):
    wizard = start_by_keyboard(area, qtbot, "circle_reconciliation")
    press(qtbot, Key.Key_Return)

    def refuse(dialog: QDialog) -> None:
        assert dialog.windowTitle() == "Участник отказывается"
        assert focused() is dialog.who
        arrow_to(qtbot, lambda: dialog.who.currentText().startswith("Сидоров Максим"))
        alt(qtbot, "п")  # «&Причина, его словами:»
        assert focused() is dialog.reason
        type_into_focus(type_text, "Не готов встречаться")
        alt(qtbot, "к")  # back to «&Кто отказывается:»; Enter there presses the default
        assert focused() is dialog.who
        press(qtbot, Key.Key_Return)

    modal(qtbot, lambda: alt(qtbot, "о"), refuse)  # «Участник &отказывается…»
    assert isinstance(wizard.currentPage(), OutcomePage)
    assert "Причина: Не готов встречаться" in wizard.currentPage().details.text()
    program = the_program(area)
    assert (program.status, program.outcome) == ("finished", "stopped")
