"""Writes PNG screenshots of rsdesk's windows: `python -m rsdesk.gui.screenshots OUTDIR`.

A tour as a new curator takes it: the first start, the create-service wizard with its
recovery key, the unlock screen, then every area with the practice vault's invented cases.
Runs offscreen when no display is set, and always in a temporary RSDESK_HOME, so it never
touches a real service file or the user's settings.

`--screen 1024x728` takes the tour on a screen of that size (Qt's offscreen platform is told
of it): the main window fills it, each dialog opens at its own size capped by the screen, and
the windows that still do not fit are named at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rsdesk.gui.journal.shots import journal_shots
from rsdesk.gui.programs.shots import program_shots
from rsdesk.gui.requests.shots import request_shots
from rsdesk.gui.roster.shots import roster_shots
from rsdesk.gui.shooting import MISFITS, shoot
from rsdesk.settings import Settings

SIZE = (1200, 760)  # the window's size, when the screen has room for it


def first_start_shots(window, out: Path, language: str) -> list[Path]:
    from rsdesk.gui.about import AboutDialog

    written = []
    for index, name in ((0, "welcome"), (4, "settings")):
        window.show_area(index)
        written.append(shoot(window, out / f"{language}-main-{name}.png"))
    about = AboutDialog(window)
    about.show()
    written.append(shoot(about, out / f"{language}-about.png"))
    about.close()
    return written


def wizard_shots(window, out: Path, language: str) -> list[Path]:
    """The create-service wizard page by page; leaves the new service open in the window."""
    from rsdesk.gui.create_service import CreateServiceWizard, recovery_groups
    from rsdesk.gui.qt import QApplication, QEventLoop

    wizard = CreateServiceWizard(window)
    wizard.show()
    service = wizard.service
    service.name.setText("МБОУ «Средняя общеобразовательная школа № 12»")
    service.region.setText("Кемеровская область — Кузбасс")
    service.municipality.setText("Кемеровский городской округ")
    service.file.setText(str(service.path().with_name(f"screenshots-{language}.rsdv")))
    written = [shoot(wizard, out / f"{language}-create-1-service.png")]
    wizard.next()
    curator = wizard.curator
    curator.curator.setText("Смирнова Ольга Петровна")
    curator.password.setText("Тихий двор у школы 12")
    curator.repeat.setText("Тихий двор у школы 12")
    written.append(shoot(wizard, out / f"{language}-create-2-curator.png"))
    wizard.next()
    deadline = time.monotonic() + 60
    while not wizard.key.isComplete():
        if time.monotonic() > deadline or wizard.currentPage() is not wizard.key:
            raise RuntimeError("the wizard did not create the vault: " + wizard.key.status.text())
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    written.append(shoot(wizard, out / f"{language}-create-3-key.png"))
    wizard.next()
    groups = recovery_groups(wizard.key.key)
    wizard.confirm.first.setText(groups[wizard.confirm.asked[0]])
    written.append(shoot(wizard, out / f"{language}-create-4-confirm.png"))
    wizard.confirm.second.setText(groups[wizard.confirm.asked[1]])
    wizard.accept()
    assert wizard.unlocked is not None
    window.session.attach(wizard.unlocked)
    window.lock()
    window.show_area(0)
    window.gate.unlock.ui.password.setText("********")
    written.append(shoot(window, out / f"{language}-main-unlock.png"))
    return written


def practice_shots(window, out: Path, language: str) -> list[Path]:
    """Every area with the practice vault open, and a case card."""
    from rsdesk.gui.areas import AREAS
    from rsdesk.gui.cases.case_card import CaseCardDialog
    from rsdesk.gui.demo import unlock_practice_file

    window.session.attach(unlock_practice_file(), remember=False)
    written = []
    cases = window.pages["cases"]
    for index, name in enumerate(("overview", "requests", "cases")):
        window.show_area(0)
        cases.tabs.setCurrentIndex(index)
        written.append(shoot(window, out / f"{language}-cases-{name}.png"))
    cases.cases.search.setText("иван")
    written.append(shoot(window, out / f"{language}-cases-search.png"))
    cases.cases.search.clear()
    card = CaseCardDialog(window.session, cases.cases.model.rows[0].id, window)
    card.show()
    for index in range(card.tabs.count()):
        card.tabs.setCurrentIndex(index)
        written.append(shoot(card, out / f"{language}-case-card-{index + 1}.png"))
    card.close()
    for index, area in enumerate(AREAS[1:4], start=1):
        window.show_area(index)
        written.append(shoot(window, out / f"{language}-main-{area.key}.png"))
    written += hand_over_shots(window, out, language)
    return written


def hand_over_shots(window, out: Path, language: str) -> list[Path]:
    """The session handed over to a pupil: the choice, the bar, the password that takes it back."""
    from rsdesk.gui.demo import DEMO_PASSWORD
    from rsdesk.gui.handover import HandOverDialog, TakeBackDialog

    bar = window.hand_over
    candidates = window.session.desk.hand_over_candidates()
    if not candidates:
        return []
    written = []
    dialog = HandOverDialog(candidates, window)
    dialog.people.setCurrentRow(0)
    dialog.show()
    written.append(shoot(dialog, out / f"{language}-hand-over-dialog.png"))
    dialog.close()
    workplace = window.session.workplace
    young = workplace.hand_over(candidates[0].user_id)
    young.subscribe(window.session.changed.emit)
    window.session.desk = young
    window.signed_in_again()
    if window.pledge is not None:  # the pupil's pledge, as at their first session
        written.append(shoot(window.pledge, out / f"{language}-hand-over-pledge.png"))
        window.pledge.agree.setChecked(True)
        window.pledge.accept()
    window.show_area(0)
    written.append(shoot(window, out / f"{language}-hand-over-main.png"))
    take_back = TakeBackDialog(young.supervisor, window)
    take_back.password.setText("********")
    take_back.wrong()
    take_back.show()
    written.append(shoot(take_back, out / f"{language}-hand-over-take-back.png"))
    take_back.close()
    workplace.take_back(DEMO_PASSWORD)
    window.session.desk = workplace.desk
    window.signed_in_again()
    bar.update_state()
    return written


# Each takes (main window, output folder, language) and returns the files it wrote.
SHOTS: list[Callable[[object, Path, str], list[Path]]] = [
    first_start_shots,
    wizard_shots,
    practice_shots,
    request_shots,
    roster_shots,
    program_shots,
    journal_shots,
]


def take_screenshots(
    out_dir: Path, languages: tuple[str, ...] = ("ru", "en"), *, fill_screen: bool = False
) -> list[Path]:
    """The tour in each language; with `fill_screen` the main window fills the screen's
    available area, as on a school's small monitor, else it has the tour's usual size."""
    from rsdesk.gui.app import create_app
    from rsdesk.gui.language import install_language
    from rsdesk.gui.main_window import MainWindow
    from rsdesk.gui.qt import Qt

    create_app([sys.argv[0]])
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for language in languages:
        install_language(language)
        window = MainWindow(Settings(language=language))
        room = window.screen().availableGeometry()
        if fill_screen:
            window.showMaximized()
        else:
            window.setWindowState(Qt.WindowState.WindowNoState)  # the tour's size, as ever
            window.resize(min(SIZE[0], room.width()), min(SIZE[1], room.height()))
            window.show()
        for shots in SHOTS:
            written.extend(shots(window, out_dir, language))
        window.session.close()
        window.close()
    install_language("ru")
    return written


def screen_size(text: str) -> tuple[int, int]:
    """«1024x728» (or «1024×728») as (width, height)."""
    found = re.fullmatch(r"\s*(\d{3,5})\s*[x×]\s*(\d{3,5})\s*", text)
    if not found:
        raise argparse.ArgumentTypeError(f"not a screen size WIDTHxHEIGHT: {text!r}")
    return int(found[1]), int(found[2])


def screens_config(folder: Path, size: tuple[int, int]) -> Path:
    """A screens file for Qt's offscreen platform: one screen of that size, nothing else."""
    width, height = size
    screen = {"name": "tour", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    path = folder / "screens.json"
    path.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return path


def arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m rsdesk.gui.screenshots",
        description="Write PNG screenshots of rsdesk's windows with invented data.",
    )
    parser.add_argument("outdir", type=Path, help="the folder for the pictures")
    parser.add_argument(
        "--screen",
        type=screen_size,
        metavar="WxH",
        help="take the tour on an offscreen screen of this size, e.g. 1024x728",
    )
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = arguments(argv)
    home = Path(tempfile.mkdtemp(prefix="rsdesk-screenshots-"))
    os.environ["RSDESK_HOME"] = str(home)
    if args.screen:
        from rsdesk.gui.qt import QGuiApplication

        if QGuiApplication.instance() is not None:
            print("--screen needs a process where Qt has not started yet", file=sys.stderr)
            return 2
        # Read when Qt starts: before that, the platform is told of the screen.
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screens_config(home, args.screen)}"
    else:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        for path in take_screenshots(args.outdir, fill_screen=bool(args.screen)):
            print(path)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    for misfit in MISFITS:
        print(f"does not fit the screen: {misfit}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
