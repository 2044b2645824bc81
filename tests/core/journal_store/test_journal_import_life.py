"""What happens to a journal once it is in: the same rows again add nothing, the import is one
audit entry naming nobody, its records are only read, it is undone whole within 30 days, and
the retention rule reaches it from the journal's own dates."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

import pytest

from rsdesk.access import Desk
from rsdesk.domain.refusals import PracticeRefused, Refused
from rsdesk.domain.register import Mediator, Participant
from rsdesk.domain.roles import Op
from rsdesk.storage import users
from tests.helpers.journal_sheets import TODAY, as_csv, as_xlsx, service, sheet_rows


def on(desk: Desk, day: date) -> Desk:
    """The same service on another day."""
    return Desk(desk.db, users.actor(desk.db, desk.actor.user_id), today=lambda: day)


def served(desk: Desk, mediator_id: int) -> tuple[int, ...]:
    entry = next(e for e in desk.roster_view() if e.mediator.id == mediator_id)
    return entry.service.listed


def test_the_same_rows_again_add_nothing_however_the_file_is_saved():
    desk = service()
    rows = sheet_rows()
    desk.import_journal(as_csv(rows), "журнал.csv")
    with pytest.raises(PracticeRefused) as again:
        desk.import_journal(as_csv(rows), "журнал.csv")
    assert again.value.message == "Этот файл уже перенесён 20.01.2026: в нём нет новых строк."
    with pytest.raises(PracticeRefused) as resaved:
        desk.import_journal(as_xlsx(rows), "журнал.xlsx")
    assert resaved.value.message == "Все строки этого файла уже перенесены: в нём нет новых строк."
    assert len(desk.request_rows()) == 64 and len(desk.journal_imports()) == 1
    assert len(desk.audit_entries(action="import_journal")) == 1
    # The journal went on after the first import: only its two new rows come in.
    assert rows[6][5] in ("declined", "отклонена") and rows[14][5] in ("declined", "отклонена")
    longer = [*rows, rows[6][:], rows[14][:]]
    longer[-2][0], longer[-1][0] = "05.12.2025", "09.12.2025"
    preview = desk.preview_journal(as_csv(longer), "журнал, декабрь.csv")
    assert len(preview.duplicates) == 64 and [r.line for r in preview.new_rows] == [66, 67]
    assert desk.import_journal(as_csv(longer), "журнал, декабрь.csv").rows == 2
    assert desk.stats_preview(2025)["requests_received"] == 42


def test_the_import_is_one_audit_entry_that_names_nobody():
    desk = service()
    data = as_csv(sheet_rows())
    done = desk.import_journal(data, "журнал.csv")
    entries = desk.audit_entries(action="import_journal")
    assert len(entries) == 1
    entry = entries[0]
    assert entry.user_name == "Смирнова Ольга Петровна"
    assert entry.reason == f"rows=64; sha256={hashlib.sha256(data).hexdigest()}"
    assert done.digest == hashlib.sha256(data).hexdigest()
    # Nor does anything else the import wrote into the trail.
    trail = repr(desk.audit_entries())
    for name in ("Орлов", "Ветрова", "Лисина", "Ситуация", "журнал.csv"):
        assert name not in trail


READ_ONLY = "Случай перенесён из журнала, его нельзя изменить."


def test_a_record_from_the_journal_is_read_and_never_changed():
    desk = service()
    desk.import_journal(as_csv(sheet_rows()), "журнал.csv")
    first = desk.case_rows()[-1]
    card = desk.case_card(first.id)
    assert card.from_journal and card.case.status == "closed"
    for op in (Op.EDIT_CASE, Op.REOPEN_CASE, Op.DELETE_CASE, Op.CLOSE_CASE, Op.ASSIGN):
        decision = desk.may(op, first.id)
        assert not decision and decision.reason.startswith(READ_ONLY), op
    assert desk.may(Op.VIEW_CASE, first.id)
    changes = {
        "add a participant": lambda: desk.correct_participants(
            first.id,
            (*card.request.participants, Participant("Новая Анна", "party", is_minor=True)),
        ),
        "edit the case": lambda: desk.correct_case(
            first.id, description="Другое описание", category="other", reason="ошибка"
        ),
        "set the category": lambda: desk.set_category(first.id, "other"),
        "reopen": lambda: desk.reopen_case(first.id, TODAY, reason="ошибка в журнале"),
        "plan a follow-up": lambda: desk.plan_follow_up(first.id, TODAY, "проверить"),
        "correct the request": lambda: desk.correct_request(card.request.id, card.request),
    }
    for what, change in changes.items():
        with pytest.raises(Refused) as refused:
            change()
        assert refused.value.message.startswith(READ_ONLY), what
    assert not desk.may_correct_request(card.request.id)
    # A request the journal declined has no case; it is as closed.
    declined = next(r for r in desk.request_rows() if r.status == "declined")
    request = desk.get_request(declined.id)
    decision = desk.may_correct_request(declined.id)
    assert not decision and decision.reason.startswith(READ_ONLY)
    for change in (
        lambda: desk.correct_request(declined.id, request),
        lambda: desk.accept_request(declined.id, decided_on=TODAY),
    ):
        with pytest.raises(PracticeRefused) as refused:
            change()
        assert refused.value.message.startswith(READ_ONLY)
    assert desk.case_card(first.id).request == card.request
    assert desk.get_request(declined.id) == request


def test_an_import_is_undone_whole_within_30_days_and_can_come_again():
    desk = service()
    member = desk.add_mediator(Mediator("Громова Нина Петровна", "adult", years=(2025,)))
    data = as_csv(sheet_rows())
    done = desk.import_journal(data, "журнал.csv")
    assert done.undo_until == TODAY + timedelta(days=30)
    # Three new people joined the roster; Громова, a member, now serves in 2024 too.
    assert len(desk.roster_view(2025)) == 4
    assert served(desk, member) == (2024, 2025)
    with pytest.raises(PracticeRefused) as late:
        on(desk, TODAY + timedelta(days=31)).undo_journal_import(done.id, "поздно")
    assert "до 19.02.2026" in late.value.message
    assert len(desk.request_rows()) == 64
    later = on(desk, TODAY + timedelta(days=30))
    later.undo_journal_import(done.id, "перенесли не тот журнал")
    assert later.case_rows() == [] and later.request_rows() == []
    assert later.stats_preview(2024)["requests_received"] == 0
    assert later.stats_preview(2025)["requests_received"] == 0
    # The newcomers are gone; the member is back to the years she had.
    assert [e.mediator.full_name for e in later.roster_view(2025)] == ["Громова Нина Петровна"]
    assert served(later, member) == (2025,)
    assert later.stats_preview(2024)["mediators"] == {"adult": 0, "young": 0}
    (listed,) = later.journal_imports()
    assert listed.undone_on == TODAY + timedelta(days=30)
    (undo,) = later.audit_entries(action="undo_journal_import")
    assert undo.reason.startswith(f"rows=64; sha256={done.digest}")
    with pytest.raises(PracticeRefused):
        later.undo_journal_import(done.id, "ещё раз")
    assert later.import_journal(data, "журнал.csv").rows == 64
    assert later.stats_preview(2025)["requests_received"] == 40


def test_retention_reaches_the_journal_from_its_own_dates():
    desk = service()
    desk.import_journal(as_csv(sheet_rows()), "журнал.csv")
    assert desk.retention_years() == 3 and desk.retention_due() == 0
    # Counted from the sheet: a row is done on the day its program ended, else (no program,
    # declined, transferred, undecided) on the day it came; 21 rows were done by 31.12.2024,
    # 43 by 30.06.2025, 63 by 26.11.2025; the last program ended on 27.11.2025 (row 62).
    assert on(desk, date(2027, 12, 31)).retention_due() == 21
    assert on(desk, date(2028, 6, 30)).retention_due() == 43
    assert on(desk, date(2028, 11, 26)).retention_due() == 63
    assert on(desk, date(2028, 11, 27)).retention_due() == 64
    # The purge takes the names and keeps what the statistics count.
    before = {year: desk.stats_preview(year) for year in (2024, 2025)}
    far = on(desk, date(2028, 11, 27))
    assert far.apply_retention() == (64, 0)  # 46 cases, 16 decided and 2 undecided requests
    assert far.retention_due() == 0
    purged = [far.get_request(r.id) for r in far.request_rows()]
    assert len(purged) == 64 and all(r.participants == () for r in purged)
    text = repr(purged)
    for name in ("Орлов", "Светлов", "Ситуация"):
        assert name not in text
    after = {year: far.stats_preview(year) for year in (2024, 2025)}
    for year in (2024, 2025):
        assert {**after[year], "generated": ""} == {**before[year], "generated": ""}


def test_only_the_curator_brings_a_journal_in_or_takes_it_back():
    from rsdesk.domain.refusals import RoleRefused
    from tests.helpers.world import build

    world = build()
    data = as_csv(sheet_rows())
    done = world.desk(world.curator, TODAY).import_journal(data, "журнал.csv")
    for user in (world.adult, world.young):
        desk = world.desk(user, TODAY)
        calls = {
            "preview_journal": (data, "журнал.csv"),
            "import_journal": (data, "журнал.csv"),
            "journal_imports": (),
            "undo_journal_import": (done.id, "не моё"),
        }
        for name, args in calls.items():
            with pytest.raises(RoleRefused):
                getattr(desk, name)(*args)
