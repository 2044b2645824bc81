"""QApplication set-up and the GUI entry point."""

from __future__ import annotations

import sys

from rsdesk import APP_NAME, __version__
from rsdesk.cli import freeze_support
from rsdesk.gui.fonts import load_fonts
from rsdesk.gui.language import install_language
from rsdesk.gui.main_window import MainWindow
from rsdesk.gui.qt import QApplication, QIcon, QTimer
from rsdesk.gui.session import core_preload
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
    QTimer.singleShot(0, core_preload)  # once the window is up, while the password is typed
    return app.exec()


def main() -> None:
    freeze_support()
    raise SystemExit(run(sys.argv))
