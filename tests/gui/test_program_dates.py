"""Real dates in the program screens: typed as they happened, bounded, said when out of bounds."""

from __future__ import annotations

from datetime import timedelta

from rsdesk.gui.dates import DateEdit, format_date
from rsdesk.gui.programs.dialogs import StepDialog
from rsdesk.gui.programs.people import PeopleDialog
from rsdesk.gui.qt import QDialogButtonBox, QTimer
from tests.helpers.clicks import type_date
from tests.helpers.wizard import (
    NEXT,
    click,
    explain_and_consent,
    fill,
    request_day,
    start,
    state_of,
    the_program,
    walk,
)

OK = QDialogButtonBox.StandardButton.Ok


def test_a_stage_without_a_date_of_its_own_is_dated_by_its_date_row(area, qtbot, type_text):
    wizard = start(area, qtbot, "restorative_mediation")
    walk(wizard, qtbot, type_text, stop_at="preparation")
    page = wizard.currentPage()
    assert page.stage.day_field is None
    assert isinstance(page.own_day, DateEdit) and page.own_day.isVisible()
    assert page.own_day_label.text() == "Да&та:"
    held = request_day(area) + timedelta(days=1)
    type_date(page.own_day, held)
    fill(page, qtbot, type_text)
    click(qtbot, wizard.button(NEXT))
    run = page.controller.run
    assert run.stage_day("preparation") == held
    click(qtbot, wizard.button(wizard.WizardButton.BackButton))
    assert page.banner.text() == f"✓ Этап выполнен {format_date(held)}."
    assert page.own_day.value() == held and not page.own_day.isEnabled()


def test_a_day_before_the_request_or_to_come_is_refused_in_words(area, qtbot, type_text):
    wizard = start(area, qtbot, "restorative_mediation")
    walk(wizard, qtbot, type_text, stop_at="preparation")
    page = wizard.currentPage()
    fill(page, qtbot, type_text)
    came_in = request_day(area)
    type_date(page.own_day, came_in - timedelta(days=1))
    click(qtbot, wizard.button(NEXT))
    assert wizard.currentPage() is page
    assert page.errors.isVisible()
    assert page.errors.text() == (
        f"Дата не может быть раньше {format_date(came_in)} (дня поступления заявки)."
    )
    assert not page.controller.run.completions
    type_date(page.own_day, came_in)
    click(qtbot, wizard.button(NEXT))
    page = wizard.currentPage()
    assert page.stage.key == "preliminary"
    meeting = page.day_editor
    explain_and_consent(qtbot, page.consent)
    type_date(meeting.widget, page.controller.today() + timedelta(days=1))
    fill(page, qtbot, type_text)
    click(qtbot, page.record)
    assert meeting.error.isVisible() and meeting.error.text() == "Дата не может быть в будущем."
    assert not page.controller.run.completions.get("preliminary")


def prepared_on(area, qtbot, type_text, day):
    """A mediation whose case was looked into on `day`, standing at the preliminary meetings."""
    wizard = start(area, qtbot, "restorative_mediation")
    walk(wizard, qtbot, type_text, stop_at="preparation")
    page = wizard.currentPage()
    type_date(page.own_day, day)
    fill(page, qtbot, type_text)
    click(qtbot, wizard.button(NEXT))
    return wizard


def test_consent_given_at_a_meeting_has_the_meetings_day(area, qtbot, type_text):
    wizard = prepared_on(area, qtbot, type_text, request_day(area))
    page = wizard.currentPage()
    pid = page.controller.pending(page.stage)[0]
    page.people.select(pid)
    met = request_day(area) + timedelta(days=2)
    type_date(page.day_editor.widget, met)
    explain_and_consent(qtbot, page.consent)
    fill(page, qtbot, type_text)
    type_date(page.day_editor.widget, met)  # fill() leaves dates alone; this is the one typed
    click(qtbot, page.record)
    run = page.controller.run
    assert not page.day_editor.error.isVisible(), page.day_editor.error.text()
    assert run.awareness_day(pid) == met and run.consent_day(pid) == met
    assert run.completions["preliminary"][0]["on"] == met.isoformat()
    row = page.people.ids.index(pid)
    assert [page.people.item(row, c).text() for c in (1, 2, 3)] == [format_date(met)] * 3


def test_consent_recorded_in_the_people_dialog_has_the_day_typed(area, qtbot, type_text):
    wizard = start(area, qtbot, "restorative_mediation")
    talked = request_day(area) + timedelta(days=3)
    seen = {}

    def in_dialog():
        dialog = wizard.findChild(PeopleDialog)
        dialog.table.selectRow(0)
        type_date(dialog.panel.own_day, talked)
        explain_and_consent(qtbot, dialog.panel)
        seen["state"] = dialog.panel.state.text()
        dialog.reject()

    QTimer.singleShot(0, in_dialog)
    click(qtbot, wizard.people_button)
    pid = next(iter(wizard.controller.run.participants))
    assert wizard.controller.run.consent_day(pid) == talked
    assert seen["state"] == f"✓ Разъяснено, согласие получено {format_date(talked)}."


def test_a_refusal_ends_the_program_on_the_day_typed(area, qtbot, type_text):
    wizard = start(area, qtbot, "restorative_mediation")
    refused = request_day(area) + timedelta(days=4)

    def refuse():
        dialog = wizard.findChild(StepDialog)
        dialog.who.setCurrentIndex(1)
        type_text(dialog.reason, "Не хочет встречаться")
        type_date(dialog.day, refused)
        dialog.buttons.button(OK).click()

    QTimer.singleShot(0, refuse)
    click(qtbot, wizard.refuse_button)
    program = the_program(area)
    assert program.ended_on == refused
    assert state_of(area, program.id)["ended"]["on"] == refused.isoformat()
    assert f"Дата завершения: {format_date(refused)}." in wizard.currentPage().details.text()


def test_a_dialogs_date_out_of_bounds_keeps_it_open_and_says_why(area, qtbot, type_text):
    wizard = start(area, qtbot, "restorative_mediation")
    seen = {}

    def refuse():
        dialog = wizard.findChild(StepDialog)
        dialog.who.setCurrentIndex(1)
        type_text(dialog.reason, "Не хочет встречаться")
        type_date(dialog.day, wizard.controller.today() + timedelta(days=2))
        dialog.buttons.button(OK).click()
        seen["open"], seen["error"] = dialog.isVisible(), dialog.error.text()
        dialog.reject()

    QTimer.singleShot(0, refuse)
    click(qtbot, wizard.refuse_button)
    assert seen == {"open": True, "error": "Дата не может быть в будущем."}
    assert the_program(area).status == "in_progress"
