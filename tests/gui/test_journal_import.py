"""«Файл → Импорт журнала…» on the real main window: a journal whose headers are not the
template's, its columns mapped with the keyboard and the mouse, the rows checked, imported,
seen in the cases list and in the yearly figures; then undone; the template saved.

The journal is a CSV of invented people written into the test's own folder, the file dialogs
are told which file the person chose, and every modal dialog is answered as a person would.
Nothing here reads the register: what the import did is read off the screens.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from unittest import mock

import pytest

from rsdesk.gui.journal.dialog import JournalImportDialog
from rsdesk.gui.journal.imports import ImportsDialog
from rsdesk.gui.qt import (
    QAction,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QMessageBox,
    QTabWidget,
)
from rsdesk.i18n import translate
from tests.helpers.clicks import (
    answer_box,
    button,
    click,
    click_row,
    fits_screen,
    labelled,
    modal,
    pick,
    plain,
    press,
    retype,
    settle,
    type_text,
    wait_until,
)

A = date.today().year - 2  # the journal's two calendar years, both behind today
B = A + 1
HEADER = (
    "Дата поступления",  # a synonym of «Дата обращения»: read for it at once
    "Кем направлено",  # no synonym of «Кто обратился»: the person has to choose it
    "Категория",
    "Краткое описание ситуации",
    "ФИО, класс",
    "Решение",
    "Программа",
    "Ведущие",
    "Дата окончания",
    "Результат",  # a synonym of «Итог», but it holds the service's own words
    "Исход",  # the outcome as the template names it
)
CONFLICT = "конфликт между участниками образовательных отношений, в том числе групповой"
BULLYING = "травля (буллинг) со стороны сверстников или педагогов"
COMMUNITY = "проблемная ситуация в детском, родительском или педагогическом сообществе"
MEDIATION = "восстановительная медиация"
CIRCLE = "круг примирения"
WITH = "завершена с договорённостью"
PARENT = "родитель или законный представитель"
VETROVA = "Ветрова Алла Игоревна"
SOKOLOV = "Соколов Павел Андреевич"
ROWS = (
    (f"15.09.{A}", "педагог", CONFLICT, "Ссора на перемене",
     f"Громов Илья (обидчик, н/л, 6А); Светлов Марк (пострадавший, н/л, 6А); "
     f"Громова Ирина Олеговна ({PARENT}, взр)",
     "принята", MEDIATION, VETROVA, f"30.09.{A}", "помирились", WITH),
    (f"02.10.{A}", "родитель", BULLYING, "Насмешки в чате класса",
     "Лунина Софья (пострадавший, н/л, 7Б); Ершова Дарья (обидчик, н/л, 7Б)",
     "принята", CIRCLE, f"{VETROVA}; {SOKOLOV}", f"20.10.{A}", "договорились о правилах", WITH),
    (f"11.11.{A}", "обучающийся", CONFLICT, "Спор из-за оценки",
     "Пахомов Глеб (сторона конфликта, н/л, 9В)", "отклонена", "", "", "", "", ""),
    (f"01.12.{A}", "педагог", COMMUNITY, "Класс не принимает новенького",
     "Рябова Ника (сторона конфликта, н/л, 5А); Жуков Лев (сторона конфликта, н/л, 5А)",
     "принята", MEDIATION, SOKOLOV, f"15.12.{A}", "одна сторона отказалась", "прекращена"),
    (f"03.02.{B}", "родитель", CONFLICT, "Разбитый телефон",
     f"Орлов Кирилл (обидчик, н/л, 8Б); Орлова Вера Павловна ({PARENT}, взр); "
     "Минин Юрий (пострадавший, н/л, 8Б)",
     "принята", MEDIATION, VETROVA, f"20.02.{B}", "без договора", "завершена без договорённости"),
    (f"10.03.{B}", "администрация образовательной организации", BULLYING, "Травля в раздевалке",
     "Котов Фёдор (обидчик, н/л, 6Б); Белов Тимур (пострадавший, н/л, 6Б)",
     "принята", CIRCLE, SOKOLOV, f"30.03.{B}", "извинились", WITH),
    (f"05.04.{B}", "КДН и ЗП", "преступление несовершеннолетнего", "Кража велосипеда",
     "Чернов Егор (обидчик, н/л, 9А)", "передана", "", "", "", "", ""),
    (f"12.05.{B}", "обучающийся", CONFLICT, "Спор в столовой",
     "Носова Аня (сторона конфликта, н/л, 7А)", "отклонена", "", "", "", "", ""),
)  # fmt: skip
ACCEPTED = 5  # the rows with a program: each a closed case
FILE_NAME = f"Журнал службы {A}-{B}.csv"


def write_journal(folder: Path, rows=ROWS, name: str = FILE_NAME) -> Path:
    """The journal as a school keeps it in a spreadsheet, saved as CSV with «;»."""
    path = folder / name
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        sheet = csv.writer(out, delimiter=";")
        sheet.writerow(HEADER)
        sheet.writerows(rows)
    return path


def entry(window, text: str) -> QAction:
    """An entry of the File menu as it reads, enabled or not."""
    found = [a for a in window.ui.menuFile.actions() if plain(a.text()) == text]
    assert len(found) == 1, [plain(a.text()) for a in window.ui.menuFile.actions()]
    return found[0]


def choosing(path: Path | str):
    """The file dialog answered with `path` (or cancelled, with "")."""
    return mock.patch.object(QFileDialog, "getOpenFileName", return_value=(str(path), ""))


def tab(tabs: QTabWidget, title: str) -> None:
    """Click the tab whose title begins with `title`."""
    bar = tabs.tabBar()
    for index in range(tabs.count()):
        if plain(tabs.tabText(index)).startswith(title):
            click(bar, bar.tabRect(index).center())
            assert tabs.currentIndex() == index
            return
    raise AssertionError(f"no tab «{title}» among {[tabs.tabText(i) for i in range(tabs.count())]}")


def cells(view, column: int) -> list[str]:
    model = view.model()
    return [str(model.index(row, column).data() or "") for row in range(model.rowCount())]


def go(window, key: str):
    from rsdesk.gui.areas import AREAS

    click_row(window.ui.navigation, [a.key for a in AREAS].index(key))
    settle()
    assert window.current_area() == key
    return window.pages[key]


def import_in_dialog(dialog: QDialog) -> None:
    """«Перенести», the question answered yes, the result read and closed."""
    modal(
        lambda: press(dialog, "Перенести"),
        lambda box: click(button(box, "Перенести")),
        answer_box(QMessageBox.StandardButton.Ok, says="Перенесено 8 обращений."),
    )


def test_curator_maps_the_columns_and_imports_the_journal(open_window, tmp_path):
    window = open_window
    journal = write_journal(tmp_path)
    seen: dict[str, object] = {}

    def walk(dialog: QDialog) -> None:
        assert isinstance(dialog, JournalImportDialog)
        fits_screen(dialog)
        assert dialog.windowTitle() == f"Импорт журнала: {FILE_NAME}"
        # Read as far as the headers tell: the date, the description and the people found
        # under the sheet's own names; who made the request not found.
        assert labelled(dialog, "Дата обращения", QComboBox).currentText() == "Дата поступления"
        assert labelled(dialog, "Участники", QComboBox).currentText() == "ФИО, класс"
        source = labelled(dialog, "Кто обратился", QComboBox)
        assert source.currentIndex() == -1
        assert source.placeholderText() == "— выберите столбец —"
        assert dialog.summary.text().startswith("Ничего не будет перенесено")
        assert dialog.tabs.currentWidget() is dialog.problems
        # The file as a whole first (row «файл»), then the rows it reads as they are.
        assert cells(dialog.problems, 0)[0] == "файл"
        assert cells(dialog.problems, 1)[0] == "Кто обратился"
        assert "обязател" in cells(dialog.problems, 2)[0]
        assert not button(dialog, "Перенести").isEnabled()

        pick(source, "Кем направлено")
        # Now every row is read, and the rows with a program say their outcome in words the
        # template does not know: «Результат» is the service's comment.
        assert dialog.tabs.currentWidget() is dialog.problems
        assert set(cells(dialog.problems, 1)) == {"Результат"}
        assert cells(dialog.problems, 0) == ["2", "3", "5", "6", "7"]
        assert "помирились" in cells(dialog.problems, 2)[0]
        assert dialog.summary.text() == (
            "Ничего не будет перенесено, пока в файле есть ошибки (5 ошибок): исправьте их "
            "в файле или выберите для полей другие столбцы ниже."
        )
        assert not button(dialog, "Перенести").isEnabled()

        outcome = labelled(dialog, "Итог программы", QComboBox)
        assert outcome.currentText() == "Результат"
        pick(outcome, "Исход")
        assert dialog.problems.model().rowCount() == 0
        assert dialog.tabs.currentWidget() is dialog.rows
        assert dialog.summary.text() == (
            f"Будет перенесено 8 обращений: {A} год — 4 обращения, 2 завершённые программы "
            f"(с договорённостью — 2, прекращено — 1); {B} год — 4 обращения, "
            "2 завершённые программы (с договорённостью — 1)."
        )
        assert dialog.skipped.text() == "Не переносятся столбцы: «Результат»."
        assert f"{VETROVA}, {SOKOLOV}" in dialog.notes.text()
        assert plain(dialog.tabs.tabText(0)) == "Обращения (8)"
        rows = dialog.rows
        assert cells(rows, 0) == [str(line) for line in range(2, 10)]
        assert cells(rows, 1)[:2] == [f"15.09.{A}", f"02.10.{A}"]
        assert cells(rows, 2)[6] == "КДН и ЗП"
        assert cells(rows, 4)[:3] == ["3 (н/л — 2)", "2 (н/л — 2)", "1 (н/л — 1)"]
        assert cells(rows, 5)[6] == "передана"
        assert cells(rows, 6)[1] == CIRCLE
        assert cells(rows, 8)[3] == "прекращена"

        import_in_dialog(dialog)
        # The same file once more would add nothing: the dialog says so at once.
        assert dialog.summary.text() == "Переносить нечего: все строки этого файла уже перенесены."
        assert "Этот файл уже переносился" in dialog.notes.text()
        assert not button(dialog, "Перенести").isEnabled()
        assert "Отменить импорт можно до" in dialog.message.text()
        tab(dialog.tabs, "Перенесённые ранее")
        table = dialog.imports.table
        assert cells(table, 2) == [FILE_NAME]
        assert cells(table, 3) == ["8"]
        assert cells(table, 1) == ["Смирнова Ольга Петровна"]
        assert cells(table, 4)[0].startswith("можно отменить до ")
        seen["done"] = True
        press(dialog, "Закрыть")

    action = entry(window, "Импорт журнала…")
    assert action.isEnabled()
    with choosing(journal) as asked:
        modal(action.trigger, walk)
    assert asked.call_count == 1 and seen["done"]
    settle()
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]

    # The cases list holds the five cases the journal had, found by their people's names.
    area = go(window, "cases")
    tab(area.tabs, "Случаи")
    cases = area.cases
    assert cases.model.rowCount() == ACCEPTED
    type_text(cases.search, "Громов")
    settle()
    assert cases.model.rowCount() == 1
    assert "Громов Илья" in cells(cases.table, 3)[0]
    cases.search.clear()

    # And the yearly figures count them like any other request.
    figures = go(window, "statistics")
    tab(figures.tabs, "Отчёт службы")
    panel = figures.service
    total = translate("stats", "Requests received, total")
    for year, requests in ((A, 4), (B, 4)):
        retype(panel.year, str(year))
        settle()
        assert panel.year.value() == year
        press(panel, "Показать, что будет отправлено")
        wait_until(lambda: panel.payload is not None, 20, "the figures")
        labels = cells(panel.table, 0)
        assert cells(panel.table, 1)[labels.index(total)] == str(requests)


def test_a_refusal_keeps_the_dialog_as_it_was(open_window, tmp_path):
    """Imported meanwhile from elsewhere (another window, the command line): «Перенести» is
    refused with the Desk's words, and the mapping chosen stays."""
    window = open_window
    journal = write_journal(tmp_path)

    def walk(dialog: QDialog) -> None:
        pick(labelled(dialog, "Кто обратился", QComboBox), "Кем направлено")
        pick(labelled(dialog, "Итог программы", QComboBox), "Исход")
        assert button(dialog, "Перенести").isEnabled()
        mapping = dialog.mapping.mapping()
        window.session.desk.import_journal(journal.read_bytes(), FILE_NAME, mapping)
        modal(
            lambda: press(dialog, "Перенести"),
            lambda box: click(button(box, "Перенести")),
        )
        assert dialog.message.isVisible()
        assert "нет новых строк" in dialog.message.text()
        assert dialog.mapping.mapping() == mapping
        assert labelled(dialog, "Кто обратился", QComboBox).currentText() == "Кем направлено"
        assert not button(dialog, "Перенести").isEnabled()
        press(dialog, "Закрыть")

    with choosing(journal):
        modal(entry(window, "Импорт журнала…").trigger, walk)


def test_an_import_is_undone_from_the_list_of_imports(open_window, tmp_path):
    window = open_window
    rows = tuple((*row[:9], row[10], row[10]) for row in ROWS)  # «Результат» as the template
    journal = write_journal(tmp_path, rows)

    def bring_in(dialog: QDialog) -> None:
        pick(labelled(dialog, "Кто обратился", QComboBox), "Кем направлено")
        import_in_dialog(dialog)
        press(dialog, "Закрыть")

    with choosing(journal):
        modal(entry(window, "Импорт журнала…").trigger, bring_in)
    area = go(window, "cases")
    assert area.cases.model.rowCount() == ACCEPTED

    def undo(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportsDialog)
        fits_screen(dialog)
        panel = dialog.panel
        assert cells(panel.table, 2) == [FILE_NAME]
        click_row(panel.table, 0)

        def reason(asking: QDialog) -> None:
            assert "Почему отменяется импорт файла" in asking.prompt.text()
            type_text(asking.reason, "Перенесли не тот год")
            press(asking, "Отменить импорт")

        modal(lambda: press(panel, "Отменить импорт…"), reason)
        assert cells(panel.table, 4)[0].startswith("отменён ")
        assert not button(panel, "Отменить импорт…").isEnabled()
        assert "убрано: 8 обращений" in panel.message.text()
        press(dialog, "Закрыть")

    modal(entry(window, "Перенесённые журналы…").trigger, undo)
    assert area.cases.model.rowCount() == 0


def test_cancelling_the_file_dialog_does_nothing(open_window):
    with choosing("") as asked:
        entry(open_window, "Импорт журнала…").trigger()
    settle()
    assert asked.call_count == 1
    assert QApplication.activeModalWidget() is None
    assert not any(isinstance(w, JournalImportDialog) for w in QApplication.topLevelWidgets())


def test_a_file_that_is_no_journal_is_refused_in_words(open_window, tmp_path):
    path = tmp_path / "фото.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    with choosing(path):
        modal(
            entry(open_window, "Импорт журнала…").trigger,
            answer_box(QMessageBox.StandardButton.Ok),
        )
    assert not any(isinstance(w, JournalImportDialog) for w in QApplication.topLevelWidgets())


def test_only_the_curator_imports_a_journal(app, qtbot, tmp_path):
    from rsdesk.gui.main_window import MainWindow
    from rsdesk.settings import load_settings
    from tests.helpers.users import ADULT_PASSWORD, make_service, sign_in

    path = tmp_path / "school.rsdv"
    make_service(path)
    window = MainWindow(load_settings())
    qtbot.addWidget(window)
    window.show()
    importing, imports = entry(window, "Импорт журнала…"), entry(window, "Перенесённые журналы…")
    assert not importing.isEnabled()  # no file open yet
    sign_in(window, path, ADULT_PASSWORD)
    settle()
    try:
        assert window.data_open
        for action in (importing, imports):
            assert not action.isEnabled()
            assert action.toolTip()  # why not, in the menu's tooltip
        assert entry(window, "Шаблон журнала…").isEnabled()  # the template is anyone's
    finally:
        window.session.close()


def test_the_template_is_saved_where_the_person_chose(open_window, tmp_path):
    window = open_window
    chosen = tmp_path / "шаблон"
    with mock.patch.object(QFileDialog, "getSaveFileName", return_value=(str(chosen), "")):
        entry(window, "Шаблон журнала…").trigger()
    written = tmp_path / "шаблон.xlsx"
    assert written.read_bytes()[:2] == b"PK"  # a workbook
    assert not (tmp_path / "шаблон.xlsx.part").exists()
    assert str(written) in window.statusBar().currentMessage()
    said = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(said) == 1 and str(written) in said[0].text()
    click(said[0].button(QMessageBox.StandardButton.Close))


@pytest.mark.parametrize("where", ["a file as folder"])
def test_a_template_that_cannot_be_written_is_said_in_russian(open_window, tmp_path, where):
    (tmp_path / "файл").write_text("не папка")
    target = tmp_path / "файл" / "шаблон.xlsx"
    with mock.patch.object(QFileDialog, "getSaveFileName", return_value=(str(target), "")):
        modal(
            entry(open_window, "Шаблон журнала…").trigger,
            answer_box(QMessageBox.StandardButton.Ok, says="Такого файла или папки нет"),
        )
    assert not target.exists()


def test_a_case_from_the_journal_is_read_and_not_changed(open_window, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from rsdesk.gui.cases.case_card import CaseCardDialog

    window = open_window
    rows = tuple((*row[:9], row[10], row[10]) for row in ROWS)

    def bring_in(dialog: QDialog) -> None:
        pick(labelled(dialog, "Кто обратился", QComboBox), "Кем направлено")
        import_in_dialog(dialog)
        press(dialog, "Закрыть")

    with choosing(write_journal(tmp_path, rows)):
        modal(entry(window, "Импорт журнала…").trigger, bring_in)
    area = go(window, "cases")
    tab(area.tabs, "Случаи")
    type_text(area.cases.search, "Громов")
    settle()
    assert area.cases.model.rowCount() == 1
    table = area.cases.table
    click_row(table, 0)
    read: dict[str, str] = {}

    def look(card: QDialog) -> None:
        assert isinstance(card, CaseCardDialog)
        read["summary"] = card.summary.text()
        read["notice"] = card.notice.text()
        for widget in (card.add_person, card.edit_people, card.edit_text, card.close_case):
            assert not widget.isEnabled(), widget.text()
            assert widget.toolTip().startswith("Случай перенесён из журнала"), widget.text()
        assert not card.reopen.isVisible() and not card.delete.isVisible()
        assert "Громов Илья" in [
            card.participants.item(r, 0).text() for r in range(card.participants.rowCount())
        ]
        press(card, "Закрыть")

    modal(lambda: QTest.keyClick(table, Qt.Key.Key_Return), look)
    assert read["summary"].startswith(f"Статус: закрыт; открыт 15.09.{A}, закрыт 30.09.{A}")
    assert "перенесено из журнала" in read["summary"].splitlines()[0]
    assert "отмените весь перенос" in read["notice"]


def test_a_request_the_journal_left_undecided_is_read_and_not_decided(open_window, tmp_path):
    """The journal says nothing of a decision: the request is history, like the rest of the
    import; «Решить…» and «Изменить…» open it to read and say why nothing can be saved."""
    window = open_window
    rows = (
        *((*row[:9], row[10], row[10]) for row in ROWS),
        (f"20.05.{B}", "педагог", CONFLICT, "Не успели решить",
         "Фомин Олег (сторона конфликта, н/л, 8А)", "", "", "", "", "", ""),
    )  # fmt: skip

    def bring_in(dialog: QDialog) -> None:
        pick(labelled(dialog, "Кто обратился", QComboBox), "Кем направлено")
        modal(
            lambda: press(dialog, "Перенести"),
            lambda box: click(button(box, "Перенести")),
            answer_box(QMessageBox.StandardButton.Ok, says="Перенесено 9 обращений."),
        )
        press(dialog, "Закрыть")

    with choosing(write_journal(tmp_path, rows)):
        modal(entry(window, "Импорт журнала…").trigger, bring_in)
    area = go(window, "cases")
    tab(area.tabs, "Заявки")
    listed = area.requests
    pick(listed.year, str(B))
    settle()
    texts = [plain(t) for t in cells(listed.table, 6)]
    assert texts.count("в журнале решения нет") == 1
    click_row(listed.table, texts.index("в журнале решения нет"))
    assert not listed.decision.isEnabled() and not listed.edit.isEnabled()
    assert "registered" not in [r.status for r in listed.model.rows]


def test_an_imported_journal_leaves_nothing_readable_on_disk(open_window, tmp_path, rsdesk_home):
    """The sheet is personal data: read into memory, stored only in the encrypted file."""
    import os
    import tempfile
    import time

    canary = "Канарейкин Зиновий"
    started = time.time() - 1
    rows = ((*ROWS[0][:4], f"{canary} (обидчик, н/л, 6А)", *ROWS[0][5:9], ROWS[0][10], ""),)
    sheet = write_journal(tmp_path, rows)

    def bring_in(dialog: QDialog) -> None:
        pick(labelled(dialog, "Кто обратился", QComboBox), "Кем направлено")
        modal(
            lambda: press(dialog, "Перенести"),
            lambda box: click(button(box, "Перенести")),
            answer_box(QMessageBox.StandardButton.Ok, says="Перенесено 1 обращение."),
        )
        press(dialog, "Закрыть")

    with choosing(sheet):
        modal(entry(open_window, "Импорт журнала…").trigger, bring_in)
    open_window.lock()
    found = []
    for place in (rsdesk_home, Path(tempfile.gettempdir()), Path.home() / ".cache"):
        for root, _dirs, names in os.walk(place):
            for name in names:
                path = Path(root, name)
                try:
                    if path == sheet or path.stat().st_mtime < started:
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue
                if any(canary.encode(code) in data for code in ("utf-8", "utf-16-le", "cp1251")):
                    found.append(path)
    assert found == []
