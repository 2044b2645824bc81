"""The program windows on a school's 1024×768 monitor with its taskbar (1024×728 to use).

Each window opens as the application opens it and is looked at: its frame lies on the screen
and its default and cancel buttons are shown whole (visible, inside the window, not cut off by
a scroll area). Qt's offscreen platform is given the small screen in a child process
(tests/helpers/child_screen.py), which runs the tests of this module that look; the test that
starts it reports what they found.
"""

from __future__ import annotations

import os

import pytest

from tests.helpers.child_screen import Screen, run_on
from tests.helpers.wizard import NEXT, click, hold, start, walk

SMALL = Screen("school", 1024, 728, "the 1024×728 screen")
SCREEN = SMALL.size
CHILD = "RSDESK_PROGRAMS_ON_SMALL_SCREEN"

on_small_screen = pytest.mark.skipif(
    os.environ.get(CHILD) != "1", reason="looks on the 1024×728 screen, from the test below"
)


@pytest.mark.skipif(os.environ.get(CHILD) == "1", reason="this is the child process")
def test_the_program_windows_fit_a_1024_by_728_screen(tmp_path):
    run = run_on(SMALL, __file__, tmp_path, options=("-x",), env={CHILD: "1"}, timeout=900)
    assert run.returncode == 0, run.stdout[-8000:] + run.stderr[-3000:]
    assert " passed" in run.stdout and "skipped" in run.stdout  # the looks ran, this one not


# --- looking --------------------------------------------------------------------------------


def shown_whole(button, window) -> str:
    """Why a button is not shown whole in its window, or ""."""
    from rsdesk.gui.qt import QPoint, QRect

    if not button.isVisible():
        return "hidden"
    rect = button.geometry()
    widget = button.parentWidget()
    while widget is not None and widget is not window:
        if not widget.rect().contains(rect):
            return f"cut off by {type(widget).__name__}"
        rect = QRect(widget.mapToParent(rect.topLeft()), rect.size())
        widget = widget.parentWidget()
    if not window.rect().contains(rect):
        return "outside the window"
    room = window.screen().availableGeometry()
    if not room.contains(QRect(button.mapToGlobal(QPoint(0, 0)), button.size())):
        return "off the screen"
    return ""


def keys_of(window) -> list:
    """The button that goes on (records, saves, «Далее») and the way out of a window."""
    from rsdesk.gui.qt import QDialogButtonBox, QWizard

    if isinstance(window, QWizard):
        ahead = [
            window.button(b)
            for b in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton)
        ]
        return [b for b in ahead if b.isVisible()] + [
            window.button(QWizard.WizardButton.CancelButton)
        ]
    box = window.findChild(QDialogButtonBox)
    return list(box.buttons())


def looks_fine(qtbot, window, name: str) -> None:
    from rsdesk.gui.qt import QApplication

    if not window.isVisible():
        window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    room = window.screen().availableGeometry()
    assert (room.width(), room.height()) == SCREEN
    frame = window.frameGeometry()
    assert room.contains(frame), (
        f"{name}: {frame.width()}×{frame.height()} at {frame.x()},{frame.y()}"
    )
    buttons = keys_of(window)
    assert buttons, name  # «Участники и согласие» has only «Закрыть»: every step there is saved
    for button in buttons:
        why = shown_whole(button, window)
        assert not why, f"{name}: «{button.text()}» {why}"


# --- the windows ----------------------------------------------------------------------------


@on_small_screen
def test_the_start_dialog(area, qtbot):
    dialog = area.start_program(area.case_id)
    looks_fine(qtbot, dialog, "start dialog")
    assert dialog.frameGeometry().height() <= SCREEN[1]
    dialog.reject()


@on_small_screen
def test_the_wizard_at_every_stage_and_while_correcting(area, qtbot, type_text):
    from rsdesk.gui.programs.stage_page import StagePage

    wizard = start(area, qtbot, "restorative_mediation")
    looks_fine(qtbot, wizard, "wizard, introduction")
    for _ in range(12):
        page = wizard.currentPage()
        looks_fine(qtbot, wizard, page.objectName())
        if not isinstance(page, StagePage):
            if page.objectName() == "outcome":
                break
            click(qtbot, wizard.button(NEXT))
            continue
        if not page.done():
            hold(page, wizard, qtbot, type_text)
        if page.correct_button.isVisible():
            click(qtbot, page.correct_button)
            looks_fine(qtbot, wizard, f"{page.objectName()}, correcting")
            click(qtbot, page.correction.cancel)
        click(qtbot, wizard.button(NEXT))
    assert wizard.currentPage().objectName() == "outcome"


@on_small_screen
def test_the_dialogs_of_the_wizard(area, qtbot, type_text):
    from rsdesk.domain.register import Participant
    from rsdesk.gui.programs import agreement, dialogs, joining, meeting_dialog, people
    from tests.helpers.wizard import add_to_case

    wizard = start(area, qtbot, "restorative_mediation")
    walk(wizard, qtbot, type_text, stop_at="follow_up")
    controller, page = wizard.controller, wizard.currentPage()
    add_to_case(area, Participant("Петров Сергей Викторович", "legal_representative", False))
    joint = controller.procedure.stage("joint_meeting")
    opened = {
        "refusal": lambda: dialogs.refusal_dialog(controller, wizard),
        "stop or pass on": lambda: dialogs.end_dialog(controller, wizard),
        "exception": lambda: dialogs.exception_dialog(controller, wizard),
        "skip": lambda: dialogs.skip_dialog(controller, page.stage, wizard),
        "plan a meeting": lambda: meeting_dialog.plan_meeting_dialog(controller, joint, wizard),
        "participants and consent": lambda: people.PeopleDialog(controller, wizard),
        "add to the program": lambda: joining.JoinDialog(controller, wizard),
        "points of the agreement": lambda: agreement.items_dialog(controller, wizard),
    }
    for name, make in opened.items():
        dialog = make()
        looks_fine(qtbot, dialog, name)
        dialog.reject()
    for choice, name in ((1, "hand over"), (2, "transfer")):
        dialog = dialogs.end_dialog(controller, wizard)
        dialog.show()
        dialog.group.buttons()[choice].setChecked(True)
        looks_fine(qtbot, dialog, name)
        dialog.reject()
