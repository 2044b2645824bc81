"""Pieces shared by the request dialogs: a field with its error line, dates, keyed combos."""

from __future__ import annotations

from datetime import date

from rsdesk.domain.rules import parse_date
from rsdesk.gui.gate import ERROR_STYLE
from rsdesk.gui.qt import QComboBox, QLabel, QVBoxLayout, QWidget

HINT_STYLE = "color: #5f6368;"
DATE_FORMAT = "%d.%m.%Y"


def format_date(value: date | None) -> str:
    return value.strftime(DATE_FORMAT) if value else ""


def read_date(text: str) -> tuple[date | None, str | None]:
    """The typed date, or None and the core's Russian message when it is impossible."""
    if not text.strip():
        return None, None  # the core says «Укажите дату.» for an empty one
    try:
        return parse_date(text), None
    except ValueError as error:
        return None, str(error)


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
