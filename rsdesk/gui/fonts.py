"""Loads the bundled PT Sans so text renders alike on every machine, Cyrillic included."""

from __future__ import annotations

import fontpkg_pt_sans

from rsdesk.gui.qt import QApplication, QFont, QFontDatabase

FAMILY = fontpkg_pt_sans.FAMILY
POINT_SIZE = 11


def load_fonts(app: QApplication) -> str:
    """Register every PT Sans face and make it the application font; returns the family."""
    families: set[str] = set()
    for path in sorted((fontpkg_pt_sans.ROOT / "files").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    family = FAMILY if FAMILY in families else next(iter(families), app.font().family())
    app.setFont(QFont(family, POINT_SIZE))
    return family
