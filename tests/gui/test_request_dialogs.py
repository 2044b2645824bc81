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
    assert dialog.received_on.text() == "12.03.2026"
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
        ("31.02.2026", "Укажите существующую дату в виде дд.мм.гггг."),
        ("20.03.2026", "Дата не может быть в будущем."),
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
    assert (
        dialog.field_errors.fields["decided_on"][1]
        .text()
        .startswith("Решение не может быть принято раньше")
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
