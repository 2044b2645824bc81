"""Registering a request typed in Russian, and the decision on it, driven as a curator would."""

from __future__ import annotations

from datetime import date

import pytest
from sqlite_utils import Database

from rsdesk.access.samples import curator_desk, sample_desk
from rsdesk.domain.register import Participant, Request
from rsdesk.gui.qt import QApplication, QDialog, QDialogButtonBox, Qt, QTimer
from rsdesk.gui.requests import DecisionDialog, RequestDialog
from rsdesk.gui.requests.participants import CLASS, NAME, ROLE
from tests.helpers.request_forms import (
    choose,
    choose_cell,
    confirm_cell,
    open_dialog,
    pick,
    replace_text,
    type_cell,
)

TODAY = date(2026, 3, 12)


def curator(db: Database):
    """The dialogs act as the signed-in user: here the curator, on the tests' fixed day."""
    return curator_desk(db, today=lambda: TODAY)


def counts(db: Database) -> dict[str, int]:
    """How many requests, participants and cases the curator sees."""
    desk = curator(db)
    rows = desk.request_rows()
    people = sum(len(desk.get_request(row.id).participants) for row in rows)
    return {"requests": len(rows), "participants": people, "cases": len(desk.case_rows())}


def a_request(category: str = "educational_conflict", *roles: str) -> Request:
    people = tuple(
        Participant(f"Участник {n}", role, role not in {"administration", "teacher"})
        for n, role in enumerate(roles or ("party", "party"), 1)
    )
    return Request(
        received_on=date(2026, 3, 10),
        source="teacher",
        category=category,
        description="Ссора на перемене.",
        participants=people,
    )


def fill_valid_request(qtbot, type_text, dialog: RequestDialog) -> None:
    replace_text(qtbot, type_text, dialog.received_on, "10.03.2026")
    choose(dialog.source, "КДН и ЗП")
    type_text(dialog.referrer, "КДН и ЗП Ленинского района")
    choose(
        dialog.category,
        "конфликт между участниками образовательных отношений, в том числе групповой",
    )
    dialog.description.setFocus()
    type_text(dialog.description, "Драка на перемене, разбит телефон.")


def test_register_a_request_typed_in_russian(app, qtbot, type_text, service_vault):
    db = service_vault.db
    dialog = open_dialog(qtbot, RequestDialog(curator(db), today=TODAY))
    assert dialog.windowTitle() == "Новая заявка"
    assert dialog.received_on.line.text() == "12.03.2026"
    fill_valid_request(qtbot, type_text, dialog)
    table = dialog.participants.table
    type_cell(qtbot, type_text, table, 0, NAME, "Петров Иван")
    choose_cell(qtbot, table, 0, ROLE, "обидчик")
    type_cell(qtbot, type_text, table, 0, CLASS, "7Б")
    assert table.item(0, 2).text() == "несовершеннолетний"  # a class means a pupil

    qtbot.mouseClick(dialog.participants.add_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 2
    editor = table.indexWidget(table.model().index(1, NAME))  # the new row's name is open
    type_text(editor, "Петрова Мария Ивановна")
    confirm_cell(qtbot, editor)
    choose_cell(qtbot, table, 1, ROLE, "родитель или законный представитель")
    assert table.item(1, 2).text() == "взрослый"

    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = curator(db).get_request(dialog.request_id)
    assert (stored.number, stored.received_on, stored.source) == (
        "2026-001",
        date(2026, 3, 10),
        "juvenile_commission",
    )
    assert stored.referrer == "КДН и ЗП Ленинского района"
    assert stored.category == "educational_conflict"
    assert stored.description == "Драка на перемене, разбит телефон."
    assert [(p.full_name, p.role, p.is_minor, p.class_name) for p in stored.participants] == [
        ("Петров Иван", "offender", True, "7Б"),
        ("Петрова Мария Ивановна", "legal_representative", False, ""),
    ]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("31.02.2026", "Такой даты нет: 31.02.2026."),
        ("20.03.2026", "Дата не может быть позже 12.03.2026."),
    ],
)
def test_bad_input_is_explained_beside_the_fields_and_nothing_is_saved(
    app, qtbot, type_text, service_vault, typed, message
):
    db = service_vault.db
    before = counts(db)
    dialog = open_dialog(qtbot, RequestDialog(curator(db), today=TODAY))
    replace_text(qtbot, type_text, dialog.received_on, typed)
    table = dialog.participants.table
    type_cell(qtbot, type_text, table, 0, NAME, "Петров Иван")  # and no role
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    errors = {key: label.text() for key, (_w, label) in dialog.field_errors.fields.items()}
    assert errors["received_on"] == message
    assert errors["source"] == "Выберите, от кого поступила заявка."
    assert errors["description"] == "Кратко опишите ситуацию."
    assert dialog.field_errors.fields["received_on"][1].isVisible()
    assert dialog.participants.errors.isVisible()
    assert "Строка 1, роль: Выберите роль участника." in dialog.participants.errors.text()
    assert table.item(0, ROLE).toolTip() == "Выберите роль участника."
    assert counts(db) == before

    # Corrected, the same dialog saves, and the old messages are gone.
    fill_valid_request(qtbot, type_text, dialog)
    choose_cell(qtbot, table, 0, ROLE, "сторона конфликта")
    choose_cell(qtbot, table, 0, 2, "несовершеннолетний")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert counts(db)["requests"] == before["requests"] + 1


def test_escape_cancels_a_modal_request_dialog(app, qtbot, service_vault):
    db = service_vault.db
    before = counts(db)
    dialog = RequestDialog(curator(db), today=TODAY)
    qtbot.addWidget(dialog)

    def press_escape() -> None:
        qtbot.keyClick(QApplication.activeModalWidget() or dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, press_escape)
    assert dialog.exec() == QDialog.DialogCode.Rejected
    assert dialog.request_id is None and counts(db) == before


def test_editing_corrects_fields_and_removes_a_participant(app, qtbot, type_text, service_vault):
    db = service_vault.db
    request_id = curator(db).register_request(a_request())
    dialog = open_dialog(qtbot, RequestDialog(curator(db), request_id=request_id, today=TODAY))
    assert dialog.windowTitle() == "Исправление заявки"
    assert dialog.participants.table.rowCount() == 2
    type_text(dialog.referrer, "Школа № 7")
    table = dialog.participants.table
    table.setFocus()
    table.setCurrentCell(1, NAME)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert table.rowCount() == 1
    dialog.description.setFocus()
    qtbot.keyClick(dialog.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = curator(db).get_request(request_id)
    assert stored.referrer == "Школа № 7"
    assert [p.full_name for p in stored.participants] == ["Участник 1"]


def test_decline_needs_a_reason(app, qtbot, type_text, service_vault):
    db = service_vault.db
    request_id = curator(db).register_request(a_request())
    dialog = open_dialog(qtbot, DecisionDialog(curator(db), request_id, today=TODAY))
    assert dialog.warning is None and dialog.accept_choice.isChecked()
    pick(qtbot, dialog.decline_choice)
    assert dialog.decline_choice.isChecked() and dialog.ok.text() == "Отк&лонить"
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.field_errors.fields["decline_reason"][1].text() == "Укажите причину отказа."
    assert curator(db).get_request(request_id).status == "registered"

    type_text(dialog.reason, "Стороны отказались от участия")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.decision, dialog.case_id) == ("declined", None)
    stored = curator(db).get_request(request_id)
    assert (stored.status, stored.decline_reason) == ("declined", "Стороны отказались от участия")


def test_transfer_needs_a_destination(app, qtbot, type_text, service_vault):
    db = service_vault.db
    request_id = curator(db).register_request(a_request())
    dialog = open_dialog(qtbot, DecisionDialog(curator(db), request_id, today=TODAY))
    pick(qtbot, dialog.transfer_choice)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert (
        dialog.field_errors.fields["transferred_to"][1].text()
        == "Укажите, в какую службу передаётся заявка."
    )
    type_text(dialog.destination, "ТСП при центре ППМС-помощи г. Кемерово")
    type_text(dialog.transfer_note, "Передано по согласованию")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.decision == "transferred"
    stored = curator(db).get_request(request_id)
    assert (stored.status, stored.transferred_to, stored.decision_note) == (
        "transferred",
        "ТСП при центре ППМС-помощи г. Кемерово",
        "Передано по согласованию",
    )


def test_a_crime_in_a_school_service_is_steered_to_transfer(app, qtbot, type_text, service_vault):
    db = service_vault.db
    request_id = curator(db).register_request(a_request("crime", "offender", "victim"))
    before = counts(db)
    dialog = open_dialog(qtbot, DecisionDialog(curator(db), request_id, today=TODAY))
    assert dialog.warning is not None and dialog.warning.isVisible()
    texts = " ".join(label.text() for label in dialog.warning.findChildren(type(dialog.message)))
    assert "относится к территориальной службе примирения" in texts
    assert "преступление несовершеннолетнего" in texts
    assert dialog.transfer_choice.isChecked()
    assert "(рекомендуется)" in dialog.transfer_choice.text()
    assert dialog.ok.text() == "Перед&ать"

    # Accepting without the curator's confirmation is refused, beside the checkbox.
    pick(qtbot, dialog.accept_choice)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert (
        dialog.field_errors.fields["confirm"][1].text()
        == "Отметьте подтверждение куратора или передайте заявку."
    )
    assert counts(db) == before
    dialog.confirm.setFocus()
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Space)
    assert dialog.confirm.isChecked() and dialog.note.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.field_errors.fields["note"][1].text() == (
        "Запишите, почему школьная служба оставляет этот случай у себя."
    )
    assert counts(db) == before

    dialog.note.setFocus()
    type_text(dialog.note, "Ущерб возмещён, КДН не возражает")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.decision == "accepted" and dialog.case_id is not None
    stored = curator(db).get_request(request_id)
    assert stored.status == "accepted"
    assert stored.warnings == ("territorial_category",)
    assert stored.decision_note == "Ущерб возмещён, КДН не возражает"


def test_the_administration_as_a_party_also_warns(app, qtbot, service_vault):
    db = service_vault.db
    request = a_request("multilevel_conflict", "party", "administration")
    request_id = curator(db).register_request(request)
    dialog = open_dialog(qtbot, DecisionDialog(curator(db), request_id, today=TODAY))
    assert dialog.warning is not None and dialog.transfer_choice.isChecked()
    reason = dialog.warning.findChild(type(dialog.message), "reason_administration_party")
    assert reason is not None and "администрация школы" in reason.text()
    assert dialog.findChild(type(dialog.message), "reason_territorial_category") is None


def test_a_territorial_service_sees_no_warning(app, qtbot):
    desk = sample_desk("territorial", today=lambda: TODAY)
    request_id = desk.register_request(a_request("crime", "offender", "victim"))
    dialog = open_dialog(qtbot, DecisionDialog(desk, request_id, today=TODAY))
    assert dialog.warning is None
    assert dialog.accept_choice.isChecked() and not dialog.confirm.isVisible()
    assert "(рекомендуется)" not in dialog.transfer_choice.text()
    qtbot.keyClick(dialog.ok, Qt.Key.Key_Return)
    assert dialog.decision == "accepted"
    assert desk.get_request(request_id).warnings == ()


def test_an_impossible_decision_date_keeps_the_dialog_open(app, qtbot, type_text, service_vault):
    db = service_vault.db
    request_id = curator(db).register_request(a_request())
    dialog = open_dialog(qtbot, DecisionDialog(curator(db), request_id, today=TODAY))
    replace_text(qtbot, type_text, dialog.decided_on, "09.03.2026")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.field_errors.fields["decided_on"][1].text() == (
        "Дата не может быть раньше 10.03.2026 (день поступления заявки)."
    )
    assert counts(db)["cases"] == 0 and dialog.isVisible()


def test_a_participant_added_while_correcting_is_kept(app, qtbot, type_text, service_vault):
    """«Изменить…», a person added in the table, «Сохранить»: reopened, the person is there."""
    desk = curator(service_vault.db)
    request_id = desk.register_request(a_request())
    dialog = open_dialog(qtbot, RequestDialog(desk, request_id=request_id, today=TODAY))
    table = dialog.participants.table
    qtbot.mouseClick(dialog.participants.add_button, Qt.MouseButton.LeftButton)
    editor = table.indexWidget(table.model().index(2, NAME))  # the new row's name is open
    type_text(editor, "Петрова Мария Ивановна")
    confirm_cell(qtbot, editor)
    choose_cell(qtbot, table, 2, ROLE, "родитель или законный представитель")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.message.text()

    again = open_dialog(qtbot, RequestDialog(desk, request_id=request_id, today=TODAY))
    table = again.participants.table
    assert [table.item(row, NAME).text() for row in range(table.rowCount())] == [
        "Участник 1",
        "Участник 2",
        "Петрова Мария Ивановна",
    ]
    assert table.item(2, 2).text() == "взрослый"


# --- «Отмена» on a half-typed request asks first ---------------------------------------------


def answer_box(qtbot, answer: str, seen: list) -> None:
    """Answer the question box that is open now, by the words on its button."""
    from rsdesk.gui.qt import QMessageBox

    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox), box
    seen.append((box.text(), sorted(b.text() for b in box.buttons()), box.defaultButton().text()))
    [button] = [b for b in box.buttons() if b.text() == answer]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_cancel_on_a_half_typed_request_asks_before_dropping_it(
    app, qtbot, type_text, service_vault, run_modal
):
    db = service_vault.db
    before = counts(db)
    dialog = open_dialog(qtbot, RequestDialog(curator(db), today=TODAY))
    choose(dialog.source, "родитель")
    dialog.description.setFocus()
    type_text(dialog.description, "Мама пишет про разбитые очки")
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Отмена"
    seen: list = []
    run_modal(
        lambda: qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton),
        lambda: answer_box(qtbot, "Продолжить ввод", seen),
    )
    assert seen == [
        (
            "Отменить ввод? Заявка не будет зарегистрирована.",
            ["Отменить ввод", "Продолжить ввод"],
            "Продолжить ввод",  # Enter keeps the work
        )
    ]
    assert dialog.isVisible()
    assert dialog.description.toPlainText() == "Мама пишет про разбитые очки"
    # Escape asks as well; this time the typing is let go.
    run_modal(
        lambda: qtbot.keyClick(dialog.description, Qt.Key.Key_Escape),
        lambda: answer_box(qtbot, "Отменить ввод", seen),
    )
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert len(seen) == 2 and counts(db) == before


def test_an_untouched_correction_closes_without_asking(app, qtbot, service_vault):
    desk = curator(service_vault.db)
    request_id = desk.register_request(a_request())
    dialog = open_dialog(qtbot, RequestDialog(desk, request_id=request_id, today=TODAY))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()  # nothing was asked: there was nothing to lose


def test_a_changed_correction_asks_too(app, qtbot, type_text, service_vault, run_modal):
    desk = curator(service_vault.db)
    request_id = desk.register_request(a_request())
    dialog = open_dialog(qtbot, RequestDialog(desk, request_id=request_id, today=TODAY))
    type_text(dialog.referrer, "Школа № 7")
    seen: list = []
    run_modal(
        lambda: qtbot.keyClick(dialog.referrer, Qt.Key.Key_Escape),
        lambda: answer_box(qtbot, "Отменить ввод", seen),
    )
    assert seen[0][0] == "Отменить исправления? Заявка останется прежней."
    assert not dialog.isVisible()
    assert desk.get_request(request_id).referrer == ""


# --- dates are typed, with bounds -------------------------------------------------------------


def test_the_decision_date_is_bounded_by_the_request_and_today(app, qtbot, service_vault):
    from tests.helpers.clicks import type_date

    desk = curator(service_vault.db)
    request_id = desk.register_request(a_request())
    dialog = open_dialog(qtbot, DecisionDialog(desk, request_id, today=TODAY))
    assert dialog.decided_on.line.text() == "12.03.2026"
    type_date(dialog.decided_on, date(2026, 3, 13))
    assert dialog.decided_on.problem() == "Дата не может быть позже 12.03.2026."
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and counts(service_vault.db)["cases"] == 0
    assert dialog.field_errors.fields["decided_on"][1].text() == (
        "Дата не может быть позже 12.03.2026."
    )
    type_date(dialog.decided_on, date(2026, 3, 10))  # the day it came in is fine
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert desk.get_request(request_id).decided_on == date(2026, 3, 10)


def test_a_received_date_typed_over_another_is_taken(app, qtbot, type_text, service_vault):
    """24.09 typed over 03.12 day by day, as the old range-bound field refused."""
    from tests.helpers.clicks import type_date

    desk = curator_desk(service_vault.db, today=lambda: date(2026, 12, 3))
    dialog = open_dialog(qtbot, RequestDialog(desk))
    type_date(dialog.received_on, date(2026, 9, 24))
    assert dialog.received_on.problem() == ""
    assert dialog.request()[0].received_on == date(2026, 9, 24)


# --- a possible repeat conflict ----------------------------------------------------------------


def opened_case(desk, name: str = "Воробьёв Виктор") -> tuple[int, str]:
    request = Request(
        received_on=date(2026, 2, 2),
        source="teacher",
        category="bullying",
        description="Насмешки в раздевалке.",
        participants=(Participant(name, "offender", True, class_name="7Б"),),
    )
    case_id = desk.accept_request(desk.register_request(request), decided_on=date(2026, 2, 3))
    return case_id, desk.reread_case_card(case_id).case.number


def test_the_request_form_says_when_a_person_is_in_an_open_case(
    app, qtbot, type_text, service_vault
):
    desk = curator(service_vault.db)
    _case_id, number = opened_case(desk)
    dialog = open_dialog(qtbot, RequestDialog(desk, today=TODAY))
    assert not dialog.repeats.isVisible()
    type_cell(qtbot, type_text, dialog.participants.table, 0, NAME, "воробьев   виктор")
    assert dialog.repeats.isVisible()
    assert dialog.repeats.title.text().startswith("<b>Возможно, повторный конфликт")
    assert dialog.repeats.lines.text() == f"• воробьев виктор — открытый случай № {number}"
    # The person taken out of the form, the notice goes.
    table = dialog.participants.table
    table.setFocus()
    table.setCurrentCell(0, NAME)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert not dialog.repeats.isVisible()


def test_the_decision_says_so_too_and_a_closed_case_counts(app, qtbot, service_vault):
    desk = curator(service_vault.db)
    case_id, number = opened_case(desk)
    desk.close_case(case_id, date(2026, 3, 1))
    request_id = desk.register_request(
        Request(
            received_on=date(2026, 3, 10),
            source="parent",
            category="bullying",
            description="Снова насмешки.",
            participants=(Participant("Воробьёв Виктор", "offender", True, class_name="7Б"),),
        )
    )
    dialog = open_dialog(qtbot, DecisionDialog(desk, request_id, today=TODAY))
    assert dialog.repeats.isVisible()
    assert dialog.repeats.lines.text() == (
        f"• Воробьёв Виктор — случай № {number}, закрыт 01.03.2026"
    )


def test_a_mediator_learns_no_number_of_a_case_not_theirs(app, qtbot, type_text, service_vault):
    from rsdesk.access import Desk
    from rsdesk.domain.register import Mediator
    from rsdesk.domain.roles import Actor, Role

    desk = curator(service_vault.db)
    _case_id, number = opened_case(desk)
    name = "Белова Бэлла Борисовна"
    mediator_id = desk.add_mediator(Mediator(name, "adult"))
    desk.grant_access(mediator_id, "slot-adult")
    actor = Actor(mediator_id, name, Role.ADULT, "slot-adult")
    adult = Desk(service_vault.db, actor, today=lambda: TODAY)
    dialog = open_dialog(qtbot, RequestDialog(adult, today=TODAY))
    type_cell(qtbot, type_text, dialog.participants.table, 0, NAME, "Воробьёв Виктор")
    assert dialog.repeats.isVisible()
    assert dialog.repeats.lines.text() == (
        "• Воробьёв Виктор — в другом открытом или недавнем случае"
    )
    assert number not in dialog.repeats.lines.text()


# --- the decision fits a school screen ------------------------------------------------------


@pytest.mark.parametrize("size", [(1024, 728), (1366, 728), (760, 560)])
def test_the_transfer_decision_fits_and_its_text_never_overlaps(app, qtbot, service_vault, size):
    from rsdesk.gui.qt import QLabel, QRect

    db = service_vault.db
    request_id = curator(db).register_request(a_request("crime", "offender", "victim"))
    dialog = open_dialog(qtbot, DecisionDialog(curator(db), request_id, today=TODAY))
    assert dialog.warning is not None
    width, height = size  # the screen's room, or a window squeezed smaller still
    dialog.resize(min(width, dialog.width()), min(height, dialog.height()))
    QApplication.processEvents()
    assert dialog.height() <= height and dialog.width() <= width
    for button in (dialog.ok, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)):
        where = QRect(button.mapTo(dialog, button.rect().topLeft()), button.size())
        assert dialog.rect().contains(where), button.text()
    for label in dialog.findChildren(QLabel):
        if label.isVisibleTo(dialog) and label.wordWrap() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
