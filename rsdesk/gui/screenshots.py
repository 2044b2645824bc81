"""Writes PNG screenshots of rsdesk's windows: `python -m rsdesk.gui.screenshots OUTDIR`.

A tour as a new curator takes it: the first start, the create-service wizard with its
recovery key, the unlock screen, then every area with the practice vault's invented cases.
Runs offscreen when no display is set, and always in a temporary RSDESK_HOME, so it never
touches a real service file or the user's settings.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rsdesk.gui.programs.shots import program_shots
from rsdesk.gui.requests.shots import request_shots
from rsdesk.gui.roster.shots import roster_shots
from rsdesk.gui.shooting import shoot
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
    return written


# Each takes (main window, output folder, language) and returns the files it wrote.
SHOTS: list[Callable[[object, Path, str], list[Path]]] = [
    first_start_shots,
    wizard_shots,
    practice_shots,
    request_shots,
    roster_shots,
    program_shots,
]


def take_screenshots(out_dir: Path, languages: tuple[str, ...] = ("ru", "en")) -> list[Path]:
    from rsdesk.gui.app import create_app
    from rsdesk.gui.language import install_language
    from rsdesk.gui.main_window import MainWindow

    create_app([sys.argv[0]])
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for language in languages:
        install_language(language)
        window = MainWindow(Settings(language=language))
        room = window.screen().availableGeometry()
        window.resize(min(SIZE[0], room.width()), min(SIZE[1], room.height()))
        window.show()
        for shots in SHOTS:
            written.extend(shots(window, out_dir, language))
        window.session.close()
        window.close()
    install_language("ru")
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m rsdesk.gui.screenshots OUTDIR")
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp(prefix="rsdesk-screenshots-")
    os.environ["RSDESK_HOME"] = home
    try:
        for path in take_screenshots(Path(argv[0])):
            print(path)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
