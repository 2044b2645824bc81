"""Saving a window as it is drawn: one picture of the screenshot tour.

A window is pictured at the size it opens with, capped by the screen's available area as a
window manager would cap it; a window whose minimum is larger still is pictured as it is and
named in MISFITS, which the tour prints at the end.
"""

from __future__ import annotations

from pathlib import Path

MISFITS: list[str] = []


def shoot(widget: object, path: Path) -> Path:
    """Let pending layout and paint events run, then save the widget's picture as path."""
    from rsdesk.gui.qt import QApplication, QWidget

    QApplication.processEvents()
    if isinstance(widget, QWidget) and widget.isWindow():
        _cap_to_screen(widget, path)
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    return path


def _cap_to_screen(window: object, path: Path) -> None:
    from rsdesk.gui.qt import QApplication, QWidget

    assert isinstance(window, QWidget)
    room = window.screen().availableGeometry()
    frame = window.frameGeometry()
    # The window manager's title bar and borders: what the frame has beyond the window.
    extra_width, extra_height = frame.width() - window.width(), frame.height() - window.height()
    width = min(window.width(), room.width() - extra_width)
    height = min(window.height(), room.height() - extra_height)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        QApplication.processEvents()
    frame = window.frameGeometry()
    if frame.width() > room.width() or frame.height() > room.height():
        MISFITS.append(
            f"{path.name}: {frame.width()}×{frame.height()} on {room.width()}×{room.height()}"
        )
