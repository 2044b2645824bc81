"""Pieces shared by the request dialogs: a field with its error line, keyed combos, and a
form that scrolls inside a window no larger than the screen."""

from __future__ import annotations

from rsdesk.gui.gate import ERROR_STYLE
from rsdesk.gui.qt import QComboBox, QFrame, QLabel, QScrollArea, QSize, Qt, QVBoxLayout, QWidget
from rsdesk.gui.screen_fit import fit_to_screen, frame_extra, room_for

HINT_STYLE = "color: #5f6368;"


class Scrolled(QScrollArea):
    """The long part of a dialog: scrolls when the screen is short, buttons stay outside.

    It asks for all the room its content needs at its width (QScrollArea's own hint stops
    at a few hundred pixels), so a window opens as large as it needs and the screen allows.
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)

    def sizeHint(self) -> QSize:
        width = self.widget().sizeHint().width() + self._beside()
        return QSize(width, self.needed_height(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 120)

    def _beside(self) -> int:
        """What the frame and the scroll bar take of the width."""
        return self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def needed_height(self, width: int) -> int:
        """The height that shows all of the content when the area is `width` wide."""
        content = self.widget()
        inner = max(width - self._beside(), 1)
        if content.hasHeightForWidth():
            return content.heightForWidth(inner) + 2 * self.frameWidth()
        return content.sizeHint().height() + 2 * self.frameWidth()


def open_fitted(window: QWidget, width: int = 0) -> None:
    """Size a window to what it asks for, at least `width` wide and as tall as its scrolled
    part needs at that width, capped by the screen it is on; called from showEvent, once."""
    if window.property("fitted"):
        return
    window.setProperty("fitted", True)
    hint = fresh_hint(window)
    width = min(max(hint.width(), width), room_for(window).width() - frame_extra(window).width())
    fit_to_screen(window, QSize(width, wanted_height(window, width)))


def grow_to_fit(window: QWidget) -> None:
    """Grow a window to show messages that took room, as far as the screen allows."""
    fresh_hint(window)
    wanted = wanted_height(window, window.width())
    if wanted > window.height():
        fit_to_screen(window, QSize(window.width(), wanted))


def fresh_hint(window: QWidget) -> QSize:
    """The window's size hint with its scrolled part asked again: a layout keeps the hint
    it was first given, and the content has changed since (messages, notices)."""
    for scroll in window.findChildren(Scrolled):
        scroll.updateGeometry()
    layout = window.layout()
    if layout is not None:
        layout.invalidate()
    return window.sizeHint()


def wanted_height(window: QWidget, width: int) -> int:
    """The height that shows the window whole at `width`: its scrolled part at that width."""
    height = window.sizeHint().height()
    layout = window.layout()
    scroll = window.findChild(Scrolled)
    if scroll is not None and layout is not None:
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        height += scroll.needed_height(inner) - scroll.sizeHint().height()
    return height


def fit_height(window: QWidget) -> None:
    """Grow a window to the height its wrapped labels need at its width.

    Qt sizes a top-level window by its layout's minimum, which ignores height-for-width, so
    wrapped labels (hints, errors, summaries) would otherwise be squeezed to one line.
    """
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():
        needed = layout.heightForWidth(window.width())
        if needed > window.height():
            window.resize(window.width(), needed)


def error_label() -> QLabel:
    label = QLabel(wordWrap=True, styleSheet=ERROR_STYLE)
    label.hide()
    return label


def hint_label(text: str) -> QLabel:
    return QLabel(text, wordWrap=True, styleSheet=HINT_STYLE)


def with_error(field: QWidget, *extra: QWidget) -> tuple[QWidget, QLabel]:
    """The field, any hints under it, and a red line for its error, as one form cell."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    for widget in extra:
        layout.addWidget(widget)
    message = error_label()
    layout.addWidget(message)
    return box, message


def fill_combo(combo: QComboBox, items: list[tuple[str, str]], placeholder: str = "") -> None:
    """Labels shown, keys kept as item data; an empty key stands for «not chosen»."""
    combo.clear()
    # Category labels are long: without this the combo's minimum width squeezes the form.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(24)
    if placeholder:
        combo.addItem(placeholder, "")
    for key, text in items:
        combo.addItem(text, key)


def select_key(combo: QComboBox, key: str | None) -> None:
    index = combo.findData(key or "")
    combo.setCurrentIndex(max(index, 0))


def combo_key(combo: QComboBox) -> str | None:
    return combo.currentData() or None


class FieldErrors:
    """Shows a core ValidationError beside the fields it names; the rest on a general line."""

    def __init__(self, general: QLabel) -> None:
        self.general = general
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add(self, key: str, widget: QWidget, label: QLabel) -> None:
        self.fields[key] = (widget, label)

    def clear(self) -> None:
        for _widget, label in self.fields.values():
            label.clear()
            label.hide()
        self.general.clear()
        self.general.hide()

    def show(self, errors: dict[str, str]) -> dict[str, str]:
        """Place the messages; return those no field here claimed (e.g. participants.*)."""
        self.clear()
        first: QWidget | None = None
        rest: dict[str, str] = {}
        for key, (widget, label) in self.fields.items():  # form order, so focus goes to the top
            if key in errors:
                label.setText(errors[key])
                label.show()
                first = first or widget
        for key, message in errors.items():
            if key not in self.fields:
                rest[key] = message
        if first is not None:
            first.setFocus()
        return rest

    def show_general(self, messages: list[str]) -> None:
        if messages:
            self.general.setText("\n".join(messages))
            self.general.show()
