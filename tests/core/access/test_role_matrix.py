"""The whole role × operation matrix, run against the Desk (the core API the GUI uses)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from rsdesk.access import Desk, RoleRefused
from rsdesk.domain.register import Mediator, Request
from rsdesk.domain.roles import CASE_OPS, SERVICE_OPS, Op
from rsdesk.storage import cases
from tests.helpers.world import TODAY, World, build, pupil

SERVICE_RUNS: dict[Op, Callable[[Desk, World], object]] = {
    Op.MANAGE_USERS: lambda desk, w: desk.users(),
    Op.EDIT_PROFILE: lambda desk, w: desk.update_profile(
        name="МБОУ «СОШ № 3 им. Пушкина»", region="Кузбасс", municipality="г. Белово"
    ),
    Op.EDIT_ROSTER: lambda desk, w: desk.add_mediator(Mediator("Новикова Нина", "adult")),
    Op.VIEW_CONTACTS: lambda desk, w: _contacts(desk, w),
    Op.VIEW_REQUESTS: lambda desk, w: desk.request_rows(),
    Op.REGISTER_REQUEST: lambda desk, w: desk.register_request(
        Request(
            received_on=date(2024, 6, 3),
            source="self",
            category="educational_conflict",
            description="Новое обращение",
            participants=(pupil("Орлов Олег"),),
        )
    ),
    Op.DECIDE_REQUEST: lambda desk, w: desk.decline_request(
        w.waiting_request, decided_on=TODAY, reason="Стороны помирились сами"
    ),
    Op.VIEW_STATS: lambda desk, w: desk.stats_preview(2024),
    Op.EXPORT_STATS: lambda desk, w: desk.export_stats(2024, _counted(w)),
    Op.VIEW_AUDIT: lambda desk, w: desk.audit_entries(),
    Op.SET_RETENTION: lambda desk, w: desk.set_retention_years(5),
    Op.VIEW_DELETED: lambda desk, w: desk.deleted_cases(),
}


def _counted(world: World) -> dict:
    """The year's figures as the curator was shown them."""
    return world.desk(world.curator).stats_preview(2024)


def _contacts(desk: Desk, world: World) -> None:
    seen = {e.mediator.id: e.mediator.contacts for e in desk.roster_view()}
    if seen[world.adult] != "+7 900 111-22-33":
        raise RoleRefused("contacts hidden")


CASE_RUNS: dict[Op, Callable[[Desk, World, int], object]] = {
    Op.VIEW_CASE: lambda desk, w, c: desk.case_card(c),
    Op.EDIT_CASE: lambda desk, w, c: desk.plan_follow_up(c, TODAY, "проверить договор"),
    Op.CLOSE_CASE: lambda desk, w, c: desk.close_case(c, TODAY),
    Op.ASSIGN: lambda desk, w, c: desk.assign_mediator(c, w.other_adult, "co_lead"),
    Op.REOPEN_CASE: lambda desk, w, c: desk.reopen_case(c, TODAY, reason="повторный конфликт"),
    Op.DELETE_CASE: lambda desk, w, c: desk.delete_case(c, "заведено по ошибке"),
    Op.RESTORE_CASE: lambda desk, w, c: desk.restore_case(c),
}

ROLES = ("curator", "adult", "other_adult", "young", "other_young")

# Service operations each user may do.
SERVICE_ALLOWED = {
    "curator": SERVICE_OPS,
    "adult": {Op.VIEW_CONTACTS, Op.VIEW_REQUESTS, Op.REGISTER_REQUEST},
    "other_adult": {Op.VIEW_CONTACTS, Op.VIEW_REQUESTS, Op.REGISTER_REQUEST},
    "young": set(),
    "other_young": set(),
}

EDIT = {Op.VIEW_CASE, Op.EDIT_CASE, Op.CLOSE_CASE}
# Case operations on an open case, by user and case (the sign-off has its own tests).
OPEN_CASE_ALLOWED = {
    "curator": {
        c: EDIT | {Op.ASSIGN, Op.DELETE_CASE} for c in ("young", "other_young", "adult", "teacher")
    },
    "adult": {"young": EDIT | {Op.DELETE_CASE}, "adult": EDIT | {Op.DELETE_CASE}},
    "other_adult": {
        "other_young": EDIT | {Op.DELETE_CASE},
        "teacher": EDIT | {Op.DELETE_CASE},
    },
    "young": {"young": EDIT},
    "other_young": {"other_young": EDIT},
}
# On a closed case everybody only reads; the curator may reopen or delete.
CLOSED_CASE_ALLOWED = {
    "curator": {c: {Op.VIEW_CASE, Op.REOPEN_CASE, Op.DELETE_CASE} for c in ("young", "adult")},
    "adult": {"young": {Op.VIEW_CASE}, "adult": {Op.VIEW_CASE}},
    "other_adult": {},
    "young": {"young": {Op.VIEW_CASE}},
    "other_young": {},
}
# A deleted case: only the curator sees and restores it.
DELETED_CASE_ALLOWED = {"curator": {Op.VIEW_CASE, Op.RESTORE_CASE}}

MATRIX_OPS = sorted(set(CASE_RUNS))


def test_every_operation_is_in_the_matrix():
    assert set(SERVICE_RUNS) == SERVICE_OPS
    assert set(CASE_RUNS) | {Op.SIGN_OFF} == CASE_OPS


def _outcome(run: Callable[[], object]) -> bool:
    try:
        run()
    except RoleRefused:
        return False
    return True


@pytest.mark.parametrize("who", ROLES)
@pytest.mark.parametrize("op", sorted(SERVICE_OPS))
def test_service_operations(who, op):
    world = build()
    desk = world.desk(getattr(world, who))
    expected = op in SERVICE_ALLOWED[who]
    assert bool(desk.may(op)) is expected
    assert _outcome(lambda: SERVICE_RUNS[op](desk, world)) is expected
    if not expected:
        assert desk.may(op).reason  # the GUI can say why


CASES = ("young", "other_young", "adult", "teacher")


@pytest.mark.parametrize("who", ROLES)
@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("op", MATRIX_OPS)
def test_case_operations_on_open_cases(who, case, op):
    world = build()
    case_id = getattr(world, f"{case}_case")
    desk = world.desk(getattr(world, who))
    expected = op in OPEN_CASE_ALLOWED[who].get(case, set())
    assert bool(desk.may(op, case_id)) is expected, desk.may(op, case_id).reason
    assert _outcome(lambda: CASE_RUNS[op](desk, world, case_id)) is expected


@pytest.mark.parametrize("who", ROLES)
@pytest.mark.parametrize("case", ("young", "adult"))
@pytest.mark.parametrize("op", MATRIX_OPS)
def test_case_operations_on_closed_cases(who, case, op):
    world = build()
    case_id = getattr(world, f"{case}_case")
    cases.close_case(world.db, case_id, date(2024, 5, 30), today=TODAY)
    desk = world.desk(getattr(world, who))
    expected = op in CLOSED_CASE_ALLOWED[who].get(case, set())
    assert bool(desk.may(op, case_id)) is expected, desk.may(op, case_id).reason
    assert _outcome(lambda: CASE_RUNS[op](desk, world, case_id)) is expected


@pytest.mark.parametrize("who", ROLES)
@pytest.mark.parametrize("op", MATRIX_OPS)
def test_case_operations_on_deleted_cases(who, op):
    world = build()
    world.desk(world.curator).delete_case(world.young_case, "заведено по ошибке")
    desk = world.desk(getattr(world, who))
    expected = op in DELETED_CASE_ALLOWED.get(who, set())
    assert bool(desk.may(op, world.young_case)) is expected
    assert _outcome(lambda: CASE_RUNS[op](desk, world, world.young_case)) is expected
