"""«Реестр служб» as a regional centre's operator uses it: add up a folder in «Региональный
свод», see the new services, confirm one, accept a key change only after the warning, import a
list prepared in advance, see who has not sent the year's file and save that list. Everything
is done with clicks on the real widgets; the file and message dialogs are patched."""

from __future__ import annotations

import base64
import contextlib
import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtTest import QTest

from rsdesk.gui.qt import QApplication, QDialogButtonBox, QFileDialog, QMessageBox, Qt
from tests.helpers.stats import make_payload, write_signed

IDS = (
    "1a6f3c55-0f5e-4d5c-9a3e-2f1d8d6c4b21",
    "2b6f3c55-0f5e-4d5c-9a3e-2f1d8d6c4b22",
    "3c6f3c55-0f5e-4d5c-9a3e-2f1d8d6c4b23",
)
NAMES = ("МБОУ «СОШ № 1»", "МБОУ «СОШ № 2»", "МБОУ «СОШ № 3»")
KEYS = tuple(Ed25519PrivateKey.generate() for _ in IDS)
PIPE_REASON = "Это не файл, а канал или устройство: он не прочитан."


def payload(index: int, requests: int, **extra) -> dict:
    return make_payload(
        service_id=IDS[index], name=NAMES[index], sources={"teacher": requests}, **extra
    )


def public(key: Ed25519PrivateKey) -> str:
    return base64.b64encode(key.public_key().public_bytes_raw()).decode()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    inbox = tmp_path / "2019"
    inbox.mkdir()
    for index, requests in enumerate((40, 25)):  # the third service sends nothing
        write_signed(inbox, f"school-{index}.rsdstats", payload(index, requests), KEYS[index])
    return inbox


@pytest.fixture
def panel(app, qtbot, folder, monkeypatch):
    from rsdesk.gui.stats.regional_panel import RegionalPanel

    widget = RegionalPanel()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    QTest.mouseClick(widget.add_folder, Qt.MouseButton.LeftButton)
    yield widget
    for dialog in dialogs(widget):  # a failed test leaves nothing open
        dialog.reject()


def dialogs(panel) -> list:
    from rsdesk.gui.stats.registry_dialog import RegistryDialog

    return [d for d in panel.findChildren(RegistryDialog) if d.isVisible()]


def add_up(qtbot, panel):
    before = panel.result
    QTest.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.relay is None and panel.result is not before, timeout=30_000)
    return panel.result


def open_registry(qtbot, panel):
    assert panel.registry_button.isEnabled()
    QTest.mouseClick(panel.registry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialogs(panel)) == 1)
    return dialogs(panel)[0]


def close(qtbot, dialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def rows(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def click_service(dialog, name: str, *, add: bool = False) -> None:
    view = dialog.services
    for row in range(view.rowCount()):
        if view.item(row, 1).text() == name:
            rect = view.visualItemRect(view.item(row, 1))
            modifier = Qt.KeyboardModifier.ControlModifier if add else Qt.KeyboardModifier(0)
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
            return
    raise AssertionError(f"{name} is not listed: {rows(view)}")


def state_of(dialog, name: str) -> str:
    return next(row[3] for row in rows(dialog.services) if row[1] == name)


def click_tab(dialog, index: int) -> None:
    bar = dialog.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert dialog.tabs.currentIndex() == index


def test_new_services_are_listed_and_the_operator_confirms_one(qtbot, panel):
    add_up(qtbot, panel)
    dialog = open_registry(qtbot, panel)
    assert dialog.windowTitle() == "Реестр служб"
    assert sorted(row[1] for row in rows(dialog.services)) == [NAMES[0], NAMES[1]]
    assert {state_of(dialog, n) for n in NAMES[:2]} == {"новая: проверьте и подтвердите"}
    assert not dialog.confirm_button.isEnabled()  # nothing chosen yet
    click_service(dialog, NAMES[0])
    assert dialog.confirm_button.isEnabled()
    QTest.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert state_of(dialog, NAMES[0]) == "подтверждена"
    assert state_of(dialog, NAMES[1]) == "новая: проверьте и подтвердите"
    assert dialog.status.text() == f"Подтверждено: {NAMES[0]}."
    assert not dialog.confirm_button.isEnabled()  # the chosen one is confirmed now
    click_tab(dialog, 1)
    events = rows(dialog.events)
    assert events[0][1:3] == [NAMES[0], "подтверждена оператором"]
    assert sum(row[2] == "первый файл: ключ закреплён" for row in events) == 2
    close(qtbot, dialog)
    # Saved: a dialog opened anew reads it back from the registry file.
    again = open_registry(qtbot, panel)
    assert state_of(again, NAMES[0]) == "подтверждена"
    close(qtbot, again)


def test_a_key_change_is_accepted_only_after_the_warning(qtbot, panel, folder, monkeypatch):
    first = add_up(qtbot, panel)
    assert first.tables["school"]["all"]["requests_received"] == 65
    # The service reinstalled rsdesk: its new file comes with a new key and is rejected.
    reinstalled = Ed25519PrivateKey.generate()
    (folder / "school-0.rsdstats").unlink()
    renewed = write_signed(folder, "school-0-new.rsdstats", payload(0, 41), reinstalled)
    second = add_up(qtbot, panel)
    assert [Path(p).name for p, _ in second.rejected] == ["school-0-new.rsdstats"]
    assert second.tables["school"]["all"]["requests_received"] == 25

    dialog = open_registry(qtbot, panel)
    assert state_of(dialog, NAMES[0]).startswith("отклонено файлов с другим ключом: 1")
    click_service(dialog, NAMES[0])
    chosen: list[str] = []

    def choose(_parent, _title, start, _filter):
        chosen.append(start)
        return str(renewed), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    asked: list[tuple[str, str]] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]

    def question(_parent, title, text, _buttons, default):
        asked.append((title, text))
        assert default == QMessageBox.StandardButton.Cancel  # Enter does not accept it
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    old_key = next(row[4] for row in rows(dialog.services) if row[1] == NAMES[0])
    QTest.mouseClick(dialog.accept_key_button, Qt.MouseButton.LeftButton)
    assert chosen == [str(folder)]  # where the rejected file is
    title, text = asked[0]
    assert title == f"Принять новый ключ службы {NAMES[0]}?"
    assert f"Старый ключ: {old_key}" in text
    assert "по телефону или письмом" in text
    assert dialog.status.text() == f"Ключ службы {NAMES[0]} не изменён."
    assert next(row[4] for row in rows(dialog.services) if row[1] == NAMES[0]) == old_key

    QTest.mouseClick(dialog.accept_key_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    new_key = next(row[4] for row in rows(dialog.services) if row[1] == NAMES[0])
    assert new_key != old_key and f"Новый ключ: {new_key}" in asked[1][1]
    assert state_of(dialog, NAMES[0]) == "подтверждена"
    assert "Сведите файлы заново" in dialog.status.text()
    click_tab(dialog, 1)
    assert rows(dialog.events)[0][2] == "новый ключ принят оператором"
    assert rows(dialog.events)[0][3] == f"{old_key} → {new_key}"
    close(qtbot, dialog)

    third = add_up(qtbot, panel)
    assert third.rejected == []
    assert third.tables["school"]["all"]["requests_received"] == 41 + 25


def test_a_file_of_another_service_is_not_taken_as_a_new_key(qtbot, panel, folder, monkeypatch):
    add_up(qtbot, panel)
    dialog = open_registry(qtbot, panel)
    click_service(dialog, NAMES[0])
    other = folder / "school-1.rsdstats"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: pytest.fail("nothing to ask about")
    )
    QTest.mouseClick(dialog.accept_key_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == (
        f"Это файл другой службы: {NAMES[1]} ({IDS[1]}). Выберите файл службы {NAMES[0]}."
    )
    same = folder / "school-0.rsdstats"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(same), ""))
    QTest.mouseClick(dialog.accept_key_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == (
        f"Файл подписан ключом, который уже известен для службы {NAMES[0]}: менять нечего."
    )
    close(qtbot, dialog)


def test_a_prepared_list_is_imported_and_a_bad_one_adds_nothing(
    qtbot, panel, tmp_path, monkeypatch
):
    add_up(qtbot, panel)
    dialog = open_registry(qtbot, panel)
    bad = tmp_path / "плохой.csv"
    bad.write_text(
        "id;kind;name;municipality;public_key\n"
        f"{IDS[2]};school;МБОУ «СОШ\u202e № 3»;г. Кемерово;{public(KEYS[2])}\n"
        f"not-an-id;school;Лицей № 4;г. Кемерово;{public(KEYS[2])}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    said = dialog.status.text()
    assert said.startswith("Список не загружен, ничего не добавлено.")
    assert "строка 2: «name» содержит невидимый символ U+202E" in said
    assert "строка 3: «id» должно быть" in said
    assert dialog.services.rowCount() == 2

    good = tmp_path / "службы.csv"
    good.write_text(
        "\ufeffid;kind;name;municipality;public_key\n"  # as Excel saves «CSV UTF-8»
        f"{IDS[2]};school;{NAMES[2]};г. Новокузнецк;{public(KEYS[2])}\n"
        f"{IDS[0]};school;{NAMES[0]};г. Кемерово;{public(KEYS[0])}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == (
        "Добавлено служб: 1. Уже были в реестре и оставлены без изменений: 1."
    )
    listed = {row[1]: row for row in rows(dialog.services)}
    assert listed[NAMES[2]][0] == "г. Новокузнецк"
    assert listed[NAMES[2]][3] == "подтверждена"  # the operator prepared it
    assert listed[NAMES[0]][3] == "новая: проверьте и подтвердите"  # left as it was
    close(qtbot, dialog)


def test_the_tracker_shows_who_has_not_sent_and_saves_the_list(
    qtbot, panel, folder, tmp_path, monkeypatch
):
    dialog = open_registry(qtbot, panel)  # before any summary
    click_tab(dialog, 2)
    assert dialog.submissions.title.text().startswith("Сначала сведите файлы служб")
    assert not dialog.submissions.missing_xlsx.isEnabled()
    close(qtbot, dialog)

    add_up(qtbot, panel)
    forged = payload(1, 9_999, generated="2020-03-01")
    write_signed(folder, "school-1-corrected.rsdstats", forged, Ed25519PrivateKey.generate())
    listing = tmp_path / "службы.csv"
    listing.write_text(
        "id;kind;name;municipality;public_key\n"
        f"{IDS[2]};school;{NAMES[2]};г. Кемерово;{public(KEYS[2])}\n",
        encoding="utf-8",
    )
    dialog = open_registry(qtbot, panel)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(listing), ""))
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    close(qtbot, dialog)
    add_up(qtbot, panel)

    dialog = open_registry(qtbot, panel)
    click_tab(dialog, 2)
    page = dialog.submissions
    assert page.title.text() == (
        "За 2019 год: действительный файл прислали — 2, не прислали — 1; служб в реестре — 3."
    )
    assert rows(page.tracker) == [
        ["г. Кемерово", NAMES[2], "нет действительного файла"],
        ["г. Кемерово", NAMES[0], "действительный файл учтён"],
        ["г. Кемерово", NAMES[1], "действительный файл учтён"],
    ]
    assert page.refused_title.text() == "Файлов, отклонённых в этом своде: 1"
    ((name, why),) = rows(page.refused)
    assert name == "school-1-corrected.rsdstats" and "другим ключом" in why

    target = tmp_path / "напомнить"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    QTest.mouseClick(page.missing_xlsx, Qt.MouseButton.LeftButton)
    saved = target.with_name("напомнить.xlsx")
    qtbot.waitUntil(lambda: dialog.status.text() == f"Сохранено: {saved}", timeout=30_000)
    from openpyxl import load_workbook

    sheet = load_workbook(saved).active
    assert [c.value for c in sheet[4]] == ["г. Кемерово", NAMES[2], IDS[2]]
    assert sheet.max_row == 4
    close(qtbot, dialog)


def test_a_damaged_registry_is_said_and_nothing_can_be_changed(qtbot, panel):
    from rsdesk.stats import registry as services

    add_up(qtbot, panel)
    path = services.default_path()
    path.write_text(path.read_text(encoding="utf-8").replace(NAMES[0], "Другое"), "utf-8")
    dialog = open_registry(qtbot, panel)
    assert "изменён вне rsdesk" in dialog.status.text()
    assert dialog.services.rowCount() == 0
    for button in (dialog.confirm_button, dialog.accept_key_button, dialog.import_button):
        assert not button.isEnabled()
    close(qtbot, dialog)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_in_the_folder_is_refused_by_the_window_at_once(qtbot, panel, folder):
    pipe = folder / "флешка.rsdstats"
    os.mkfifo(pipe)
    try:
        result = add_up(qtbot, panel)
    finally:  # had the reader waited on it, a writer lets it go and the run ends
        with contextlib.suppress(OSError):
            os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
    assert result.rejected == [(str(pipe), PIPE_REASON)]
    files = rows(panel.results.files)
    assert ["флешка.rsdstats", "отклонён", PIPE_REASON] in files
    assert len(result.accepted) == 2


def test_the_registry_is_not_open_to_changes_while_a_summary_runs(qtbot, panel, monkeypatch):
    # The run saves the registry at its end; an edit made meanwhile would be overwritten.
    import rsdesk.gui.stats.regional_panel as regional

    started: list[object] = []
    monkeypatch.setattr(regional, "run_in_background", lambda *args: started.append(args))
    QTest.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert started and panel.relay is not None
    assert not panel.registry_button.isEnabled()
    assert QApplication.activeModalWidget() is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_chosen_as_the_list_is_refused_at_once(qtbot, panel, tmp_path, monkeypatch):
    dialog = open_registry(qtbot, panel)
    pipe = tmp_path / "список.csv"
    os.mkfifo(pipe)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pipe), ""))
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # returns: no wait
    assert dialog.status.text() == (
        f"Не удалось прочитать список {pipe}: это не файл, а канал или устройство"
    )
    close(qtbot, dialog)


def test_a_registry_that_cannot_be_saved_changes_nothing_and_says_why(qtbot, panel, monkeypatch):
    import errno

    from rsdesk.stats import registry as services

    add_up(qtbot, panel)
    dialog = open_registry(qtbot, panel)

    def full(path, _data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr("rsdesk.stats.registry.write_atomic", full)
    click_service(dialog, NAMES[0])
    QTest.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == (
        f"Не удалось записать реестр служб {services.default_path()}: на диске нет свободного "
        "места. В нём ничего не изменилось."
    )
    assert state_of(dialog, NAMES[0]) == "новая: проверьте и подтвердите"
    close(qtbot, dialog)


def test_a_forgery_is_dismissed_by_confirming_the_key_the_registry_has(qtbot, panel, folder):
    add_up(qtbot, panel)
    forged = payload(0, 99_040, generated="2020-02-01")
    write_signed(folder, "school-0-corrected.rsdstats", forged, Ed25519PrivateKey.generate())
    add_up(qtbot, panel)
    dialog = open_registry(qtbot, panel)
    key = next(row[4] for row in rows(dialog.services) if row[1] == NAMES[0])
    assert state_of(dialog, NAMES[0]).startswith("отклонено файлов с другим ключом: 1")
    click_service(dialog, NAMES[0])
    QTest.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert state_of(dialog, NAMES[0]) == "подтверждена"
    assert next(row[4] for row in rows(dialog.services) if row[1] == NAMES[0]) == key
    close(qtbot, dialog)
    # The forged file is still rejected, and still recorded once only.
    again = add_up(qtbot, panel)
    assert [Path(p).name for p, _ in again.rejected] == ["school-0-corrected.rsdstats"]
    assert again.tables["school"]["all"]["requests_received"] == 65
    dialog = open_registry(qtbot, panel)
    assert state_of(dialog, NAMES[0]) == "подтверждена"
    close(qtbot, dialog)


def test_several_new_services_are_confirmed_at_once_and_stay_chosen(qtbot, panel):
    add_up(qtbot, panel)
    dialog = open_registry(qtbot, panel)
    click_service(dialog, NAMES[0])
    click_service(dialog, NAMES[1], add=True)
    assert sorted(dialog.selected_ids()) == [IDS[0], IDS[1]]
    QTest.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert {state_of(dialog, n) for n in NAMES[:2]} == {"подтверждена"}
    assert dialog.status.text() == f"Подтверждено: {NAMES[0]}, {NAMES[1]}."
    assert sorted(dialog.selected_ids()) == [IDS[0], IDS[1]]
    assert not dialog.confirm_button.isEnabled() and not dialog.accept_key_button.isEnabled()
    close(qtbot, dialog)
