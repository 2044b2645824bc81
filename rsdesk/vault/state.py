"""The last generation seen of each vault, kept outside it to notice an older copy put back."""

from __future__ import annotations

import os
from pathlib import Path

from rsdesk.paths import app_paths


def _file(file_id: bytes) -> Path:
    return app_paths().state / "generations" / file_id.hex()


def last_seen(file_id: bytes) -> int:
    """0 when never seen or unreadable: a lost record weakens the check, never blocks a file."""
    try:
        return int(_file(file_id).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return 0


def remember(file_id: bytes, generation: int) -> None:
    """Record generation if higher. Written only after the vault file is durable, and not
    fsynced: losing this write can only make the record older, which never raises a false alarm.
    """
    if generation <= last_seen(file_id):
        return
    path = _file(file_id)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temp.write_text(str(generation), encoding="ascii")
        os.replace(temp, path)
    except OSError:
        pass  # a record we cannot keep must not stop the user's save
