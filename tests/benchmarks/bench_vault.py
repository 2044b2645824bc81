"""Vault commit and open costs beside plain SQLite: run ``python tests/benchmarks/bench_vault.py``.

Not a test (pytest collects test_*.py only): the machines are shared and noisy, so the figures
are printed with a same-run baseline instead of being asserted.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

SIZES = (200, 2_000, 10_000)
COMMITS = 40
WORDS = [
    "ученик",
    "конфликт",
    "перемена",
    "класс",
    "родители",
    "куратор",
    "встреча",
    "договорились",
    "извинился",
    "медиатор",
    "согласие",
    "обида",
    "телефон",
    "столовая",
    "учитель",
    "буллинг",
    "круг",
    "примирение",
    "план",
    "заглаживание",
    "вреда",
    "участник",
    "встреча",
    "повторная",
    "договор",
    "выполнен",
]


def case_row(rng: random.Random, n: int) -> dict[str, object]:
    """About 600 bytes of Russian text, like a case with its notes."""
    return {
        "id": n,
        "number": f"2024-{n:05d}",
        "category": rng.choice(["educational_conflict", "bullying", "community_problem"]),
        "opened_on": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "summary": " ".join(rng.choice(WORDS) for _ in range(40)),
        "notes": " ".join(rng.choice(WORDS) for _ in range(30)),
    }


def fill(db, rows: int) -> None:
    rng = random.Random(rows)
    db["cases"].insert_all((case_row(rng, n) for n in range(1, rows + 1)), pk="id")


def change(db, i: int) -> None:
    db["cases"].update(1 + (i * 37) % 100, {"notes": f"повторная встреча {i} прошла спокойно"})


def bench_vault(folder: Path, rows: int) -> dict[str, float]:
    from rsdesk.vault import KdfParams, Vault
    from rsdesk.vault import vault as vault_module

    kdf = KdfParams(8 * 1024, 1, 1)
    from rsdesk.vault import vault as vault_module_now

    path = folder / f"v{rows}-{vault_module_now.BODY_ENCODING}.rsdv"
    vault, _ = Vault.create(path, "пароль для замера", kdf=kdf)
    fill(vault.db, rows)
    vault.commit()
    times = []
    for i in range(COMMITS):
        change(vault.db, i)
        start = time.perf_counter()
        vault.commit()
        times.append(time.perf_counter() - start)
    vault.close()
    size = path.stat().st_size
    # Open without the KDF: read, parse, decrypt, inflate, deserialize.
    opens = []
    data_key_holder: dict[str, tuple] = {}
    real = vault_module.slots.PasswordOpener.unlock

    def remembered(self, data):  # derive once, then reuse the key: only the rest is timed
        # A closed vault wipes its KeySet, so a copy of the key is kept and a fresh set made.
        if "k" not in data_key_holder:
            found = real(self, data)
            keys = found[2]
            data_key_holder["k"] = (bytes(keys.data_key), found[3])
            return found
        header, raw = vault_module.fmt.parse(data)
        key, slot_id = data_key_holder["k"]
        keys = vault_module.slots.KeySet(header.file_id, bytearray(key), header.slots)
        return header, raw, keys, slot_id

    vault_module.slots.PasswordOpener.unlock = remembered
    try:
        Vault.open(path, "пароль для замера").close()
        for _ in range(5):
            start = time.perf_counter()
            opened = Vault.open(path, "пароль для замера")
            opens.append(time.perf_counter() - start)
            opened.close()
    finally:
        vault_module.slots.PasswordOpener.unlock = real
    return {
        "median": statistics.median(times),
        "max": max(times),
        "open": statistics.median(opens),
        "size": size,
    }


def bench_sqlite(folder: Path, rows: int) -> dict[str, float]:
    from sqlite_utils import Database

    conn = sqlite3.connect(folder / f"plain{rows}-{time.time_ns()}.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    db = Database(conn)
    with conn:
        fill(db, rows)
    times = []
    for i in range(COMMITS):
        start = time.perf_counter()
        conn.execute("BEGIN")
        change(db, i)
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return {"median": statistics.median(times), "max": max(times)}


def bench_kdf() -> list[tuple[str, float]]:
    from rsdesk.vault import KdfParams, calibrate
    from rsdesk.vault.keys import derive_password_key

    results = []
    start = time.perf_counter()
    calibrated = calibrate()
    results.append(("calibration itself", time.perf_counter() - start))
    for label, params in (
        ("64 MiB, t=3 (floor)", KdfParams(64 * 1024, 3)),
        (
            f"calibrated {calibrated.memory_kib // 1024} MiB, t={calibrated.iterations}",
            calibrated,
        ),
    ):
        start = time.perf_counter()
        derive_password_key("пароль", os.urandom(16), params)
        results.append((label, time.perf_counter() - start))
    return results


def main() -> int:
    ms = 1000
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_DIR")) as tmp:
        os.environ.setdefault("RSDESK_HOME", str(Path(tmp) / "home"))
        folder = Path(tmp)
        print(f"folder: {folder}  ({COMMITS} commits of one changed case each)\n")
        header = f"{'cases':>7} {'file':>9} {'vault med':>10} {'vault max':>10} "
        header += f"{'sqlite med':>11} {'sqlite max':>11} {'ratio':>6} {'open*':>8}"
        print(header)
        from rsdesk.vault import format as fmt
        from rsdesk.vault import vault as vault_module

        runs = [(rows, fmt.BODY_RAW) for rows in SIZES] + [(2_000, fmt.BODY_ZLIB)]
        for rows, encoding in runs:
            vault_module.BODY_ENCODING = encoding
            vault = bench_vault(folder, rows)
            plain = bench_sqlite(folder, rows)
            label = f"{rows}{'z' if encoding == fmt.BODY_ZLIB else ''}"
            print(
                f"{label:>7} {vault['size'] / 1e6:>7.2f}MB {vault['median'] * ms:>8.1f}ms "
                f"{vault['max'] * ms:>8.1f}ms {plain['median'] * ms:>9.1f}ms "
                f"{plain['max'] * ms:>9.1f}ms {vault['median'] / plain['median']:>6.1f} "
                f"{vault['open'] * ms:>6.1f}ms"
            )
        vault_module.BODY_ENCODING = fmt.BODY_RAW
        print("\n* open without the key derivation: read, parse, decrypt, deserialize")
        print("z: the same body deflated with zlib level 1 (readable; not what is written)\n")
        for label, seconds in bench_kdf():
            print(f"KDF {label:<32} {seconds * ms:>7.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
