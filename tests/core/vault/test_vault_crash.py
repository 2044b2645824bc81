"""A child commits in a loop and is SIGKILLed at random moments; every reopen keeps every ack."""

from __future__ import annotations

import os
import random
import select
import signal
import sys
import time

import pytest

from rsdesk.vault import Vault, fsio

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL")

STRESS = os.environ.get("RSDESK_STRESS") == "1"
ROUNDS = 2000 if STRESS else 220
TEXT = "Участники договорились встретиться с куратором ещё раз. " * 6


def child(vault_path, password, start, ack_fd):
    """Runs in the forked child and never returns: open, then commit and acknowledge forever."""
    try:
        vault = Vault.open(vault_path, password)
        counter = start
        while True:
            counter += 1
            vault.db["acks"].insert({"n": counter, "text": TEXT})
            vault.commit()
            os.write(ack_fd, f"{counter}\n".encode())
    finally:
        os._exit(0)


def read_acks(fd, into: bytearray, timeout: float, *, until_first_line: bool = False) -> None:
    deadline = time.monotonic() + timeout
    while (remaining := deadline - time.monotonic()) > 0:
        if until_first_line and b"\n" in into:
            return
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            return
        chunk = os.read(fd, 65536)
        if not chunk:
            return
        into += chunk


def test_sigkill_at_random_moments_loses_no_acknowledged_commit(vault_path, kdf, password):
    vault, _ = Vault.create(vault_path, password, kdf=kdf)
    vault.db["acks"].create({"n": int, "text": str}, pk="n")
    vault.close()
    rng = random.Random(int(os.environ.get("RSDESK_CRASH_SEED", "20240517")))
    acknowledged = 0
    killed_mid_save = 0
    after_first_ack = 0
    started = time.monotonic()
    for round_number in range(ROUNDS):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_fd)
            child(vault_path, password, acknowledged, write_fd)
        os.close(write_fd)
        received = bytearray()
        # Most kills come after the child's first commit, so a loaded machine (slow to start
        # the child) still tests saves; every fourth may land anywhere, opening included.
        if round_number % 4:
            read_acks(read_fd, received, 10.0, until_first_line=True)
            after_first_ack += 1
        read_acks(read_fd, received, rng.uniform(0.002, 0.04))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        read_acks(read_fd, received, 1.0)  # acks written before death are still in the pipe
        os.close(read_fd)
        lines = received.decode().split("\n")
        numbers = [int(x) for x in lines[:-1]]  # the last piece may be cut mid-line
        if numbers:
            assert numbers == list(range(acknowledged + 1, numbers[-1] + 1))
            acknowledged = numbers[-1]
        killed_mid_save += bool(list(vault_path.parent.glob(f"*{fsio.TEMP_SUFFIX}")))

        with Vault.open(vault_path, password) as vault:  # authenticates, no rollback alarm
            held = [row["n"] for row in vault.db.query("SELECT n FROM acks ORDER BY n")]
        assert held == list(range(1, len(held) + 1)), round_number
        assert len(held) >= acknowledged, (round_number, len(held), acknowledged)
        # A commit that finished but was not yet acknowledged counts from here on.
        acknowledged = len(held)
        assert list(vault_path.parent.glob(f"*{fsio.TEMP_SUFFIX}")) == []
    elapsed = time.monotonic() - started
    print(
        f"\n{ROUNDS} SIGKILLs in {elapsed:.1f} s, {acknowledged} commits, "
        f"{killed_mid_save} kills left a temp file behind"
    )
    assert acknowledged >= after_first_ack  # the child really got to commit between kills
    assert killed_mid_save > 0  # some kills landed in the middle of a save
