"""Benchmark (not collected by pytest): regional aggregation of 1,000 and 32,000 files, export.

Run: python tests/benchmarks/bench_stats.py [FILES...]; prints a table. Each aggregation is
set beside a plain `json.load` of the same files in the same run (no checks, no signatures).
Targets on the 2-core machine: 1,000 files ≤ 3 s, 32,000 files ≤ 60 s.
"""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlite_utils import Database

from rsdesk.domain.vocabulary import CATEGORIES, PROGRAM_TYPES, REQUEST_SOURCES
from rsdesk.stats.aggregate import aggregate
from rsdesk.stats.fileformat import EXTENSION, sign, write_stats_file
from rsdesk.stats.yearly import compute_payload
from rsdesk.storage.demo import generate
from rsdesk.storage.service import init_service


def _spread(rng: random.Random, total: int, keys: tuple[str, ...]) -> dict[str, int]:
    counts = dict.fromkeys(keys, 0)
    for _ in range(total):
        counts[rng.choice(keys)] += 1
    return counts


def _write_one(args: tuple[str, int]) -> None:
    folder, index = args
    rng = random.Random(index)
    completed = _spread(rng, rng.randint(0, 30), PROGRAM_TYPES)
    sources = _spread(rng, rng.randint(0, 40), REQUEST_SOURCES)
    payload = {
        "service": {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "kind": "school" if index % 8 else "territorial",
            "name": f"МБОУ «Средняя общеобразовательная школа № {index}»",
            "region": "Кемеровская область — Кузбасс",
            "municipality": "г. Кемерово",
        },
        "year": 2024,
        "generated": "2025-01-15",
        "mediators": {"adult": rng.randint(1, 6), "young": rng.randint(0, 12)},
        "requests_received": sum(sources.values()),
        "requests_by_source": sources,
        "programs_completed": completed,
        "programs_with_agreement": {k: v // 2 for k, v in completed.items()},
        "programs_stopped": rng.randint(0, 3),
        "completed_by_category": _spread(rng, sum(completed.values()), CATEGORIES),
        "participants": {"adults": rng.randint(0, 60), "minors": rng.randint(0, 80)},
    }
    document = sign(payload, Ed25519PrivateKey.generate())
    write_stats_file(Path(folder) / f"{index:06d}{EXTENSION}", document)


def make_files(folder: Path, count: int) -> None:
    with ProcessPoolExecutor() as pool:
        list(pool.map(_write_one, [(str(folder), i) for i in range(count)], chunksize=256))


def timed(action) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def plain_load(folder: Path) -> None:
    for path in sorted(folder.glob(f"*{EXTENSION}")):
        with open(path, "rb") as handle:
            json.load(handle)


def bench_files(count: int, rows: list[tuple[str, float, str]]) -> None:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        made = timed(lambda: make_files(folder, count))
        rows.append((f"generate + sign {count:,} files (pool)", made, ""))
        baseline = min(timed(lambda: plain_load(folder)) for _ in range(2))
        rows.append((f"baseline: json.load of {count:,} files", baseline, "1.0×"))
        for label, workers in (("serial", 1), ("auto", None)):
            result = None

            def run(workers: int | None = workers) -> None:
                nonlocal result
                result = aggregate([folder], workers=workers)

            seconds = timed(run)
            assert result is not None and len(result.accepted) == count, result
            rows.append(
                (f"aggregate {count:,} files ({label})", seconds, f"{seconds / baseline:.1f}×")
            )


def bench_export(cases: int, rows: list[tuple[str, float, str]]) -> None:
    db = Database(memory=True)
    init_service(
        db,
        kind="school",
        name="ШСП",
        region="Кузбасс",
        municipality="г. Кемерово",
        curator_name="Петрова Анна Ивановна",
        curator_slot_id="bench",
    )
    generate(db, cases=cases, year=2024, years=3, seed=1, today=date(2025, 2, 1))
    baseline = min(
        timed(
            lambda: db.execute("SELECT * FROM programs JOIN cases ON cases.id = case_id").fetchall()
        )
        for _ in range(5)
    )
    seconds = min(
        timed(lambda: compute_payload(db, 2024, generated=date(2025, 1, 15))) for _ in range(5)
    )
    rows.append((f"baseline: SELECT * programs ⋈ cases, {cases:,} cases", baseline, "1.0×"))
    rows.append(
        (f"compute_payload, {cases:,} cases over 3 years", seconds, f"{seconds / baseline:.1f}×")
    )


def main(counts: list[int]) -> None:
    print(f"cores: {os.cpu_count()}")
    rows: list[tuple[str, float, str]] = []
    for count in counts:
        bench_files(count, rows)
    bench_export(10_000, rows)
    width = max(len(r[0]) for r in rows)
    print(f"{'what':<{width}}  {'seconds':>9}  ratio")
    for label, seconds, ratio in rows:
        print(f"{label:<{width}}  {seconds:>9.3f}  {ratio}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1_000, 32_000])
