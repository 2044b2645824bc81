"""The practice vault: invented cases to look around in, kept apart from the real one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rsdesk.paths import app_paths

if TYPE_CHECKING:
    from rsdesk.vault import UnlockedFile

# Printed on the welcome page: the practice vault protects nothing real.
DEMO_PASSWORD = "demo"
DEMO_CASES = 300


def unlock_practice_file() -> UnlockedFile:
    """The practice file, made on first use (in a worker: the KDF and the invented register,
    built in a connection of the worker's own); the GUI thread attaches it."""
    from rsdesk.access.service_files import practice_file

    return practice_file(app_paths().data / "practice.rsdv", DEMO_PASSWORD, cases=DEMO_CASES)
