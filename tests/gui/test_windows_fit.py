"""Every window of rsdesk fits a school's 1024×768 monitor with its taskbar: 1024×728.

Each test opens windows the way the application opens them (menus, buttons, the area's own
methods) and looks at each as it opens (tests/helpers/window_looks.py): its frame lies inside
the screen's available area, and its default and cancel buttons are shown whole (visible, and
not cut off by the window or by a scroll area). Buttons whose text ends in «…» open further
windows; those are opened in turn, looked at and closed again, so a dialog added later is
looked at without a line here. Tabs are looked at one by one, and the choices of a dialog
(accept, decline, transfer) one by one.

Qt's offscreen platform is given a 1024×728 screen. A process started on another screen runs
this module again in a child process on that screen (tests/helpers/child_screen.py), and each
test here reports its outcome from there (as tests/gui/test_school_year.py does for the
laptop).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.helpers.child_screen import Relay, Screen
from tests.helpers.window_looks import Look, close, plain, settle, wait_for

pytestmark = pytest.mark.timeout(900)

SCREEN = Screen("school", 1024, 728, "the 1024×728 screen")  # 1024×768 less a 40 px taskbar
PASSWORD = "Тихий двор у школы 12"


# --- the service the windows show -------------------------------------------------------------


@contextmanager
def service_window(folder: Path) -> Iterator:
    """The main window as it opens, with a service file open and a little of everything in it:
    the roster, a case of six people with a program and a document, an undecided request, a
    closed case and a deleted one."""
    from rsdesk.access.samples import add_sample_case, add_sample_roster
    from rsdesk.access.service_files import found_service
    from rsdesk.domain.register import Participant, Request
    from rsdesk.gui.main_window import MainWindow
    from rsdesk.settings import load_settings
    from rsdesk.vault import KdfParams

    unlocked, _key = found_service(
        folder / "school.rsdv",
        PASSWORD,
        kind="school",
        name="МБОУ «Средняя общеобразовательная школа № 12 имени Героя Советского Союза»",
        region="Кемеровская область — Кузбасс",
        municipality="Кемеровский городской округ",
        curator_name="Смирнова Ольга Петровна",
        pledged_on=date.today(),
        kdf=KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1),
    )
    window = MainWindow(load_settings())
    window.show()
    window.session.attach(unlocked)
    desk = window.session.desk
    add_sample_roster(desk)
    case_id = add_sample_case(desk)
    today = desk.today()

    def request(names: tuple[str, str], description: str) -> int:
        people = tuple(Participant(n, "party", True, class_name="6А", age=12) for n in names)
        return desk.register_request(
            Request(
                received_on=today - timedelta(days=3),
                source="parent",
                category="bullying",
                description=description,
                participants=people,
            )
        )

    request(("Лебедев Кирилл", "Орлов Никита"), "Насмешки в чате класса; ждёт решения.")
    # A theft the commission refers: the decision dialog suggests the transfer and says why.
    desk.register_request(
        Request(
            received_on=today - timedelta(days=2),
            source="juvenile_commission",
            category="crime",
            description="Кража телефона у одноклассника на перемене; телефон возвращён.",
            participants=(
                Participant("Петров Иван", "offender", True, class_name="7Б", age=14),
                Participant("Петрова Анна Сергеевна", "legal_representative", False),
                Participant("Сидоров Максим", "victim", True, class_name="7Б", age=13),
            ),
            referrer="КДН и ЗП Ленинского района",
        )
    )
    closed = desk.accept_request(
        request(("Зайцева Алина", "Волкова Дарья"), "Ссора из-за места за партой."),
        decided_on=today - timedelta(days=2),
        accept_despite_warnings=True,
    )
    desk.close_case(closed, today - timedelta(days=1), note="Помирились сами.")
    deleted = desk.accept_request(
        request(("Новиков Артём", "Ершов Павел"), "Записано по ошибке."),
        decided_on=today - timedelta(days=2),
        accept_despite_warnings=True,
    )
    desk.delete_case(deleted, "Записано по ошибке, дубль")
    window.case_id = case_id
    window.closed_case_id = closed
    try:
        yield window
    finally:
        window.session.close()
        window.close()
        window.deleteLater()
        settle()


# --- what a user opens --------------------------------------------------------------------------


def the_main_window(look: Look, _folder: Path) -> None:
    """Each area (and each of its tabs) with a service open, the welcome, unlock and practice."""
    from rsdesk.gui.areas import AREAS
    from rsdesk.gui.demo import unlock_practice_file
    from rsdesk.gui.main_window import MainWindow
    from rsdesk.settings import load_settings

    first = MainWindow(load_settings())
    first.show()
    look.at(first, "first start: welcome")
    first.show_area(4)
    look.at(first, "first start: settings")
    first.session.attach(unlock_practice_file(), remember=False)
    for index, area in enumerate(AREAS):
        first.show_area(index)
        look.tabs_of(first, f"practice file: {area.key}")
    first.session.close()
    first.close()
    first.deleteLater()


def the_areas_with_a_service(look: Look, folder: Path) -> None:
    from rsdesk.gui.areas import AREAS

    with service_window(folder) as window:
        for index, area in enumerate(AREAS):
            window.show_area(index)
            look.tabs_of(window, f"service: {area.key}")
        window.lock()
        look.at(window, "locked: unlock")


def the_lists(look: Look, folder: Path) -> None:
    """«Новая заявка…», «Изменить…», «Решение…» (each choice) on each undecided request, and
    «Удалённые случаи…»."""
    from tests.helpers.clicks import click_row

    with service_window(folder) as window:
        window.show_area(0)
        cases = window.pages["cases"]
        cases.tabs.setCurrentWidget(cases.requests)
        settle()
        table = cases.requests.table
        undecided = 0
        for row in range(table.model().rowCount()):
            click_row(table, row)
            if cases.requests.decision.isEnabled() and cases.requests.edit.isEnabled():
                undecided += 1
                look.open_each(cases.requests, f"requests, row {row}", depth=1)
        assert undecided >= 2, "the undecided requests are not listed"
        cases.tabs.setCurrentWidget(cases.cases)
        assert look.opened_by(cases.cases.deleted.click, "deleted cases")


def the_case_card(look: Look, folder: Path) -> None:
    """The card of an open case and of a closed one, with every window their buttons open."""
    with service_window(folder) as window:
        window.show_area(0)
        cases = window.pages["cases"]
        look.opened_by(lambda: cases.open_case(window.case_id), "open case", depth=2)
        look.opened_by(lambda: cases.open_case(window.closed_case_id), "closed case", depth=1)


def the_program_wizard(look: Look, folder: Path) -> None:
    """The start dialog, and the wizard at every kind of stage (and the stage before it) with
    the windows it opens."""
    from rsdesk.gui.programs.controller import ProgramController
    from rsdesk.gui.programs.opener import ProgramOpener
    from rsdesk.gui.programs.shots import KIND_SHOTS, advance
    from rsdesk.gui.programs.start_dialog import StartProgramDialog
    from rsdesk.gui.qt import QWizard

    with service_window(folder) as window:
        desk = window.session.desk
        window.show_area(1)
        opener = ProgramOpener(desk, window)
        look.opened_by(lambda: opener.start_program(window.case_id), "start a program")
        for kind, (program_type, stage_key) in KIND_SHOTS.items():
            start = StartProgramDialog(desk, window.case_id, window)
            start.type.setCurrentIndex(start.type.findData(program_type))
            start.start()
            assert start.program_id is not None, start.error.text()
            start.deleteLater()
            advance(ProgramController(desk, start.program_id), stage_key)
            wizard = opener.open_program(start.program_id)
            look.explore(wizard, f"wizard at «{kind}»", 1)
            if wizard.button(QWizard.WizardButton.BackButton).isEnabled():
                wizard.back()  # a stage recorded already: what correcting it opens
                look.explore(wizard, f"wizard at «{kind}», a stage back", 1)
            close(wizard)


def the_documents(look: Look, folder: Path) -> None:
    """A document made in the card, then opened in the viewer, and the export dialog."""
    from rsdesk.gui.cases.case_card import CaseCardDialog

    with service_window(folder) as window:
        card = CaseCardDialog(window.session, window.case_id, window)
        card.open()
        panel = card.documents
        card.tabs.setCurrentWidget(panel)
        panel.fill_menu()
        actions = panel.menu.actions()
        assert actions, "no document to make"
        actions[0].trigger()
        wait_for(lambda: not panel.busy and panel.documents)
        panel.table.selectRow(0)

        viewer = panel.open_selected()
        wait_for(lambda: viewer.ready)  # the pages are drawn by a worker
        look.explore(viewer, "document viewer", 1)
        close(viewer)
        look.opened_by(panel.export_selected, "document export")
        close(card)


def the_roster(look: Look, folder: Path) -> None:
    """The mediators' dialogs: a new one, editing, training, a password."""
    with service_window(folder) as window:
        window.show_area(2)
        area = window.pages["mediators"]
        for row in (1, 0):  # Кузнецова has a password: the curator is asked to give one
            area.table.selectRow(row)
            settle()
            look.open_each(area, f"mediators, row {row}", depth=1)
        area.tabs.setCurrentIndex(1)
        look.open_each(area, "who may lead what", depth=1)


def settings_statistics_and_the_file_menu(look: Look, folder: Path) -> None:
    from rsdesk.gui.pledge_dialog import PledgeDialog

    with service_window(folder) as window:
        window.show_area(4)
        look.open_each(window.pages["settings"], "settings", depth=1)
        window.show_area(3)
        look.open_each(window.pages["statistics"], "statistics", depth=0)
        ui = window.ui
        for action in (
            ui.actionChangePassword,
            ui.actionExportBackup,
            ui.actionAbout,
            ui.actionOpen,
        ):
            look.opened_by(action.trigger, f"menu «{plain(action.text())}»")
        pledge = PledgeDialog(window.session.desk.actor, window)
        look.opened_by(pledge.open, "pledge")
        # Last: the restore closes the service file while it asks which copy to bring back.
        look.opened_by(ui.actionRestoreBackup.trigger, "menu «restore»", depth=1)


def the_first_start(look: Look, folder: Path) -> None:
    """The create-service wizard page by page, then the unlock page and the recovery."""
    from rsdesk.gui.create_service import recovery_groups
    from rsdesk.gui.main_window import MainWindow
    from rsdesk.gui.qt import QApplication, QWizard
    from rsdesk.settings import load_settings

    window = MainWindow(load_settings())
    window.show()

    def walk() -> None:
        wizard = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QWizard))
        look.at(wizard, "create: service")
        service = wizard.service
        service.name.setText("МБОУ «Средняя общеобразовательная школа № 12»")
        service.region.setText("Кемеровская область — Кузбасс")
        service.municipality.setText("Кемеровский городской округ")
        service.file.setText(str(folder / "first.rsdv"))
        look.open_each(wizard.currentPage(), "create: service", depth=0)
        wizard.next()
        look.at(wizard, "create: curator")
        wizard.curator.curator.setText("Смирнова Ольга Петровна")
        wizard.curator.password.setText(PASSWORD)
        wizard.curator.repeat.setText(PASSWORD)
        wizard.next()
        wait_for(wizard.key.isComplete, 60)
        look.at(wizard, "create: recovery key")
        wizard.next()
        look.at(wizard, "create: confirm the key")
        groups = recovery_groups(wizard.key.key)
        wizard.confirm.first.setText(groups[wizard.confirm.asked[0]])
        wizard.confirm.second.setText(groups[wizard.confirm.asked[1]])
        wizard.accept()

    from rsdesk.gui.qt import QTimer

    QTimer.singleShot(0, walk)
    window.create_service()
    wait_for(lambda: window.session.is_open)
    window.lock()
    look.at(window, "unlock")
    look.opened_by(window.gate.unlock.ui.forgot.click, "forgotten password")
    window.close()
    window.deleteLater()


@pytest.fixture(scope="module")
def screen(qapp, tmp_path_factory):
    if not SCREEN.is_ours():
        yield Relay(SCREEN, __file__, tmp_path_factory.mktemp("school-screen"))
        return
    yield None


@pytest.fixture
def fits(screen, request, app, tmp_path):
    def run(scene: Callable[[Look, Path], None]) -> None:
        if screen is not None:
            screen.report(request.node.name)
            return
        look = Look()
        try:
            scene(look, tmp_path)
        finally:
            print("\n".join(look.seen))
        look.says_all_fit()

    return run


def test_the_main_window_in_every_area(fits):
    fits(the_main_window)


def test_the_areas_of_a_service_and_the_unlock_page(fits):
    fits(the_areas_with_a_service)


def test_the_first_start_the_create_wizard_and_the_recovery(fits):
    fits(the_first_start)


def test_the_request_and_decision_dialogs_and_deleted_cases(fits):
    fits(the_lists)


def test_the_case_card_and_what_it_opens(fits):
    fits(the_case_card)


def test_the_program_start_and_the_wizard_at_every_kind_of_stage(fits):
    fits(the_program_wizard)


def test_the_document_viewer_and_export(fits):
    fits(the_documents)


def test_the_roster_dialogs(fits):
    fits(the_roster)


def test_settings_audit_statistics_and_the_file_menu(fits):
    fits(settings_statistics_and_the_file_menu)
