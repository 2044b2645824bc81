"""The program wizard as a mediator uses it: every program type, the gates, resume, agenda."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from rsdesk.domain.vocabulary import PROGRAM_TYPES
from rsdesk.gui.programs.wizard import OutcomePage, ProgramWizard
from rsdesk.gui.qt import QDialogButtonBox, Qt, QTimer, QWizard
from rsdesk.vault import Vault
from tests.helpers.wizard import (
    NEXT,
    WORDS,
    click,
    explain_and_consent,
    fill,
    hold,
    start,
    state_of,
    the_program,
    timeline_of,
    walk,
)

FINISH = QWizard.WizardButton.FinishButton


@pytest.mark.parametrize("program_type", PROGRAM_TYPES)
def test_every_program_type_runs_from_start_to_outcome(area, qtbot, type_text, program_type):
    wizard = start(area, qtbot, program_type)
    assert wizard.button(NEXT).text() == "&Далее >"
    walk(wizard, qtbot, type_text)
    outcome = wizard.currentPage()
    assert outcome.result.text() == "Программа завершена с договорённостью."
    assert wizard.button(FINISH).isVisible() and wizard.button(FINISH).isEnabled()
    program = the_program(area)
    assert (program.status, program.outcome) == ("finished", "completed_with_agreement")
    assert program.ended_on == date.today()
    assert program.participants_adults + program.participants_minors > 0
    assert f"взрослых — {program.participants_adults}" in outcome.details.text()
    state = state_of(area, program.id)
    assert state["outcome"] == "completed_with_agreement"
    assert WORDS in json.dumps(state, ensure_ascii=False)
    click(qtbot, wizard.button(FINISH))
    assert area.table.rowCount() == 0  # nothing left under way


def test_joint_meeting_waits_for_every_consent_and_consent_for_awareness(area, qtbot, type_text):
    wizard = start(area, qtbot, "restorative_mediation")
    walk(wizard, qtbot, type_text, stop_at="preliminary")
    page = wizard.currentPage()
    assert page.stage.key == "preliminary"
    victim = next(pid for pid, p in page.controller.run.participants.items() if p.role == "victim")
    page.people.select(victim)
    # Consent cannot be asked before the approach and legal consequences are explained.
    assert page.consent.explained.isVisible() and not page.consent.consent.isVisible()
    page.consent.checks[0].box.setChecked(True)
    click(qtbot, page.consent.explained)
    assert "правовые последствия" in page.consent.error.text()
    assert victim not in page.controller.run.consents
    assert not page.record.isEnabled()
    assert "Сидоров Максим" in page.gate_label.text() and "соглас" in page.gate_label.text()
    # Everyone but the victim's father meets the mediator and consents.
    father = next(
        pid for pid, p in page.controller.run.participants.items() if p.represents == victim
    )
    for pid in page.controller.pending(page.stage):
        if pid == father:
            continue
        page.people.select(pid)
        explain_and_consent(qtbot, page.consent)
        fill(page, qtbot, type_text)
        click(qtbot, page.record)
    assert not wizard.button(NEXT).isEnabled()
    gate = page.gate_label.text()
    assert gate.startswith("Пока нельзя продолжить:")
    joint = wizard.page(3)
    allowed_reasons = page.controller.gate(joint.stage)
    assert any("Сидоров Олег Николаевич" in r for r in allowed_reasons)
    assert any(
        "законного представителя" in r.lower() or "представител" in r for r in allowed_reasons
    )


def test_refusal_stops_the_program_with_its_reason(area, qtbot, type_text):
    from rsdesk.gui.programs.dialogs import StepDialog

    wizard = start(area, qtbot, "circle_reconciliation")
    walk(wizard, qtbot, type_text, stop_at="preliminary")

    def refuse():
        dialog = wizard.findChild(StepDialog)
        assert dialog.windowTitle() == "Участник отказывается"
        dialog.who.setCurrentIndex(
            dialog.who.findText("Сидоров Максим", Qt.MatchFlag.MatchStartsWith)
        )
        type_text(dialog.reason, "Не готов встречаться с обидчиком")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, refuse)
    click(qtbot, wizard.refuse_button)
    outcome = wizard.currentPage()
    assert isinstance(outcome, OutcomePage)
    assert outcome.result.text() == "Программа прекращена."
    assert "Причина: Не готов встречаться с обидчиком" in outcome.details.text()
    assert "Отказ от участия: Сидоров Максим." in outcome.details.text()
    program = the_program(area)
    assert (program.status, program.outcome) == ("finished", "stopped")
    ended = state_of(area, program.id)["ended"]
    assert ended["by"] == "participant" and ended["reason"] == "Не готов встречаться с обидчиком"


@pytest.mark.parametrize(("choice", "outcome"), [(1, "stopped"), (2, "transferred")])
def test_hand_over_stops_and_transfer_transfers(area, qtbot, type_text, choice, outcome):
    from rsdesk.gui.programs.dialogs import StepDialog

    wizard = start(area, qtbot, "restorative_mediation")

    def end():
        dialog = wizard.findChild(StepDialog)
        dialog.group.buttons()[choice].setChecked(True)
        type_text(dialog.to, "Территориальная служба примирения")
        type_text(dialog.reason, "Случай вне компетенции школьной службы")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, end)
    click(qtbot, wizard.end_button)
    program = the_program(area)
    assert program.outcome == outcome
    assert isinstance(wizard.currentPage(), OutcomePage)
    passed = {
        "stopped": "Случай передан другому ведущему: Территориальная служба примирения.",
        "transferred": "Случай передан в другую службу: Территориальная служба примирения.",
    }[outcome]
    assert passed in wizard.currentPage().details.text()


def test_confidentiality_exception_is_kept_and_never_exported(area, qtbot, type_text):
    from rsdesk.gui.programs.dialogs import StepDialog

    wizard = start(area, qtbot, "restorative_mediation")
    walk(wizard, qtbot, type_text, stop_at="preliminary")
    seen = {}

    def report():
        dialog = wizard.findChild(StepDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("possible_crime"))
        type_text(dialog.to, "Инспектор ПДН Лебедева")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        seen["error"] = dialog.error.text()  # nobody was marked as told yet
        dialog.told.set_chosen([dialog.told.item(0).data(Qt.ItemDataRole.UserRole)])
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, report)
    click(qtbot, wizard.exception_button)
    assert "раскрыт" in seen["error"]
    program = the_program(area)
    state = state_of(area, program.id)
    (event,) = state["confidentiality_exceptions"]
    assert event["kind"] == "possible_crime" and event["never_export"] is True
    assert event["disclosed_to"] == "Инспектор ПДН Лебедева"
    assert "Лебедева" not in repr(program)
    assert state["history"][-1]["event"] == "confidentiality_exception"
    timeline = [event.note for event in timeline_of(area)]
    assert not any("Лебедева" in note for note in timeline)
    assert program.status == "in_progress"


def test_resume_after_closing_midway(area, qtbot, type_text, service_password):
    wizard = start(area, qtbot, "restorative_mediation")
    walk(wizard, qtbot, type_text, stop_at="joint_meeting")
    assert wizard.currentPage().stage.key == "joint_meeting"
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))  # «Закрыть»
    assert area.table.rowCount() == 1
    assert area.table.item(0, 2).text() == "Совместная встреча сторон"
    area.table.selectRow(0)
    click(qtbot, area.resume)
    reopened = area.windows[-1]
    assert reopened is not wizard
    assert reopened.currentPage().stage.key == "joint_meeting"
    click(qtbot, reopened.button(QWizard.WizardButton.BackButton))
    earlier = reopened.currentPage()
    assert earlier.stage.key == "preliminary" and earlier.done()
    assert earlier.editors[0].widget.isEnabled() is False
    click(qtbot, reopened.button(QWizard.WizardButton.CancelButton))

    program = the_program(area)
    path = area.session.vault.path
    assert area.session.close() == ""
    with Vault.open(path, service_password) as vault:
        state = json.loads(
            vault.db.execute("SELECT state FROM programs WHERE id = ?", [program.id]).fetchone()[0]
        )
    assert WORDS in state["completions"]["preparation"][0]["values"]["situation"]
    # Everyone of the sample case: the teacher and the deputy head are met too.
    assert len(state["completions"]["preliminary"]) == 6


def test_training_warning_and_the_curators_override(area, qtbot, type_text):
    def curator_leads(dialog):
        for i in range(dialog.facilitators.count()):
            item = dialog.facilitators.item(i)
            item.setCheckState(
                Qt.CheckState.Checked if "Смирнова" in item.text() else Qt.CheckState.Unchecked
            )
        assert dialog.warnings.isVisible()
        assert "модуль «М2 групповые конфликты: круг сообщества»" in dialog.warnings.text()

    wizard = start(area, qtbot, "circle_reconciliation", choose=curator_leads)
    walk(wizard, qtbot, type_text, stop_at="preparation")
    page = wizard.currentPage()
    assert page.gate_label.isVisible() and "М2 групповые конфликты" in page.gate_label.text()
    assert not wizard.button(NEXT).isEnabled()
    assert wizard.override_button.isVisible()
    from rsdesk.gui.programs.dialogs import StepDialog

    def allow():
        dialog = wizard.findChild(StepDialog)
        assert dialog.who.text() == "Смирнова Ольга Петровна"
        type_text(dialog.reason, "Ведёт вместе с опытным соведущим, под супервизией")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, allow)
    click(qtbot, wizard.override_button)
    assert not page.gate_label.isVisible()
    assert not wizard.override_button.isVisible()
    program = the_program(area)
    override = state_of(area, program.id)["training"]["override"]
    assert override["by"] == "Смирнова Ольга Петровна"
    assert override["reason"] == "Ведёт вместе с опытным соведущим, под супервизией"
    notes = [event.note for event in timeline_of(area) if event.program_id == program.id]
    assert any("Куратор Смирнова Ольга Петровна: разрешено" in n for n in notes)


def test_override_given_when_starting(area, qtbot, type_text):
    def curator_allows(dialog):
        for i in range(dialog.facilitators.count()):
            item = dialog.facilitators.item(i)
            checked = "Смирнова" in item.text()
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        dialog.override.setChecked(True)
        type_text(dialog.override_reason, "Опытный педагог, супервизия раз в неделю")

    wizard = start(area, qtbot, "family_conference", choose=curator_allows)
    run = wizard.controller.run
    assert run.training["warnings"] and run.training["override"]["reason"].startswith("Опытный")
    walk(wizard, qtbot, type_text, stop_at="preparation")
    assert not wizard.currentPage().gate_label.isVisible()


def test_agenda_shows_the_planned_follow_up(area, qtbot, type_text):
    wizard = start(area, qtbot, "restorative_mediation")
    walk(wizard, qtbot, type_text, stop_at="follow_up")
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    due = date.today() + timedelta(days=30)
    agenda = area.agenda_texts()
    planned = [t for group, items in agenda.items() for t in items if "Проверить выполнение" in t]
    assert planned == [
        f"{due:%d.%m.%Y} · {area.case_choice.itemText(0).removeprefix('случай № ')} · "
        "Проверить выполнение договорённостей: Восстановительная медиация"
    ]
    assert any(
        group.startswith("В ближайшие недели")
        for group, items in agenda.items()
        if planned[0] in items
    )
    assert area.table.item(0, 2).text() == "Как выполняется договор"


def test_case_card_starts_and_continues_a_program(area, qtbot, type_text):
    from rsdesk.gui.cases.case_card import CaseCardDialog

    card = CaseCardDialog(area.session, area.case_id, area)
    qtbot.addWidget(card)
    card.show()
    buttons = card.program_buttons
    assert buttons.start.text() == "Начать про&грамму…" and not buttons.resume.isEnabled()
    click(qtbot, buttons.start)
    dialog = buttons.opened
    dialog.type.setCurrentIndex(dialog.type.findData("preventive_program"))
    click(qtbot, dialog.ok)
    wizard = buttons.opened
    assert isinstance(wizard, ProgramWizard) and wizard.currentPage().objectName() == "intro"
    click(qtbot, wizard.button(NEXT))
    fill(wizard.currentPage(), qtbot, type_text)
    click(qtbot, wizard.button(NEXT))  # the preparation is recorded
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    assert card.programs.item(0, 1).text() == "идёт"
    assert buttons.resume.isEnabled()
    click(qtbot, buttons.resume)
    assert buttons.opened is not wizard
    assert buttons.opened.currentPage().stage.key == "preliminary"
    buttons.opened.reject()


def test_a_program_type_from_a_file_runs_in_the_wizard(area, qtbot, type_text, monkeypatch):
    """The test program type, added by a file in RSDESK_PROCEDURES, with no code change."""
    from pathlib import Path

    fixtures = Path(__file__).resolve().parents[1] / "core" / "procedures" / "fixtures"
    monkeypatch.setenv("RSDESK_PROCEDURES", str(fixtures))
    dialog = area.start_program(area.case_id)
    listed = [dialog.type.itemData(i) for i in range(dialog.type.count())]
    assert listed[: len(PROGRAM_TYPES)] == list(PROGRAM_TYPES)
    assert listed[len(PROGRAM_TYPES) :] == ["test_walk", "test_walk_short"]
    assert dialog.type.itemText(listed.index("test_walk")) == "Прогулка-примирение"
    dialog.reject()
    wizard = start(area, qtbot, "test_walk")
    assert wizard.windowTitle().startswith("Прогулка-примирение")
    walk(wizard, qtbot, type_text)
    assert wizard.currentPage().result.text() == "Программа завершена с договорённостью."
    program = the_program(area)
    assert (program.program_type, program.outcome) == ("test_walk", "completed_with_agreement")
    payload = area.session.desk.stats_preview(date.today().year)
    assert payload["programs_completed"]["restorative_mediation"] == 1
    assert "test_walk" not in payload["programs_completed"]
    click(qtbot, wizard.button(FINISH))


def test_planned_meeting_in_the_agenda_until_its_stage_is_recorded(area, qtbot, type_text):
    from rsdesk.gui.programs.dialogs import StepDialog

    wizard = start(area, qtbot, "restorative_mediation")
    walk(wizard, qtbot, type_text, stop_at="joint_meeting")
    page = wizard.currentPage()
    assert page.plan.isVisible() and page.plan.text() == "Назначить в&стречу…"
    day = date.today() + timedelta(days=3)

    def plan():
        dialog = wizard.findChild(StepDialog)
        assert dialog.windowTitle() == "Назначить встречу"
        dialog.when.set_value(day)
        type_text(dialog.at_time, "15:00")
        type_text(dialog.note, "каб. 12")
        assert dialog.with_whom.chosen()  # a joint meeting invites everyone by default
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, plan)
    click(qtbot, page.plan)
    assert page.planned.isVisible() and f"{day:%d.%m.%Y} 15:00" in page.planned.text()
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))

    agenda = area.agenda_texts()
    lines = [t for items in agenda.values() for t in items if t.startswith(f"{day:%d.%m.%Y} 15:00")]
    assert len(lines) == 1
    assert "Встреча: Совместная встреча сторон (Восстановительная медиация)" in lines[0]
    assert "Сидоров Максим" in lines[0] and lines[0].endswith("; каб. 12")
    group = next(g for g, items in agenda.items() if lines[0] in items)
    assert group.startswith("На этой неделе" if day <= _sunday() else "В ближайшие недели")
    # The meeting has a date now, so it is no longer among those to arrange.
    assert not any(g.startswith("Встречи, которые") and items for g, items in agenda.items())

    area.table.selectRow(0)
    click(qtbot, area.resume)
    reopened = area.windows[-1]
    page = reopened.currentPage()
    assert page.stage.key == "joint_meeting"
    hold(page, reopened, qtbot, type_text)
    click(qtbot, reopened.button(NEXT))
    (event,) = [event for event in timeline_of(area) if event.kind == "meeting_planned"]
    assert event.done_on == date.today()
    click(qtbot, reopened.button(QWizard.WizardButton.CancelButton))
    assert not any(
        t.startswith(f"{day:%d.%m.%Y}") for items in area.agenda_texts().values() for t in items
    )


def _sunday() -> date:
    today = date.today()
    return today + timedelta(days=6 - today.weekday())
