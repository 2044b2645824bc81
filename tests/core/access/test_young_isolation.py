"""A young mediator reaches no other case by any call of the Desk."""

from __future__ import annotations

import inspect
from dataclasses import replace
from datetime import date

import pytest

from rsdesk.access import Desk, RoleRefused
from rsdesk.domain.programs import ProgramStart
from rsdesk.domain.register import Document, Participant, Request
from rsdesk.domain.roles import Op
from rsdesk.procedures.steps import Decline
from rsdesk.storage import cases, signoffs
from rsdesk.storage.rows import one
from tests.helpers.world import TODAY, World, build

# Every public method of the Desk, by what it takes. A new method must be added here, so
# nobody adds a way into the register that this test does not try.
BY_CASE = {
    "case_card",
    "reread_case_card",
    "set_category",
    "correct_case",
    "correct_participants",
    "correction_warnings",
    "close_case",
    "reopen_case",
    "assign_mediator",
    "unassign_mediator",
    "plan_follow_up",
    "under_way",
    "program_start_form",
    "check_program_start",
    "start_program",
    "documents_of",
    "programs_of",
    "delete_case",
    "restore_case",
    "facts",
    "may",
    "require",
    "record_override",
    "document_choices",
    "document_context",
    "supervision_texts",
}
BY_PROGRAM = {
    "program_view",
    "take_program_step",
    "plan_meeting",
    "case_of_program",
}
BY_REQUEST = {
    "get_request",
    "transfer_warnings",
    "repeat_conflicts",
    "correct_request",
    "may_correct_request",
    "accept_request",
    "decline_request",
    "transfer_request",
    "case_of_request",
}
BY_SIGNOFF = {"sign_off", "return_signoff"}
BY_DOCUMENT = {"add_document"}
LISTS = {
    "case_rows",
    "start_page",
    "request_rows",
    "request_years",
    "pending_signoffs",
    "deleted_cases",
    "programs_in_progress",
    "agenda",
    "roster_view",
    "roster_years",
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
    "may_have_password",
    "retire_young_passwords",
    "settle_curator_secrets",
    "hand_over_candidates",
    "handed_over",
    "took_back",
    "add_mediator",
    "update_mediator",
    "add_training",
    "update_training",
    "delete_training",
    "set_years",
    "update_profile",
    "stats_preview",
    "annual_report_context",
    "export_stats",
    "set_retention_years",
    "apply_retention",
    "today",
    "subscribe",
}
# Tried one by one in test_a_young_mediator_neither_brings_in_nor_sees_a_journal.
JOURNAL_OPS = {"preview_journal", "import_journal", "journal_imports", "undo_journal_import"}
CLASSIFIED = (
    BY_CASE | BY_PROGRAM | BY_REQUEST | BY_SIGNOFF | BY_DOCUMENT | LISTS | SERVICE | JOURNAL_OPS
)
# Last spring's journal: a case of two pupils that Борисов led, and a request never decided.
JOURNAL = (
    "Дата обращения;Кто обратился;Категория;Участники;Решение;Программа;Ведущие;"
    "Дата окончания;Итог\n"
    '19.03.2024;parent;bullying;"Журналов Жора (victim, н/л, 7А); Тетрадкин Тимофей (offender, '
    'н/л, 7А)";accepted;circle_reconciliation;Борисов Борис Ильич;02.04.2024;'
    "completed_with_agreement\n"
    "21.03.2024;teacher;other;Журналова Жанна (party, н/л, 9А);;;;;\n"
).encode()
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
    person = first(world, "SELECT id FROM participants WHERE request_id = ?", request_id)
    stranger = Participant("Чужой Человек", "party", True, id=person)  # renamed, kept
    on = date(2024, 6, 10)
    start = ProgramStart("restorative_mediation", (world.young,), (person,), on)
    table = {
        "case_card": ((case_id,), {}),
        "reread_case_card": ((case_id,), {}),
        "set_category": ((case_id, "other"), {}),
        "correct_case": (
            (case_id,),
            {"description": "чужое", "category": "other", "reason": "причина"},
        ),
        "correct_participants": ((case_id, (stranger,)), {}),
        "correction_warnings": ((case_id,), {"category": "crime"}),
        "close_case": ((case_id, on), {}),
        "reopen_case": ((case_id, on), {"reason": "причина"}),
        "assign_mediator": ((case_id, world.young, "co_lead"), {}),
        "unassign_mediator": ((case_id, world.other_adult), {}),
        "plan_follow_up": ((case_id, on, "проверить"), {}),
        "under_way": ((case_id,), {}),
        "program_start_form": ((case_id,), {}),
        "check_program_start": ((case_id, "restorative_mediation", (world.young,)), {}),
        "start_program": ((case_id, start), {}),
        "documents_of": ((case_id,), {}),
        "document_choices": ((case_id,), {}),
        "document_context": ((case_id, "request_card"), {}),
        "supervision_texts": ((case_id,), {}),
        "programs_of": ((case_id,), {}),
        "delete_case": ((case_id, "причина"), {}),
        "record_override": ((case_id, "причина"), {}),
        "restore_case": ((case_id,), {}),
        "program_view": ((program_id,), {}),
        "take_program_step": ((program_id, Decline("чужое")), {}),
        "plan_meeting": ((program_id, "joint_meeting", on), {}),
        "get_request": ((request_id,), {}),
        "transfer_warnings": ((request_id,), {}),
        "repeat_conflicts": ((request_id,), {}),
        "correct_request": (
            (request_id, Request(on, "self", "educational_conflict", "чужое", (stranger,))),
            {},
        ),
        "accept_request": ((request_id,), {"decided_on": on}),
        "decline_request": ((request_id,), {"decided_on": on, "reason": "нет"}),
        "transfer_request": ((request_id,), {"decided_on": on, "destination": "ТСП"}),
        "add_document": ((Document(case_id, "agreement", "Чужой договор", on),), {}),
    }
    return table[name]


WRITES_AND_READS = sorted(
    BY_CASE - {"facts", "may", "require", "changing"}
    | BY_PROGRAM - {"case_of_program"}
    | BY_REQUEST - {"case_of_request", "may_correct_request"}
    | BY_DOCUMENT
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
    text = repr(desk.case_rows()) + repr(desk.agenda(date(2024, 12, 31)))
    text += repr(desk.programs_in_progress())
    text += repr(desk.pending_signoffs()) + repr(desk.roster_view()) + repr(desk.start_page())
    assert desk.pending_signoffs() == []
    for canary in CANARIES:
        assert canary not in text
    for name in (
        "request_rows",
        "request_years",
        "deleted_cases",
        "users",
        "audit_entries",
        "verify_audit",
    ):
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
    request_id = cases.get_case(world.db, world.young_case).request_id
    request = curator.get_request(request_id)
    adult = Participant("Взрослов Виктор Петрович", "party", False)
    with pytest.raises(RoleRefused):
        curator.correct_request(
            request_id, replace(request, participants=(*request.participants, adult))
        )
    with pytest.raises(RoleRefused):
        curator.unassign_mediator(world.young_case, world.adult)
    assert cases.get_case(world.db, world.young_case).category == "educational_conflict"


def test_a_young_mediator_neither_brings_in_nor_sees_a_journal():
    world = build()
    done = world.desk(world.curator).import_journal(JOURNAL, "журнал.csv")
    assert done.rows == 2
    desk = world.desk(world.young)
    calls = {
        "preview_journal": lambda: desk.preview_journal(JOURNAL, "журнал.csv"),
        "import_journal": lambda: desk.import_journal(JOURNAL, "журнал-2.csv"),
        "journal_imports": lambda: desk.journal_imports(),
        "undo_journal_import": lambda: desk.undo_journal_import(done.id, "не моё"),
    }
    assert calls.keys() == JOURNAL_OPS
    before = snapshot(world)
    for name, call in calls.items():
        with pytest.raises(RoleRefused):
            call()
        assert snapshot(world) == before, name
    # The journal's case is nobody's of the young mediator: the lists do not show it.
    assert [row.id for row in desk.case_rows()] == [world.young_case]
    text = repr(desk.case_rows()) + repr(desk.agenda(date(2024, 12, 31))) + repr(desk.start_page())
    for name in ("Журналов", "Тетрадкин", "Журналова"):
        assert name not in text
