"""Filling in the request and decision dialogs as a user does: fields, choices, table cells."""

from __future__ import annotations

from rsdesk.gui.qt import QApplication, QComboBox, QPoint, Qt


def open_dialog(qtbot, dialog):
    """Show the dialog as the active window, so keyboard shortcuts reach it."""
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog


def pick(qtbot, radio) -> None:
    """Click a radio button on its indicator (its middle may lie past the text)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def replace_text(qtbot, type_text, field, text: str) -> None:
    """Type over what a field holds; a date field (rsdesk's DateEdit, a masked line) takes
    the digits from its start, as a person types «10032026»."""
    line = getattr(field, "line", None)
    if line is not None:
        line.setFocus()
        qtbot.keyClick(line, Qt.Key.Key_Home)
        qtbot.keyClicks(line, "".join(ch for ch in text if ch.isdigit()))
        return
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    type_text(field, text)


def cell_editor(qtbot, table, row: int, column: int):
    """Go to a cell and press F2, as a user does; returns the editor that opened."""
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(table.model().index(row, column))
    assert editor is not None
    return editor


def confirm_cell(qtbot, editor) -> None:
    """Enter in a cell editor; Qt commits the cell on the next turn of the event loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def type_cell(qtbot, type_text, table, row: int, column: int, text: str) -> None:
    editor = cell_editor(qtbot, table, row, column)
    type_text(editor, text)
    confirm_cell(qtbot, editor)


def choose_cell(qtbot, table, row: int, column: int, text: str) -> None:
    editor = cell_editor(qtbot, table, row, column)
    choose(editor, text)
    confirm_cell(qtbot, editor)
