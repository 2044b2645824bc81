"""QApplication set-up and the GUI entry point."""

from __future__ import annotations

import multiprocessing
import sys

from rsdesk import APP_NAME, __version__
from rsdesk.gui.fonts import load_fonts
from rsdesk.gui.language import install_language
from rsdesk.gui.main_window import MainWindow
from rsdesk.gui.qt import QApplication, QIcon
from rsdesk.resources import resource
from rsdesk.settings import load_settings


def create_app(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource("icons", "rsdesk.svg"))))
    load_fonts(app)
    return app


def run(argv: list[str]) -> int:
    app = create_app(argv)
    settings = load_settings()
    install_language(settings.language)
    window = MainWindow(settings)
    window.show()
    return app.exec()


def main() -> None:
    multiprocessing.freeze_support()  # a frozen build's aggregation workers start here
    raise SystemExit(run(sys.argv))
