"""Installs the Qt translators (ours and Qt's own) for the chosen interface language."""

from __future__ import annotations

from rsdesk import i18n
from rsdesk.gui.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from rsdesk.resource_paths import resource

_installed: list[QTranslator] = []


def install_language(language: str) -> None:
    """Replace the installed translators; Qt then sends LanguageChange to every widget."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_dir)] if language != "en" else []
    candidates.append((f"rsdesk_{language}", str(resource("translations"))))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(
        QLocale(QLocale.Language.Russian if language == "ru" else QLocale.Language.English)
    )
    i18n.set_language(language)
