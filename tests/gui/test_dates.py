"""Dates are typed as people type them and shown in the interface language."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtTest import QTest

from rsdesk.gui.dates import DateEdit, format_date, format_moment
from rsdesk.gui.language import install_language
from rsdesk.gui.qt import Qt


def type_date(qtbot, editor: DateEdit, digits: str) -> None:
    """Select the whole date and type the digits over it, as someone fixing a date would."""
    editor.line.setFocus()
    QTest.keyClick(editor.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(editor.line, Qt.Key.Key_Home)
    for digit in digits:
        QTest.keyClick(editor.line, getattr(Qt.Key, f"Key_{digit}"))


def test_a_september_date_can_be_typed_over_a_december_one(app, qtbot):
    today = date.today()
    editor = DateEdit(today, latest=today, earliest=date(today.year - 1, 9, 1))
    qtbot.addWidget(editor)
    target = today - timedelta(days=70)
    type_date(qtbot, editor, target.strftime("%d%m%Y"))
    assert editor.value() == target
    assert editor.problem() == ""


def test_a_day_the_old_month_lacks_can_be_typed(app, qtbot):
    editor = DateEdit(date(2026, 11, 3))
    qtbot.addWidget(editor)
    type_date(qtbot, editor, "31102026")
    assert editor.value() == date(2026, 10, 31)
    type_date(qtbot, editor, "29022024")
    assert editor.value() == date(2024, 2, 29)


def test_an_impossible_or_unfinished_date_is_said(app, qtbot):
    editor = DateEdit(date(2026, 11, 3))
    qtbot.addWidget(editor)
    type_date(qtbot, editor, "31112026")
    assert editor.problem() == "Такой даты нет: 31.11.2026."
    assert editor.value() == date(2026, 11, 3)  # the last whole date, until it is fixed
    editor.line.clear()
    type_date(qtbot, editor, "2409")
    assert editor.problem() == "Введите дату полностью: ДД.ММ.ГГГГ."


def test_a_date_out_of_bounds_is_said_in_words_and_marked(app, qtbot):
    today = date.today()
    request_day = today - timedelta(days=10)
    editor = DateEdit(today, latest=today, earliest=request_day, earliest_means="дня заявки")
    qtbot.addWidget(editor)
    editor.set_value(today + timedelta(days=1))
    assert editor.problem() == "Дата не может быть в будущем."
    assert editor.line.toolTip() == editor.problem()
    editor.set_value(request_day - timedelta(days=1))
    assert editor.problem() == (f"Дата не может быть раньше {request_day:%d.%m.%Y} (дня заявки).")
    editor.set_value(request_day)
    assert editor.problem() == "" and editor.line.toolTip() == ""


def test_dates_follow_the_interface_language(app):
    day = date(2026, 9, 24)
    assert format_date(day) == "24.09.2026"
    assert format_moment(datetime(2026, 9, 24, 9, 5)) == "24.09.2026 09:05"
    install_language("en")
    assert format_date(day) == "9/24/2026"
    assert format_date(None) == ""
