"""Overriding a warning is the curator's, needs a reason and is kept in the audit trail."""

from __future__ import annotations

from datetime import date

import pytest

from rsdesk.access import RoleRefused
from rsdesk.domain.register import ValidationError
from rsdesk.storage import audit, cases
from tests.helpers.world import build


def test_the_curators_override_is_audited_with_its_reason():
    world = build()
    world.desk(world.curator).record_override(world.adult_case, "  Супервизия раз в неделю ")
    [entry] = audit.entries(world.db, action="override")
    assert (entry.user_id, entry.object_kind, entry.object_id) == (
        world.curator,
        "case",
        world.adult_case,
    )
    assert entry.reason == "Супервизия раз в неделю"
    assert entry.label == cases.get_case(world.db, world.adult_case).number
    assert world.desk(world.curator).verify_audit() == []


def test_an_override_needs_a_reason():
    world = build()
    with pytest.raises(ValidationError) as raised:
        world.desk(world.curator).record_override(world.adult_case, "   ")
    assert raised.value.errors == {"reason": "Укажите причину."}
    assert audit.entries(world.db, action="override") == []


@pytest.mark.parametrize("who", ["adult", "young"])
def test_only_the_curator_overrides(who):
    world = build()
    with pytest.raises(RoleRefused) as raised:
        world.desk(getattr(world, who)).record_override(world.young_case, "Очень нужно")
    assert raised.value.message
    assert audit.entries(world.db, action="override") == []


def test_no_override_on_a_closed_case():
    world = build()
    world.desk(world.curator).close_case(world.adult_case, date(2024, 6, 10))
    with pytest.raises(RoleRefused) as raised:
        world.desk(world.curator).record_override(world.adult_case, "Поздно")
    assert "закрыт" in raised.value.message
