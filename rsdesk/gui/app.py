"""QApplication set-up and the GUI entry point."""

from __future__ import annotations

import gc
import importlib
import os
import sys
import threading
from pathlib import Path

from rsdesk import APP_NAME, __version__
from rsdesk.frozen import freeze_support
from rsdesk.gui.fonts import load_fonts
from rsdesk.gui.language import install_language
from rsdesk.gui.main_window import MainWindow
from rsdesk.gui.qt import QApplication, QIcon, QTimer
from rsdesk.gui.relaunch import relaunch
from rsdesk.gui.session import CORE_MODULES, core_preload
from rsdesk.resource_paths import resource
from rsdesk.settings import load_settings

# How often the GUI thread looks whether cyclic garbage is due for collection.
COLLECT_EVERY_MS = 500


def create_app(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource("icons", "rsdesk.svg"))))
    load_fonts(app)
    collect_garbage_between_events(app)
    return app


def collect_garbage_between_events(app: QApplication) -> None:
    """Python's cyclic collector runs from the GUI thread's event loop, and only there.

    Left to itself it runs on whichever thread allocates past a threshold: the save writer,
    a worker. A widget kept only by a reference cycle is then destroyed on the GUI thread at
    whatever line it is running, even while Qt is making another dialog, and the process
    crashes there. Between two events nothing of Qt's is half done.
    """
    if app.property("rsdeskCollector"):
        return
    gc.disable()
    timer = QTimer(app)
    timer.setInterval(COLLECT_EVERY_MS)
    timer.timeout.connect(_collect_if_due)
    timer.start()
    app.setProperty("rsdeskCollector", True)


def _collect_if_due() -> None:
    """The generations the automatic collector would have collected by now."""
    young, middle, old = gc.get_count()
    first, second, third = gc.get_threshold()
    if old > third:
        gc.collect(2)
    elif middle > second:
        gc.collect(1)
    elif young > first:
        gc.collect(0)


def run(argv: list[str], *, check: bool = False, vault: str | None = None) -> int:
    """Show the window; with `check`, report what it shows and quit (`rsdesk gui --check`).

    With `vault`, the unlock screen is that file's (a lock starts the program anew so).
    """
    app = create_app(argv)
    settings = load_settings()
    if vault is not None and (not settings.last_vault or Path(vault) != Path(settings.last_vault)):
        # Only shown: the settings remember the file once someone signs in to it.
        settings.last_vault, settings.last_slot = str(Path(vault)), ""
    install_language(settings.language)
    window = MainWindow(settings)
    window.relaunch = relaunch
    window.show()
    if "RSDESK_TEST_SCRIPT" in os.environ:
        from rsdesk.gui.scripted import start_script

        start_script(window)
    preload: list[threading.Thread] = []
    # Once the window is up, while the password is typed.
    QTimer.singleShot(0, lambda: preload.append(core_preload()))
    if check:
        QTimer.singleShot(0, lambda: report_and_quit(app, window, preload))
    return app.exec()


def report_and_quit(app: QApplication, window: MainWindow, preload: list[threading.Thread]) -> None:
    """Say which screen came up, then whether the core loads, for checking an installation.

    The first line comes as soon as the window is shown, so a caller can time the start.
    """
    print(f"shown: {window.screen_name()}", flush=True)
    for thread in preload:
        thread.join()
    try:
        for name in CORE_MODULES:
            importlib.import_module(name)
    except ImportError as error:
        print(f"core: missing {error.name}", flush=True)
        app.exit(1)
        return
    print("core: loaded", flush=True)
    app.exit(0)


def main() -> None:
    freeze_support()
    raise SystemExit(run(sys.argv))
