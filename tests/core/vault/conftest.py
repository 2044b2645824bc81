"""Fixtures for the vault tests: a fast KDF, a fresh vault, a fault injector for the save seam."""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from rsdesk.vault import KdfParams, Vault, fsio

# Tests run the real Argon2id, only cheaply; calibration is tested on its own.
FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
PASSWORD = "Зелёная лампа 7Б"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    folder.mkdir()
    return folder / "service.rsdv"


@pytest.fixture
def new_vault(vault_path: Path) -> Iterator[tuple[Vault, str]]:
    vault, recovery = Vault.create(vault_path, PASSWORD, kdf=FAST)
    yield vault, recovery
    vault.close(discard=True)


class Faults:
    """Makes the k-th call of one seam function fail, once or from then on."""

    def __init__(self) -> None:
        # Its own patcher: undoing it must not undo the test's RSDESK_HOME.
        self.monkeypatch = pytest.MonkeyPatch()
        self.calls: dict[str, int] = {}

    def count(self, names: tuple[str, ...] = ("write", "fsync", "replace", "fsync_dir")) -> None:
        for name in names:
            self._wrap(name, None, persistent=False, error=0)

    def fail(self, name: str, k: int, *, persistent: bool, error: int = errno.EIO) -> None:
        self._wrap(name, k, persistent=persistent, error=error)

    def _wrap(self, name: str, k: int | None, *, persistent: bool, error: int) -> None:
        real: Callable[..., object] = getattr(fsio, name)
        self.calls[name] = 0

        def wrapper(*args: object) -> object:
            self.calls[name] += 1
            n = self.calls[name]
            if k is not None and (n == k or (persistent and n > k)):
                raise OSError(error, f"injected failure of {name} call {n}")
            return real(*args)

        self.monkeypatch.setattr(fsio, name, wrapper)

    def clear(self) -> None:
        self.monkeypatch.undo()


@pytest.fixture
def faults() -> Iterator[Faults]:
    injector = Faults()
    yield injector
    injector.clear()


@pytest.fixture
def kdf() -> KdfParams:
    return FAST


@pytest.fixture
def password() -> str:
    return PASSWORD
