"""A test module run again in a child process whose offscreen Qt has a screen of a given size.

Qt's offscreen platform takes its screens from a configuration file named in
QT_QPA_PLATFORM, read once, when the application starts; a test process started on another
screen can only have a school's 1024×728 or a laptop's 1366×728 in a process of its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYTEST = (sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider")


@dataclass(frozen=True)
class Screen:
    """One screen: its name in the configuration, its size, and how a message names it."""

    name: str
    width: int
    height: int
    said: str  # «the laptop's screen», «the 1024×728 screen»

    @property
    def size(self) -> tuple[int, int]:
        return (self.width, self.height)

    def is_ours(self) -> bool:
        """Whether this process already runs on the screen (it is then the child)."""
        from rsdesk.gui.qt import QGuiApplication

        size = QGuiApplication.primaryScreen().geometry().size()
        return (size.width(), size.height()) == self.size

    def configure(self, folder: Path) -> Path:
        """The configuration file that gives the offscreen platform this one screen."""
        screen = {"name": self.name, "x": 0, "y": 0, "width": self.width, "height": self.height}
        screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
        config = folder / f"{self.name}.json"
        config.write_text(json.dumps({"screens": [screen]}))
        return config


def run_on(
    screen: Screen,
    module: str,
    folder: Path,
    *,
    options: tuple[str, ...] = (),
    env: dict[str, str] | None = None,
    timeout: float = 1800,
) -> subprocess.CompletedProcess[str]:
    """pytest on `module` in a child process on `screen`, from the project's root."""
    config = screen.configure(folder)
    return subprocess.run(
        [*PYTEST, *options, module],
        env={
            **os.environ,
            **(env or {}),
            "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        },
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


class Relay:
    """The outcome of each test of a module, run again in a child process on `screen`.

    A test of the parent process calls `report(its name)`: it passes, or fails with what the
    same test found in the child.
    """

    def __init__(self, screen: Screen, module: str, folder: Path) -> None:
        self.screen = screen
        report = folder / "outcomes.xml"
        run = run_on(screen, module, folder, options=(f"--junitxml={report}",))
        self.output = run.stdout[-20_000:] + run.stderr[-5_000:]
        self.outcomes: dict[str, str] = {}
        if report.exists():
            for case in ElementTree.parse(report).getroot().iter("testcase"):
                problem = next((c for c in case if c.tag in ("failure", "error", "skipped")), None)
                self.outcomes[case.get("name", "")] = (
                    "" if problem is None else f"{problem.tag}: {problem.text or ''}"
                )

    def report(self, name: str) -> None:
        said = self.screen.said
        assert name in self.outcomes, f"{name} did not run on {said}:\n{self.output}"
        if self.outcomes[name]:
            pytest.fail(f"on {said}: {self.outcomes[name]}", pytrace=False)
