"""A GUI session leaves no readable trace of a case on disk: not in the data, temp or caches."""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date
from pathlib import Path

from rsdesk.domain.register import Participant, Request

CANARIES = ("Канарейкин Зиновий", "Тайнозоров", "canary-7f3a9c")


def files_changed_since(folder: Path, since: float) -> list[Path]:
    found = []
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(root, name)
            try:
                if path.stat().st_mtime >= since:
                    found.append(path)
            except OSError:
                continue
    return found


def readable_canaries(paths: list[Path]) -> list[tuple[Path, str]]:
    hits = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for canary in CANARIES:
            for encoding in ("utf-8", "utf-16-le", "cp1251"):
                if canary.encode(encoding) in data:
                    hits.append((path, canary))
    return hits


def test_a_gui_session_writes_nothing_readable(open_window, qtbot, rsdesk_home, type_text):
    started = time.time() - 1
    window = open_window
    desk = window.session.desk
    request_id = desk.register_request(
        Request(
            received_on=date.today(),
            source="teacher",
            category="other",
            description=f"{CANARIES[1]} {CANARIES[2]} ссора в столовой",
            participants=(Participant(CANARIES[0], "party", True, class_name="5А"),),
        ),
    )
    desk.accept_request(request_id, decided_on=date.today())
    area = window.pages["cases"]
    area.refresh()
    area.tabs.setCurrentWidget(area.cases)
    type_text(area.cases.search, "канарейкин")
    assert area.cases.model.rowCount() == 1  # the canary is really in the open vault
    window.grab()  # paint it, as a user would see it
    window.lock()

    places = [rsdesk_home, Path(tempfile.gettempdir()), Path.home() / ".cache"]
    changed = [p for place in places if place.exists() for p in files_changed_since(place, started)]
    assert changed, "the session must have written the encrypted vault somewhere"
    assert readable_canaries(changed) == []
