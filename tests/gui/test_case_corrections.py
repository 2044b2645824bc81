"""Correcting an accepted case from its card: people, description and category, mediators,
the dates of closing and reopening, and what the card says about the case meanwhile.

The register is filled through the curator's Desk; everything under test is done with clicks
and keys on the real card and the dialogs it opens.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtTest import QTest

from rsdesk.domain.programs import ProgramStart
from rsdesk.domain.register import Mediator, Participant, Request
from rsdesk.gui.qt import QApplication, QMessageBox, QPoint, Qt
from tests.helpers.handing import hand_over
from tests.helpers.request_forms import choose_cell, confirm_cell

LEFT = Qt.MouseButton.LeftButton
TODAY = date.today()
OPENED = TODAY - timedelta(days=20)
ADULT = "Алексеева Анна Сергеевна"
YOUNG = "Котова Маша"


def pupil(name: str, age: int | None = 13) -> Participant:
    return Participant(full_name=name, role="party", is_minor=True, class_name="7Б", age=age)


@pytest.fixture
def register(open_window):
    """Two cases of the school service: one an adult leads alone, one with a young mediator."""
    desk = open_window.session.desk
    adult = desk.add_mediator(Mediator(ADULT, "adult"))
    young = desk.add_mediator(Mediator(YOUNG, "young", class_name="9А"))

    def case(description: str, people, category: str) -> int:
        request_id = desk.register_request(
            Request(OPENED, "teacher", category, description, participants=tuple(people))
        )
        return desk.accept_request(request_id, decided_on=OPENED)

    alone = case(
        "Насмешки в чате класса",
        [
            pupil("Волков Артём"),
            pupil("Зайцева Алина", age=None),
            Participant("Зайцева Ольга Игоревна", "legal_representative", False, age=42),
        ],
        "bullying",
    )
    desk.assign_mediator(alone, adult, "lead")
    shared = case(
        "Ссора на перемене", [pupil("Синицын Сева"), pupil("Щеглова Ира")], "educational_conflict"
    )
    desk.assign_mediator(shared, adult, "lead")
    desk.assign_mediator(shared, young, "co_lead")
    return {"alone": alone, "shared": shared, "adult": adult, "young": young}


def open_card(window, case_id: int):
    from rsdesk.gui.cases.case_card import CaseCardDialog

    card = CaseCardDialog(window.session, case_id, window)
    card.show()
    return card


def table_rows(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def click(qtbot, widget) -> None:
    """Where a person clicks: a check box on its indicator (its middle may lie past the text)."""
    assert widget.isVisible() and widget.isEnabled(), widget.toolTip()
    if widget.isCheckable():
        qtbot.mouseClick(widget, LEFT, pos=QPoint(6, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, LEFT)


def click_row(table, row: int) -> None:
    rect = table.visualItemRect(table.item(row, 0))
    QTest.mouseClick(table.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, rect.center())


def active():
    return QApplication.activeModalWidget()


def fits(dialog, *buttons) -> None:
    """The whole window lies on the screen, and its buttons are shown inside it."""
    room = dialog.screen().availableGeometry()
    assert room.contains(dialog.frameGeometry()), (dialog.frameGeometry(), room)
    for button in buttons:
        assert button.isVisible()
        corner = button.mapTo(dialog, QPoint(button.width(), button.height()))
        assert dialog.rect().contains(corner), button.text()


def entries(window, action: str):
    assert window.session.queue.flush(timeout=10) and not window.session.vault.dirty
    return window.session.desk.audit_entries(action=action)


def type_date(editor, day: date) -> None:
    editor.line.setFocus()
    QTest.keyClick(editor.line, Qt.Key.Key_Home)
    QTest.keyClicks(editor.line, day.strftime("%d%m%Y"))


# --- what the card shows -------------------------------------------------------------------------


def test_the_age_column_shows_the_age_when_known(open_window, register):
    card = open_card(open_window, register["alone"])
    headers = [card.participants.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["ФИО", "Роль", "Возраст", "Класс"]
    assert table_rows(card.participants) == [
        ["Волков Артём", "сторона конфликта", "13 лет", "7Б"],
        ["Зайцева Алина", "сторона конфликта", "несовершеннолетний", "7Б"],
        ["Зайцева Ольга Игоревна", "родитель или законный представитель", "42 года", ""],
    ]
    from rsdesk.gui.cases.card_parts import years_old

    assert [years_old(n) for n in (1, 4, 11, 14, 21, 23, 25, 112)] == [
        "1 год",
        "4 года",
        "11 лет",
        "14 лет",
        "21 год",
        "23 года",
        "25 лет",
        "112 лет",
    ]


# --- participants --------------------------------------------------------------------------------


def test_a_parent_learned_of_later_joins_the_accepted_case(
    open_window, register, qtbot, type_text, run_modal
):
    from rsdesk.gui.cases.card_corrections import ParticipantsDialog
    from rsdesk.gui.requests.participants import NAME, ROLE

    card = open_card(open_window, register["shared"])
    assert card.add_person.text() == "Добавить у&частника…"

    def add_parent():
        dialog = active()
        assert isinstance(dialog, ParticipantsDialog)
        assert dialog.windowTitle().startswith("Участники случая № ")
        fits(
            dialog, dialog.save_button, dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
        )
        table = dialog.editor.table
        row = table.rowCount() - 1
        name = table.indexWidget(table.model().index(row, NAME))  # the new row is being typed
        type_text(name, "Синицына Вера Павловна")
        confirm_cell(qtbot, name)
        choose_cell(qtbot, table, row, ROLE, "родитель или законный представитель")
        assert not dialog.warning.isVisible()
        click(qtbot, dialog.save_button)
        assert not dialog.isVisible(), dialog.error.text()

    run_modal(lambda: click(qtbot, card.add_person), add_parent)
    assert table_rows(card.participants)[-1] == [
        "Синицына Вера Павловна",
        "родитель или законный представитель",
        "взрослый",
        "",
    ]
    [entry] = entries(open_window, "change_participants")
    assert [(c.field, c.old, c.new) for c in entry.changes] == [
        ("Участник", "", "Синицына Вера Павловна — родитель или законный представитель, взрослый")
    ]


def test_a_person_in_a_program_is_not_removed_and_the_dialog_says_why(
    open_window, register, qtbot, run_modal
):
    from rsdesk.gui.cases.card_corrections import ParticipantsDialog

    desk = open_window.session.desk
    people = desk.program_start_form(register["alone"]).people
    desk.start_program(
        register["alone"],
        ProgramStart("restorative_mediation", (register["adult"],), (people[0].id,), OPENED),
    )
    card = open_card(open_window, register["alone"])
    before = table_rows(card.participants)
    seen = {}

    def remove_the_boy():
        dialog = active()
        assert isinstance(dialog, ParticipantsDialog)
        table = dialog.editor.table
        click_row(table, 0)
        click(qtbot, dialog.editor.remove_button)
        assert table.rowCount() == 2
        click(qtbot, dialog.save_button)
        seen["error"] = dialog.error.text()
        seen["open"] = dialog.isVisible()
        dialog.reject()

    run_modal(lambda: click(qtbot, card.edit_people), remove_the_boy)
    assert seen["open"]
    assert seen["error"] == (
        "Волков Артём участвует в программе «восстановительная медиация», и это участие "
        "записано: удалить человека из случая нельзя."
    )
    assert table_rows(card.participants) == before


def test_the_administration_as_a_party_shows_the_transfer_warning_at_once(
    open_window, register, qtbot, type_text, run_modal
):
    from rsdesk.gui.requests.participants import NAME, ROLE

    card = open_card(open_window, register["alone"])
    seen = {}

    def add_the_director():
        dialog = active()
        table = dialog.editor.table
        row = table.rowCount() - 1
        name = table.indexWidget(table.model().index(row, NAME))
        type_text(name, "Директорова Дина Петровна")
        confirm_cell(qtbot, name)
        choose_cell(qtbot, table, row, ROLE, "администрация")
        seen["warning"] = dialog.warning.text() if dialog.warning.isVisible() else ""
        click(qtbot, dialog.save_button)
        seen["refused"] = dialog.error.text()
        click(qtbot, dialog.keep)
        assert dialog.keep.isChecked()
        type_text(dialog.reason, "Директор сам просит о медиации")
        click(qtbot, dialog.save_button)
        assert not dialog.isVisible(), dialog.error.text()

    run_modal(lambda: click(qtbot, card.add_person), add_the_director)
    assert seen["warning"].startswith(
        "После этого изменения школьной службе следует передать случай в территориальную службу:"
    )
    assert "Куратор может оставить его в службе" in seen["refused"]
    assert table_rows(card.participants)[-1][:2] == ["Директорова Дина Петровна", "администрация"]
    notes = [card.timeline.item(r, 2).text() for r in range(card.timeline.rowCount())]
    assert any(note.endswith("Директор сам просит о медиации") for note in notes), notes


# --- description and category --------------------------------------------------------------------


def test_description_and_category_are_corrected_with_a_reason(
    open_window, register, qtbot, type_text, run_modal
):
    from rsdesk.gui.cases.card_corrections import CaseTextDialog
    from tests.helpers.request_forms import replace_text

    card = open_card(open_window, register["alone"])
    seen = {}

    def correct():
        dialog = active()
        assert isinstance(dialog, CaseTextDialog)
        fits(dialog, dialog.save_button)
        replace_text(qtbot, type_text, dialog.description, "Насмешки и угрозы в чате класса")
        dialog.category.setFocus()
        dialog.category.setCurrentIndex(dialog.category.findData("educational_conflict"))
        click(qtbot, dialog.save_button)
        seen["no reason"] = dialog.error.text()
        type_text(dialog.reason, "Уточнили на предварительной встрече")
        click(qtbot, dialog.save_button)
        assert not dialog.isVisible(), dialog.error.text()

    run_modal(lambda: click(qtbot, card.edit_text), correct)
    assert seen["no reason"] == "Укажите причину."
    assert card.header.text().endswith(
        "конфликт между участниками образовательных отношений, в том числе групповой"
    )
    assert card.summary.text().endswith("Насмешки и угрозы в чате класса")
    [entry] = entries(open_window, "correct_case")
    assert entry.reason == "Уточнили на предварительной встрече"
    assert [c.field for c in entry.changes] == ["Описание", "Категория"]


def test_an_offence_asks_the_curator_to_keep_the_case(
    open_window, register, qtbot, type_text, run_modal
):
    card = open_card(open_window, register["alone"])
    seen = {}

    def to_crime():
        dialog = active()
        dialog.category.setCurrentIndex(dialog.category.findData("crime"))
        seen["warning"] = dialog.warning.isVisible() and dialog.keep.isVisible()
        type_text(dialog.reason, "Выяснилось, что был отнят телефон")
        click(qtbot, dialog.save_button)
        seen["refused"] = dialog.isVisible() and dialog.error.text()
        dialog.reject()

    run_modal(lambda: click(qtbot, card.edit_text), to_crime)
    assert seen["warning"]
    assert "Куратор может оставить его в службе" in seen["refused"]
    assert card.card.case.category == "bullying"


# --- mediators -----------------------------------------------------------------------------------


def test_a_mediator_is_taken_off_after_a_question_naming_them(
    open_window, register, qtbot, run_modal
):
    card = open_card(open_window, register["shared"])
    card.tabs.setCurrentIndex(1)
    assert not card.unassign.isEnabled()  # nobody chosen yet
    names = [row[0] for row in table_rows(card.team)]
    seen = {}

    def answer(yes: bool):
        def drive():
            box = active()
            assert isinstance(box, QMessageBox)
            seen.setdefault("questions", []).append(box.text())
            button = QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.Cancel
            click(qtbot, box.button(button))

        return drive

    click_row(card.team, names.index(ADULT))
    run_modal(lambda: click(qtbot, card.unassign), answer(True))
    assert card.message.text() == (
        "Пока со случаем работает юный медиатор, такое изменение невозможно. Юный медиатор "
        "работает только вместе со взрослым ко-медиатором или супервизором."
    )
    assert [row[0] for row in table_rows(card.team)] == names
    click_row(card.team, names.index(YOUNG))
    run_modal(lambda: click(qtbot, card.unassign), answer(False))
    assert [row[0] for row in table_rows(card.team)] == names  # «Отмена» changes nothing
    click_row(card.team, names.index(YOUNG))
    run_modal(lambda: click(qtbot, card.unassign), answer(True))
    assert [row[0] for row in table_rows(card.team)] == [ADULT]
    number = card.card.case.number
    assert seen["questions"][-1] == (
        f"{YOUNG} (со-ведущий) больше не будет работать по случаю № {number}. "
        "Снять медиатора со случая?"
    )
    [entry] = entries(open_window, "unassign")
    assert (entry.changes[0].field, entry.changes[0].old) == ("Медиатор", f"{YOUNG} (со-ведущий)")


# --- dates ---------------------------------------------------------------------------------------


def test_a_case_closes_and_reopens_on_real_days_within_bounds(
    open_window, register, qtbot, type_text, run_modal
):
    from rsdesk.gui.cases.card_parts import SmallForm
    from rsdesk.gui.cases.reason_dialog import ReasonDialog
    from rsdesk.gui.dates import DateEdit

    card = open_card(open_window, register["alone"])
    closed_on = OPENED + timedelta(days=5)
    seen = {}

    def close():
        form = active()
        assert isinstance(form, SmallForm)
        field = form.findChild(DateEdit)
        type_date(field, OPENED - timedelta(days=1))
        form.buttons.button(form.buttons.StandardButton.Ok).click()
        seen["early"] = form.error.text()
        type_date(field, TODAY + timedelta(days=1))
        form.buttons.button(form.buttons.StandardButton.Ok).click()
        seen["future"] = form.error.text()
        type_date(field, closed_on)
        form.buttons.button(form.buttons.StandardButton.Ok).click()
        assert not form.isVisible(), form.error.text()

    run_modal(lambda: click(qtbot, card.close_case), close)
    opened = OPENED.strftime("%d.%m.%Y")
    assert seen["early"] == f"Дата не может быть раньше {opened} (случай открыт {opened})."
    assert seen["future"] == "Дата не может быть в будущем."
    assert card.summary.text().startswith(
        f"Статус: закрыт; открыт {opened}, закрыт {closed_on.strftime('%d.%m.%Y')}."
    )

    def reopen():
        dialog = active()
        assert isinstance(dialog, ReasonDialog)
        field = dialog.findChild(DateEdit)
        type_text(dialog.reason, "Стороны просят ещё одну встречу")
        type_date(field, closed_on - timedelta(days=1))
        click(qtbot, dialog.ok)
        seen["before closing"] = dialog.error.text()
        type_date(field, closed_on + timedelta(days=2))
        click(qtbot, dialog.ok)
        assert not dialog.isVisible(), dialog.error.text()

    run_modal(lambda: click(qtbot, card.reopen), reopen)
    closed = closed_on.strftime("%d.%m.%Y")
    assert seen["before closing"] == (
        f"Дата не может быть раньше {closed} (случай закрыт {closed})."
    )
    reopened = [
        card.timeline.item(r, 0).text()
        for r in range(card.timeline.rowCount())
        if card.timeline.item(r, 1).text() == "случай открыт снова"
    ]
    assert reopened == [(closed_on + timedelta(days=2)).strftime("%d.%m.%Y")]


# --- a young mediator's closure ------------------------------------------------------------------


def test_a_closure_waiting_for_the_curator_is_not_called_closed(
    open_window, register, qtbot, run_modal, tmp_path
):
    from rsdesk.gui.cases.card_parts import SmallForm

    window = open_window
    hand_over(window, YOUNG)  # the curator hands her session to the young mediator
    assert window.session.user.user_id == register["young"]
    pledge = window.pledge
    click(qtbot, pledge.agree)
    click(qtbot, pledge.accept_button)
    card = open_card(window, register["shared"])

    def close():
        form = active()
        assert isinstance(form, SmallForm)
        form.buttons.button(form.buttons.StandardButton.Ok).click()
        assert not form.isVisible(), form.error.text()

    run_modal(lambda: click(qtbot, card.close_case), close)
    assert card.summary.text().startswith(
        "Статус: ожидает утверждения куратором; открыт "
        f"{OPENED.strftime('%d.%m.%Y')}, закрытие от {TODAY.strftime('%d.%m.%Y')}."
    )
    assert "закрыт;" not in card.summary.text()
