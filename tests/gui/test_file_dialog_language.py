"""The file dialog Qt draws itself (Linux) names its fields in the interface language.

Qt's Russian catalogue leaves «Look in:» and «Files of type:» in English; rsdesk's carries them
(rsdesk/gui/qt_strings.py). The dialog is the one a button of the regional tables opens.
"""

from __future__ import annotations

import pytest

from rsdesk.gui.language import install_language
from rsdesk.gui.qt import QApplication, QFileDialog, QLabel, Qt
from rsdesk.gui.stats.regional_panel import RegionalPanel

FIELDS = ("lookInLabel", "fileNameLabel", "fileTypeLabel")


def labels_of_the_dialog_opened_by(qtbot, run_modal, button) -> dict[str, str]:
    seen: dict[str, str] = {}

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog), dialog
        # Qt's own dialog has these labels; a native one would have none.
        for name in FIELDS:
            seen[name] = dialog.findChild(QLabel, name).text()
        dialog.reject()

    run_modal(lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton), read_and_close)
    return seen


@pytest.fixture
def panel(app, qtbot):
    panel = RegionalPanel()
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_the_file_dialog_speaks_russian(panel, qtbot, run_modal):
    labels = labels_of_the_dialog_opened_by(qtbot, run_modal, panel.add_files)
    assert labels == {
        "lookInLabel": "&Папка:",
        "fileNameLabel": "&Имя файла:",
        "fileTypeLabel": "&Тип файлов:",
    }


def test_the_file_dialog_speaks_english_when_chosen(panel, qtbot, run_modal):
    install_language("en")
    labels = labels_of_the_dialog_opened_by(qtbot, run_modal, panel.add_files)
    assert labels == {
        "lookInLabel": "&Look in:",
        "fileNameLabel": "File &name:",
        "fileTypeLabel": "Files of &type:",
    }
