"""Hostile files: a refused password costs a bounded key derivation whatever the slot count, and
declared lengths are checked against the real size before anything is read, within a cap."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rsdesk import cli
from rsdesk.vault import Vault, errors, keys, reading, slots
from rsdesk.vault import format as fmt
from rsdesk.vault.keys import KdfParams

GIB = 1 << 20  # in KiB, as Argon2id's memory is given
CAP = KdfParams(GIB, 4, 4)  # the most one slot may ask for: 1 GiB × 4 passes
ROOT = Path(__file__).resolve().parents[3]


def crafted(path: Path, costs: list[KdfParams], *, body_len: int = 64, size: int | None = None):
    """A file with well-formed password slots of these costs (nothing opens them), the header
    declaring body_len; the file is size bytes (sparse: only the header is written)."""
    table = tuple(
        fmt.Slot(
            fmt.SLOT_PASSWORD,
            fmt.KDF_ARGON2ID,
            os.urandom(8),
            cost,
            os.urandom(16),
            os.urandom(12),
            os.urandom(48),
        )
        for cost in costs
    )
    header = fmt.Header(os.urandom(16), 1, fmt.BODY_RAW, os.urandom(12), body_len, table)
    raw = fmt.build_header(header)
    with open(path, "wb") as file:
        file.write(raw)
        file.truncate(len(raw) + body_len if size is None else size)
    return path


@pytest.fixture
def kdf_runs(monkeypatch):
    """Every Argon2id run, counted and not run: a regression costs an assert, not minutes."""
    runs: list[KdfParams] = []

    def counted(password: str, salt: bytes, params: KdfParams) -> bytes:
        runs.append(params)
        return os.urandom(32)  # never the key: every slot tried is a failed one

    monkeypatch.setattr(keys, "derive_password_key", counted)
    return runs


@pytest.fixture
def bytes_read(monkeypatch):
    """How many bytes of the file were read."""
    count = [0]
    real = reading.read

    def counted(fd: int, size: int) -> bytes:
        data = real(fd, size)
        count[0] += len(data)
        return data

    monkeypatch.setattr(reading, "read", counted)
    return count


def test_64_slots_at_the_per_slot_cap_are_refused_before_any_derivation(
    vault_path, kdf_runs, kdf, password, monkeypatch, capsys
):
    # 182 s and 1 GiB before "wrong password", once; each slot alone is within its caps.
    crafted(vault_path, [CAP] * fmt.MAX_SLOTS)
    with pytest.raises(errors.KeyCostRefused) as caught:
        Vault.open(vault_path, "любой пароль")
    assert "64" in caught.value.message and "резервной копии" in caught.value.message
    with pytest.raises(errors.KeyCostRefused):
        Vault.open_with_recovery(vault_path, keys.generate_recovery_key())
    with pytest.raises(errors.KeyCostRefused):
        Vault.inspect(vault_path, "любой пароль")
    monkeypatch.setenv("RSDESK_PASSWORD", "любой пароль")
    assert cli.main(["vault", "check", str(vault_path)]) == 3
    assert "повреждён или подделан" in capsys.readouterr().err
    assert kdf_runs == []
    # Nor is it put in place of a real vault by a restore.
    real = vault_path.with_name("real.rsdv")
    Vault.create(real, password, kdf=kdf)[0].close()
    before = real.read_bytes()
    with pytest.raises(errors.KeyCostRefused):
        Vault.restore_backup(real, vault_path, password)
    assert real.read_bytes() == before
    assert kdf_runs == [kdf]  # only the one of creating the real vault


@pytest.mark.parametrize(
    "costs",
    [
        [KdfParams(GIB, 1, 4)] * 3 + [KdfParams(GIB // 2, 1, 4)],  # memory-heavy
        [CAP, KdfParams(GIB, 1, 4)],
        [KdfParams(GIB, 2, 1), KdfParams(GIB // 2, 1, 4)],  # one lane counts double
        [KdfParams(56 * 1024, 1, 4)] * 64,  # many small ones
    ],
)
def test_a_file_at_the_budget_is_tried_and_one_cost_more_is_not(vault_path, kdf_runs, costs):
    assert sum(keys.work(c) for c in costs) == keys.MAX_TOTAL_WORK_KIB
    crafted(vault_path, costs)
    with pytest.raises(errors.WrongPassword):
        Vault.open(vault_path, "чужой пароль")
    assert len(kdf_runs) == len(costs)
    if len(costs) < fmt.MAX_SLOTS:
        heavier = [*costs, KdfParams(8 * 1024, 1, 4)]
    else:
        heavier = [*costs[:-1], KdfParams(costs[-1].memory_kib + 1024, 1, 4)]
    crafted(vault_path, heavier)
    with pytest.raises(errors.KeyCostRefused):
        Vault.open(vault_path, "чужой пароль")
    assert len(kdf_runs) == len(costs)  # nothing more was derived


memory = st.sampled_from([8, 8 * 1024, 64 * 1024, 300 * 1024, GIB])
cost = st.builds(KdfParams, memory, st.integers(1, 4), st.sampled_from([1, 2, 4]))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(costs=st.lists(cost, min_size=1, max_size=fmt.MAX_SLOTS))
def test_whatever_the_slots_a_refusal_stays_within_the_budget(vault_path, kdf_runs, costs):
    crafted(vault_path, costs)
    kdf_runs.clear()
    with pytest.raises(errors.VaultError) as caught:
        Vault.open(vault_path, "чужой пароль")
    if isinstance(caught.value, errors.WrongPassword):
        assert len(kdf_runs) == len(costs)
    else:
        assert isinstance(caught.value, errors.DamagedFile) and kdf_runs == []
    assert sum(keys.work(run) for run in kdf_runs) <= keys.MAX_TOTAL_WORK_KIB


def test_the_hinted_slot_is_tried_first(new_vault, vault_path, kdf, password, monkeypatch):
    vault, _ = new_vault
    second = vault.add_password_slot("пароль Петровой 2", kdf=kdf)
    third = vault.add_password_slot("пароль Сидоровой 3", kdf=kdf)
    vault.close()
    runs = []
    real = keys.derive_password_key
    monkeypatch.setattr(keys, "derive_password_key", lambda *a: runs.append(a) or real(*a))
    Vault.open(vault_path, "пароль Сидоровой 3", slot_hint=third).close()
    assert len(runs) == 1
    runs.clear()
    Vault.open(vault_path, "пароль Сидоровой 3", slot_hint=second).close()
    assert len(runs) == 3  # the hint, then the others in order
    runs.clear()
    with pytest.raises(errors.WrongPassword):
        Vault.open(vault_path, "не тот", slot_hint=third)
    assert len(runs) == 3  # each slot once, never more


def test_new_slots_fit_the_budget_and_leave_room_for_every_user(monkeypatch, kdf_runs):
    # A fast machine's calibration; the Argon2id runs themselves are not what is tested here.
    calibrated = KdfParams(128 * 1024, 6, 4)
    monkeypatch.setattr(keys, "calibrate", lambda target_seconds=0.5: calibrated)
    file_id, data_key = os.urandom(16), os.urandom(32)
    table = (slots.recovery_slot(file_id, data_key, keys.generate_recovery_key()),)
    while True:
        try:
            slot = slots.SlotMaker(file_id, data_key, table).password_slot("пароль")
            table = slots.with_slot(table, slot)
        except ValueError:
            break
    made = [s.params for s in table if s.params is not None]
    assert len(made) >= keys.ROOM_FOR_PASSWORDS
    assert made[0] == calibrated  # the curator's, the first, at the full cost
    assert all(p.memory_kib >= keys.MIN_MEMORY_KIB and p.iterations >= 3 for p in made)
    raw = fmt.build_header(fmt.Header(file_id, 1, fmt.BODY_RAW, os.urandom(12), 16, table))
    header, _ = fmt.parse(raw + bytes(16))  # the file the app made is one it opens
    assert len(header.slots) == len(table)


def test_given_costs_beyond_the_budget_are_refused(vault_path, new_vault):
    heavy = KdfParams(GIB, 4, 1)  # within the per-slot caps, twice the budget with one lane
    with pytest.raises(ValueError):
        Vault.create(vault_path.with_name("heavy.rsdv"), "пароль", kdf=heavy)
    vault, _ = new_vault
    with pytest.raises(ValueError):
        vault.slot_maker().password_slot("пароль", kdf=heavy)
    with pytest.raises(ValueError):
        vault.change_password(vault.slot_id, "новый пароль", kdf=heavy)


def test_a_header_declaring_more_than_the_file_is_refused_unread(vault_path, bytes_read, kdf):
    declared = 300 << 20
    crafted(vault_path, [kdf], body_len=declared, size=200 << 20)  # sparse: 200 MB of nothing
    with pytest.raises(errors.TruncatedFile):
        Vault.open(vault_path, "пароль")
    assert bytes_read[0] <= fmt.MAX_HEADER_LEN
    crafted(vault_path, [kdf], body_len=100 << 20, size=200 << 20)
    with pytest.raises(errors.DamagedFile):
        Vault.open(vault_path, "пароль")
    assert bytes_read[0] <= 2 * fmt.MAX_HEADER_LEN


def test_a_file_beyond_the_cap_is_refused_unread(vault_path, bytes_read, kdf, kdf_runs):
    crafted(vault_path, [kdf], body_len=reading.MAX_FILE_LEN)  # its header is consistent
    with pytest.raises(errors.FileTooLarge) as caught:
        Vault.open(vault_path, "пароль")
    assert "512 МБ" in caught.value.message
    assert bytes_read[0] <= fmt.MAX_HEADER_LEN and kdf_runs == []
    vault_path.write_bytes(b"not a vault at all")
    with open(vault_path, "r+b") as file:
        file.truncate(4 << 30)  # 4 GiB that is not ours
    with pytest.raises(errors.NotAVault):
        Vault.open(vault_path, "пароль")
    assert bytes_read[0] <= 2 * fmt.MAX_HEADER_LEN


def test_a_restore_reads_the_file_it_replaces_within_the_cap(vault_path, kdf, password, bytes_read):
    backup = vault_path.with_name("backup.rsdv")
    Vault.create(backup, password, kdf=kdf)[0].close()
    with open(vault_path, "wb") as file:
        file.truncate(reading.MAX_FILE_LEN + 1)
    bytes_read[0] = 0
    with pytest.raises(errors.FileTooLarge):
        Vault.restore_backup(vault_path, backup, password)
    assert bytes_read[0] <= fmt.MAX_HEADER_LEN
    assert vault_path.stat().st_size == reading.MAX_FILE_LEN + 1  # left as it was


def _check_under_limit(path: Path, limit_mib: int) -> subprocess.CompletedProcess[str]:
    def limit_memory() -> None:
        limit = limit_mib << 20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    env = {**os.environ, "RSDESK_PASSWORD": "чужой пароль", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "rsdesk", "vault", "check", str(path)],
        env=env,
        preexec_fn=limit_memory,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS as Linux counts it")
def test_under_a_memory_limit_each_file_gets_its_own_russian_answer(vault_path, kdf):
    """Sparse files of gigabytes under 300 MiB of address space: a file read whole where it
    should not be would run out of memory here instead of getting its own answer."""
    files = {
        "small": crafted(vault_path.with_name("small.rsdv"), [kdf]),
        # within the cap, beyond the memory given
        "big": crafted(vault_path.with_name("big.rsdv"), [kdf], body_len=400 << 20),
        "declares more": crafted(
            vault_path.with_name("short.rsdv"), [kdf], body_len=3 << 30, size=2 << 30
        ),
        "beyond the cap": crafted(vault_path.with_name("huge.rsdv"), [kdf], body_len=4 << 30),
    }
    answers = {name: _check_under_limit(path, 300) for name, path in files.items()}
    for done in answers.values():
        assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr, done.stderr
    # The limit leaves room for the program: the size of the big file is what failed.
    assert answers["small"].returncode == 2 and "Неверный пароль" in answers["small"].stderr
    assert answers["big"].returncode == 1 and "Не хватает памяти" in answers["big"].stderr
    assert answers["declares more"].returncode == 3
    assert "Файл службы неполный" in answers["declares more"].stderr
    assert answers["beyond the cap"].returncode == 3
    assert "больше, чем может быть файл службы" in answers["beyond the cap"].stderr
