"""Loads the bundled PT Sans so text renders alike on every machine, Cyrillic included."""

from __future__ import annotations

import fontpkg_pt_sans

from rsdesk.gui.qt import QApplication, QFont, QFontDatabase

FAMILY = fontpkg_pt_sans.FAMILY
POINT_SIZE = 11


_registered: list[str] = []  # the faces are read from disk once per process


def load_fonts(app: QApplication) -> str:
    """Register every PT Sans face and make it the application font; returns the family."""
    if not _registered:
        for path in sorted((fontpkg_pt_sans.ROOT / "files").glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    family = FAMILY if FAMILY in _registered else next(iter(_registered), app.font().family())
    app.setFont(QFont(family, POINT_SIZE))
    return family
