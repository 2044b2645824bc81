"""The performance suite: one table, each figure beside a baseline measured in the same run.

Run: python tests/benchmarks/suite.py [--only start,pdf,...]   (or `make bench`)

Not a test (pytest collects test_*.py only): these machines are shared and noisy, so nothing is
asserted; the table says whether each target is met. Every measure runs in its own fresh
process (`--part NAME`), so one measure's imports, caches and memory do not colour the next.
The parts reuse the single benchmarks beside this file (bench_vault, bench_case_filter,
bench_stats). Takes about three minutes on two cores.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUNDLE = HERE.parents[1] / "dist" / "rsdesk" / "rsdesk"  # measured when `make bundle` made it
PASSWORD = "пароль для замера 2026"
CASES = 10_000
START_RUNS = 15

# Targets of the packaging issue. The commit figures are the vault's own; see COMMIT_TARGET_MS.
START_RATIO = 2.0
FILTER_MS = 50.0
STATS_MS = 200.0
AGGREGATE_S = 3.0
PDF_MS = 300.0
MEMORY_MB = 300.0
# The vault issue's targets: at 2,000 cases at most 50 ms and at most 3× plain SQLite; the
# 10,000-case figure is reported as it is (None: no target).
COMMIT_TARGET_MS: dict[int, float | None] = {2_000: 50.0, 10_000: None}
COMMIT_MAX_RATIO = 3.0

Row = dict[str, object]
PARTS: dict[str, Callable[[Path], list[Row]]] = {}


def part(function: Callable[[Path], list[Row]]) -> Callable[[Path], list[Row]]:
    PARTS[function.__name__.removeprefix("part_")] = function
    return function


def row(
    measure: str,
    figure: float,
    unit: str,
    baseline_label: str,
    baseline: float,
    *,
    target: str,
    met: bool | None,
) -> Row:
    return {
        "measure": measure,
        "figure": figure,
        "unit": unit,
        "baseline_label": baseline_label,
        "baseline": baseline,
        "target": target,
        "met": met,
    }


def service_db(cases: int, kind: str = "school"):  # type: ignore[no-untyped-def]
    """An in-memory register of `cases` demo cases over three years (as `rsdesk demo` makes)."""
    from sqlite_utils import Database

    from rsdesk.storage.demo import generate
    from rsdesk.storage.service import init_service

    db = Database(memory=True)
    init_service(
        db,
        kind=kind,
        name="Служба для замера",
        region="Кузбасс",
        municipality="г. Кемерово",
        curator_name="Петрова Анна Ивановна",
        curator_slot_id="bench",
    )
    generate(db, cases=cases, years=3, seed=1, today=date(2025, 12, 1))
    return db


# --- cold start ---------------------------------------------------------------------------

START_APP = """
import sys
from rsdesk.gui.app import create_app
from rsdesk.gui.qt import QTimer
app = create_app(sys.argv)  # the instance run() takes over; the timer fires once it is shown
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
from rsdesk.cli import main  # the `rsdesk` command without arguments
main([])
"""
START_BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1000, 700)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def _until_shown(code: str | list[str], env: dict[str, str]) -> float:
    """Seconds from starting a process to its first line, which says the window is shown.

    `code` is a Python program, or the command line of the bundle's `gui --check`.
    """
    argv = [sys.executable, "-c", code] if isinstance(code, str) else code
    start = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    seconds = time.perf_counter() - start
    process.wait(timeout=60)
    if not line.startswith("shown"):
        raise RuntimeError(f"the window was not shown: {line!r}")
    return seconds


def _home_with_vault(home: Path) -> None:
    """A home whose settings name an existing vault: the start shows the unlock screen."""
    from rsdesk.settings import load_settings, save_settings
    from rsdesk.vault import Vault

    os.environ["RSDESK_HOME"] = str(home)
    vault, _key = Vault.create(home / "service.rsdv", PASSWORD)
    vault.close()
    settings = load_settings()
    settings.last_vault = str(home / "service.rsdv")
    save_settings(settings)


@part
def part_start(work: Path) -> list[Row]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # An installed program starts from compiled bytecode (pip and PyInstaller compile it);
    # the first start below writes it where a source tree has none.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    daily, first = work / "start-daily", work / "start-first"
    _home_with_vault(daily)
    _until_shown(START_BARE, env)  # the first start of all reads the libraries from disk
    _until_shown(START_APP, {**env, "RSDESK_HOME": str(daily)})
    times: dict[str, list[float]] = {"daily": [], "first": [], "bare": [], "bundle": []}
    bundle = [str(BUNDLE), "gui", "--check"]
    if BUNDLE.exists():
        _until_shown(bundle, {**env, "RSDESK_HOME": str(daily)})
    for _ in range(START_RUNS):
        times["daily"].append(_until_shown(START_APP, {**env, "RSDESK_HOME": str(daily)}))
        times["bare"].append(_until_shown(START_BARE, env))
        times["first"].append(_until_shown(START_APP, {**env, "RSDESK_HOME": str(first)}))
        if BUNDLE.exists():
            times["bundle"].append(_until_shown(bundle, {**env, "RSDESK_HOME": str(daily)}))
    bare = statistics.median(times["bare"]) * 1000
    rows = []
    for key, what in (
        ("daily", "start to the unlock screen (the daily start)"),
        ("first", "start to the welcome screen (no vault yet)"),
        ("bundle", "the same daily start of the bundle in dist/rsdesk"),
    ):
        if not times[key]:
            continue  # no bundle built: `make bundle`
        figure = statistics.median(times[key]) * 1000
        rows.append(
            row(
                f"{what}, new process, median of {START_RUNS}",
                figure,
                "ms",
                "bare PySide6 window",
                bare,
                target=f"≤ {START_RATIO:g}× bare",
                met=figure <= START_RATIO * bare,
            )
        )
    return rows


# --- the vault ------------------------------------------------------------------------------


def _vault_file(work: Path) -> Path:
    return work / f"register-{CASES}.rsdv"


@part
def part_prepare(work: Path) -> list[Row]:
    """A 10,000-case vault with the KDF calibrated as at creation (used by unlock and memory)."""
    from rsdesk.storage.demo import generate
    from rsdesk.storage.retention import set_retention_years
    from rsdesk.storage.service import init_service
    from rsdesk.vault import Vault, calibrate

    params = calibrate()
    vault, _key = Vault.create(_vault_file(work), PASSWORD, kdf=params)
    init_service(
        vault.db,
        kind="school",
        name="Служба для замера",
        region="Кузбасс",
        municipality="г. Кемерово",
        curator_name="Петрова Анна Ивановна",
        curator_slot_id=vault.slot_id,
        pledged_on=date(2025, 9, 1),  # the window goes straight to the cases
    )
    generate(vault.db, cases=CASES, years=3, seed=1, today=date(2025, 12, 1))
    # Kept for ten years: with the default three, the first sign-in would purge the 2023
    # cases, a one-off that is not the daily unlock the open and memory parts measure.
    set_retention_years(vault.db, 10)
    vault.commit()
    vault.close()
    (work / "kdf.json").write_text(json.dumps(params.__dict__))
    return []


@part
def part_unlock(work: Path) -> list[Row]:
    from rsdesk.storage.schema import migrate
    from rsdesk.vault import KdfParams, Vault
    from rsdesk.vault.keys import derive_password_key

    params = KdfParams(**json.loads((work / "kdf.json").read_text()))
    kdf, unlock = [], []
    for _ in range(3):
        start = time.perf_counter()
        derive_password_key(PASSWORD, os.urandom(16), params)
        kdf.append(time.perf_counter() - start)
        start = time.perf_counter()
        vault = Vault.open(_vault_file(work), PASSWORD)
        migrate(vault.db)  # what the window does after opening (a no-op on a current file)
        unlock.append(time.perf_counter() - start)
        vault.close(discard=True)
    figure, baseline = statistics.median(unlock) * 1000, statistics.median(kdf) * 1000
    mib = params.memory_kib // 1024
    return [
        row(
            f"unlock a {CASES:,}-case vault (KDF + open)",
            figure,
            "ms",
            f"KDF alone (Argon2id {mib} MiB, t={params.iterations})",
            baseline,
            target="KDF ≈ 0.5 s by design",
            met=None,
        )
    ]


UNLOCK_IN_WINDOW = """
import sys, threading, time
from rsdesk.gui.app import create_app
from rsdesk.gui.qt import QApplication, QTimer
app = create_app(sys.argv[:1])


def window():
    return next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")


def unlock():
    for thread in threading.enumerate():  # the password is typed after the core has loaded
        if thread.name == "core-preload":
            thread.join(60)
    page = window().gate.unlock
    page.ui.password.setText(sys.argv[1])
    start = time.perf_counter()
    page.unlock()

    def shown():
        w = window()
        area = w.pages.get("cases") if w.session.is_open and not w.showing_gate() else None
        if area is not None and area.cases.model.all_rows:
            print(time.perf_counter() - start, flush=True)
            app.quit()
        else:
            QTimer.singleShot(2, shown)

    shown()


QTimer.singleShot(0, lambda: QTimer.singleShot(0, unlock))  # after the preload has started
from rsdesk.cli import main
main([])
"""


@part
def part_open(work: Path) -> list[Row]:
    """From «Открыть» on the unlock screen to the case list filled, in the real window."""
    from rsdesk.settings import load_settings, save_settings
    from rsdesk.vault import KdfParams
    from rsdesk.vault.keys import derive_password_key

    settings = load_settings()
    settings.last_vault = str(_vault_file(work))
    save_settings(settings)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    params = KdfParams(**json.loads((work / "kdf.json").read_text()))
    opened, kdf = [], []
    for _ in range(3):
        result = subprocess.run(
            [sys.executable, "-c", UNLOCK_IN_WINDOW, PASSWORD],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=300,
        )
        opened.append(float(result.stdout.split()[-1]))
        start = time.perf_counter()
        derive_password_key(PASSWORD, os.urandom(16), params)
        kdf.append(time.perf_counter() - start)
    figure, baseline = statistics.median(opened) * 1000, statistics.median(kdf) * 1000
    return [
        row(
            f"«Открыть» to the filled case list, {CASES:,} cases (median of 3)",
            figure,
            "ms",
            "KDF alone",
            baseline,
            target="reported as it is",
            met=None,
        )
    ]


@part
def part_commit(work: Path) -> list[Row]:
    import bench_vault

    rows = []
    for cases, target in COMMIT_TARGET_MS.items():
        vault = bench_vault.bench_vault(work, cases)
        plain = bench_vault.bench_sqlite(work, cases)
        figure, baseline = vault["median"] * 1000, plain["median"] * 1000
        if target is None:
            wanted, met = "reported as it is", None
        else:
            wanted = f"≤ {target:g} ms and ≤ {COMMIT_MAX_RATIO:g}× SQLite"
            met = figure <= target and figure <= COMMIT_MAX_RATIO * baseline
        rows.append(
            row(
                f"commit at {cases:,} cases (median of {bench_vault.COMMITS})",
                figure,
                "ms",
                "SQLite file, WAL, synchronous=FULL",
                baseline,
                target=wanted,
                met=met,
            )
        )
    return rows


# --- the window -----------------------------------------------------------------------------


@part
def part_filter(work: Path) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bench_case_filter import keystrokes

    from rsdesk.gui.app import create_app

    create_app([])
    listed, ours, baseline = keystrokes(service_db(CASES))
    figure = statistics.median(ours)
    return [
        row(
            f"case-list filter, one keystroke at {listed:,} cases (median; max {max(ours):.0f} ms)",
            figure,
            "ms",
            "bare line edit + table",
            statistics.median(baseline),
            target=f"≤ {FILTER_MS:g} ms",
            met=figure <= FILTER_MS,
        )
    ]


@part
def part_memory(work: Path) -> list[Row]:
    """Peak resident memory of the window with the 10,000-case vault open, vs a bare window."""
    code = textwrap.dedent(f"""
        import resource, sys, time
        from rsdesk.gui.app import create_app
        from rsdesk.gui.language import install_language
        from rsdesk.gui.main_window import MainWindow
        from rsdesk.gui.qt import QApplication
        from rsdesk.settings import load_settings
        from rsdesk.vault import Vault
        app = create_app(sys.argv)
        settings = load_settings()
        install_language(settings.language)
        window = MainWindow(settings)
        window.resize(1280, 800)
        window.show()
        window.session.start(Vault.open({str(_vault_file(work))!r}, {PASSWORD!r}),
                             remember=False)  # every area loads the register, as after unlock
        for index in range(4):  # visit each area, as a curator would
            window.show_area(index)
            QApplication.processEvents()
        end = time.monotonic() + 1
        while time.monotonic() < end:
            QApplication.processEvents()
            time.sleep(0.01)
        now = int(open("/proc/self/statm").read().split()[1]) * resource.getpagesize() / 1e6
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6  # MB, as statm
        print(peak, now)
    """)
    bare = START_BARE.replace('print("shown", flush=True), ', "")
    bare += "import resource\n"
    bare += "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6)\n"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "RSDESK_HOME": str(work / "memory"),
    }

    def output(source: str) -> list[float]:
        result = subprocess.run(
            [sys.executable, "-c", source], env=env, capture_output=True, text=True, check=True
        )
        return [float(x) for x in result.stdout.split()]

    peak, now = output(code)
    (bare_peak,) = output(bare)
    return [
        row(
            f"peak memory, window with a {CASES:,}-case vault open",
            peak,
            "MB",
            "bare PySide6 window",
            bare_peak,
            target=f"≤ {MEMORY_MB:g} MB",
            met=peak <= MEMORY_MB,
        ),
        row(
            "resident memory after the unlock (the KDF's memory returned)",
            now,
            "MB",
            "bare PySide6 window (peak)",
            bare_peak,
            target=f"≤ {MEMORY_MB:g} MB",
            met=now <= MEMORY_MB,
        ),
    ]


# --- statistics and documents ---------------------------------------------------------------


@part
def part_stats(work: Path) -> list[Row]:
    import bench_stats

    rows: list[tuple[str, float, str]] = []
    bench_stats.bench_export(CASES, rows)
    (_, baseline, _), (_, seconds, _) = rows
    figure = seconds * 1000
    return [
        row(
            f"yearly statistics (compute_payload) at {CASES:,} cases",
            figure,
            "ms",
            "SELECT * programs ⋈ cases",
            baseline * 1000,
            target=f"≤ {STATS_MS:g} ms",
            met=figure <= STATS_MS,
        )
    ]


@part
def part_aggregate(work: Path) -> list[Row]:
    import bench_stats

    rows: list[tuple[str, float, str]] = []
    bench_stats.bench_files(1_000, rows)
    times = {label: seconds for label, seconds, _ in rows}
    baseline = next(s for label, s in times.items() if label.startswith("baseline"))
    figure = next(s for label, s in times.items() if "(auto)" in label)
    return [
        row(
            "regional aggregation of 1,000 signed files",
            figure,
            "s",
            "json.load of the same files",
            baseline,
            target=f"≤ {AGGREGATE_S:g} s",
            met=figure <= AGGREGATE_S,
        )
    ]


@part
def part_pdf(work: Path) -> list[Row]:
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    from rsdesk.documents.choices import context_for
    from rsdesk.documents.render import render

    db = service_db(200)
    case_id = db.execute("SELECT min(id) FROM cases").fetchone()[0]
    today = date(2025, 12, 1)

    def card() -> bytes:
        return render("request_card", context_for(db, case_id, "request_card", today=today))

    def empty() -> bytes:
        out = BytesIO()
        canvas = Canvas(out)
        canvas.showPage()
        canvas.save()
        return out.getvalue()

    def timed(action: Callable[[], bytes]) -> float:
        start = time.perf_counter()
        action()
        return (time.perf_counter() - start) * 1000

    first = timed(card)  # registers the PT Sans faces with reportlab
    timed(empty)
    ours = statistics.median(timed(card) for _ in range(10))
    baseline = statistics.median(timed(empty) for _ in range(10))
    return [
        row(
            f"one PDF, the request registration card (median of 10; first {first:.0f} ms)",
            ours,
            "ms",
            "empty reportlab page",
            baseline,
            target=f"≤ {PDF_MS:g} ms",
            met=max(ours, first) <= PDF_MS,
        )
    ]


# --- the table ------------------------------------------------------------------------------

ORDER = ["start", "unlock", "open", "commit", "filter", "stats", "aggregate", "pdf", "memory"]


def number(value: float, unit: str) -> str:
    digits = 2 if value < 10 else 1 if value < 100 else 0
    return f"{value:,.{digits}f} {unit}"


def table(rows: list[Row]) -> str:
    header = ["measure", "figure", "baseline (same run)", "ratio", "target", "met"]
    lines = [header]
    for r in rows:
        figure, baseline, unit = float(r["figure"]), float(r["baseline"]), str(r["unit"])
        met = {True: "yes", False: "**no**", None: "—"}[r["met"]]  # type: ignore[index]
        lines.append(
            [
                str(r["measure"]),
                number(figure, unit),
                f"{r['baseline_label']}: {number(baseline, unit)}",
                f"{figure / baseline:.1f}×" if baseline else "—",
                str(r["target"]),
                met,
            ]
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for n, line in enumerate(lines):
        out.append("| " + " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) + " |")
        if n == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def run_part(name: str, work: Path) -> list[Row]:
    env = {**os.environ, "RSDESK_HOME": str(work / f"home-{name}")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE), env.get("PYTHONPATH", "")]))
    result = subprocess.run(
        [sys.executable, __file__, "--part", name, "--work", str(work)],
        env=env,
        capture_output=True,  # Qt's offscreen plugin chatters on stderr; shown on a failure
        text=True,
        check=False,
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"the part {name!r} failed (exit {result.returncode})")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only", default=",".join(ORDER), help="comma-separated: " + ",".join(ORDER)
    )
    parser.add_argument("--part", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.part:
        print(json.dumps(PARTS[args.part](Path(args.work))))
        return 0
    names = [n for n in args.only.split(",") if n]
    unknown = set(names) - set(ORDER)
    if unknown:
        parser.error(f"unknown measures: {', '.join(sorted(unknown))}")
    rows: list[Row] = []
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="rsdesk-bench-", dir=os.environ.get("BENCH_DIR")) as t:
        work = Path(t)
        if {"unlock", "open", "memory"} & set(names):
            print("preparing a 10,000-case vault …", file=sys.stderr, flush=True)
            run_part("prepare", work)
        for name in names:
            print(f"measuring {name} …", file=sys.stderr, flush=True)
            rows += run_part(name, work)
    print(
        f"rsdesk {version()} · {date.today()} · {os.cpu_count()} cores · Python "
        f"{sys.version.split()[0]} · {time.monotonic() - began:.0f} s\n"
    )
    print(table(rows))
    return 0


def version() -> str:
    from rsdesk import __version__

    return __version__


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
