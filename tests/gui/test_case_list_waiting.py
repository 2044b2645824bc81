"""A young mediator's closure waits for the curator: the case list says so, as the card does.

The curator hands the session over to the young mediator, who closes the case from its card;
the curator signs it off from the start page, and only then the list says «закрыт».
"""

from __future__ import annotations

import pytest

from rsdesk.gui.qt import Qt
from tests.helpers.young_closure import (
    LEFT,
    answer_box,
    close_from_card,
    open_card,
    seed,
    sign_in,
    young_session,
)

STATUS = 6  # the list's «Состояние» column
WAITING = "ждёт утверждения"


@pytest.fixture
def service(open_window, service_vault, service_password):
    return {
        "path": service_vault.path,
        "password": service_password,
        **seed(open_window, service_vault),
    }


def status_shown(case_list, case_id: int) -> str | None:
    """The «Состояние» cell of the case's row as the table shows it; None when filtered out."""
    model = case_list.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data(Qt.ItemDataRole.UserRole) == case_id:
            return model.index(row, STATUS).data()
    return None


def status_tip(case_list, case_id: int) -> str:
    model = case_list.model
    row = next(r for r in range(model.rowCount()) if model.rows[r].id == case_id)
    return model.index(row, STATUS).data(Qt.ItemDataRole.ToolTipRole)


def choose_status(case_list, text: str) -> None:
    combo = case_list.status
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)


def test_a_closure_waiting_for_the_sign_off_is_not_shown_as_closed(
    open_window, qtbot, run_modal, service
):
    window = open_window
    area = young_session(window, qtbot, service["path"], service["password"])
    cases = area.cases
    assert status_shown(cases, service["chat"]) == "открыт"

    def close(card) -> None:
        close_from_card(qtbot, run_modal, card)
        assert card.summary.text().startswith("Статус: ожидает утверждения куратором")

    open_card(area, run_modal, service["chat"], close)
    assert window.session.queue.flush(timeout=10)
    assert status_shown(cases, service["chat"]) == WAITING
    assert status_shown(cases, service["other"]) == "открыт"
    assert status_tip(cases, service["chat"]) == "Закрытие ждёт утверждения куратором"

    area = sign_in(window, qtbot, service["path"], service["password"])
    cases = area.cases
    assert status_shown(cases, service["chat"]) == WAITING
    # The filter keeps a waiting closure apart from the closed cases and the open ones.
    choose_status(cases, "закрыт")
    assert status_shown(cases, service["chat"]) is None
    choose_status(cases, "открыт")
    assert status_shown(cases, service["chat"]) is None
    assert status_shown(cases, service["other"]) == "открыт"
    choose_status(cases, WAITING)
    assert [row.id for row in cases.model.rows] == [service["chat"]]
    choose_status(cases, "Все состояния")
    # Sorted by state, a waiting closure stands between the open and the closed cases.
    cases.table.sortByColumn(STATUS, Qt.SortOrder.AscendingOrder)
    assert [row.id for row in cases.model.rows] == [service["other"], service["chat"]]

    panel = area.start.signoffs
    area.tabs.setCurrentWidget(area.start)
    panel.table.selectRow(0)
    asked: list[tuple[str, str]] = []
    run_modal(
        lambda: qtbot.mouseClick(panel.sign, LEFT), lambda: answer_box(qtbot, "Утвердить", asked)
    )
    assert asked and "закрытие случая" in asked[0][0]
    assert window.session.queue.flush(timeout=10)
    area.tabs.setCurrentWidget(area.cases)
    assert status_shown(cases, service["chat"]) == "закрыт"
    choose_status(cases, "закрыт")
    assert [row.id for row in cases.model.rows] == [service["chat"]]
