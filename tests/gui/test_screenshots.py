"""The screenshot command writes a readable PNG for each area in both languages, on the
default screen and on a school's small one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rsdesk.gui.qt import QImage
from rsdesk.gui.screenshots import main, take_screenshots


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


@pytest.mark.timeout(600)
def test_the_tour_on_a_1024_by_728_screen(tmp_path):
    """`--screen 1024x728`: the main window fills the screen, no window is larger than it."""
    out = tmp_path / "tour"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    run = subprocess.run(
        [sys.executable, "-m", "rsdesk.gui.screenshots", str(out), "--screen", "1024x728"],
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    pictures = sorted(out.glob("*.png"))
    assert {"ru-cases-cases.png", "en-main-programs.png"} <= {p.name for p in pictures}
    for name in ("ru-cases-cases.png", "ru-main-programs.png", "en-main-statistics.png"):
        main_window = QImage(str(out / name))
        # The available area less the window's own frame: filled, and nothing more.
        assert 1000 <= main_window.width() <= 1024 and 690 <= main_window.height() <= 728
    for picture in pictures:
        image = QImage(str(picture))
        assert image.width() <= 1024 and image.height() <= 728, picture.name
    misfits = [line for line in run.stderr.splitlines() if "does not fit" in line]
    assert not misfits, "\n".join(misfits)


def test_a_screen_size_must_read_width_by_height(tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        main([str(tmp_path), "--screen", "1024"])
    assert stopped.value.code == 2
    assert "WIDTHxHEIGHT" in capsys.readouterr().err
