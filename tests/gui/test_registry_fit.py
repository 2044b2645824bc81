"""The registry dialog fits a school's 1024×768 monitor with its taskbar (1024×728): every
tab, and the windows its «…» buttons open, looked at as tests/gui/test_windows_fit.py does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.child_screen import Relay, Screen
from tests.helpers.stats import make_payload, write_signed
from tests.helpers.window_looks import Look

SCREEN = Screen("school", 1024, 728, "the 1024×728 screen")


@pytest.fixture(scope="module")
def screen(qapp, tmp_path_factory):
    if not SCREEN.is_ours():
        yield Relay(SCREEN, __file__, tmp_path_factory.mktemp("registry-screen"))
        return
    yield None


def test_the_registry_dialog_fits_with_every_tab(screen, request, app, qtbot, tmp_path):
    if screen is not None:
        screen.report(request.node.name)
        return
    from rsdesk.gui.stats.regional_panel import RegionalPanel
    from rsdesk.stats import registry as services
    from rsdesk.stats.aggregate import aggregate

    folder = tmp_path / "2019"
    folder.mkdir()
    for index in range(12):  # long names, a rejected file, a service with no file
        name = f"МБОУ «Средняя общеобразовательная школа № {index + 1} имени Героя Кузбасса»"
        payload = make_payload(name=name, sources={"teacher": index})
        write_signed(folder, f"school-{index}.rsdstats", payload)
    registry = services.Registry()
    aggregate([folder], registry=registry)
    services.save(registry, services.default_path())
    write_signed(folder, "broken.rsdstats", make_payload(name="\u202eСОШ"))
    panel = RegionalPanel()
    qtbot.addWidget(panel)
    panel.add_paths([str(folder)])
    panel.result = aggregate([Path(folder)], registry=registry)
    panel.resize(1000, 680)
    panel.show()
    look = Look()
    assert look.opened_by(panel.registry_button.click, "registry", depth=1)
    print("\n".join(look.seen))
    look.says_all_fit()
