"""The screenshot command writes a readable PNG for each area in both languages."""

from __future__ import annotations

from rsdesk.gui.qt import QImage
from rsdesk.gui.screenshots import take_screenshots


def test_screenshots_are_written(app, tmp_path):
    written = take_screenshots(tmp_path)
    names = {p.name for p in written}
    assert {
        "ru-main-cases.png",
        "ru-main-settings.png",
        "ru-about.png",
        "en-main-mediators.png",
    } <= names
    for path in written:
        image = QImage(str(path))
        assert not image.isNull() and image.width() >= 300, path
