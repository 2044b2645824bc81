"""The year being lived: its calendar, its people and requests, and the main window's areas.

The year is the one whose autumn lies behind today: run in December, September's work is
entered three months late, as a curator who kept a paper notebook does. Every date below is
typed into the date fields; nothing is stamped with the day of entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from rsdesk.gui.areas import AREAS
from rsdesk.gui.main_window import MainWindow
from rsdesk.gui.qt import QDialog, Qt, QTabWidget
from tests.helpers.clicks import click, click_row, key, retype, row_of, settle


def the_school_year(today: date) -> int:
    """The calendar year of the autumn already past: this one in December, else the last."""
    return today.year if today.month == 12 else today.year - 1


TODAY = date.today()
Y = the_school_year(TODAY)


def day(month: int, number: int, year: int = Y) -> date:
    return date(year, month, number)


TOMORROW = TODAY + timedelta(days=1)

SERVICE = "МБОУ «СОШ № 12»"
CURATOR = "Смирнова Ольга Петровна"
FOUNDED = day(8, 28)  # the curator's pledge and first year on the roster


@dataclass(frozen=True)
class Person:
    name: str
    role: str  # as the role list says it
    minor: bool
    class_name: str = ""
    age: int | None = None


@dataclass(frozen=True)
class RequestSpec:
    received: date
    source: str  # as the «Источник» list says it
    category: str  # the beginning of the category's label
    description: str
    people: tuple[Person, ...]
    referrer: str = ""


@dataclass
class Year:
    """The window the year is lived in, and the numbers the service gave its cases."""

    window: MainWindow
    folder: Path  # where the exported files go

    # --- navigation ----------------------------------------------------------------------

    def go(self, key_name: str) -> object:
        """Click the area in the navigation list; returns the area's page."""
        row = [a.key for a in AREAS].index(key_name)
        click_row(self.window.ui.navigation, row)
        settle()
        assert self.window.current_area() == key_name
        return self.window.pages[key_name]

    def tab(self, tabs: QTabWidget, title: str) -> None:
        """Click a tab by its title (without «&»)."""
        bar = tabs.tabBar()
        for index in range(tabs.count()):
            if tabs.tabText(index).replace("&", "") == title:
                click(bar, bar.tabRect(index).center())
                assert tabs.currentIndex() == index
                return
        raise AssertionError(f"no tab «{title}»")

    @property
    def cases_area(self):
        return self.go("cases")

    def requests_tab(self):
        """The «Заявки» tab, showing whichever year it shows."""
        area = self.cases_area
        self.tab(area.tabs, "Заявки")
        return area.requests

    def requests_list(self, year: int = Y):
        """The «Заявки» tab showing the requests received in `year`."""
        listing = self.requests_tab()
        if listing.selected_year() != year:
            from tests.helpers.clicks import pick

            pick(listing.year, str(year))
        return listing

    def select_request(self, who: str, year: int = Y):
        """Click the row of the request that names `who` among its participants."""
        listing = self.requests_list(year)
        row = row_of(listing.table, who, column=5)
        click_row(listing.table, row, 5)
        return listing

    def case_list(self):
        area = self.cases_area
        self.tab(area.tabs, "Случаи")
        return area.cases

    def open_case(self, who: str, answer) -> None:
        """Find the case by a participant's name, as a person types it in the search, select
        its row and press Enter; `answer(card)` works in the card and closes it."""
        from tests.helpers.clicks import modal

        cases = self.case_list()
        retype(cases.search, who)
        settle()
        assert cases.model.rowCount() == 1, [r.participants for r in cases.model.rows]
        click_row(cases.table, 0, 2)
        modal(lambda: key(cases.table, Qt.Key.Key_Return), answer)
        retype(cases.search, "")


def close_card(card: QDialog) -> None:
    """The card's own «Закрыть» at its bottom right."""
    from tests.helpers.clicks import button

    click(button(card, "Закрыть"))
