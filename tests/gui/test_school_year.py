"""A school service's year, lived through the real main window on a 1366×768 laptop.

One service, one window, the chapters in order (each a test, sharing the window): the roster;
a class circle; the autumn's requests, one corrected before the decision; a restorative
mediation whose September meetings are entered in December with their real dates and whose
second parent turns up later; a program stopped by a refusal; corrections of a recorded stage,
an agreement point and a mediator's assignment; the mistakes a person makes on the way; the
cases closed and the yearly statistics file exported and counted by hand.

Everything is done with clicks and keys on the widgets (tests/helpers/clicks.py); the test
never reads or writes the register itself. The year is the autumn behind today
(tests/helpers/school_year/year.py), so the dates typed are real and never in the future.

The laptop's screen is 1366×768 with a 40 px taskbar: Qt's offscreen platform is given a
1366×728 screen. A process started on another screen runs this module again in a child
process on that screen, and each test here reports its chapter's outcome from there.
"""

from __future__ import annotations

import pytest

from tests.helpers.child_screen import Relay, Screen
from tests.helpers.school_year import (
    year_circle,
    year_corrections,
    year_export,
    year_mediation,
    year_mistakes,
    year_refusal,
    year_requests,
    year_roster,
)
from tests.helpers.school_year.year import CURATOR, FOUNDED, SERVICE, Year

pytestmark = pytest.mark.timeout(900)

# 1366×768 less the taskbar: what a window may use
LAPTOP = Screen("laptop", 1366, 728, "the laptop's screen")
PASSWORD = "Пароль куратора на год 2026"


class OnTheLaptop(Relay):
    """The chapters' outcomes from a child process that has the laptop's screen."""

    def live(self, _chapter, name: str) -> None:
        self.report(name)


class Here(Year):
    def live(self, chapter, _name: str) -> None:
        from tests.helpers.clicks import misfits_said_at_the_end

        with misfits_said_at_the_end():
            chapter(self)


@pytest.fixture(scope="module")
def year(qapp, tmp_path_factory):
    if not LAPTOP.is_ours():
        yield OnTheLaptop(LAPTOP, __file__, tmp_path_factory.mktemp("laptop"))
        return
    from rsdesk.access.service_files import found_service
    from rsdesk.gui.app import create_app
    from rsdesk.gui.language import install_language
    from rsdesk.gui.main_window import MainWindow
    from rsdesk.settings import load_settings
    from rsdesk.vault import KdfParams

    # The module's window outlives each test's own RSDESK_HOME: it gets one of its own.
    home = pytest.MonkeyPatch()
    home.setenv("RSDESK_HOME", str(tmp_path_factory.mktemp("school-year-home")))
    create_app([])
    install_language("ru")
    unlocked, _key = found_service(
        tmp_path_factory.mktemp("service") / "school.rsdv",
        PASSWORD,
        kind="school",
        name=SERVICE,
        region="Кузбасс",
        municipality="г. Прокопьевск",
        curator_name=CURATOR,
        pledged_on=FOUNDED,
        kdf=KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1),
    )
    window = MainWindow(load_settings())
    window.setGeometry(window.screen().availableGeometry())
    window.show()
    window.session.attach(unlocked)
    try:
        yield Here(window, tmp_path_factory.mktemp("exported"))
    finally:
        window.session.close()
        window.close()
        window.deleteLater()
        home.undo()


@pytest.fixture
def live(year, request):
    return lambda chapter: year.live(chapter, request.node.name)


def test_1_the_roster_with_training(live):
    live(year_roster.live)


def test_2_the_autumns_requests_entered_in_december(live):
    live(year_requests.live)


def test_3_a_class_circle_and_last_decembers_circle(live):
    live(year_circle.live)


def test_4_a_restorative_mediation_of_september_entered_in_december(live):
    live(year_mediation.live)


def test_5_a_program_stopped_by_a_refusal(live):
    live(year_refusal.live)


def test_6_corrections_of_a_stage_an_agreement_point_and_a_mediator(live):
    live(year_corrections.live)


def test_7_the_mistakes_a_person_makes(live):
    live(year_mistakes.live)


def test_8_closing_the_cases_and_the_yearly_file_against_a_hand_count(live):
    live(year_export.live)
