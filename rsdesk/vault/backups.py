"""Rotating backup copies of a vault: its already-encrypted bytes, never anything readable."""

from __future__ import annotations

import contextlib
import re
import stat
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rsdesk.paths import app_paths
from rsdesk.vault import fsio

KEEP = 7
INTERVAL = timedelta(hours=24)
SUFFIX = ".rsdv"
_NAME = re.compile(r"^(\d{8}T\d{6}\d{6})-g(\d+)(-[a-z-]+)?\.rsdv$")
_STAMP = "%Y%m%dT%H%M%S%f"
# A copy takes seconds; a temp file older than this belongs to a copy that was killed.
STALE_TEMP_SECONDS = 15 * 60


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # UTC
    generation: int
    size: int
    reason: str  # "" for a rotating copy, "before-restore" for the copy a restore set aside


def folder(file_id: bytes) -> Path:
    return app_paths().backups / file_id.hex()


def list_backups(file_id: bytes) -> list[BackupInfo]:
    """Newest first."""
    found = []
    try:
        entries = list(folder(file_id).iterdir())
    except OSError:
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if not match:
            continue
        try:
            created = datetime.strptime(match[1], _STAMP).replace(tzinfo=UTC)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(path, created, int(match[2]), size, (match[3] or "")[1:]))
    return sorted(found, key=lambda b: b.created, reverse=True)


def next_due(file_id: bytes) -> float:
    """When the next rotating copy is due (a POSIX timestamp; 0 when there is none yet)."""
    rotating = [b for b in list_backups(file_id) if not b.reason]
    return (rotating[0].created + INTERVAL).timestamp() if rotating else 0.0


def remove_stale_temps(file_id: bytes) -> None:
    """Drop the temp files of copies killed half-way: each is a full-size (encrypted) copy
    that the rotation, which counts finished copies only, would never remove.

    Only old ones: a second window with a copy of the same file (same id, so the same
    folder) may be writing its own copy right now.
    """
    limit = time.time() - STALE_TEMP_SECONDS
    try:
        leftovers = list(folder(file_id).glob(f".*{SUFFIX}.*{fsio.TEMP_SUFFIX}"))
    except OSError:
        return
    for leftover in leftovers:
        with contextlib.suppress(OSError):
            info = leftover.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_mtime < limit:
                leftover.unlink()


def write_backup(file_id: bytes, data: bytes, generation: int, reason: str = "") -> Path:
    """Write one copy durably and drop the oldest rotating copies beyond KEEP."""
    target_folder = folder(file_id)
    target_folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    remove_stale_temps(file_id)
    stamp = datetime.now(UTC).strftime(_STAMP)
    name = f"{stamp}-g{generation}{'-' + reason if reason else ''}{SUFFIX}"
    target = target_folder / name
    fsio.write_atomic(target, [data])
    prune(file_id)
    return target


def prune(file_id: bytes, keep: int = KEEP) -> None:
    rotating = [b for b in list_backups(file_id) if not b.reason]
    for old in rotating[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    set_aside = [b for b in list_backups(file_id) if b.reason]
    for old in set_aside[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()


def export_name(vault_path: Path, folder_path: Path) -> Path:
    """A free name in folder_path like ``service-2024-05-17.rsdv`` (numbered if taken)."""
    day = datetime.now().strftime("%Y-%m-%d")
    stem = vault_path.stem
    candidate = folder_path / f"{stem}-{day}{SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder_path / f"{stem}-{day}-{number}{SUFFIX}"
        number += 1
    return candidate
