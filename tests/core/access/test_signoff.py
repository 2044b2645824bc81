"""A young mediator's agreements and closures wait for the curator; nobody approves themselves."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from rsdesk.access import RoleRefused
from rsdesk.domain.register import Mediator
from rsdesk.domain.roles import Op
from rsdesk.storage import audit, cases, signoffs
from rsdesk.storage.roster import get_mediator, update_mediator
from tests.helpers.world import build


def test_a_young_mediators_closure_waits_and_locks_the_case_until_signed():
    world = build()
    young = world.desk(world.young)
    young.close_case(world.young_case, date(2024, 6, 10))
    [item] = signoffs.pending(world.db)
    assert (item.case_id, item.kind, item.submitted_by) == (
        world.young_case,
        "closure",
        world.young,
    )
    assert world.desk(world.curator).pending_signoffs() == [item]
    assert world.desk(world.adult).pending_signoffs() == []
    for user in (world.young, world.adult):
        decision = world.desk(user).may(Op.EDIT_CASE, world.young_case)
        assert not decision
        assert "утверждения" in decision.reason
    with pytest.raises(RoleRefused):
        young.sign_off(item.id)
    with pytest.raises(RoleRefused):
        world.desk(world.adult).sign_off(item.id)
    world.desk(world.curator).sign_off(item.id)
    assert signoffs.get(world.db, item.id).state == "signed"
    assert cases.get_case(world.db, world.young_case).status == "closed"
    assert not world.desk(world.curator).may(Op.EDIT_CASE, world.young_case)  # read-only
    with pytest.raises(RoleRefused):
        world.desk(world.curator).sign_off(item.id)  # reviewed once
    actions = [(e.action, e.user_id) for e in audit.entries(world.db)]
    assert ("sign_off", world.curator) in actions
    assert ("submit_signoff", world.young) in actions


def test_returning_a_closure_reopens_the_case_with_the_reason():
    world = build()
    world.desk(world.young).close_case(world.young_case, date(2024, 6, 10))
    [item] = signoffs.pending(world.db)
    curator = world.desk(world.curator)
    with pytest.raises(Exception, match="причину"):
        curator.return_signoff(item.id, "  ")
    curator.return_signoff(item.id, "Не записан план заглаживания вреда")
    assert cases.get_case(world.db, world.young_case).status == "open"
    assert world.desk(world.young).may(Op.EDIT_CASE, world.young_case)
    [entry] = [e for e in audit.entries(world.db) if e.action == "return_signoff"]
    assert entry.reason == "Не записан план заглаживания вреда"


def test_nobody_signs_off_their_own_work():
    """A young mediator who later became the curator still cannot approve what they did."""
    world = build()
    world.desk(world.young).close_case(world.young_case, date(2024, 6, 10))
    [item] = signoffs.pending(world.db)
    former = get_mediator(world.db, world.young)
    update_mediator(
        world.db, world.young, replace(former, kind="adult", class_name="", is_curator=True)
    )
    promoted = world.desk(world.young)
    decision = promoted.may(Op.SIGN_OFF, world.young_case)
    assert not decision
    assert decision.reason == "Никто не утверждает собственную работу."
    with pytest.raises(RoleRefused, match="собственную работу"):
        promoted.sign_off(item.id)
    with pytest.raises(RoleRefused, match="собственную работу"):
        promoted.return_signoff(item.id, "сам себе")
    assert signoffs.get(world.db, item.id).state == "pending"
    world.desk(world.curator).sign_off(item.id)  # the other curator can


def test_the_curator_cannot_stop_being_one_alone():
    world = build()
    curator = world.desk(world.curator)
    me = get_mediator(world.db, world.curator)
    with pytest.raises(RoleRefused):
        curator.update_mediator(world.curator, replace(me, is_curator=False))
    second = curator.add_mediator(Mediator("Второва Вера", "adult", is_curator=True))
    curator.update_mediator(second, Mediator("Второва Вера", "adult", is_curator=False))
    assert get_mediator(world.db, second).is_curator is False
