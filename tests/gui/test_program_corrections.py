"""Correcting what a program recorded: a stage's day, people and fields, the agreement's points,
and how each point was kept; with a reason, and saying what later stages it leaves blocked."""

from __future__ import annotations

from datetime import timedelta

from rsdesk.gui.dates import format_date
from rsdesk.gui.programs.dialogs import StepDialog
from rsdesk.gui.programs.stage_page import StagePage
from rsdesk.gui.qt import QApplication, QDialogButtonBox, Qt, QTimer, QWizard
from tests.helpers.clicks import type_date
from tests.helpers.wizard import (
    NEXT,
    alt,
    assert_mnemonics_unique,
    click,
    fill,
    request_day,
    start,
    walk,
)

OK = QDialogButtonBox.StandardButton.Ok
BACK = QWizard.WizardButton.BackButton


def back_to(wizard, qtbot, key: str) -> StagePage:
    while wizard.currentPage().objectName() != f"stage-{key}":
        click(qtbot, wizard.button(BACK))
    return wizard.currentPage()


def test_a_recorded_stage_opens_filled_and_is_corrected_with_a_reason(area, qtbot, type_text):
    wizard = start(area, qtbot, "restorative_mediation")
    walk(wizard, qtbot, type_text, stop_at="preliminary")
    page = back_to(wizard, qtbot, "preparation")
    situation = next(e for e in page.editors if e.field.key == "situation")
    assert page.correct_button.isVisible() and page.correct_button.text() == "&Исправить…"
    assert not situation.widget.isEnabled()
    click(qtbot, page.correct_button)
    # The form holds the record, editable; «Далее» waits until it is saved or given up.
    assert situation.widget.isEnabled() and "Поговорили спокойно" in situation.value()
    assert page.own_day.isEnabled() and page.correction.isVisible()
    assert not wizard.button(NEXT).isEnabled()
    earlier = request_day(area) + timedelta(days=1)
    type_date(page.own_day, earlier)
    situation.widget.selectAll()
    type_text(situation.widget, "Драка на перемене, очки разбиты")
    click(qtbot, page.correction.save)
    assert page.correction.isVisible()  # no reason yet: nothing saved
    assert page.correction.error.text() == "Укажите причину."
    assert page.controller.run.stage_day("preparation") != earlier
    type_text(page.correction.reason, "Дата была введена с ошибкой")
    click(qtbot, page.correction.save)
    run = page.controller.run
    assert not page.correction.isVisible()
    assert run.stage_day("preparation") == earlier
    assert run.completions["preparation"][0]["values"]["situation"] == (
        "Драка на перемене, очки разбиты"
    )
    assert page.banner.text() == f"✓ Этап выполнен {format_date(earlier)}. Исправление сохранено."
    assert not situation.widget.isEnabled() and wizard.button(NEXT).isEnabled()
    assert run.history[-1]["event"] == "stage_corrected"


def test_a_correction_given_up_leaves_the_record_as_it_was(area, qtbot, type_text):
    wizard = start(area, qtbot, "restorative_mediation")
    walk(wizard, qtbot, type_text, stop_at="preliminary")
    page = back_to(wizard, qtbot, "preparation")
    situation = next(e for e in page.editors if e.field.key == "situation")
    before = situation.value()
    click(qtbot, page.correct_button)
    situation.widget.selectAll()
    type_text(situation.widget, "не то")
    click(qtbot, page.correction.cancel)
    assert situation.value() == before and not situation.widget.isEnabled()
    assert wizard.button(NEXT).isEnabled()
    assert page.controller.run.completions["preparation"][0]["values"]["situation"] == before


def test_a_correction_says_which_later_stages_it_leaves_blocked(area, qtbot, type_text):
    held = request_day(area) + timedelta(days=1)
    wizard = start(area, qtbot, "restorative_mediation")
    walk(wizard, qtbot, type_text, stop_at="agreement", on=held)
    page = back_to(wizard, qtbot, "preliminary")
    person = page.controller.pending(page.stage) or page.people.ids
    page.people.select(person[0])
    click(qtbot, page.correct_button)
    assert not page.people.isEnabled()  # the record of this person is being corrected
    assert page.correction.who.currentData() == person[0]
    later = held + timedelta(days=2)
    type_date(page.day(), later)
    type_text(page.correction.reason, "Встреча была позже")
    click(qtbot, page.correction.save)
    assert page.controller.run.completions["preliminary"][0]["on"] == later.isoformat()
    assert page.blocked_label.isVisible()
    text = page.blocked_label.text()
    assert text.startswith("После исправления эти записанные этапы больше не отвечают")
    assert "«Совместная встреча сторон»" in text and format_date(later) in text
    roadmap = [wizard.roadmap.item(i).text() for i in range(wizard.roadmap.count())]
    assert "⚠ Совместная встреча сторон" in roadmap


def test_the_points_of_the_agreement_are_changed_with_a_reason(area, qtbot, type_text):
    wizard = start(area, qtbot, "restorative_mediation")
    walk(wizard, qtbot, type_text, stop_at="follow_up")
    page = wizard.currentPage()
    assert page.change_points.isVisible()
    assert page.change_points.text() == "Изм&енить пункты договора…"

    def change():
        dialog = wizard.findChild(StepDialog)
        _frame, _who, what, _by = dialog.items.rows[0]
        what.selectAll()
        type_text(what, "Извиниться и купить новые очки")
        type_text(dialog.reason, "Стороны договорились иначе")
        dialog.buttons.button(OK).click()

    QTimer.singleShot(0, change)
    click(qtbot, page.change_points)
    (item,) = page.controller.run.agreement_items
    assert item["what"] == "Извиниться и купить новые очки"
    assert page.kept.labels[0].text().startswith("1. Извиниться и купить новые очки — Петров")
    assert page.banner.text().endswith("Исправление сохранено.")


def test_the_follow_up_says_how_each_point_was_kept(area, qtbot, type_text):
    wizard = start(area, qtbot, "restorative_mediation")
    walk(wizard, qtbot, type_text, stop_at="follow_up")
    page = wizard.currentPage()
    (combo,) = page.kept.combos
    assert combo.currentText() == "— не отмечено —"
    combo.setCurrentIndex(combo.findData("partly"))
    fill(page, qtbot, type_text)
    click(qtbot, wizard.button(NEXT))
    run = page.controller.run
    assert run.completions["follow_up"][0]["item_fulfilment"] == {"0": "partly"}
    assert run.agreement_items[0]["status"] == "partly"
    page = back_to(wizard, qtbot, "follow_up")
    assert page.kept.combos[0].currentData() == "partly"
    assert not page.kept.combos[0].isEnabled()


def test_a_stage_held_opens_from_the_list_of_stages_and_corrects_by_keyboard(
    area, qtbot, type_text
):
    wizard = start(area, qtbot, "restorative_mediation")
    walk(wizard, qtbot, type_text, stop_at="agreement")
    roadmap = wizard.roadmap
    first = roadmap.item(0)
    assert first.text() == "✓ Знакомство со случаем"
    assert first.toolTip() == "Щёлкните, чтобы открыть этап и при необходимости исправить его."
    qtbot.mouseClick(
        roadmap.viewport(), Qt.MouseButton.LeftButton, pos=roadmap.visualItemRect(first).center()
    )
    page = wizard.currentPage()
    assert page.stage.key == "preparation"
    assert_mnemonics_unique(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    alt(qtbot, "и")  # «&Исправить…»
    assert page.correcting == 0 and page.correction.isVisible()
    assert_mnemonics_unique(wizard)
    alt(qtbot, "а")  # «Отменить испр&авление»
    assert page.correcting is None
    # Stages not held yet are not jumped to: they are held on their pages, in order.
    last = roadmap.item(roadmap.count() - 1)
    qtbot.mouseClick(
        roadmap.viewport(), Qt.MouseButton.LeftButton, pos=roadmap.visualItemRect(last).center()
    )
    assert wizard.currentPage().stage.key == "agreement"


def test_leaving_a_correction_unsaved_gives_it_up(area, qtbot, type_text):
    wizard = start(area, qtbot, "restorative_mediation")
    walk(wizard, qtbot, type_text, stop_at="joint_meeting")
    page = back_to(wizard, qtbot, "preliminary")
    click(qtbot, page.correct_button)
    assert page.correcting is not None
    click(qtbot, wizard.button(BACK))
    assert page.correcting is None and page.people.isEnabled()
    click(qtbot, wizard.button(NEXT))
    assert wizard.currentPage() is page and not page.correction.isVisible()
    assert not page.day().isEnabled()  # the record is shown as recorded again
