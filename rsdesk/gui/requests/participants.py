"""The participants table of a request: name, role, minor or adult, class, age."""

from __future__ import annotations

from collections.abc import Callable

from rsdesk.domain.register import Participant
from rsdesk.domain.vocabulary import ROLE_LABELS, label
from rsdesk.gui.qt import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QBrush,
    QColor,
    QComboBox,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QObject,
    QPushButton,
    QRegularExpression,
    QRegularExpressionValidator,
    QStyledItemDelegate,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.requests.fields import error_label, hint_label

NAME, ROLE, MINOR, CLASS, AGE = range(5)
COLUMN_OF_FIELD = {
    "full_name": NAME,
    "role": ROLE,
    "is_minor": MINOR,
    "class_name": CLASS,
    "age": AGE,
}
KEY = Qt.ItemDataRole.UserRole  # the stable key behind a shown label
ID = Qt.ItemDataRole.UserRole + 1  # a stored participant's id, on the name cell
ERROR_BACKGROUND = QColor("#fde7ea")
# Who is an adult by their role: typing the role fills «взрослый» when nothing was chosen yet.
ADULT_ROLES = frozenset({"legal_representative", "teacher", "administration", "specialist"})
NOT_CHOSEN = "—"


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor over (key, label) pairs; a pick with the mouse commits at once."""

    def __init__(self, choices: Callable[[], list[tuple[str, str]]], parent: QWidget) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        editor.addItem(NOT_CHOSEN, "")
        for key, text in self.choices():
            editor.addItem(text, key)
        editor.activated.connect(lambda _index, e=editor: self._commit(e))
        return editor

    def _commit(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(editor.findData(index.data(KEY) or ""), 0))

    def setModelData(self, editor, model, index):
        key = editor.currentData() or ""
        model.setData(index, key, KEY)
        model.setData(index, editor.currentText() if key else NOT_CHOSEN)


class AgeDelegate(QStyledItemDelegate):
    """Whole years only, so the cell cannot hold something the register cannot store."""

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,3}"), editor))
        return editor


class ParticipantsEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 5, objectName="participantsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Surname and name"),
                self.tr("Role"),
                self.tr("Minor or adult"),
                self.tr("Class"),
                self.tr("Age"),
            ]
        )
        # Tab leaves the table (arrows move between cells) so the dialog stays Tab-navigable.
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(
            triggers.DoubleClicked
            | triggers.SelectedClicked
            | triggers.EditKeyPressed
            | triggers.AnyKeyPressed
        )
        self.table.setItemDelegateForColumn(ROLE, ChoiceDelegate(self.role_choices, self.table))
        self.table.setItemDelegateForColumn(MINOR, ChoiceDelegate(self.age_choices, self.table))
        self.table.setItemDelegateForColumn(AGE, AgeDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # The role column is as wide as its longest label, so no role is cut to «…».
        metrics = self.table.fontMetrics()
        role_width = max(260, *(metrics.horizontalAdvance(t) + 24 for _k, t in self.role_choices()))
        for column, width in ((ROLE, role_width), (MINOR, 160), (CLASS, 60), (AGE, 70)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.setMinimumHeight(150)
        self.table.itemChanged.connect(self._infer_age_group)

        self.add_button = QPushButton(self.tr("&Add participant"), objectName="addParticipant")
        self.remove_button = QPushButton(
            self.tr("Re&move participant"), objectName="removeParticipant"
        )
        self.add_button.setAutoDefault(False)
        self.remove_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current)
        # Keys pressed on the table itself: an open cell editor gets its own Delete and Insert.
        self.table.installEventFilter(self)
        self.hint = hint_label(
            self.tr(
                "F2 or typing edits a cell, Enter confirms; Insert adds a row, Delete removes it."
            )
        )
        self.errors = error_label()
        self.errors.setObjectName("participantErrors")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.errors)
        self.setTabOrder(self.table, self.add_button)
        self.setTabOrder(self.add_button, self.remove_button)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Delete:  # type: ignore[attr-defined]
                self.remove_current()
                return True
            if event.key() == Qt.Key.Key_Insert:  # type: ignore[attr-defined]
                self.add_row()
                return True
        return super().eventFilter(watched, event)

    def role_choices(self) -> list[tuple[str, str]]:
        return [(key, label(ROLE_LABELS, key)) for key in ROLE_LABELS]

    def age_choices(self) -> list[tuple[str, str]]:
        return [("minor", self.tr("minor")), ("adult", self.tr("adult"))]

    def _set_choice(self, row: int, column: int, key: str) -> None:
        choices = dict(self.role_choices() if column == ROLE else self.age_choices())
        item = self.table.item(row, column)
        item.setData(KEY, key)
        item.setText(choices.get(key, NOT_CHOSEN))

    def add_row(self, *_checked: object) -> int:
        """Append a blank row and start typing its name (the button and Insert)."""
        row = self.add_person(None)
        self.table.setCurrentCell(row, NAME)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, NAME))
        return row

    def add_person(self, person: Participant | None) -> int:
        """Append a row showing a participant (or a blank one) without starting an editor."""
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column in range(5):
            self.table.setItem(row, column, QTableWidgetItem())
        self._set_choice(row, ROLE, "")
        self._set_choice(row, MINOR, "")
        if person is not None:
            self.table.item(row, NAME).setText(person.full_name)
            self.table.item(row, NAME).setData(ID, person.id)
            self._set_choice(row, ROLE, person.role or "")
            if person.is_minor is not None:
                self._set_choice(row, MINOR, "minor" if person.is_minor else "adult")
            self.table.item(row, CLASS).setText(person.class_name)
            self.table.item(row, AGE).setText("" if person.age is None else str(person.age))
        self.table.blockSignals(False)
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), NAME)

    def _infer_age_group(self, item: QTableWidgetItem) -> None:
        row = item.row()
        minor_cell = self.table.item(row, MINOR)
        if minor_cell is None or minor_cell.data(KEY):
            return  # the user's own choice is never overwritten
        if item.column() == ROLE and item.data(KEY) in ADULT_ROLES:
            self._set_choice(row, MINOR, "adult")
        elif item.column() == CLASS and item.text().strip():
            self._set_choice(row, MINOR, "minor")

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def participants(self) -> tuple[list[Participant], list[int]]:
        """The filled rows as participants, and the table row of each (blank rows skipped)."""
        people: list[Participant] = []
        rows: list[int] = []
        for row in range(self.table.rowCount()):
            role = self.table.item(row, ROLE).data(KEY) or None
            group = self.table.item(row, MINOR).data(KEY) or None
            texts = [self._text(row, c) for c in (NAME, CLASS, AGE)]
            if not any(texts) and role is None and group is None:
                continue
            age = self._text(row, AGE)
            people.append(
                Participant(
                    full_name=self._text(row, NAME),
                    role=role,
                    is_minor=None if group is None else group == "minor",
                    class_name=self._text(row, CLASS),
                    age=int(age) if age else None,
                    id=self.table.item(row, NAME).data(ID),
                )
            )
            rows.append(row)
        return people, rows

    def clear_errors(self) -> None:
        for row in range(self.table.rowCount()):
            for column in range(5):
                item = self.table.item(row, column)
                item.setData(Qt.ItemDataRole.BackgroundRole, None)
                item.setToolTip("")
        self.errors.clear()
        self.errors.hide()

    def show_errors(self, errors: dict[str, str], rows: list[int], *, focus: bool = True) -> None:
        """Mark the cells named participants.N.field and list the messages under the table."""
        self.clear_errors()
        columns = [
            self.tr("name"),
            self.tr("role"),
            self.tr("minor or adult"),
            self.tr("class"),
            self.tr("age"),
        ]
        lines: list[str] = []
        first: QTableWidgetItem | None = None
        for key, message in errors.items():
            parts = key.split(".")
            if len(parts) == 3 and parts[1].isdigit() and int(parts[1]) < len(rows):
                row = rows[int(parts[1])]
                column = COLUMN_OF_FIELD.get(parts[2], NAME)
                item = self.table.item(row, column)
                item.setBackground(QBrush(ERROR_BACKGROUND))
                item.setToolTip(message)
                first = first or item
                lines.append(
                    self.tr("Row {row}, {column}: {message}").format(
                        row=row + 1, column=columns[column], message=message
                    )
                )
            else:
                lines.append(message)
        if lines:
            self.errors.setText("\n".join(lines))
            self.errors.show()
        if first is not None:
            self.table.setCurrentItem(first)
            if focus:
                self.table.setFocus()
