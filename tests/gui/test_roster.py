"""The Mediators area driven as a curator would: roster, training, years, who may lead what."""

from __future__ import annotations

from datetime import date

import pytest

from rsdesk.access.workplace import desk_for
from rsdesk.domain.vocabulary import PROGRAM_TYPES
from rsdesk.gui.areas import AREAS
from rsdesk.gui.qt import QMessageBox, Qt
from rsdesk.gui.roster.area import MediatorsArea
from rsdesk.gui.roster.dialogs import MediatorDialog, TrainingDialog, accept_button, parse_years
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


def add_person(area, qtbot, type_text, name, role="взрослый медиатор", cls="", years=""):
    click(qtbot, area.add_button)
    dialog = area.dialog
    assert isinstance(dialog, MediatorDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Новый медиатор"
    type_text(dialog.ui.name, name)
    choose(dialog.ui.kind, role)
    if cls:
        assert dialog.ui.className.isEnabled()
        type_text(dialog.ui.className, cls)
    if years:
        dialog.ui.years.clear()
        type_text(dialog.ui.years, years)
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
    type_text(dialog.ui.date, when)
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
            str(YEAR),
            "модулей пока нет",
            "0",
            "есть пароль",
            "",
        ]
    ]
    assert area.detail.title() == "Обучение: Смирнова Ольга Петровна"


def test_add_an_adult_and_a_young_mediator_typed_in_russian(area, qtbot, type_text):
    add_person(area, qtbot, type_text, "Кузнецова Анна Викторовна", years="2023–2024, 2026")
    add_person(area, qtbot, type_text, "Петров Михаил", "юный медиатор", cls="8А")
    rows = screen(area.roster_model)
    assert rows[1][:3] == ["Кузнецова Анна Викторовна", "взрослый медиатор", "2023–2024, 2026"]
    assert rows[2][:4] == [
        "Петров Михаил",
        "юный медиатор, 8А класс",
        str(YEAR),
        "ещё не обучен(а)",
    ]
    assert area.selected_entry().mediator.full_name == "Петров Михаил"  # the new one is chosen
    young = area.desk.list_mediators()[2]
    assert (young.kind, young.class_name, young.years) == ("young", "8А", (YEAR,))


def test_empty_name_is_refused_beside_the_field_and_nothing_is_saved(area, qtbot, type_text):
    click(qtbot, area.add_button)
    dialog = area.dialog
    dialog.ui.years.clear()
    type_text(dialog.ui.years, "2024, 20х5")
    click(qtbot, accept_button(dialog))
    assert dialog.isVisible()
    assert dialog.ui.nameError.text() == "Укажите ФИО медиатора."
    assert dialog.ui.nameError.isVisible()
    assert dialog.ui.yearsError.text() == "Запишите годы так: 2024, 2025 или 2022–2024."
    assert not dialog.ui.classError.isVisible()
    assert len(area.desk.list_mediators()) == 1
    # Correcting the form clears the messages and saves.
    type_text(dialog.ui.name, "Лебедев Игорь Сергеевич")
    dialog.ui.years.clear()
    type_text(dialog.ui.years, "2025")
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
    assert dialog.ui.dateError.text() == "Укажите существующую дату в виде дд.мм.гггг."
    assert dialog.ui.moduleError.text() == "Выберите модуль, от М1 до М7."
    dialog.ui.date.clear()
    type_text(dialog.ui.date, f"01.01.{YEAR + 1}")
    choose(dialog.ui.module, "М1 восстановительная медиация и организация службы")
    dialog.ui.hours.setValue(0)
    click(qtbot, accept_button(dialog))
    assert dialog.ui.dateError.text() == "Дата не может быть в будущем."
    assert dialog.ui.hoursError.text().startswith("Часов должно быть больше 0")
    assert not dialog.ui.moduleError.isVisible()
    assert training_in_register(area) == ()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert area.training_model.rowCount() == 0


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
    type_text(young.ui.date, "01.10.2025")
    qtbot.keyClick(young.ui.date, Qt.Key.Key_Return)  # Enter saves
    assert not young.isVisible()

    assert screen(area.training_model) == [
        ["01.10.2025", "36-часовая программа для юных медиаторов", "36", ""]
    ]
    rows = {row[0]: row for row in screen(area.roster_model)}
    assert rows["Кузнецова Анна Викторовна"][3:5] == ["M1", "36"]
    assert rows["Петров Михаил"][3:5] == ["36-часовая программа", "36"]

    area.tabs.setCurrentIndex(1)
    assert lead_cell(area, "Кузнецова Анна Викторовна", "restorative_mediation")[0] == "✓"
    symbol, why = lead_cell(area, "Кузнецова Анна Викторовна", "family_conference")
    assert symbol == "⚠ M5"
    assert "не пройден модуль M5" in why and "куратор может разрешить" in why
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
    assert "не пройден модуль M5" in area.lead_why.text()


def test_the_year_filter_shows_who_served_that_year(area, qtbot, type_text):
    add_person(area, qtbot, type_text, "Лебедев Игорь Сергеевич", years="2022-2023")
    add_person(area, qtbot, type_text, "Петров Михаил", "юный медиатор", cls="8А", years="2023")
    years = [area.year.itemText(i) for i in range(area.year.count())]
    assert years[0] == "все годы" and {"2022", "2023", str(YEAR)} <= set(years)
    choose(area.year, "2023")
    assert [row[0] for row in screen(area.roster_model)] == [
        "Лебедев Игорь Сергеевич",
        "Петров Михаил",
    ]
    assert area.summary.text() == "Состав 2023 года: взрослых — 1, юных — 1"
    assert area.lead_model.columnCount() == 2
    choose(area.year, str(YEAR))
    assert [row[0] for row in screen(area.roster_model)] == ["Смирнова Ольга Петровна"]
    # A person added while a year is shown is proposed for that year.
    click(qtbot, area.add_button)
    assert area.dialog.ui.years.text() == str(YEAR)
    qtbot.keyClick(area.dialog, Qt.Key.Key_Escape)
    choose(area.year, "все годы")
    assert area.roster_model.rowCount() == 3


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


def test_deleting_a_training_record_asks_first(area, qtbot, type_text, monkeypatch):
    add_training(
        area, qtbot, type_text, "Смирнова Ольга Петровна", "супервизия", "14.11.2025", hours=2
    )
    area.training_table.selectRow(0)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *args: next(answers))
    click(qtbot, area.delete_button)
    assert area.training_model.rowCount() == 1
    area.training_table.selectRow(0)
    click(qtbot, area.delete_button)
    assert area.training_model.rowCount() == 0
    assert training_in_register(area) == ()


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


def test_keyboard_only(area, qtbot, type_text):
    click(qtbot, area.add_button)
    dialog = area.dialog
    assert dialog.ui.nameLabel.buddy() is dialog.ui.name
    chain, widget = [], dialog.ui.name
    while len(chain) < 6:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget.objectName())
    assert chain == ["kind", "className", "position", "contacts", "years", "note"]
    type_text(dialog.ui.name, "Агеева Марина Петровна")
    qtbot.keyClick(dialog.ui.name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert "Агеева Марина Петровна" in [row[0] for row in screen(area.roster_model)]
    click(qtbot, area.add_button)
    dialog = area.dialog
    type_text(dialog.ui.name, "Не сохранять")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(area.desk.list_mediators()) == 2


def test_years_are_typed_as_a_list_or_a_range():
    assert parse_years("2022 - 2024, 2026") == (2022, 2023, 2024, 2026)
    assert parse_years(" ") == ()
    for wrong in ("20х4", "2024–2020", "24"):
        with pytest.raises(ValueError):
            parse_years(wrong)


def test_the_sample_screenshots_are_written(app, tmp_path):
    written = roster_shots(None, tmp_path, "ru")
    assert [p.name for p in written] == [
        "ru-mediators-roster.png",
        "ru-mediators-lead.png",
        "ru-mediator-dialog.png",
        "ru-training-dialog.png",
        "ru-access-dialog.png",
    ]
    assert all(p.stat().st_size > 5_000 for p in written)
