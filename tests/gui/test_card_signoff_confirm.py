"""«Утвердить» on the case card asks first and shows what is approved, as the queue does."""

from __future__ import annotations

import pytest

from tests.helpers.young_closure import (
    LEFT,
    YOUNG,
    answer_box,
    close_from_card,
    open_card,
    seed,
    sign_in,
    young_session,
)


@pytest.fixture
def service(open_window, service_vault, service_password):
    return {
        "path": service_vault.path,
        "password": service_password,
        **seed(open_window, service_vault),
    }


def test_the_cards_sign_off_asks_and_cancelling_signs_nothing(
    open_window, qtbot, run_modal, service
):
    window = open_window
    area = young_session(window, qtbot, service["path"], service["password"])
    open_card(
        area, run_modal, service["chat"], lambda card: close_from_card(qtbot, run_modal, card)
    )
    assert window.session.queue.flush(timeout=10)

    area = sign_in(window, qtbot, service["path"], service["password"])
    desk = window.session.desk
    number = next(r.number for r in area.cases.model.rows if r.id == service["chat"])
    asked: list[tuple[str, str]] = []
    seen = {}

    def sign(card) -> None:
        assert card.sign.isVisible() and card.sign.isEnabled()
        run_modal(
            lambda: qtbot.mouseClick(card.sign, LEFT), lambda: answer_box(qtbot, "Отмена", asked)
        )
        seen["after cancel"] = card.summary.text()
        seen["pending after cancel"] = len(desk.pending_signoffs())
        run_modal(
            lambda: qtbot.mouseClick(card.sign, LEFT), lambda: answer_box(qtbot, "Утвердить", asked)
        )
        seen["after sign"] = card.summary.text()
        seen["sign shown"] = card.sign.isVisible()

    open_card(area, run_modal, service["chat"], sign)
    question, details = asked[0]
    assert question == f"Утвердить: закрытие случая, случай № {number}?"
    assert "Что утверждается: закрытие случая" in details.splitlines()
    assert any(line.startswith(f"Кто отправил: {YOUNG}") for line in details.splitlines())
    assert len(asked) == 2 and asked[1] == asked[0]
    assert seen["after cancel"].startswith("Статус: ожидает утверждения куратором")
    assert seen["pending after cancel"] == 1
    assert seen["after sign"].startswith("Статус: закрыт")
    assert not seen["sign shown"]
    assert window.session.queue.flush(timeout=10)
    assert desk.pending_signoffs() == []
    assert [e.label for e in desk.audit_entries(action="sign_off")] == [number]
