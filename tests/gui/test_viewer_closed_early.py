"""A document viewer closed before its pages are drawn: the late result is dropped quietly."""

from __future__ import annotations

import io
import threading

import pytest
from pypdf import PdfWriter

from rsdesk.gui import worker
from rsdesk.gui.documents import viewer as viewer_module
from rsdesk.gui.documents.viewer import DocumentViewer
from rsdesk.gui.qt import QThreadPool, QWidget


def blank_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("fails", [False, True], ids=["pages drawn", "drawing fails"])
@pytest.mark.parametrize("how", ["closed", "card closed"])
def test_a_viewer_closed_at_once_ignores_its_late_pages(app, qtbot, monkeypatch, fails, how):
    # The drawing waits until the window is gone, so the result always comes too late.
    window_gone = threading.Event()
    draw = viewer_module.page_view

    def late_page_view(pdf: bytes) -> viewer_module.PageView:
        assert window_gone.wait(timeout=20)
        if fails:
            raise ValueError("pdftoppm gave no image")
        return draw(pdf)

    monkeypatch.setattr(viewer_module, "page_view", late_page_view)
    parent = QWidget()
    viewer = DocumentViewer("Примирительный договор", blank_pdf(), None, parent)
    viewer.finished.connect(viewer.deleteLater)  # as the documents panel opens it
    viewer.open()
    with qtbot.waitSignal(viewer.destroyed, timeout=5_000):
        if how == "closed":
            viewer.reject()
        else:  # the card it belongs to goes with the viewer still open
            parent.deleteLater()
    window_gone.set()
    assert QThreadPool.globalInstance().waitForDone(30_000)
    # The queued result reaches the GUI thread; nothing is left waiting for it.
    qtbot.waitUntil(lambda: not worker._alive, timeout=5_000)
    qtbot.wait(50)
    if how == "closed":
        parent.deleteLater()
