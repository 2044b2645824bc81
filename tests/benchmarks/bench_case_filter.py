"""Benchmark (not collected by pytest): keystroke to updated case list at 10,000 cases.

Run: python tests/benchmarks/bench_case_filter.py [CASES]. Each key is sent to the search
field as a user types it; the time runs until the table has been filtered and repainted.
The baseline is the same keystroke into a bare QLineEdit beside a bare QTableView over a
QStringListModel of the same size, with no filtering, measured in the same run.
"""

from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlite_utils import Database

from rsdesk.gui.app import create_app
from rsdesk.gui.cases.case_list import CaseList
from rsdesk.gui.qt import (
    QApplication,
    QEvent,
    QKeyEvent,
    QLineEdit,
    QStringListModel,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from rsdesk.storage.demo import generate
from rsdesk.storage.queries import case_rows, case_years
from rsdesk.storage.service import init_service

WORDS = ("иван", "травля", "2024-01", "кузнецова", "совет")


def type_and_time(field: QLineEdit, text: str) -> list[float]:
    times = []
    for ch in text:
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )
        QApplication.processEvents()  # runs the filter, the layout and the repaint
        times.append((time.perf_counter() - start) * 1000)
    field.clear()
    QApplication.processEvents()
    return times


def keystrokes(db: Database) -> tuple[int, list[float], list[float]]:
    """Cases listed, and the milliseconds of each keystroke: rsdesk's list, the bare baseline."""
    rows = case_rows(db)
    widget = CaseList()
    widget.resize(1200, 700)
    widget.show()
    widget.set_data(rows, case_years(db), [])

    bare = QWidget()
    layout = QVBoxLayout(bare)
    bare_field, bare_view = QLineEdit(), QTableView()
    bare_view.setModel(QStringListModel([r.participants for r in rows]))
    layout.addWidget(bare_field)
    layout.addWidget(bare_view)
    bare.resize(1200, 700)
    bare.show()
    QApplication.processEvents()

    ours, baseline = [], []
    for word in WORDS:
        ours += type_and_time(widget.search, word)
        baseline += type_and_time(bare_field, word)
    return len(rows), ours, baseline


def main(cases: int) -> None:
    create_app([])
    db = Database(memory=True)
    init_service(
        db,
        kind="school",
        name="Школа",
        region="Регион",
        municipality="Город",
        curator_name="Куратор",
        curator_slot_id="00",
    )
    generate(db, cases=cases, years=3, seed=1)
    listed, ours, baseline = keystrokes(db)
    print(f"case list, {listed} cases, {len(ours)} keystrokes")
    print(f"{'':24}{'median':>10}{'max':>10}")
    print(f"{'rsdesk search + filter':24}{statistics.median(ours):>8.1f}ms{max(ours):>8.1f}ms")
    print(
        f"{'bare line edit + view':24}{statistics.median(baseline):>8.1f}ms{max(baseline):>8.1f}ms"
    )
    print(
        f"target: at most 50 ms per keystroke; ratio of medians "
        f"{statistics.median(ours) / max(statistics.median(baseline), 1e-3):.1f}"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
