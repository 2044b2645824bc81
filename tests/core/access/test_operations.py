"""Every change is an operation of the Desk: committed at once, queued for saving, published.

Each public method of the Desk is in exactly one table. A mutating method, called by the
curator on a real vault, must publish one Change and leave a snapshot with the save queue,
so the file on disk holds it; a reading method must change nothing and publish nothing. No
screen has to remember to save, because there is nothing left to remember.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from rsdesk.access import Desk
from rsdesk.access.workplace import Workplace
from rsdesk.domain.changes import Change
from rsdesk.domain.programs import NotGuided, ProgramStart
from rsdesk.domain.register import (
    Document,
    Mediator,
    Participant,
    Request,
    TrainingRecord,
)
from rsdesk.domain.roles import Op
from rsdesk.procedures.steps import Decline
from rsdesk.storage import audit, cases, signoffs, users
from rsdesk.vault import Vault
from rsdesk.vault.keys import KdfParams
from tests.helpers.world import TODAY, World, build, pupil

FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
Call = Callable[[World, Desk], object]


def _program(world: World) -> int:
    return world.db.execute(
        "SELECT id FROM programs WHERE case_id = ?", [world.adult_case]
    ).fetchone()[0]


def _started(world: World, desk: Desk) -> int:
    """A program the guide runs, started on the adult case."""
    people = desk.program_start_form(world.adult_case).people
    ids = tuple(p.id for p in people if p.id is not None)
    start = ProgramStart("restorative_mediation", (world.adult,), ids, TODAY)
    return desk.start_program(world.adult_case, start)


def _young_slot_again(world: World, desk: Desk) -> Desk:
    """A young mediator given a slot as before students held none (opening retired it)."""
    users.set_slot(world.db, world.young, "slot-young-again")
    world.db.conn.commit()
    return desk


def _unsigned_again(world: World, desk: Desk) -> Desk:
    """A register whose trail is not yet signed (opening started the signing)."""
    world.db.execute("DELETE FROM meta WHERE key = ?", [audit.SIGNED_FROM])
    world.db.conn.commit()
    return desk


def _not_guided(world: World, desk: Desk) -> None:
    """The adult case's program was recorded without the guide: its view says so."""
    with pytest.raises(NotGuided):
        desk.program_view(_program(world))


def _with_parent(world: World, desk: Desk) -> Request:
    """The waiting request as its form holds it once a parent is added."""
    request = desk.get_request(world.waiting_request)
    parent = Participant(full_name="Ласточкин Лев", role="legal_representative", is_minor=False)
    return replace(request, participants=(*request.participants, parent))


def _request_of(world: World, case_id: int) -> int:
    return world.db.execute("SELECT request_id FROM cases WHERE id = ?", [case_id]).fetchone()[0]


def _pending_signoff(world: World) -> int:
    """A young mediator's agreement waiting for the curator (sent by the storage below the
    Desk, so the change under test is the curator's decision alone)."""
    program_id = world.db.execute(
        "SELECT id FROM programs WHERE case_id = ?", [world.young_case]
    ).fetchone()[0]
    signoffs.submit(world.db, world.young_case, "agreement", world.young, TODAY, program_id)
    world.db.conn.commit()
    return signoffs.pending(world.db)[0].id


def _deleted(world: World, desk: Desk) -> int:
    desk.delete_case(world.teacher_case, "ошибочная запись")
    return world.teacher_case


def _closed(world: World, desk: Desk) -> int:
    desk.close_case(world.adult_case, date(2024, 6, 10))
    return world.adult_case


NEW_REQUEST = Request(
    received_on=date(2024, 6, 3),
    source="teacher",
    category="educational_conflict",
    description="Спор в столовой",
    participants=(pupil("Новиков Никита"),),
)

# Two requests of last spring as a school's journal keeps them: one declined, one a case.
JOURNAL = (
    "Дата обращения;Кто обратился;Категория;Участники;Решение;Программа;Ведущие;"
    "Дата окончания;Итог\n"
    "12.03.2024;teacher;educational_conflict;Дятлов Олег (party, н/л, 6А);declined;;;;\n"
    "19.03.2024;parent;bullying;Синицын Пётр (victim, н/л, 7А);accepted;circle_reconciliation;"
    "Борисов Борис Ильич;02.04.2024;completed_with_agreement\n"
).encode()

MUTATING: dict[str, Call] = {
    "case_card": lambda w, d: d.case_card(w.adult_case),  # the audited «opened the case»
    "set_category": lambda w, d: d.set_category(w.adult_case, "educational_conflict"),
    "correct_case": lambda w, d: d.correct_case(
        w.adult_case, description="Насмешки в чате", category="bullying", reason="уточнили"
    ),
    "correct_participants": lambda w, d: d.correct_participants(
        w.adult_case,
        (*d.reread_case_card(w.adult_case).request.participants, pupil("Новикова Нина")),
    ),
    "close_case": lambda w, d: d.close_case(w.adult_case, date(2024, 6, 10)),
    "reopen_case": lambda w, d: d.reopen_case(_closed(w, d), TODAY, reason="новые факты"),
    "assign_mediator": lambda w, d: d.assign_mediator(w.adult_case, w.other_adult, "co_lead"),
    "unassign_mediator": lambda w, d: d.unassign_mediator(w.young_case, w.young),
    "record_override": lambda w, d: d.record_override(w.adult_case, "нет другого ведущего"),
    "start_program": _started,
    "take_program_step": lambda w, d: d.take_program_step(
        _started(w, d), Decline("стороны помирились сами")
    ),
    "plan_meeting": lambda w, d: d.plan_meeting(_started(w, d), "joint_meeting", TODAY),
    "plan_follow_up": lambda w, d: d.plan_follow_up(w.adult_case, date(2024, 9, 1)),
    "add_document": lambda w, d: d.add_document(
        Document(w.adult_case, "agreement", "Договор", TODAY)
    ),
    "sign_off": lambda w, d: d.sign_off(_pending_signoff(w)),
    "return_signoff": lambda w, d: d.return_signoff(_pending_signoff(w), "допишите итог"),
    "delete_case": lambda w, d: d.delete_case(w.teacher_case, "ошибочная запись"),
    "restore_case": lambda w, d: d.restore_case(_deleted(w, d)),
    "register_request": lambda w, d: d.register_request(NEW_REQUEST),
    "correct_request": lambda w, d: d.correct_request(w.waiting_request, _with_parent(w, d)),
    "accept_request": lambda w, d: d.accept_request(w.waiting_request, decided_on=TODAY),
    "decline_request": lambda w, d: d.decline_request(
        w.waiting_request, decided_on=TODAY, reason="не в ведении службы"
    ),
    "transfer_request": lambda w, d: d.transfer_request(
        w.waiting_request, decided_on=TODAY, destination="ТСП г. Белово", note="правонарушение"
    ),
    "accept_pledge": lambda w, d: d.accept_pledge(),
    "signed_in": lambda w, d: d.signed_in(),
    "grant_access": lambda w, d: d.grant_access(w.other_adult, "slot-new"),
    "revoke_access": lambda w, d: d.revoke_access(w.other_adult),
    "retire_young_passwords": lambda w, d: _young_slot_again(w, d).retire_young_passwords(),
    "settle_curator_secrets": lambda w, d: _unsigned_again(w, d).settle_curator_secrets(start=True),
    "handed_over": lambda w, d: d.handed_over(w.young),
    "took_back": lambda w, d: d.took_back(w.young),
    "add_mediator": lambda w, d: d.add_mediator(Mediator("Петрова Пелагея", "adult")),
    "update_mediator": lambda w, d: d.update_mediator(
        w.other_adult, Mediator("Борисов Борис Ильич", "adult", years=(2024,))
    ),
    "add_training": lambda w, d: d.add_training(
        w.other_adult, TrainingRecord("module", date(2024, 2, 1), 16, module="M1")
    ),
    "update_training": lambda w, d: d.update_training(
        d.add_training(w.other_adult, TrainingRecord("module", date(2024, 2, 1), 16, module="M1")),
        TrainingRecord("module", date(2024, 2, 2), 18, module="M2"),
    ),
    "delete_training": lambda w, d: d.delete_training(
        d.add_training(w.other_adult, TrainingRecord("module", date(2024, 2, 1), 16, module="M1"))
    ),
    "set_years": lambda w, d: d.set_years(w.other_adult, (2023, 2024)),
    "update_profile": lambda w, d: d.update_profile(
        name="МБОУ «СОШ № 3 им. Героев»", region="Кузбасс", municipality="г. Белово"
    ),
    "export_stats": lambda w, d: d.export_stats(2024, d.stats_preview(2024)),
    "set_retention_years": lambda w, d: d.set_retention_years(5),
    "apply_retention": lambda w, d: d.apply_retention(),
    "import_journal": lambda w, d: d.import_journal(JOURNAL, "журнал.csv"),
    "undo_journal_import": lambda w, d: d.undo_journal_import(
        d.import_journal(JOURNAL, "журнал.csv").id, "не тот файл"
    ),
}

READING: dict[str, Call] = {
    "case_rows": lambda w, d: d.case_rows(),
    "programs_of": lambda w, d: d.programs_of(w.adult_case),
    "program_view": lambda w, d: _not_guided(w, d),
    "program_start_form": lambda w, d: d.program_start_form(w.adult_case),
    "check_program_start": lambda w, d: d.check_program_start(
        w.adult_case, "restorative_mediation", (w.adult,)
    ),
    "under_way": lambda w, d: d.under_way(w.adult_case),
    "programs_in_progress": lambda w, d: d.programs_in_progress(),
    "agenda": lambda w, d: d.agenda(date(2024, 12, 31)),
    "documents_of": lambda w, d: d.documents_of(w.adult_case),
    "pending_signoffs": lambda w, d: d.pending_signoffs(),
    "deleted_cases": lambda w, d: d.deleted_cases(),
    "case_of_program": lambda w, d: d.case_of_program(_program(w)),
    "case_of_request": lambda w, d: d.case_of_request(w.waiting_request),
    "request_rows": lambda w, d: d.request_rows(),
    "get_request": lambda w, d: d.get_request(w.waiting_request),
    "transfer_warnings": lambda w, d: d.transfer_warnings(w.waiting_request),
    "repeat_conflicts": lambda w, d: d.repeat_conflicts(w.waiting_request),
    "may_correct_request": lambda w, d: d.may_correct_request(w.waiting_request),
    "request_years": lambda w, d: d.request_years(),
    "start_page": lambda w, d: d.start_page(),
    "reread_case_card": lambda w, d: d.reread_case_card(w.adult_case),
    "correction_warnings": lambda w, d: d.correction_warnings(w.adult_case, category="crime"),
    "needs_pledge": lambda w, d: d.needs_pledge(),
    "users": lambda w, d: d.users(),
    "may_have_password": lambda w, d: d.may_have_password(w.young),
    "hand_over_candidates": lambda w, d: d.hand_over_candidates(),
    "roster_view": lambda w, d: d.roster_view(),
    "roster_years": lambda w, d: d.roster_years(),
    "document_choices": lambda w, d: d.document_choices(w.adult_case),
    "document_context": lambda w, d: d.document_context(w.adult_case, "request_card"),
    "supervision_texts": lambda w, d: d.supervision_texts(w.adult_case),
    "stats_preview": lambda w, d: d.stats_preview(2024),
    "annual_report_context": lambda w, d: d.annual_report_context(2024),
    "list_mediators": lambda w, d: d.list_mediators(2024),
    "retention_years": lambda w, d: d.retention_years(),
    "retention_due": lambda w, d: d.retention_due(),
    "preview_journal": lambda w, d: d.preview_journal(JOURNAL, "журнал.csv"),
    "journal_imports": lambda w, d: d.journal_imports(),
    "audit_entries": lambda w, d: d.audit_entries(),
    "verify_audit": lambda w, d: d.verify_audit(),
    "facts": lambda w, d: d.facts(w.adult_case),
    "may": lambda w, d: d.may(Op.EDIT_CASE, w.adult_case),
    "require": lambda w, d: d.require(Op.EDIT_CASE, w.adult_case),
    "today": lambda w, d: d.today(),
}

# Not a read or a change of the register: how a listener hears of the changes.
PLUMBING = {"subscribe"}


def public_methods() -> set[str]:
    return {
        name
        for name, member in inspect.getmembers(Desk)
        if not name.startswith("_") and callable(member)
    }


def test_every_public_method_is_in_one_table():
    assert not MUTATING.keys() & READING.keys()
    assert public_methods() == MUTATING.keys() | READING.keys() | PLUMBING


@pytest.fixture
def workplace(tmp_path):
    vault, _key = Vault.create(tmp_path / "service.rsdv", "пароль для проверки", kdf=FAST)
    world = build(vault.db)
    # The world's programs hold notes, not a wizard's record: make the adult case's a program
    # recorded without the wizard, so its documents can be read.
    cases.save_program_state(vault.db, _program(world), {})
    vault.commit()
    place = Workplace(vault, on_saved=lambda _g: None, on_failed=lambda _e: None)
    yield world, place
    place.queue.stop(timeout=10)
    vault.close(discard=True)


def heard(desk: Desk) -> list[Change]:
    found: list[Change] = []
    desk.subscribe(found.append)
    return found


@pytest.mark.parametrize("name", sorted(MUTATING))
def test_a_change_is_saved_and_published(workplace, name):
    world, place = workplace
    desk = place.desk
    assert desk is not None and desk.actor.user_id == world.curator
    changes = heard(desk)
    saved_before = place.vault.generation
    MUTATING[name](world, desk)
    assert changes, f"{name} published nothing"
    assert all(change.areas for change in changes)
    # The snapshot is already with the queue: flushing writes it, and nothing is left dirty.
    assert place.queue.flush(timeout=10)
    assert place.vault.generation > saved_before
    assert not place.vault.dirty, f"{name} left a change that no save carries"


@pytest.mark.parametrize("name", sorted(READING))
def test_a_read_changes_nothing(workplace, name):
    world, place = workplace
    desk = place.desk
    assert desk is not None
    changes = heard(desk)
    before = place.vault.db.conn.total_changes
    READING[name](world, desk)
    assert changes == []
    assert place.vault.db.conn.total_changes == before
    assert not place.vault.dirty


def test_one_operation_publishes_once_however_deep_it_goes(workplace):
    """Accepting a request makes a case inside the same transaction: one change, both areas."""
    world, place = workplace
    changes = heard(place.desk)
    case_id = place.desk.accept_request(world.waiting_request, decided_on=TODAY)
    assert len(changes) == 1
    assert changes[0].touches("requests") and changes[0].touches("cases")
    assert case_id


def test_a_refused_operation_publishes_nothing_and_leaves_nothing(workplace):
    world, place = workplace
    young = world.desk(world.young)
    changes = heard(young)
    before = place.vault.db.conn.total_changes
    with pytest.raises(Exception):  # noqa: B017 - any refusal
        young.delete_case(world.adult_case, "хочу удалить")
    assert changes == []
    assert place.vault.db.conn.total_changes == before


def test_no_transaction_may_be_wrapped_around_the_desk(workplace):
    """A screen that opened its own transaction would have the hook save it half-done."""
    world, place = workplace
    with pytest.raises(RuntimeError), place.vault.db.atomic():
        place.desk.plan_follow_up(world.adult_case, TODAY, "в обход")
