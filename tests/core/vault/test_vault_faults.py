"""I/O faults at every step of a save, once and for good, and a full disk: nothing is lost."""

from __future__ import annotations

import errno
import os
import subprocess
import uuid

import pytest

from rsdesk.vault import SaveQueue, Vault, errors, fsio

STEPS = ("write", "fsync", "replace", "fsync_dir")


def temps(folder):
    return sorted(folder.glob(f"*{fsio.TEMP_SUFFIX}"))


def prepare(vault_path, kdf, password):
    """A vault whose saved state is "old" (big enough to need several write calls)."""
    vault, _ = Vault.create(vault_path, password, kdf=kdf)
    vault.db["blobs"].insert({"id": 1, "data": os.urandom(int(fsio.CHUNK * 2.5))}, pk="id")
    vault.db["marks"].insert({"state": "old"})
    vault.commit()
    return vault


def states(vault_path, password):
    with Vault.open(vault_path, password) as vault:
        return [row["state"] for row in vault.db["marks"].rows]


def calls_per_commit(vault, faults):
    faults.count()
    vault.db["marks"].insert({"state": "count"})
    vault.commit()
    counted = dict(faults.calls)
    faults.clear()
    return counted


def test_calls_per_commit_are_what_the_fault_loop_expects(vault_path, kdf, password, faults):
    vault = prepare(vault_path, kdf, password)
    counted = calls_per_commit(vault, faults)
    vault.close()
    assert counted == {"write": 4, "fsync": 1, "replace": 1, "fsync_dir": 1}, counted


@pytest.mark.parametrize("persistent", [False, True], ids=["once", "persistent"])
@pytest.mark.parametrize("step", STEPS)
def test_fault_at_every_call(tmp_path, kdf, password, faults, step, persistent):
    folder = tmp_path / "v"
    folder.mkdir()
    probe = prepare(folder / "probe.rsdv", kdf, password)
    total = calls_per_commit(probe, faults)[step]
    probe.close()
    for k in range(1, total + 1):
        vault_path = folder / f"k{k}.rsdv"
        vault = prepare(vault_path, kdf, password)
        old_generation = vault.generation
        vault.db["marks"].insert({"state": "new"})
        faults.fail(step, k, persistent=persistent)
        with pytest.raises(errors.SaveFailed) as caught:
            vault.commit()
        assert caught.value.cause is not None
        assert vault.dirty, (step, k)
        assert temps(folder) == [], (step, k)
        # What a crash now would leave authenticates, and is the old state or (when only the
        # folder fsync failed, after the rename) the new one.
        on_disk = Vault.inspect(vault_path, password).generation
        expected = old_generation + (1 if step == "fsync_dir" else 0)
        assert on_disk == expected, (step, k, on_disk)
        if persistent:
            with pytest.raises(errors.SaveFailed):
                vault.commit()
            assert temps(folder) == []
        faults.clear()
        vault.commit()  # the retry writes a fresh temp file and succeeds
        assert not vault.dirty
        vault.close()
        assert states(vault_path, password) == ["old", "new"], (step, k)
        assert temps(folder) == []


def test_short_writes_are_completed(vault_path, kdf, password, monkeypatch):
    vault = prepare(vault_path, kdf, password)
    real = fsio.write
    monkeypatch.setattr(fsio, "write", lambda fd, data: real(fd, data[: max(1, len(data) // 3)]))
    vault.db["marks"].insert({"state": "new"})
    vault.commit()
    vault.close()
    monkeypatch.undo()
    assert states(vault_path, password) == ["old", "new"]


def test_disk_full_simulated(vault_path, kdf, password, faults):
    """ENOSPC through the seam: the message says so, the queue keeps retrying, nothing is lost."""
    vault = prepare(vault_path, kdf, password)
    failures, saved = [], []
    queue = SaveQueue(vault, saved.append, failures.append, retry_seconds=3600)
    faults.fail("write", 1, persistent=True, error=errno.ENOSPC)
    vault.db["marks"].insert({"state": "new"})
    queue.submit(vault.snapshot())
    assert not queue.flush(5)
    assert failures[0].disk_full and "Диск заполнен" in failures[0].message
    assert vault.dirty and temps(vault_path.parent) == []
    faults.clear()
    assert queue.flush(5) and saved
    queue.stop()
    vault.close()
    assert states(vault_path, password) == ["old", "new"]


@pytest.fixture
def small_tmpfs(tmp_path):
    mountpoint = tmp_path / "small-disk"
    mountpoint.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root; the simulated full disk ran instead")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", f"rsdesk-{uuid.uuid4().hex[:8]}", mountpoint],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"mount -t tmpfs failed here ({result.stderr.decode().strip()})")
    yield mountpoint
    subprocess.run(["umount", "-l", mountpoint], check=False)


def test_disk_full_on_a_real_small_disk(small_tmpfs, kdf, password):
    vault_path = small_tmpfs / "service.rsdv"
    vault, _ = Vault.create(vault_path, password, kdf=kdf)
    vault.db["blobs"].insert({"id": 1, "data": os.urandom(1_200_000)}, pk="id")
    vault.db["marks"].insert({"state": "old"})
    vault.commit()  # 1.2 MB on a 3 MB disk
    filler = small_tmpfs / "filler"
    filler.write_bytes(b"\0" * 1_000_000)
    vault.db["marks"].insert({"state": "new"})
    with pytest.raises(errors.SaveFailed) as caught:
        vault.commit()  # the new copy cannot fit beside the old one
    assert caught.value.disk_full
    assert temps(small_tmpfs) == [] and vault.dirty
    assert [p.name for p in small_tmpfs.iterdir()] != []
    filler.unlink()  # the user frees space; the retry goes through
    vault.commit()
    vault.close()
    assert states(vault_path, password) == ["old", "new"]
