"""A locked window starts as a new process: what the session held goes with the old one.

Python cannot wipe the memory it frees, and Qt, SQLite and the allocators keep their own
copies: after a lock, case texts, the typed password and the data key would stay readable in
the process until overwritten, whatever the program drops. A process that ends takes all of
it with it, so a lock replaces the program with a fresh start on the unlock screen.

Only the application (`rsdesk.gui.app.run`) hands `relaunch` to its window; a window made
elsewhere (the tests, the screenshot tour) locks in place and never replaces its process.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NoReturn


def gui_command(path: Path | None) -> list[str]:
    """The command that opens the window on path's unlock screen (the welcome without one)."""
    if getattr(sys, "frozen", False):  # the build's executable is the program itself
        command = [sys.executable, "gui"]
    else:
        command = [sys.executable, "-m", "rsdesk", "gui"]
    return [*command, str(path)] if path is not None else command


def relaunch(argv: list[str]) -> NoReturn:
    """Replace this process with argv; raises OSError (and goes on) if it cannot start."""
    sys.stdout.flush()
    sys.stderr.flush()
    if getattr(sys, "frozen", False):
        # PyInstaller (6.9 and later) takes a start of its own executable with its
        # environment left in place for a worker of the running program; this asks for a
        # start as the user would make it. Older bootloaders ignore the variable.
        os.environ["PYINSTALLER_RESET_ENVIRONMENT"] = "1"
    if sys.platform == "win32":
        # Windows has no exec: its os.execv starts a new process anyway, and joins the
        # arguments unquoted, so a path with a space would break. Popen quotes them.
        import subprocess

        subprocess.Popen(argv, close_fds=True)
        os._exit(0)
    # Linux, macOS: the same PID, a new address space; the old one is gone at once.
    os.execv(argv[0], argv)
