"""The drill-down and the years side by side fit a school's 1024×728 screen."""

from __future__ import annotations

import os

import pytest

from rsdesk.gui.qt import QPoint
from tests.helpers.child_screen import Screen
from tests.helpers.regional import write_village
from tests.helpers.regional_panel import click, click_tab, make_window, summary

pytestmark = pytest.mark.timeout(600)

SCREEN = Screen("school", 1024, 728, "the 1024×728 screen")  # 1024×768 less a 40 px taskbar


@pytest.fixture(scope="module")
def screen(qapp, tmp_path_factory):
    from tests.helpers.child_screen import Relay

    if not SCREEN.is_ours():
        yield Relay(SCREEN, __file__, tmp_path_factory.mktemp("school-screen"))
        return
    yield None


def test_the_new_views_fit_a_small_screen(screen, request, app, qtbot, tmp_path, monkeypatch):
    if screen is not None:
        screen.report(request.node.name)
        return
    (tmp_path / "files").mkdir()
    window = make_window(qtbot, SCREEN.size)
    panel = window.pages["statistics"].regional
    summary(qtbot, monkeypatch, panel, write_village(tmp_path / "files"))
    assert panel.working.isVisible()
    results = panel.results
    shots = os.environ.get("RSDESK_SHOTS")
    for page, controls in (
        (results.drill, ("view", "kind", "publish", "table")),
        (results.years, ("first", "last", "compare", "which", "table")),
    ):
        click_tab(qtbot, results, results.indexOf(page))
        if page is results.drill:
            click(qtbot, page.publish)
        qtbot.wait(20)
        frame = window.rect()
        assert frame.width() <= SCREEN.width and frame.height() <= SCREEN.height
        for name in controls:
            control = getattr(page, name)
            corner = control.mapTo(window, QPoint(control.width() - 1, control.height() - 1))
            assert control.isVisible() and frame.contains(corner), name
            assert control.width() >= control.minimumSizeHint().width() - 1, name
        if shots:
            window.grab().save(os.path.join(shots, f"regional-{page.objectName() or name}.png"))
