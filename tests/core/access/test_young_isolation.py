"""A young mediator reaches no other case by any call of the Desk."""

from __future__ import annotations

import inspect
from datetime import date

import pytest
from access_world import TODAY, World, build, pupil

from rsdesk.access import Desk, RoleRefused
from rsdesk.domain.register import Document, Participant, ProgramSummary, Request
from rsdesk.domain.roles import Op
from rsdesk.storage import cases, signoffs
from rsdesk.storage.rows import one

# Every public method of the Desk, by what it takes. A new method must be added here, so
# nobody adds a way into the register that this test does not try.
BY_CASE = {
    "case_card",
    "set_category",
    "close_case",
    "reopen_case",
    "assign_mediator",
    "unassign_mediator",
    "add_event",
    "plan_follow_up",
    "plan_meeting",
    "documents_of",
    "programs_of",
    "delete_case",
    "restore_case",
    "facts",
    "may",
    "require",
    "record_override",
}
BY_PROGRAM = {
    "update_program",
    "delete_program",
    "program_state",
    "save_program_state",
    "mark_meetings_held",
    "case_of_program",
}
BY_EVENT = {"complete_follow_up", "delete_event", "case_of_event"}
BY_REQUEST = {
    "get_request",
    "update_request",
    "add_participant",
    "participants_of",
    "accept_request",
    "decline_request",
    "transfer_request",
    "case_of_request",
}
BY_PARTICIPANT = {"update_participant", "remove_participant"}
BY_SIGNOFF = {"sign_off", "return_signoff"}
BY_DOCUMENT = {"add_document"}
BY_NEW_PROGRAM = {"add_program"}
LISTS = {
    "case_rows",
    "request_rows",
    "pending_signoffs",
    "deleted_cases",
    "planned_meetings_until",
    "roster_view",
    "list_mediators",
    "users",
    "audit_entries",
    "verify_audit",
    "retention_years",
    "retention_due",
}
SERVICE = {
    "register_request",
    "needs_pledge",
    "accept_pledge",
    "signed_in",
    "grant_access",
    "revoke_access",
    "add_mediator",
    "update_mediator",
    "add_training",
    "delete_training",
    "set_years",
    "update_profile",
    "record_export",
    "set_retention_years",
    "apply_retention",
    "today",
    "subscribe",
}
CLASSIFIED = (
    BY_CASE
    | BY_PROGRAM
    | BY_EVENT
    | BY_REQUEST
    | BY_PARTICIPANT
    | BY_SIGNOFF
    | BY_DOCUMENT
    | BY_NEW_PROGRAM
    | LISTS
    | SERVICE
)
CANARIES = ("КАНАРЕЙКА-2", "КАНАРЕЙКА-3", "КАНАРЕЙКА-4", "КАНАРЕЙКА-5", "Дроздов", "Учителева")


def public_methods() -> set[str]:
    return {
        name
        for name, member in inspect.getmembers(Desk)
        if not name.startswith("_") and callable(member)
    }


def test_every_public_method_is_tried():
    assert public_methods() == CLASSIFIED


def others(world: World) -> list[int]:
    return [world.other_young_case, world.adult_case, world.teacher_case]


def first(world: World, sql: str, case_id: int) -> int:
    row = one(world.db, sql, [case_id])
    assert row is not None
    return next(iter(row.values()))


def arguments(name: str, world: World, case_id: int) -> tuple[tuple, dict]:
    request_id = first(world, "SELECT request_id FROM cases WHERE id = ?", case_id)
    program_id = first(world, "SELECT id FROM programs WHERE case_id = ?", case_id)
    event_id = first(
        world, "SELECT id FROM events WHERE case_id = ? AND kind = 'follow_up'", case_id
    )
    person = first(world, "SELECT id FROM participants WHERE request_id = ?", request_id)
    on = date(2024, 6, 10)
    summary = ProgramSummary(case_id, "circle_reconciliation", "in_progress", on)
    table = {
        "case_card": ((case_id,), {}),
        "set_category": ((case_id, "other"), {}),
        "close_case": ((case_id, on), {}),
        "reopen_case": ((case_id, on), {"reason": "причина"}),
        "assign_mediator": ((case_id, world.young, "co_lead"), {}),
        "unassign_mediator": ((case_id, world.other_adult), {}),
        "add_event": ((case_id, "note", on), {}),
        "plan_follow_up": ((case_id, on, "проверить"), {}),
        "plan_meeting": ((case_id, on), {}),
        "documents_of": ((case_id,), {}),
        "programs_of": ((case_id,), {}),
        "delete_case": ((case_id, "причина"), {}),
        "record_override": ((case_id, "причина"), {}),
        "restore_case": ((case_id,), {}),
        "update_program": ((program_id, summary), {}),
        "delete_program": ((program_id,), {}),
        "program_state": ((program_id,), {}),
        "save_program_state": ((program_id, {"notes": "чужое"}), {}),
        "mark_meetings_held": ((program_id, "joint_meeting", on), {}),
        "complete_follow_up": ((event_id, on), {}),
        "delete_event": ((event_id,), {}),
        "get_request": ((request_id,), {}),
        "update_request": (
            (request_id, Request(on, "self", "educational_conflict", "чужое")),
            {},
        ),
        "add_participant": ((request_id, pupil("Чужой Человек")), {}),
        "participants_of": ((request_id,), {}),
        "accept_request": ((request_id,), {"decided_on": on}),
        "decline_request": ((request_id,), {"decided_on": on, "reason": "нет"}),
        "transfer_request": ((request_id,), {"decided_on": on, "destination": "ТСП"}),
        "update_participant": ((person, Participant("Чужой Человек", "party", True)), {}),
        "remove_participant": ((person,), {}),
        "add_document": ((Document(case_id, "agreement", "Чужой договор", on),), {}),
        "add_program": ((summary,), {}),
    }
    return table[name]


WRITES_AND_READS = sorted(
    BY_CASE - {"facts", "may", "require", "changing"}
    | BY_PROGRAM - {"case_of_program"}
    | BY_EVENT - {"case_of_event"}
    | BY_REQUEST - {"case_of_request"}
    | BY_PARTICIPANT
    | BY_DOCUMENT
    | BY_NEW_PROGRAM
)


def snapshot(world: World) -> list:
    return list(world.db.conn.iterdump())


@pytest.mark.parametrize("name", WRITES_AND_READS)
def test_no_call_reaches_another_case(name):
    world = build()
    desk = world.desk(world.young)
    for case_id in others(world):
        before = snapshot(world)
        args, kwargs = arguments(name, world, case_id)
        with pytest.raises(RoleRefused):
            getattr(desk, name)(*args, **kwargs)
        after = [line for line in snapshot(world) if 'INSERT INTO "audit"' not in line]
        assert after == [line for line in before if 'INSERT INTO "audit"' not in line]


def test_nor_the_young_mediators_own_case_is_reachable_after_it_changes_hands():
    world = build()
    cases.unassign_mediator(world.db, world.young_case, world.young)
    desk = world.desk(world.young)
    with pytest.raises(RoleRefused):
        desk.case_card(world.young_case)
    assert desk.case_rows() == []


def test_lists_show_only_the_own_case():
    world = build()
    signoffs.submit(world.db, world.other_young_case, "closure", world.other_young, TODAY)
    desk = world.desk(world.young)
    assert [row.id for row in desk.case_rows()] == [world.young_case]
    text = repr(desk.case_rows()) + repr(desk.planned_meetings_until(date(2024, 12, 31)))
    text += repr(desk.pending_signoffs()) + repr(desk.roster_view())
    assert desk.pending_signoffs() == []
    for canary in CANARIES:
        assert canary not in text
    for name in ("request_rows", "deleted_cases", "users", "audit_entries", "verify_audit"):
        with pytest.raises(RoleRefused):
            getattr(desk, name)()


def test_the_young_mediator_sees_no_contact_details():
    world = build()
    young = {e.mediator.id: e.mediator for e in world.desk(world.young).roster_view()}
    adult = {e.mediator.id: e.mediator for e in world.desk(world.other_adult).roster_view()}
    assert young[world.adult].contacts == ""
    assert adult[world.adult].contacts == "+7 900 111-22-33"
    assert not world.desk(world.young).may(Op.VIEW_CONTACTS)


def test_a_young_mediator_is_kept_off_cases_outside_their_limits():
    world = build()
    curator = world.desk(world.curator)
    for case_id in (world.adult_case, world.teacher_case):
        with pytest.raises(RoleRefused):
            curator.assign_mediator(case_id, world.young, "co_lead")
    with pytest.raises(RoleRefused) as caught:
        curator.set_category(world.young_case, "bullying")
    assert "юный медиатор" in caught.value.message.lower()
    with pytest.raises(RoleRefused):
        curator.add_participant(
            cases.get_case(world.db, world.young_case).request_id,
            Participant("Взрослов Виктор Петрович", "party", False),
        )
    with pytest.raises(RoleRefused):
        curator.unassign_mediator(world.young_case, world.adult)
    assert cases.get_case(world.db, world.young_case).category == "educational_conflict"
