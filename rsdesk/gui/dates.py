"""Dates as the user reads and types them: one locale-aware format and one date editor.

Every screen shows dates through `format_date`, so the English setting gives English dates and
nobody formats by hand. `DateEdit` lets any date be typed section by section: its bounds are
checked after typing and said in words, because a Qt range would reject the digits typed on
the way (24.09 cannot be typed over 03.12 when the range ends today).
"""

from __future__ import annotations

from datetime import date, datetime

from rsdesk.gui.qt import QCoreApplication, QDate, QDateEdit, QLocale, QWidget, Signal

ERROR_BORDER = "QDateEdit { border: 1px solid #b00020; }"
# What the editor itself accepts while typing; real limits are checked in `problem`.
_FLOOR = QDate(1990, 1, 1)
_CEILING = QDate(2100, 12, 31)


def tr(text: str, **values: object) -> str:
    return QCoreApplication.translate("dates", text).format(**values)


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


class DateEdit(QDateEdit):
    """A date field that takes any date typed or picked and says when it is out of bounds.

    `latest` defaults to none; pass `latest=date.today()` (or the Desk's today) for a day
    that has already happened. `problem()` gives the Russian message a form shows on OK.
    """

    checked = Signal(str)  # the current problem, "" when the date is within bounds

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
        self.setCalendarPopup(True)
        self.setDisplayFormat(_date_format())
        self.setDateRange(_FLOOR, _CEILING)
        self._earliest = earliest
        self._latest = latest
        self._earliest_means = earliest_means
        self.set_value(value or latest or date.today())
        self.dateChanged.connect(self._show_problem)
        self._show_problem()

    def value(self) -> date:
        picked = self.date()
        return date(picked.year(), picked.month(), picked.day())

    def set_value(self, value: date) -> None:
        self.setDate(qdate(value))

    def set_bounds(
        self, earliest: date | None, latest: date | None, *, earliest_means: str = ""
    ) -> None:
        self._earliest, self._latest = earliest, latest
        self._earliest_means = earliest_means or self._earliest_means
        self._show_problem()

    def problem(self) -> str:
        """Why the date cannot be taken, in words; "" when it can."""
        day = self.value()
        if self._latest is not None and day > self._latest:
            if self._latest == date.today():
                return tr("The date cannot be in the future.")
            return tr("The date cannot be later than {date}.", date=format_date(self._latest))
        if self._earliest is not None and day < self._earliest:
            if self._earliest_means:
                return tr(
                    "The date cannot be earlier than {date} ({means}).",
                    date=format_date(self._earliest),
                    means=self._earliest_means,
                )
            return tr("The date cannot be earlier than {date}.", date=format_date(self._earliest))
        return ""

    def _show_problem(self) -> None:
        problem = self.problem()
        self.setStyleSheet(ERROR_BORDER if problem else "")
        self.setToolTip(problem)
        self.checked.emit(problem)
