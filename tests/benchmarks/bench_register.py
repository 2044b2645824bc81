"""Benchmark (not collected by pytest): demo generation, case_rows and in-memory filtering.

Run: python tests/benchmarks/bench_register.py [CASES]; ratios are against a plain
SQLite scan of the cases table measured in the same run.
"""

from __future__ import annotations

import sys
import time
from datetime import date

from sqlite_utils import Database

from rsdesk.domain.case_lists import filter_case_rows
from rsdesk.storage.demo import generate
from rsdesk.storage.queries import case_rows
from rsdesk.storage.service import init_service


def timed(action, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def main(cases: int) -> None:
    db = Database(memory=True)
    init_service(
        db,
        kind="territorial",
        name="ТСП",
        region="Кузбасс",
        municipality="г. Кемерово",
        curator_name="Петрова Анна Ивановна",
        curator_slot_id="bench",
    )
    start = time.perf_counter()
    generate(db, cases=cases, years=5, seed=1, kind="territorial", today=date(2024, 11, 20))
    made = time.perf_counter() - start
    baseline = timed(lambda: db.execute("SELECT * FROM cases").fetchall())
    rows = case_rows(db)
    results = {
        "generate": made,
        "case_rows": timed(lambda: case_rows(db), 3),
        "filter text": timed(lambda: filter_case_rows(rows, text="волков")),
        "filter all": timed(
            lambda: filter_case_rows(rows, status="closed", year=2023, category="crime", text="а")
        ),
    }
    print(f"{cases} cases; baseline SELECT * FROM cases: {baseline * 1000:.1f} ms")
    for name, seconds in results.items():
        print(f"{name:12} {seconds * 1000:9.1f} ms  {seconds / baseline:8.1f}x baseline")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
