"""The window says an OS failure in Russian: no English strerror in the statistics jobs, the
unlock page, the create-service wizard or the journal template's message."""

from __future__ import annotations

import errno
import os
import re

import pytest

from rsdesk.gui.qt import QFileDialog, QMessageBox

ENGLISH = re.compile(r"No space|Permission denied|No such file|Not a directory|too long|Errno")


def russian(text: str) -> str:
    assert not ENGLISH.search(text), text
    assert re.search("[а-яё]", text, re.I), text
    return text


def failure(code: int, path: str | None = None) -> OSError:
    return OSError(code, os.strerror(code), path) if path else OSError(code, os.strerror(code))


def test_a_statistics_job_failing_on_a_full_disk_says_it_in_russian(app):
    from rsdesk.gui.stats.jobs import error_text

    said = russian(error_text(failure(errno.ENOSPC, "/media/usb/свод.pdf")))
    assert "/media/usb/свод.pdf" in said and "на диске нет свободного места" in said
    assert "на это нет прав доступа" in russian(error_text(failure(errno.EACCES)))


def test_the_unlock_page_says_a_missing_file_in_russian(app):
    from rsdesk.gui.gate import describe_error

    said = russian(describe_error(failure(errno.ENOENT, "/media/usb/school.rsdv")))
    assert "файл или его папка не найдены" in said


def test_the_create_wizard_says_why_its_folder_cannot_be_made(app, qtbot, tmp_path):
    from rsdesk.gui.create_service import ServicePage

    page = ServicePage()
    qtbot.addWidget(page)
    (tmp_path / "note.txt").write_text("not a folder", encoding="utf-8")
    page.file.setText(str(tmp_path / "note.txt" / "inner" / "school.rsdv"))
    assert not page.validatePage()
    assert russian(page.problem.text()) == (
        "Не удалось создать папку: часть пути не является папкой"
    )


def test_the_journal_template_with_a_name_too_long_says_it_in_russian(
    app, qtbot, tmp_path, monkeypatch
):
    from rsdesk.gui.main_window import MainWindow
    from rsdesk.settings import load_settings

    window = MainWindow(load_settings())
    qtbot.addWidget(window)
    target = tmp_path / ("шаблон" * 60 + ".xlsx")  # longer than a file name may be
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _title, text, *a: said.append(text))
    window.ui.actionJournalTemplate.trigger()
    (text,) = said
    assert russian(text).endswith("слишком длинное имя файла или пути")
    assert not list(tmp_path.iterdir())


@pytest.fixture(autouse=True)
def no_modal_left(app):
    yield
    from rsdesk.gui.qt import QApplication

    assert QApplication.activeModalWidget() is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_chosen_as_the_journal_is_refused_at_once(open_window, tmp_path, monkeypatch):
    pipe = tmp_path / "журнал.xlsx"
    os.mkfifo(pipe)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pipe), ""))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _title, text, *a: said.append(text))
    open_window.journal.import_journal()  # returns: the GUI thread never waits on the pipe
    assert said == [f"«{pipe}»: это не файл, а канал или устройство"]
