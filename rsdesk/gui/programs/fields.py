"""Editors for the field types of a procedure stage, built from the field's data."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from rsdesk.gui.dates import DateEdit, format_date
from rsdesk.gui.qt import (
    QButtonGroup,
    QCheckBox,
    QCoreApplication,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
)
from rsdesk.procedures import Field
from rsdesk.procedures.days import day_of

ERROR_STYLE = "color: #b00020;"
# Who a participants picker may offer: (engine id, shown text, role).
Option = tuple[str, str, str]


@dataclass(frozen=True)
class DayBounds:
    """The days a program's records may have: not before its request came in, and (for a
    thing that has happened) not after today."""

    earliest: date | None
    today: date
    earliest_means: str = ""

    def editor(self, value: date | None = None, *, happened: bool = True) -> DateEdit:
        """A date field starting at `value` (today); `happened`: the future is refused."""
        return DateEdit(
            value or self.today,
            earliest=self.earliest,
            latest=self.today if happened else None,
            earliest_means=self.earliest_means,
        )


def day_text(record: Mapping[str, Any] | str | None) -> str:
    """The day a record of the program happened («24.09.2026»), "" for none."""
    return format_date(day_of(record))


def day_row(form: QFormLayout, label: str, editor: DateEdit) -> QLabel:
    """A date row of a form, its label's mnemonic reaching the typed digits."""
    title = QLabel(label)
    title.setBuddy(editor.line)
    form.addRow(title, editor)
    return title


def first_problem(editors: list[DateEdit]) -> str:
    """What is wrong with the first date that cannot be taken; "" when all can."""
    return next((problem for e in editors if (problem := e.problem())), "")


class WrappingCheck(QWidget):
    """A check box whose long Russian label wraps instead of widening the page."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setAccessibleName(text)
        self.label = QLabel(text, wordWrap=True)
        self.label.mousePressEvent = lambda _event: self.box.toggle()  # type: ignore[method-assign]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.setFocusProxy(self.box)


class PeopleList(QListWidget):
    """Check the people who were there; Space toggles the current one."""

    def __init__(self, options: list[Option], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_options(options)
        if options:
            self.setCurrentRow(0)

    def set_options(self, options: list[Option]) -> None:
        """Offer these people (someone joined the program), keeping who is ticked."""
        chosen = self.chosen()
        row = max(0, self.currentRow())
        self.clear()
        for pid, text, _role in options:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.set_chosen(chosen)
        rows = max(1, min(len(options), 6))
        self.setFixedHeight(rows * (self.fontMetrics().height() + 8) + 8)
        if options:
            self.setCurrentRow(min(row, len(options) - 1))

    def chosen(self) -> list[str]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_chosen(self, ids: list[str]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class AgreementItems(QWidget):
    """The points of an agreement or plan: who, does what, by when; add and remove rows."""

    def __init__(
        self, options: list[Option], bounds: DayBounds, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.options = options
        self.bounds = bounds
        self.rows: list[tuple[QFrame, PeopleList, QLineEdit, DateEdit]] = []
        self.removers: dict[QFrame, QPushButton] = {}
        self.rows_box = QVBoxLayout()
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        self.add = QPushButton(QCoreApplication.translate("ProgramFields", "&Add a point"))
        self.add.clicked.connect(lambda: self.add_row(focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_box)
        layout.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_row()
        # The first stop in reading order: a proxy further down would make Tab skip the
        # widgets before it.
        self.setFocusProxy(self.rows[0][1])

    def add_row(self, *, focus: bool = False) -> None:
        frame = QFrame(frameShape=QFrame.Shape.StyledPanel)
        who = PeopleList(self.options)
        what = QLineEdit(
            placeholderText=QCoreApplication.translate("ProgramFields", "What they will do")
        )
        # A point is done by a day still to come: only the request's day bounds it.
        by = self.bounds.editor(self.bounds.today + timedelta(days=14), happened=False)
        by.line.setAccessibleName(QCoreApplication.translate("ProgramFields", "By:"))
        remove = QPushButton(QCoreApplication.translate("ProgramFields", "Remove the point"))
        grid = QVBoxLayout(frame)
        grid.addWidget(QLabel(QCoreApplication.translate("ProgramFields", "Who:")))
        grid.addWidget(who)
        grid.addWidget(QLabel(QCoreApplication.translate("ProgramFields", "Does what:")))
        grid.addWidget(what)
        line = QHBoxLayout()
        line.addWidget(QLabel(QCoreApplication.translate("ProgramFields", "By:")))
        line.addWidget(by)
        line.addStretch(1)
        line.addWidget(remove)
        grid.addLayout(line)
        entry = (frame, who, what, by)
        remove.clicked.connect(lambda: self.remove_row(entry))
        self.rows.append(entry)
        self.removers[frame] = remove
        self.rows_box.addWidget(frame)
        # A layout shows a new child only on the next turn of the event loop; until then Tab
        # would skip the point's fields. Show it now so the focus order holds at once.
        frame.show()
        # Tab follows the eye: the points in order, then «Добавить пункт». A point added
        # while the page is shown would otherwise join the Tab order after the wizard buttons.
        self._chain_tab_order()
        if focus:
            who.setFocus()

    def _chain_tab_order(self) -> None:
        """Every point in reading order, then «Добавить пункт», rebuilt whole on each change."""
        stops: list[QWidget] = []
        for frame, who, what, by in self.rows:
            stops += [who, what, by.line, by.calendar_button, self.removers[frame]]
        stops.append(self.add)
        for first, second in itertools.pairwise(stops):
            QWidget.setTabOrder(first, second)

    def remove_row(self, entry: tuple) -> None:
        if len(self.rows) == 1:
            entry[2].clear()
            entry[1].set_chosen([])
            return
        self.rows.remove(entry)
        del self.removers[entry[0]]
        entry[0].deleteLater()
        self.setFocusProxy(self.rows[0][1])
        self.rows[0][1].setFocus()

    def problem(self) -> str:
        return first_problem([by for _frame, _who, _what, by in self.rows])

    def set_options(self, options: list[Option]) -> None:
        self.options = options
        for _frame, who, _what, _by in self.rows:
            who.set_options(options)

    def value(self) -> list[dict[str, Any]]:
        items = []
        for _frame, who, what, by in self.rows:
            if not who.chosen() and not what.text().strip():
                continue  # an untouched row is not a point
            items.append({"who": who.chosen(), "what": what.text(), "by": by.value().isoformat()})
        return items

    def set_value(self, items: list[dict[str, Any]]) -> None:
        while len(self.rows) > max(1, len(items)):
            frame = self.rows.pop()[0]
            del self.removers[frame]
            frame.deleteLater()
        while len(self.rows) < max(1, len(items)):
            self.add_row()
        for (_frame, who, what, by), item in zip(self.rows, items, strict=False):
            who.set_chosen(item.get("who", []))
            what.setText(item.get("what", ""))
            by.set_value(date.fromisoformat(item["by"]))
        self._chain_tab_order()


class FieldEditor:
    """One field: its label, the editor for its type, and the place for its error."""

    def __init__(self, field: Field, options: list[Option], bounds: DayBounds) -> None:
        self.field = field
        self.bounds = bounds
        self.options = [o for o in options if not field.roles or o[2] in field.roles]
        marker = " *" if field.required or field.must_be_true else ""
        self.label = QLabel(field.label + marker, wordWrap=True)
        self.help = QLabel(field.help, wordWrap=True, visible=bool(field.help))
        self.help.setStyleSheet("color: palette(mid);")
        self.error = QLabel(wordWrap=True, visible=False, styleSheet=ERROR_STYLE)
        self.widget: QWidget = self._make()
        self.label.setBuddy(self.widget)
        self.reset()

    def _make(self) -> QWidget:
        kind = self.field.type
        if kind == "text":
            return QLineEdit(maxLength=self.field.max_length or 32767)
        if kind == "multiline":
            editor = QPlainTextEdit(tabChangesFocus=True)
            editor.setMinimumHeight(90)
            editor.setMaximumHeight(160)
            return editor
        if kind == "date":
            return self.bounds.editor(happened=self.field.not_future)
        if kind == "bool":
            self.label.setVisible(False)  # the check box carries its own label
            marker = " *" if self.field.must_be_true or self.field.required else ""
            return WrappingCheck(self.field.label + marker)
        if kind == "choice":
            return self._choices()
        if kind == "participants":
            return PeopleList(self.options)
        if kind == "agreement_items":
            return AgreementItems(self.options, self.bounds)
        spin = QSpinBox()
        low = int(self.field.min) if self.field.min is not None else 0
        spin.setRange(low - 1, int(self.field.max) if self.field.max is not None else 10_000)
        spin.setSpecialValueText(QCoreApplication.translate("ProgramFields", "not given"))
        return spin

    def _choices(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(box)
        for choice in self.field.choices:
            button = QRadioButton(choice.label)
            button.setProperty("key", choice.key)
            self.group.addButton(button)
            layout.addWidget(button)
        box.setFocusProxy(self.group.buttons()[0])
        return box

    def reset(self) -> None:
        """The starting value: empty, today for dates, a month ahead for a check-up date."""
        kind, w = self.field.type, self.widget
        if kind == "date":
            ahead = 30 if self.field.binds == "follow_up_date" else 0
            w.set_value(self.bounds.today + timedelta(days=ahead))  # type: ignore[attr-defined]
        elif kind == "choice":
            self.group.setExclusive(False)
            for button in self.group.buttons():
                button.setChecked(False)
            self.group.setExclusive(True)
        elif kind == "agreement_items":
            soon = (self.bounds.today + timedelta(days=14)).isoformat()
            w.set_value([{"who": [], "what": "", "by": soon}])  # type: ignore[attr-defined]
        else:
            self.set_value(None)
        self.show_error("")

    def value(self) -> Any:
        kind, w = self.field.type, self.widget
        if kind == "text":
            return w.text()  # type: ignore[attr-defined]
        if kind == "multiline":
            return w.toPlainText()  # type: ignore[attr-defined]
        if kind == "date":
            return w.value().isoformat()  # type: ignore[attr-defined]
        if kind == "bool":
            return w.box.isChecked()  # type: ignore[attr-defined]
        if kind == "choice":
            checked = self.group.checkedButton()
            return checked.property("key") if checked else None
        if kind == "participants":
            return w.chosen()  # type: ignore[attr-defined]
        if kind == "agreement_items":
            return w.value()  # type: ignore[attr-defined]
        spin: QSpinBox = w  # type: ignore[assignment]
        return None if spin.value() == spin.minimum() else spin.value()

    def set_value(self, value: Any) -> None:
        kind, w = self.field.type, self.widget
        setters: dict[str, Callable[[], None]] = {
            "text": lambda: w.setText(value or ""),  # type: ignore[attr-defined]
            "multiline": lambda: w.setPlainText(value or ""),  # type: ignore[attr-defined]
            "date": lambda: value and w.set_value(date.fromisoformat(value)),  # type: ignore[attr-defined]
            "bool": lambda: w.box.setChecked(bool(value)),  # type: ignore[attr-defined]
            "participants": lambda: w.set_chosen(list(value or [])),  # type: ignore[attr-defined]
            "agreement_items": lambda: value and w.set_value(value),  # type: ignore[attr-defined]
            "number": lambda: w.setValue(w.minimum() if value is None else int(value)),  # type: ignore[attr-defined]
        }
        if kind == "choice":
            for button in self.group.buttons():
                button.setChecked(button.property("key") == value)
        else:
            setters[kind]()

    def set_options(self, options: list[Option]) -> None:
        """The people a participants field offers, after someone joined the program."""
        self.options = [o for o in options if not self.field.roles or o[2] in self.field.roles]
        if self.field.type in ("participants", "agreement_items"):
            self.widget.set_options(self.options)  # type: ignore[attr-defined]

    def problem(self) -> str:
        """A date that cannot be taken as typed, in words ("" when none)."""
        if self.field.type in ("date", "agreement_items"):
            return self.widget.problem()  # type: ignore[attr-defined]
        return ""

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def set_enabled(self, enabled: bool) -> None:
        self.widget.setEnabled(enabled)
