"""Dates as the user reads and types them: one locale-aware format and one date editor.

Every screen shows dates through `format_date`, so the English setting gives English dates and
nobody formats by hand. `DateEdit` lets any date be typed: its bounds are checked after typing
and said in words, because a Qt range would reject the digits typed on the way (24.09 cannot
be typed over 03.12 when the range ends today).
"""

from __future__ import annotations

from datetime import date, datetime

from rsdesk.gui.qt import (
    QCalendarWidget,
    QCoreApplication,
    QDate,
    QHBoxLayout,
    QLineEdit,
    QLocale,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
    Signal,
)

ERROR_BORDER = "QLineEdit { border: 1px solid #b00020; }"


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date_format() -> str:
    """The locale's short date with the year in full (Qt's short English form has two)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def format_date(value: date | None) -> str:
    """A day as the interface language writes it: «24.09.2026», «9/24/2026»; "" for none."""
    if value is None:
        return ""
    return QLocale().toString(qdate(value), _date_format())


def format_moment(value: datetime) -> str:
    """A day and a time to the minute, in the interface language."""
    time = QLocale().toString(value.time(), QLocale.FormatType.ShortFormat)
    return f"{format_date(value.date())} {time}"


def format_iso(text: str | None) -> str:
    """An ISO date or time stamp as stored («2026-09-24», «2026-09-24T10:00:00»), shown."""
    if not text:
        return ""
    return format_date(datetime.fromisoformat(text).date())


def _typing_format() -> str:
    """The locale's date with two-digit day and month, so every date has one length."""
    pattern = _date_format()
    for short, full in (("d", "dd"), ("M", "MM")):
        if full not in pattern:
            pattern = pattern.replace(short, full)
    return pattern


class DateEdit(QWidget):
    """A date typed as digits in any order, or picked; says when it is impossible or out of
    bounds.

    A masked line rather than QDateEdit: QDateEdit refuses a day the month being replaced
    does not have (31 over November) and clamps to its range while the digits are typed.
    `value()` is the date typed, or the last complete one while the typing is unfinished;
    `problem()` says which, and a form shows it on OK. `latest=date.today()` (or the
    Desk's today) for a day that has already happened.
    """

    checked = Signal(str)  # the current problem, "" when the date can be taken
    changed = Signal()

    def __init__(
        self,
        value: date | None = None,
        *,
        earliest: date | None = None,
        latest: date | None = None,
        earliest_means: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._format = _typing_format()
        self.line = QLineEdit()
        self.line.setInputMask("".join("0" if ch.isalpha() else ch for ch in self._format))
        self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("00.00.00000") + 24)
        self.calendar_button = QToolButton(text="▾")
        self.calendar_button.setAccessibleName(
            QCoreApplication.translate("dates", "Pick the date on a calendar")
        )
        self.calendar_button.setToolTip(self.calendar_button.accessibleName())
        self.calendar_button.clicked.connect(self._pick)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.calendar_button)
        layout.addStretch(1)
        self.setFocusProxy(self.line)
        self._earliest, self._latest = earliest, latest
        self._earliest_means = earliest_means
        self._last = value or latest or date.today()
        self.line.textEdited.connect(self._typed)
        self.set_value(self._last)

    def _typed(self) -> None:
        typed = self._parsed()
        if typed is not None:
            self._last = typed
        self._show_problem()
        self.changed.emit()

    def _parsed(self) -> date | None:
        found = QDate.fromString(self.line.text(), self._format)
        return date(found.year(), found.month(), found.day()) if found.isValid() else None

    def value(self) -> date:
        return self._last

    def set_value(self, value: date) -> None:
        self._last = value
        self.line.setText(QLocale().toString(qdate(value), self._format))
        self._show_problem()
        self.changed.emit()

    def set_bounds(
        self, earliest: date | None, latest: date | None, *, earliest_means: str = ""
    ) -> None:
        self._earliest, self._latest = earliest, latest
        self._earliest_means = earliest_means or self._earliest_means
        self._show_problem()

    def problem(self) -> str:
        """Why the date cannot be taken, in words; "" when it can."""
        translate = QCoreApplication.translate
        if self._parsed() is None:
            digits = sum(ch.isdigit() for ch in self.line.text())
            if digits == sum(ch.isalpha() for ch in self._format):
                return translate("dates", "There is no such date: {text}.").format(
                    text=self.line.text()
                )
            return translate("dates", "Type the whole date: {pattern}.").format(
                pattern=_pattern_hint(self._format)
            )
        day = self._last
        if self._latest is not None and day > self._latest:
            if self._latest == date.today():
                return translate("dates", "The date cannot be in the future.")
            return translate("dates", "The date cannot be later than {date}.").format(
                date=format_date(self._latest)
            )
        if self._earliest is not None and day < self._earliest:
            earliest = format_date(self._earliest)
            if self._earliest_means:
                return translate(
                    "dates", "The date cannot be earlier than {date} ({means})."
                ).format(date=earliest, means=self._earliest_means)
            return translate("dates", "The date cannot be earlier than {date}.").format(
                date=earliest
            )
        return ""

    def _show_problem(self) -> None:
        problem = self.problem()
        self.line.setStyleSheet(ERROR_BORDER if problem else "")
        self.line.setToolTip(problem)
        self.checked.emit(problem)

    def _pick(self) -> None:
        popup = QMenu(self)
        calendar = QCalendarWidget()
        calendar.setSelectedDate(qdate(self._last))
        if self._latest is not None:
            calendar.setMaximumDate(qdate(self._latest))
        if self._earliest is not None:
            calendar.setMinimumDate(qdate(self._earliest))
        picker = QWidgetAction(popup)
        picker.setDefaultWidget(calendar)
        popup.addAction(picker)

        def chosen(day: QDate) -> None:
            self.set_value(date(day.year(), day.month(), day.day()))
            popup.close()

        calendar.clicked.connect(chosen)
        popup.popup(self.line.mapToGlobal(self.line.rect().bottomLeft()))


def _pattern_hint(pattern: str) -> str:
    """The typing format in the user's letters: «ДД.ММ.ГГГГ», "MM/DD/YYYY"."""
    letters = {
        "d": QCoreApplication.translate("dates", "D"),
        "M": QCoreApplication.translate("dates", "M"),
        "y": QCoreApplication.translate("dates", "Y"),
    }
    return "".join(letters.get(ch, ch) for ch in pattern)
