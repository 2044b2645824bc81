"""The Mediators area driven as a curator would: roster, training, years, who may lead what."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtTest import QTest

from rsdesk.access.workplace import desk_for
from rsdesk.domain.register import TrainingRecord
from rsdesk.domain.vocabulary import PROGRAM_TYPES
from rsdesk.gui.areas import AREAS
from rsdesk.gui.qt import QMessageBox, Qt
from rsdesk.gui.roster.area import MediatorsArea
from rsdesk.gui.roster.dialogs import MediatorDialog, TrainingDialog, accept_button
from rsdesk.gui.roster.shots import roster_shots
from rsdesk.vault import Vault

TEST_PASSWORD = "Пароль для тестов 2026"  # the service_vault fixture's password

YEAR = date.today().year
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def area(open_window) -> MediatorsArea:
    open_window.show_area([a.key for a in AREAS].index("mediators"))
    page = open_window.pages["mediators"]
    assert isinstance(page, MediatorsArea)
    return page


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def screen(model) -> list[list[str]]:
    """What a table shows, row by row."""
    return [
        [model.data(model.index(r, c), DISPLAY) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


def type_year(qtbot, spin, year: int) -> None:
    """Select the year a box shows and type another over it."""
    click(qtbot, spin)
    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(year))
    assert spin.value() == year, spin.text()


def type_date(qtbot, editor, day: date) -> None:
    """Type a date's digits over the whole field, as someone correcting it does."""
    click(qtbot, editor.line)
    QTest.keyClick(editor.line, Qt.Key.Key_Home)
    qtbot.keyClicks(editor.line, day.strftime("%d%m%Y"))


def type_digits(qtbot, editor, digits: str) -> None:
    click(qtbot, editor.line)
    QTest.keyClick(editor.line, Qt.Key.Key_Home)
    qtbot.keyClicks(editor.line, digits)


def add_person(
    area, qtbot, type_text, name, role="взрослый медиатор", cls="", since=None, left=None
):
    click(qtbot, area.add_button)
    dialog = area.dialog
    assert isinstance(dialog, MediatorDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Новый медиатор"
    type_text(dialog.ui.name, name)
    choose(dialog.ui.kind, role)
    if cls:
        assert dialog.ui.className.isEnabled()
        type_text(dialog.ui.className, cls)
    if since:
        type_year(qtbot, dialog.ui.since, since)
    if left:
        click(qtbot, dialog.ui.left)
        type_year(qtbot, dialog.ui.leftIn, left)
    click(qtbot, accept_button(dialog))
    assert not dialog.isVisible(), dialog.ui.message.text()
    return dialog


def select(area, name: str) -> None:
    names = [row[0] for row in screen(area.roster_model)]
    area.table.selectRow(names.index(name))


def add_training(area, qtbot, type_text, name, kind, when, hours=None, module=None):
    select(area, name)
    click(qtbot, area.training_button)
    dialog = area.dialog
    assert isinstance(dialog, TrainingDialog)
    assert dialog.ui.person.text() == f"Обучение: {name}"
    choose(dialog.ui.kind, kind)
    if module:
        choose(dialog.ui.module, module)
    type_digits(qtbot, dialog.date, when.replace(".", ""))
    if hours is not None:
        dialog.ui.hours.setValue(hours)
    click(qtbot, accept_button(dialog))
    return dialog


def training_in_register(area) -> tuple:
    """The selected person's training as the register holds it, read again."""
    chosen = area.selected_id()
    return next(e.training for e in area.desk.roster_view() if e.mediator.id == chosen)


def lead_cell(area, name: str, program_type: str) -> tuple[str, str]:
    model = area.lead_model
    columns = [e.mediator.full_name for e in model.entries]
    index = model.index(PROGRAM_TYPES.index(program_type), columns.index(name))
    return model.data(index, DISPLAY), model.data(index, TOOLTIP)


def test_the_roster_starts_with_the_curator(area):
    assert area.add_button.text() == "&Добавить медиатора…"
    assert area.tabs.tabText(1) == "&Кто что может вести"
    assert screen(area.roster_model) == [
        [
            "Смирнова Ольга Петровна",
            "куратор службы",
            f"с {YEAR}",
            "модулей пока нет",
            "0",
            "есть пароль",
            "",
        ]
    ]
    assert area.detail.title() == "Обучение: Смирнова Ольга Петровна"


def test_add_an_adult_and_a_young_mediator_typed_in_russian(area, qtbot, type_text):
    add_person(area, qtbot, type_text, "Кузнецова Анна Викторовна", since=2023)
    add_person(area, qtbot, type_text, "Петров Михаил", "юный медиатор", cls="8А")
    rows = screen(area.roster_model)
    assert rows[1][:3] == ["Кузнецова Анна Викторовна", "взрослый медиатор", "с 2023"]
    assert rows[2][:4] == [
        "Петров Михаил",
        "юный медиатор, 8А класс",
        f"с {YEAR}",
        "программа не пройдена",
    ]
    assert area.selected_entry().mediator.full_name == "Петров Михаил"  # the new one is chosen
    young = area.desk.list_mediators()[2]
    assert (young.kind, young.class_name, young.years) == ("young", "8А", (YEAR,))


def test_empty_name_and_impossible_years_are_refused_beside_the_fields(area, qtbot, type_text):
    click(qtbot, area.add_button)
    dialog = area.dialog
    type_year(qtbot, dialog.ui.since, 2024)
    click(qtbot, dialog.ui.left)
    type_year(qtbot, dialog.ui.leftIn, 2022)
    click(qtbot, accept_button(dialog))
    assert dialog.isVisible()
    assert dialog.ui.nameError.text() == "Укажите ФИО медиатора."
    assert dialog.ui.nameError.isVisible()
    assert dialog.ui.leftError.text() == (
        "Последний год работы не может быть раньше первого, 2024."
    )
    assert not dialog.ui.classError.isVisible()
    assert len(area.desk.list_mediators()) == 1
    # Correcting the form clears the messages and saves.
    type_text(dialog.ui.name, "Лебедев Игорь Сергеевич")
    type_year(qtbot, dialog.ui.leftIn, 2025)
    click(qtbot, accept_button(dialog))
    assert not dialog.isVisible()
    assert [m.full_name for m in area.desk.list_mediators(2025)] == ["Лебедев Игорь Сергеевич"]


def test_a_wrong_class_comes_back_from_the_core_beside_the_field(area, qtbot, type_text):
    click(qtbot, area.add_button)
    dialog = area.dialog
    type_text(dialog.ui.name, "Юдин Лев")
    choose(dialog.ui.kind, "юный медиатор")
    type_text(dialog.ui.className, "восьмой")
    click(qtbot, accept_button(dialog))
    assert dialog.ui.classError.text() == "Запишите класс так: 7Б."
    assert len(area.desk.list_mediators()) == 1


def test_impossible_date_is_refused_and_no_training_saved(area, qtbot, type_text):
    dialog = add_training(
        area,
        qtbot,
        type_text,
        "Смирнова Ольга Петровна",
        "модуль программы на 254 часа",
        "31.02.2025",
        hours=36,
    )
    assert dialog.isVisible()
    assert dialog.ui.dateError.text() == "Такой даты нет: 31.02.2025."
    assert dialog.ui.moduleError.text() == "Выберите модуль, от М1 до М7."
    type_date(qtbot, dialog.date, date.today() + timedelta(days=1))
    choose(dialog.ui.module, "М1 восстановительная медиация и организация службы")
    dialog.ui.hours.setValue(0)
    click(qtbot, accept_button(dialog))
    assert dialog.ui.dateError.text() == "Дата не может быть в будущем."
    assert dialog.date.line.toolTip() == "Дата не может быть в будущем."
    assert dialog.ui.hoursError.text().startswith("Часов должно быть больше 0")
    assert not dialog.ui.moduleError.isVisible()
    assert training_in_register(area) == ()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert area.training_model.rowCount() == 0


def test_a_training_date_is_today_by_default_and_shown_in_the_interface_language(area, qtbot):
    select(area, "Смирнова Ольга Петровна")
    click(qtbot, area.training_button)
    dialog = area.dialog
    assert dialog.date.value() == date.today()
    choose(dialog.ui.kind, "супервизия")
    dialog.ui.hours.setValue(2)
    click(qtbot, accept_button(dialog))
    assert screen(area.training_model) == [
        [date.today().strftime("%d.%m.%Y"), "супервизия", "2", ""]
    ]


def test_training_and_who_may_lead_what(area, qtbot, type_text):
    add_person(area, qtbot, type_text, "Кузнецова Анна Викторовна")
    add_person(area, qtbot, type_text, "Петров Михаил", "юный медиатор", cls="8А")
    add_person(area, qtbot, type_text, "Соколова Дарья", "юный медиатор", cls="9Б")
    adult = add_training(
        area,
        qtbot,
        type_text,
        "Кузнецова Анна Викторовна",
        "модуль программы на 254 часа",
        "10.02.2024",
        hours=36,
        module="М1 восстановительная медиация и организация службы",
    )
    assert not adult.isVisible()
    select(area, "Петров Михаил")
    click(qtbot, area.training_button)
    young = area.dialog
    kinds = [young.ui.kind.itemText(i) for i in range(young.ui.kind.count())]
    assert "модуль программы на 254 часа" not in kinds  # modules are for adults
    choose(young.ui.kind, "36-часовая программа для юных медиаторов")
    assert young.ui.hours.value() == 36  # the program's own length, filled in
    type_digits(qtbot, young.date, "01102025")
    qtbot.keyClick(young.date.line, Qt.Key.Key_Return)  # Enter saves
    assert not young.isVisible()

    assert screen(area.training_model) == [
        ["01.10.2025", "36-часовая программа для юных медиаторов", "36", ""]
    ]
    rows = {row[0]: row for row in screen(area.roster_model)}
    assert rows["Кузнецова Анна Викторовна"][3:5] == ["М1", "36"]  # Cyrillic, as the labels
    assert rows["Петров Михаил"][3:5] == ["36-часовая программа", "36"]

    area.tabs.setCurrentIndex(1)
    assert lead_cell(area, "Кузнецова Анна Викторовна", "restorative_mediation")[0] == "✓"
    symbol, why = lead_cell(area, "Кузнецова Анна Викторовна", "family_conference")
    assert symbol == "⚠ М5"
    assert "не пройден модуль М5" in why and "куратор может разрешить" in why
    assert lead_cell(area, "Петров Михаил", "restorative_mediation")[0] == "✓"
    symbol, why = lead_cell(area, "Петров Михаил", "family_conference")
    assert symbol == "✗"
    assert "только в восстановительной медиации" in why
    symbol, why = lead_cell(area, "Соколова Дарья", "restorative_mediation")
    assert symbol == "✗" and "36-часовую программу" in why
    # Keyboard users read the same explanation under the table.
    area.lead_table.setCurrentIndex(
        area.lead_model.index(PROGRAM_TYPES.index("family_conference"), 1)
    )
    assert "не пройден модуль М5" in area.lead_why.text()


def test_a_training_record_is_corrected_in_its_dialog(area, qtbot, type_text):
    add_training(
        area, qtbot, type_text, "Смирнова Ольга Петровна", "супервизия", "14.11.2025", hours=2
    )
    area.training_table.selectRow(0)
    assert area.edit_training_button.text() == "Изменить &запись…"
    click(qtbot, area.edit_training_button)
    dialog = area.dialog
    assert isinstance(dialog, TrainingDialog)
    assert dialog.windowTitle() == "Изменение записи об обучении"
    assert (dialog.ui.kind.currentText(), dialog.ui.hours.value()) == ("супервизия", 2)
    assert dialog.date.line.text() == "14.11.2025"
    type_date(qtbot, dialog.date, date(2025, 11, 12))
    dialog.ui.hours.setValue(3)
    type_text(dialog.ui.note, "группа Б")
    click(qtbot, accept_button(dialog))
    assert not dialog.isVisible(), dialog.ui.message.text()
    assert screen(area.training_model) == [["12.11.2025", "супервизия", "3", "группа Б"]]
    (record,) = training_in_register(area)
    assert (record.held_on, record.hours, record.note) == (date(2025, 11, 12), 3, "группа Б")
    # Enter on a record opens it too.
    area.training_table.setFocus()
    area.training_table.selectRow(0)
    qtbot.keyClick(area.training_table, Qt.Key.Key_Return)
    assert isinstance(area.dialog, TrainingDialog)
    qtbot.keyClick(area.dialog, Qt.Key.Key_Escape)


def test_the_year_filter_shows_who_served_that_year(area, qtbot, type_text):
    add_person(area, qtbot, type_text, "Лебедев Игорь Сергеевич", since=2022, left=2023)
    add_person(area, qtbot, type_text, "Петров Михаил", "юный медиатор", cls="8А", since=2023)
    years = [area.year.itemText(i) for i in range(area.year.count())]
    assert years[0] == "все годы"
    assert years[1:] == [str(y) for y in range(YEAR, 2021, -1)]  # no year is missing
    choose(area.year, "2023")
    assert [row[0] for row in screen(area.roster_model)] == [
        "Лебедев Игорь Сергеевич",
        "Петров Михаил",
    ]
    assert area.summary.text() == "Состав 2023 года: взрослых — 1, юных — 1"
    assert area.lead_model.columnCount() == 2
    choose(area.year, str(YEAR))
    assert [row[0] for row in screen(area.roster_model)] == [
        "Смирнова Ольга Петровна",
        "Петров Михаил",
    ]
    # A person added while a year is shown is proposed from that year.
    choose(area.year, "2023")
    click(qtbot, area.add_button)
    assert area.dialog.ui.since.value() == 2023
    qtbot.keyClick(area.dialog, Qt.Key.Key_Escape)
    choose(area.year, "все годы")
    assert area.roster_model.rowCount() == 3
    rows = {row[0]: row[2] for row in screen(area.roster_model)}
    assert rows["Лебедев Игорь Сергеевич"] == "2022–2023"


def test_nobody_drops_out_in_january_and_leaving_is_one_mark(area, qtbot, type_text):
    """Added years ago and never edited: still in this year's roster; marked as gone, not."""
    add_person(area, qtbot, type_text, "Кузнецова Анна Викторовна", since=YEAR - 3)
    choose(area.year, str(YEAR))
    assert "Кузнецова Анна Викторовна" in [row[0] for row in screen(area.roster_model)]
    choose(area.year, "все годы")
    select(area, "Кузнецова Анна Викторовна")
    click(qtbot, area.edit_button)
    dialog = area.dialog
    assert dialog.ui.since.value() == YEAR - 3 and not dialog.ui.left.isChecked()
    assert not dialog.ui.leftIn.isEnabled()
    assert not dialog.ui.keepBreaks.isVisible()  # no break to keep
    click(qtbot, dialog.ui.left)
    type_year(qtbot, dialog.ui.leftIn, YEAR - 1)
    click(qtbot, accept_button(dialog))
    assert not dialog.isVisible(), dialog.ui.message.text()
    rows = {row[0]: row[2] for row in screen(area.roster_model)}
    assert rows["Кузнецова Анна Викторовна"] == f"{YEAR - 3}–{YEAR - 1}"
    assert "Кузнецова Анна Викторовна" not in [m.full_name for m in area.desk.list_mediators(YEAR)]
    # Last year's file counts her; this year's only the curator.
    assert area.desk.stats_preview(YEAR - 1)["mediators"] == {"adult": 1, "young": 0}
    assert area.desk.stats_preview(YEAR)["mediators"] == {"adult": 1, "young": 0}
    entry = area.desk.audit_entries(action="change_roster")[0]
    assert [(c.field, c.old, c.new) for c in entry.changes] == [
        ("Последний год работы", "", str(YEAR - 1))
    ]


def test_a_break_listed_in_an_older_roster_is_shown_and_can_be_counted(area, qtbot):
    desk = area.desk
    curator = desk.list_mediators()[0]
    desk.set_years(curator.id, (YEAR - 3, YEAR - 1))  # a roster kept year by year
    assert screen(area.roster_model)[0][2] == f"{YEAR - 3}, с {YEAR - 1}"
    click(qtbot, area.edit_button)
    dialog = area.dialog
    breaks = dialog.ui.keepBreaks
    assert breaks.isVisible() and breaks.isChecked()
    assert breaks.text() == f"Перерыв в работе: {YEAR - 2} (эти годы не считаются)"
    click(qtbot, breaks)
    click(qtbot, accept_button(dialog))
    assert screen(area.roster_model)[0][2] == f"с {YEAR - 3}"


def test_editing_keeps_the_curators_key_slot(area, qtbot, type_text, service_vault):
    select(area, "Смирнова Ольга Петровна")
    click(qtbot, area.edit_button)
    dialog = area.dialog
    assert dialog.windowTitle() == "Изменение данных медиатора"
    assert dialog.ui.kind.currentText() == "куратор службы"
    type_text(dialog.ui.position, "заместитель директора")
    click(qtbot, accept_button(dialog))
    curator = area.desk.list_mediators()[0]
    assert curator.position == "заместитель директора"
    assert curator.is_curator and curator.slot_id == service_vault.slot_id


def test_deleting_a_training_record_names_it_and_asks_first(area, qtbot, type_text):
    add_training(
        area, qtbot, type_text, "Смирнова Ольга Петровна", "супервизия", "14.11.2025", hours=2
    )
    area.training_table.selectRow(0)
    for answer, left in (("Оставить", 1), ("Удалить", 0)):
        click(qtbot, area.delete_button)
        box = area.dialog
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert box.text() == "Удалить эту запись об обучении?"
        assert box.informativeText().splitlines() == [
            "Медиатор: Смирнова Ольга Петровна",
            "Обучение: супервизия",
            "Дата: 14.11.2025",
            "Продолжительность: 2 ч",
        ]
        assert box.defaultButton().text() == "&Оставить"  # Enter keeps it
        (chosen,) = [b for b in box.buttons() if b.text().replace("&", "") == answer]
        click(qtbot, chosen)
        assert not box.isVisible()
        assert area.training_model.rowCount() == left
        area.training_table.selectRow(0)
    assert training_in_register(area) == ()
    assert area.desk.audit_entries(action="delete_training")[0].changes[0].old == "супервизия"


def test_changes_reach_the_vault_and_lock_empties_the_area(
    area, open_window, qtbot, type_text, service_vault
):
    add_person(area, qtbot, type_text, "Петров Михаил", "юный медиатор", cls="8А")
    add_training(
        area,
        qtbot,
        type_text,
        "Петров Михаил",
        "36-часовая программа для юных медиаторов",
        "01.10.2025",
    )
    click(qtbot, area.add_button)  # a form left open when the vault locks
    form = area.dialog
    path = service_vault.path
    open_window.lock()
    qtbot.waitUntil(lambda: open_window.session.vault is None, timeout=15_000)
    assert area.roster_model.rowCount() == 0
    assert area.lead_model.columnCount() == 0
    assert area.training_model.rowCount() == 0
    assert area.entries == [] and area.dialog is None and not form.isVisible()
    assert area.year.count() == 0 and not area.add_button.isEnabled()

    reopened = Vault.open(path, TEST_PASSWORD)
    try:
        people = desk_for(reopened).roster_view()
        young = next(e for e in people if e.mediator.full_name == "Петров Михаил")
        assert young.mediator.class_name == "8А" and young.young_program
        assert young.training_hours == 36
    finally:
        reopened.close()


def test_a_lock_closes_the_deletion_question_and_deletes_nothing(area, open_window, qtbot):
    curator = area.desk.list_mediators()[0]
    area.desk.add_training(curator.id, TrainingRecord("seminar", date.today(), 3))
    area.training_table.selectRow(0)
    click(qtbot, area.delete_button)
    box = area.dialog
    assert isinstance(box, QMessageBox)
    open_window.lock()
    qtbot.waitUntil(lambda: open_window.session.vault is None, timeout=15_000)
    assert not box.isVisible() and area.dialog is None


def test_keyboard_only(area, qtbot, type_text):
    click(qtbot, area.add_button)
    dialog = area.dialog
    assert dialog.ui.nameLabel.buddy() is dialog.ui.name
    assert dialog.ui.sinceLabel.buddy() is dialog.ui.since
    chain, widget = [], dialog.ui.name
    while len(chain) < 6:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(dialog):
            name = widget.objectName()  # a spin box's own line edit stands for the box
            name = widget.parentWidget().objectName() if name.startswith("qt_") else name
            if widget.isEnabled() and chain[-1:] != [name]:
                chain.append(name)
    # An adult's class box and the last year (until the mark) are off, and Tab skips them.
    assert chain == ["kind", "position", "contacts", "since", "left", "note"]
    type_text(dialog.ui.name, "Агеева Марина Петровна")
    qtbot.keyClick(dialog.ui.name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert "Агеева Марина Петровна" in [row[0] for row in screen(area.roster_model)]
    click(qtbot, area.add_button)
    dialog = area.dialog
    type_text(dialog.ui.name, "Не сохранять")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(area.desk.list_mediators()) == 2


def test_the_sample_screenshots_are_written(app, tmp_path):
    written = roster_shots(None, tmp_path, "ru")
    assert [p.name for p in written] == [
        "ru-mediators-roster.png",
        "ru-mediators-lead.png",
        "ru-mediator-dialog.png",
        "ru-training-dialog.png",
        "ru-training-delete.png",
        "ru-access-dialog.png",
    ]
    assert all(p.stat().st_size > 5_000 for p in written)


def fits(window) -> None:
    """The window lies on the screen and its buttons are shown whole inside it."""
    from rsdesk.gui.qt import QApplication, QDialogButtonBox, QPoint, QRect

    QApplication.processEvents()
    room = window.screen().availableGeometry()
    assert room.contains(window.frameGeometry()), (window.windowTitle(), window.frameGeometry())
    buttons = [b for box in window.findChildren(QDialogButtonBox) for b in box.buttons()]
    assert buttons
    for button in buttons:
        where = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        assert button.isVisible() and window.rect().contains(where), button.text()


def test_the_roster_dialogs_fit_the_screen_with_every_row_shown(area, qtbot):
    curator = area.desk.list_mediators()[0]
    area.desk.set_years(curator.id, (YEAR - 3, YEAR - 1))  # a break to show
    area.desk.add_training(curator.id, TrainingRecord("module", date.today(), 36, module="M7"))
    click(qtbot, area.edit_button)
    dialog = area.dialog
    click(qtbot, dialog.ui.left)
    type_year(qtbot, dialog.ui.leftIn, YEAR - 4)
    dialog.ui.name.clear()
    click(qtbot, accept_button(dialog))  # every error row and the break row are shown
    assert dialog.ui.nameError.isVisible() and dialog.ui.leftError.isVisible()
    assert dialog.ui.keepBreaks.isVisible()
    fits(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    area.training_table.selectRow(0)
    click(qtbot, area.edit_training_button)
    training = area.dialog
    type_date(qtbot, training.date, date.today() + timedelta(days=2))
    training.ui.hours.setValue(0)
    click(qtbot, accept_button(training))
    assert training.ui.dateError.isVisible() and training.ui.hoursError.isVisible()
    fits(training)
    qtbot.keyClick(training, Qt.Key.Key_Escape)
    click(qtbot, area.delete_button)
    box = area.dialog
    assert "М7" in box.informativeText()
    fits(box)
    box.reject()
