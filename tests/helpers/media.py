"""Media for the tests: a small tmpfs that turns read-only, goes away and comes back (root),
and an injected EROFS for everyone else."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from rsdesk.vault import lock


def can_mount() -> bool:
    return os.name == "posix" and os.geteuid() == 0 and shutil.which("mount") is not None


needs_mount = pytest.mark.skipif(not can_mount(), reason="mounting needs root")


def run(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True)


class Stick:
    """A tmpfs at `folder`, standing for a USB stick: root may make it read-only, pull it
    (a lazy unmount, as when the stick is gone while the program holds its lock file) and
    put it back with its files (a new mount: new inodes, as after re-inserting a stick)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.mounted = False
        self.mount()

    def mount(self) -> None:
        run("mount", "-t", "tmpfs", "-o", "size=4m,mode=0755", "tmpfs", str(self.folder))
        self.mounted = True

    def read_only(self) -> None:
        run("mount", "-o", "remount,ro", str(self.folder))

    def writable(self) -> None:
        run("mount", "-o", "remount,rw", str(self.folder))

    def pull(self) -> dict[str, bytes]:
        """Unmount lazily; returns the files it held, to be put back by reinsert()."""
        kept = {p.name: p.read_bytes() for p in self.folder.iterdir() if p.is_file()}
        run("umount", "-l", str(self.folder))
        self.mounted = False
        return kept

    def reinsert(self, files: dict[str, bytes]) -> None:
        self.mount()
        for name, data in files.items():
            if not name.endswith(lock.LOCK_SUFFIX):  # the lock is the OS's, not the stick's
                (self.folder / name).write_bytes(data)

    def remove(self) -> None:
        if self.mounted:
            with contextlib.suppress(subprocess.CalledProcessError):
                run("umount", "-l", str(self.folder))
            self.mounted = False


@contextlib.contextmanager
def stick(folder: Path) -> Iterator[Stick]:
    medium = Stick(folder)
    try:
        yield medium
    finally:
        medium.remove()


@contextlib.contextmanager
def read_only_view(source: Path, view: Path) -> Iterator[Path]:
    """The same folder mounted a second time, read-only (the same inodes: a read-only share
    of a folder someone else writes)."""
    view.mkdir(parents=True, exist_ok=True)
    run("mount", "--bind", str(source), str(view))
    try:
        run("mount", "-o", "remount,bind,ro", str(view))
        yield view
    finally:
        run("umount", "-l", str(view))


def refuse_lock_file(monkeypatch: pytest.MonkeyPatch, code: int = errno.EROFS) -> None:
    """Creating a lock file fails with code, as on a write-protected medium (for non-root)."""
    real = os.open

    def fake_open(path, flags, *args, **kwargs):
        if str(path).endswith(lock.LOCK_SUFFIX) and flags & os.O_CREAT:
            raise OSError(code, os.strerror(code), str(path))
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(lock.os, "open", fake_open)
