"""LibreOffice, headless, as a school's IT person opens and prints our files."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path
from subprocess import DEVNULL, PIPE


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    assert found, "LibreOffice is not installed: run packaging/install-test-deps.sh"
    return found


def save_as(workbook: Path, target: str, out: Path, home: Path) -> Path:
    """LibreOffice opens `workbook` and saves it in the `target` filter into `out`.

    A HOME and a profile of its own: soffice waits forever for a profile another instance
    holds, and leaves nothing in the developer's. Its own process group, so that a hung
    soffice.bin behind the launcher goes too when the timeout kills it.
    """
    home.mkdir(exist_ok=True)
    command = [
        soffice(),
        f"-env:UserInstallation={(home / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        target,
        "--outdir",
        str(out),
        str(workbook),
    ]
    env = {**os.environ, "HOME": str(home)}
    with subprocess.Popen(
        command, env=env, stdout=PIPE, stderr=PIPE, stdin=DEVNULL, start_new_session=True
    ) as process:
        try:
            said, errors = process.communicate(timeout=180)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise AssertionError(f"LibreOffice did not finish in 180 s: {command}") from None
    assert process.returncode == 0, (said + errors).decode(errors="replace")
    extension = target.split(":")[0]
    saved = out / f"{workbook.stem}.{extension}"
    assert saved.exists(), (said + errors).decode(errors="replace")
    return saved
