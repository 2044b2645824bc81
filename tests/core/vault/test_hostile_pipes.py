"""A pipe, a device or a folder where a vault, a backup or an attachment should be: refused at
once, never waited on. Each call runs in a thread with a time limit, so a regression fails
here instead of hanging the run."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from rsdesk import cli
from rsdesk.vault import Vault, attachments, errors

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
LIMIT = 30  # seconds; the refusal takes milliseconds


def outcome(call: Callable[[], object], *pipes: Path) -> BaseException | object:
    """What call returned or raised; a failed test when it is still waiting after LIMIT."""
    result: list[object] = []

    def run() -> None:
        try:
            result.append(call())
        except BaseException as exc:  # handed to the test, which asserts on it
            result.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(LIMIT)
    if worker.is_alive():
        for pipe in pipes:  # a writer lets a reader stuck in open() go, so the run goes on
            with contextlib.suppress(OSError):
                os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(LIMIT)
        pytest.fail(f"still waiting on a pipe after {LIMIT} s")
    return result[0]


@pytest.fixture
def pipe(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.rsdv"
    os.mkfifo(path)
    return path


def test_opening_a_pipe_is_refused(pipe, password):
    refused = outcome(lambda: Vault.open(pipe, password), pipe)
    assert isinstance(refused, errors.NotRegularFile)
    assert "не файл, а канал" in refused.message and str(pipe) in refused.message
    assert isinstance(outcome(lambda: Vault.inspect(pipe, password), pipe), errors.NotRegularFile)


def test_checking_a_pipe_from_the_command_line(pipe, password, monkeypatch, capsys):
    monkeypatch.setenv("RSDESK_PASSWORD", password)
    assert outcome(lambda: cli.main(["vault", "check", str(pipe)]), pipe) == 3
    assert "не файл, а канал" in capsys.readouterr().err


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_and_a_folder_are_refused(tmp_path, password):
    # /dev/zero would never end: it is refused before a byte is read.
    refused = outcome(lambda: Vault.open("/dev/zero", password))
    assert isinstance(refused, errors.NotRegularFile)
    assert isinstance(outcome(lambda: Vault.open(tmp_path, password)), errors.NotAVault)


def test_restoring_from_a_pipe_is_refused(pipe, vault_path, kdf, password):
    Vault.create(vault_path, password, kdf=kdf)[0].close()
    before = vault_path.read_bytes()
    refused = outcome(lambda: Vault.restore_backup(vault_path, pipe, password), pipe)
    assert isinstance(refused, errors.NotRegularFile)
    assert vault_path.read_bytes() == before
    # The lock was let go: the file opens again.
    Vault.open(vault_path, password).close()


def test_restoring_over_a_pipe_is_refused(pipe, tmp_path, kdf, password):
    backup = tmp_path / "backup.rsdv"
    Vault.create(backup, password, kdf=kdf)[0].close()
    refused = outcome(lambda: Vault.restore_backup(pipe, backup, password), pipe)
    assert isinstance(refused, errors.NotRegularFile)
    assert pipe.is_fifo()  # nothing was put in its place


def test_an_attachment_that_is_a_pipe_is_refused(new_vault):
    vault, _ = new_vault
    attachment_id = vault.store_attachment(b"%PDF-1.7 scan")
    path = attachments.path_of(vault.path, attachment_id)
    path.unlink()
    os.mkfifo(path)
    refused = outcome(lambda: vault.read_attachment(attachment_id), path)
    assert isinstance(refused, attachments.AttachmentDamaged)
