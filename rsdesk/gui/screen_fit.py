"""Windows open at the size they ask for, never larger than the screen they are on.

School computers have 1366×768 or 1024×768 screens with a taskbar: a window larger than the
room left would put its «Далее» or «Отмена» off-screen, where nobody can reach them.
"""

from __future__ import annotations

from rsdesk.gui.qt import QGuiApplication, QRect, QSize, QWidget

# The margin a window manager's title bar and borders take when Qt cannot tell yet.
FRAME_GUESS = QSize(16, 40)
# Platforms that draw no frame at all (tests, screenshots).
FRAMELESS = ("offscreen", "minimal")


def room_for(window: QWidget) -> QRect:
    """The part of the window's screen a window may use (without the taskbar)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_extra(window: QWidget) -> QSize:
    """What the frame adds around the window: measured once it is known, else a guess (a
    window manager may draw the frame only after the window is first shown)."""
    if window.isVisible():
        extra = window.frameGeometry().size() - window.geometry().size()
        if extra.width() > 0 or extra.height() > 0:
            return extra
    if QGuiApplication.platformName() in FRAMELESS:
        return QSize(0, 0)
    return FRAME_GUESS


def fit_to_screen(window: QWidget, wanted: QSize | None = None) -> None:
    """Size the window to `wanted` (its size hint), capped by the room on its screen, and
    move it so that it lies on the screen whole."""
    room = room_for(window)
    extra = frame_extra(window)
    want = wanted if wanted is not None else window.sizeHint()
    width = max(1, min(want.width(), room.width() - extra.width()))
    height = max(1, min(want.height(), room.height() - extra.height()))
    window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), room.x()), room.right() + 1 - (width + extra.width()))
    y = min(max(frame.y(), room.y()), room.bottom() + 1 - (height + extra.height()))
    window.move(max(x, room.x()), max(y, room.y()))
