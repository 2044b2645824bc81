"""Driving «Региональный свод» in the real main window: open it, click, add a folder, run."""

from __future__ import annotations

from rsdesk.gui.qt import QFileDialog, Qt

STATS = 3


def make_window(qtbot, size=(1024, 728)):
    from rsdesk.gui.main_window import MainWindow
    from rsdesk.settings import load_settings

    window = MainWindow(load_settings())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.show_area(STATS)
    window.pages["statistics"].tabs.setCurrentIndex(1)
    return window


def click(qtbot, widget) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_tab(qtbot, tabs, index) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def choose(qtbot, combo, index) -> None:
    """Moves a closed combo box with the arrow keys, as a keyboard user does."""
    combo.setFocus()
    while combo.currentIndex() < index:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    while combo.currentIndex() > index:
        qtbot.keyClick(combo, Qt.Key.Key_Up)


def summary(qtbot, monkeypatch, panel, folder) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    click(qtbot, panel.add_folder)
    click(qtbot, panel.run_button)
    qtbot.waitUntil(lambda: panel.relay is None and panel.result is not None, timeout=30_000)
