"""The screenshot command writes a readable PNG for each area in both languages."""

from __future__ import annotations

from rsdesk.gui.qt import QImage
from rsdesk.gui.screenshots import take_screenshots


def test_screenshots_are_written(app, tmp_path):
    written = take_screenshots(tmp_path)
    names = {p.name for p in written}
    expected = {
        "main-welcome",
        "main-settings",
        "about",
        "create-1-service",
        "create-3-key",
        "main-unlock",
        "cases-overview",
        "cases-cases",
        "case-card-1",
        "main-programs",
        "main-mediators",
        "main-statistics",
    }
    for language in ("ru", "en"):
        assert {f"{language}-{name}.png" for name in expected} <= names
    for path in written:
        image = QImage(str(path))
        assert not image.isNull() and image.width() >= 300, path
