"""The newest audit entry this computer saw saved in each vault, kept outside it.

Anyone with a password can cut the trail's tail and recompute the chain on a copy; a
computer that saw the longer trail tells (audit.TrailCheck.remembered). One small file per
vault under `app_paths().state/trails/<file id hex>`: "<seq>:<hash>", no names. Written
after the save that holds the entry is durable, without fsync: a lost write only makes the
record older, which never raises a false alarm.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from rsdesk.paths import app_paths


def _file(file_id: bytes) -> Path:
    return app_paths().state / "trails" / file_id.hex()


def recall(file_id: bytes) -> tuple[int, str] | None:
    try:
        seq, _, digest = _file(file_id).read_text(encoding="ascii").strip().partition(":")
        return (int(seq), digest) if digest else None
    except (OSError, ValueError):
        return None


def remember(file_id: bytes, head: tuple[int, str]) -> None:
    """Record head if it is newer than the one recorded."""
    seq, digest = head
    known = recall(file_id)
    if seq <= 0 or (known is not None and seq <= known[0]):
        return
    path = _file(file_id)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temp.write_text(f"{seq}:{digest}", encoding="ascii")
        os.replace(temp, path)
    except OSError:
        pass  # a record we cannot keep must not stop the user's save


class SavedHeads:
    """The trail's head at each snapshot, remembered once the writer says it is saved.

    taken() runs on the thread that owns the database, saved() on the writer's.
    """

    def __init__(self, file_id: bytes) -> None:
        self.file_id = file_id
        self._pending: dict[int, tuple[int, str]] = {}
        self._lock = threading.Lock()

    def taken(self, generation: int, head: tuple[int, str]) -> None:
        with self._lock:
            self._pending[generation] = head

    def saved(self, generation: int) -> None:
        with self._lock:
            done = [g for g in self._pending if g <= generation]
            head = self._pending[max(done)] if done else None
            for g in done:
                del self._pending[g]
        if head is not None:
            remember(self.file_id, head)
