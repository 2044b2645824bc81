"""A finished program opened from the card of a case still open, to correct a recorded stage.

A curator who finds a wrong date in a finished program before closing the case opens the
program from the card, corrects the stage in the wizard with a reason, and sees the new day in
the card's timeline. Everything is done in the real main window with clicks and keys; the
register is seeded through the Desk.
"""

from __future__ import annotations

from datetime import timedelta

from rsdesk.access.samples import add_sample_case
from rsdesk.gui.dates import format_date
from rsdesk.gui.qt import QDialog, QWizard
from tests.helpers.clicks import click, modal
from tests.helpers.school_year.year_wizard import correct_stage
from tests.helpers.wizard import start, walk

JOINT = "Совместная встреча сторон"


def timeline_rows(card) -> list[tuple[str, str]]:
    table = card.timeline
    return [(table.item(r, 0).text(), table.item(r, 2).text()) for r in range(table.rowCount())]


def test_a_finished_program_is_corrected_from_the_card_of_an_open_case(
    open_window, qtbot, type_text
):
    desk = open_window.session.desk
    case_id = add_sample_case(desk)
    today = desk.today()
    first, second, corrected = (today - timedelta(days=n) for n in (6, 2, 4))
    open_window.show_area(1)
    area = open_window.pages["programs"]
    area.case_id = case_id
    wizard = start(area, qtbot, "restorative_mediation")
    walk(wizard, qtbot, type_text, stop_at="joint_meeting", on=first)
    walk(wizard, qtbot, type_text, on=second)
    assert wizard.currentPage().objectName() == "outcome"
    click(wizard.button(QWizard.WizardButton.FinishButton))
    # The programs area lists the programs under way: a finished one is not among them.
    assert area.rows == []

    open_window.show_area(0)
    cases = open_window.pages["cases"]
    seen: dict[str, object] = {}

    def in_wizard(opened: QDialog) -> None:
        assert isinstance(opened, QWizard)
        seen["title"] = opened.windowTitle()
        outcome = opened.currentPage()
        seen["note"] = outcome.corrections_note.text()
        seen["next steps"] = [b.isEnabled() for b in (opened.refuse_button, opened.end_button)]
        page = correct_stage(opened, JOINT, {"Дата встречи": corrected}, "Перепутали день")
        seen["banner"] = page.banner.text()
        seen["record shown"] = page.record.isVisible()
        click(opened.button(QWizard.WizardButton.CancelButton))

    def in_card(card: QDialog) -> None:
        buttons = card.program_buttons
        seen["resume"] = buttons.resume.text()
        assert (format_date(second), JOINT) in timeline_rows(card)
        modal(lambda: click(buttons.resume), in_wizard)
        seen["timeline"] = timeline_rows(card)
        card.reject()

    modal(lambda: cases.open_case(case_id), in_card)
    assert seen["resume"] == "Откр&ыть программу"
    assert "только для чтения" not in str(seen["title"])
    assert "«Исправить…»" in str(seen["note"])
    assert seen["next steps"] == [False, False]
    assert "Исправление сохранено" in str(seen["banner"]) and not seen["record shown"]
    assert (format_date(corrected), JOINT) in seen["timeline"]
    assert (format_date(second), JOINT) not in seen["timeline"]
    [entry] = desk.audit_entries(action="correct_stage")
    assert entry.reason == f"исправление этапа «{JOINT}»: Перепутали день"
