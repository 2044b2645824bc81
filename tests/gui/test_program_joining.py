"""A participant learned of later joins the running program from «Участники и согласие»."""

from __future__ import annotations

from rsdesk.domain.register import Participant
from rsdesk.gui.programs.joining import JoinDialog
from rsdesk.gui.programs.people import PeopleDialog
from rsdesk.gui.qt import QDialogButtonBox, QWizard
from tests.helpers.wizard import (
    NEXT,
    add_to_case,
    click,
    explain_and_consent,
    hold,
    start,
    walk,
)

OK = QDialogButtonBox.StandardButton.Ok
MOTHER = "Петрова Анна Сергеевна"


def without_the_mother(dialog) -> None:
    """The start dialog with the offender's mother left out, as if nobody knew of her yet."""
    for person in dialog.people:
        if person.full_name == MOTHER:
            dialog.person_checks[person.id].setChecked(False)


def join(wizard, qtbot, run_modal, name: str, represents: str, seen: dict) -> None:
    """«Участники и согласие…» → «Добавить в программу…»: the person joins, for the minor."""

    def in_people():
        people = wizard.findChild(PeopleDialog)
        seen["note"] = people.newcomers_note.text()
        seen["enabled"] = people.add_button.isEnabled()

        def in_join():
            dialog = people.findChild(JoinDialog)
            seen["listed"] = [dialog.choice.item(i).text() for i in range(dialog.choice.count())]
            row = next(i for i, p in enumerate(dialog.people) if p.full_name == name)
            dialog.choice.setCurrentRow(row)
            seen["asks whose"] = dialog.represents.isVisible()
            dialog.represents.setCurrentIndex(dialog.represents.findText(represents))
            dialog.buttons.button(OK).click()

        run_modal(lambda: click(qtbot, people.add_button), in_join)
        seen["chosen"] = people.table.current_id()
        explain_and_consent(qtbot, people.panel)
        seen["after"] = people.newcomers_note.text()
        people.reject()

    run_modal(lambda: click(qtbot, wizard.people_button), in_people)


def test_a_mother_left_out_joins_and_the_joint_meeting_is_no_dead_end(
    area, qtbot, type_text, run_modal
):
    wizard = start(area, qtbot, "restorative_mediation", choose=without_the_mother)
    walk(wizard, qtbot, type_text, stop_at="joint_meeting")
    page = wizard.currentPage()
    assert not wizard.button(NEXT).isEnabled()
    assert "Петров Иван" in page.gate_label.text() and "законного" in page.gate_label.text()
    seen = {}
    join(wizard, qtbot, run_modal, MOTHER, "Петров Иван", seen)
    assert seen["note"] == f"Есть в случае, но пока не участвуют в программе: {MOTHER}."
    assert seen["enabled"] and seen["asks whose"]
    assert seen["listed"] == [f"{MOTHER} (родитель или законный представитель)"]
    controller = wizard.controller
    mother = next(pid for pid, name in controller.names.items() if name == MOTHER)
    assert seen["chosen"] == mother
    person = controller.run.participants[mother]
    ivan = next(pid for pid, name in controller.names.items() if name == "Петров Иван")
    assert person.represents == ivan and mother in controller.run.consents
    assert seen["after"].startswith("В программе участвуют все участники случая.")
    # She is met at a preliminary meeting too, and then the parties meet.
    assert "Петров Иван" not in page.gate_label.text()
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    preliminary = wizard.currentPage()
    assert preliminary.controller.pending(preliminary.stage) == [mother]
    hold(preliminary, wizard, qtbot, type_text)
    click(qtbot, wizard.button(NEXT))
    assert wizard.currentPage() is page
    hold(page, wizard, qtbot, type_text)
    click(qtbot, wizard.button(NEXT))
    assert wizard.currentPage().stage.key == "agreement"


def test_a_father_added_to_the_case_later_joins_the_program(area, qtbot, type_text, run_modal):
    wizard = start(area, qtbot, "restorative_mediation")
    walk(wizard, qtbot, type_text, stop_at="preliminary")
    father = "Петров Сергей Викторович"
    add_to_case(area, Participant(father, "legal_representative", False))
    seen = {}
    join(wizard, qtbot, run_modal, father, "Петров Иван", seen)
    assert seen["listed"] == [f"{father} (родитель или законный представитель)"]
    page = wizard.currentPage()
    names = [page.controller.name(pid) for pid in page.people.ids]
    assert father in names  # the preliminary meetings are held with him too
    also = next(e for e in page.editors if e.field.key == "also_present")
    offered = [also.widget.item(i).text() for i in range(also.widget.count())]
    assert any(text.startswith(father) for text in offered)
