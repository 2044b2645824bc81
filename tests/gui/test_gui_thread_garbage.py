"""Cyclic garbage holding Qt objects is freed from the GUI thread's event loop, only there.

Python's collector runs on whichever thread allocates when a threshold is crossed. A widget
kept only by a reference cycle (a dialog's field never put in a layout, a lambda holding its
dialog) collected on the save writer's thread is destroyed on the GUI thread at whatever line
that thread is running, even in the middle of Qt creating another dialog: the process then
crashes there (seen in `status_text` and in a new dialog's QWindow set-up).
"""

from __future__ import annotations

import threading


class _Cycle:
    """Holds a parentless widget, as a dialog's attribute does, and refers to itself."""

    def __init__(self, widget) -> None:
        self.widget = widget
        self.me = self


def test_a_widget_in_a_cycle_is_not_destroyed_in_the_middle_of_gui_code(app, qtbot):
    from rsdesk.gui.qt import QCheckBox, Qt

    busy = [False]
    died_while_busy: list[bool] = []
    box = QCheckBox("оставить случай в школьной службе")
    box.destroyed.connect(
        lambda: died_while_busy.append(busy[0]), Qt.ConnectionType.DirectConnection
    )
    _Cycle(box)
    del box

    def allocate() -> None:  # as the writer does: many small objects, no Qt
        for _ in range(50):
            [[] for _ in range(2_000)]

    worker = threading.Thread(target=allocate, name="writer-like")
    busy[0] = True  # GUI code running: a status line, a dialog being made
    worker.start()
    worker.join()
    busy[0] = False
    kept = [[] for _ in range(2_000)]  # the GUI goes on making objects: a collection is due
    qtbot.waitUntil(lambda: bool(died_while_busy), timeout=5_000)
    assert died_while_busy == [False]
    assert len(kept) == 2_000
