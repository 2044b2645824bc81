"""Defects of the program screens found while living through a school year, each kept fixed."""

from __future__ import annotations

from rsdesk.gui.dates import format_date
from rsdesk.gui.programs.dialogs import StepDialog, end_dialog, exception_dialog
from rsdesk.gui.programs.meeting_dialog import plan_meeting_dialog
from rsdesk.gui.programs.people import PeopleDialog
from rsdesk.gui.qt import QDialogButtonBox, Qt, QTimer, QWizard
from tests.helpers.wizard import (
    WORDS,
    click,
    explain_and_consent,
    parent_teacher_case,
    start,
    the_program,
    walk,
)

OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel


def _notes(page):
    return next(e for e in page.editors if e.field.key == "notes")


def _report_exception(wizard, qtbot, type_text) -> None:
    """A possible crime passed on to the inspector, everyone told beforehand."""

    def report():
        dialog = wizard.findChild(StepDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("possible_crime"))
        dialog.told.set_chosen(
            [dialog.told.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.told.count())]
        )
        type_text(dialog.to, "Инспектор ПДН Лебедева")
        dialog.buttons.button(OK).click()

    QTimer.singleShot(0, report)
    click(qtbot, wizard.exception_button)


def test_a_confidentiality_exception_keeps_what_was_typed_on_the_stage(area, qtbot, type_text):
    wizard = start(area, qtbot, "restorative_mediation")
    walk(wizard, qtbot, type_text, stop_at="preliminary")
    page = wizard.currentPage()
    person = page.controller.pending(page.stage)[0]
    page.people.select(person)
    explain_and_consent(qtbot, page.consent)
    notes = _notes(page)
    notes.widget.setFocus()
    type_text(notes.widget, WORDS)
    _report_exception(wizard, qtbot, type_text)
    assert page.controller.run.confidentiality_exceptions  # it was recorded
    assert page.selected() == person
    assert notes.value() == WORDS  # and the meeting's notes are still there
    click(qtbot, page.record)
    assert page.controller.completion_for(page.stage, person)["notes"] == WORDS


def test_the_teacher_of_a_parent_teacher_conflict_is_met_and_invited(area, qtbot, type_text):
    case_id = parent_teacher_case(area)
    wizard = start(area, qtbot, "restorative_mediation", case_id=case_id)
    walk(wizard, qtbot, type_text, stop_at="preliminary")
    page = wizard.currentPage()
    names = [page.controller.name(pid) for pid in page.people.ids]
    assert names == ["Андреева Ольга Петровна", "Кузнецова Мария Ивановна"]
    dialog = plan_meeting_dialog(page.controller, page.stage, wizard)
    invited = [dialog.with_whom.item(i).text() for i in range(dialog.with_whom.count())]
    assert [text.split(" (")[0] for text in invited] == names
    dialog.reject()


def test_a_refusal_asks_who_refuses_when_nobody_is_chosen(area, qtbot, type_text):
    wizard = start(area, qtbot, "restorative_mediation")
    walk(wizard, qtbot, type_text, stop_at="preparation")
    seen = {}

    def refuse():
        dialog = wizard.findChild(StepDialog)
        seen["who"] = dialog.who.currentText()
        type_text(dialog.reason, "Не готов")
        dialog.buttons.button(OK).click()
        seen["error"] = dialog.error.text()
        dialog.reject()

    QTimer.singleShot(0, refuse)
    click(qtbot, wizard.refuse_button)
    assert seen == {"who": "— выберите, кто отказывается —", "error": "Выберите, кто отказывается."}
    assert the_program(area).status == "in_progress"


def test_an_exception_needs_no_choice_of_the_only_participant(area, qtbot, type_text):
    def only_the_victim(dialog):
        for pid, check in dialog.person_checks.items():
            check.setChecked(
                dialog.people[[p.id for p in dialog.people].index(pid)].role == "victim"
            )

    wizard = start(area, qtbot, "restorative_mediation", choose=only_the_victim)
    dialog = exception_dialog(wizard.controller, wizard)
    assert dialog.told.chosen() == list(wizard.controller.run.participants)
    dialog.reject()


def test_the_agenda_shows_no_empty_headings(area, qtbot, type_text):
    wizard = start(area, qtbot, "restorative_mediation")
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    headings = [
        area.agenda.topLevelItem(i).text(0)
        for i in range(area.agenda.topLevelItemCount())
        if not area.agenda.topLevelItem(i).isHidden()
    ]
    assert headings == []  # nothing planned, nothing due, no meeting stage reached yet
    wizard = area.open_program(the_program(area).id)
    walk(wizard, qtbot, type_text, stop_at="preliminary")
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    assert list(area.agenda_texts()) == ["Встречи, для которых ещё не назначена дата"]
    assert not any("(0)" in heading for heading in area.agenda_texts())


def test_the_programs_table_keeps_every_column_in_view(area, qtbot, type_text):
    def both(dialog):
        for i in range(dialog.facilitators.count()):
            dialog.facilitators.item(i).setCheckState(Qt.CheckState.Checked)

    wizard = start(area, qtbot, "restorative_mediation", choose=both)
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    area.resize(760, 600)  # the area beside the main window's list of areas, at 1024
    qtbot.wait(20)
    table = area.table
    width = table.viewport().width()
    for column in range(table.columnCount()):
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert right <= width, table.horizontalHeaderItem(column).text()
    assert table.columnWidth(2) >= 120  # «Где сейчас» is not squeezed to nothing
    assert table.item(0, 4).text() == format_date(area.session.desk.today())
    assert "Смирнова Ольга Петровна" in table.item(0, 3).text()


def test_dialog_buttons_say_what_they_do(area, qtbot, type_text):
    wizard = start(area, qtbot, "restorative_mediation")
    controller = wizard.controller
    stage = controller.procedure.stages[1]
    for dialog in (
        end_dialog(controller, wizard),
        exception_dialog(controller, wizard),
        plan_meeting_dialog(controller, stage, wizard),
    ):
        assert dialog.buttons.button(OK).text() not in ("OK", "&OK", "")
        assert dialog.buttons.button(CANCEL).text() == "Отмена"
        dialog.reject()
    people = PeopleDialog(controller, wizard)
    assert [b.text() for b in people.buttons.buttons()] == ["Закрыть"]
    people.reject()


def test_the_hand_over_says_to_whom_in_a_sentence(area, qtbot, type_text):
    wizard = start(area, qtbot, "restorative_mediation")
    dialog = end_dialog(wizard.controller, wizard)
    dialog.show()
    assert not dialog.to.isVisible()  # stopping the program passes it on to nobody
    dialog.group.buttons()[1].setChecked(True)
    assert dialog.to_label.text() == "&Кому из ведущих передаётся случай:"
    dialog.group.buttons()[2].setChecked(True)
    assert dialog.to_label.text() == "&В какую службу передаётся случай:"
    dialog.reject()


def test_a_program_not_begun_yet_says_so_where_it_would_be_dated(app, qtbot, tmp_path):
    from rsdesk.access.service_files import practice_file
    from rsdesk.gui.programs.area import ProgramsArea
    from rsdesk.gui.session import VaultSession
    from rsdesk.settings import load_settings
    from rsdesk.vault import Vault

    vault = Vault.attach(practice_file(tmp_path / "practice.rsdv", "Учебный пароль", cases=160))
    session = VaultSession(load_settings())
    session.start(vault)
    try:
        area = ProgramsArea(session)
        qtbot.addWidget(area)
        area.refresh()
        planned = [r for r, row in enumerate(area.rows) if row.started_on is None]
        begun = [r for r, row in enumerate(area.rows) if row.started_on is not None]
        assert planned and begun, [(row.case_number, row.started_on) for row in area.rows]
        assert {area.table.item(r, 4).text() for r in planned} == {"ещё не начата"}
        for r in begun:
            assert area.table.item(r, 4).text() == format_date(area.rows[r].started_on)
    finally:
        session.close()
        vault.close()
