"""What happens to a journal once it is in: the same rows again add nothing, the import is one
audit entry naming nobody, its records are only read, it is undone whole within 30 days, and
the retention rule reaches it from the journal's own dates."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

import pytest

from rsdesk.access import Desk
from rsdesk.domain.refusals import PracticeRefused, Refused
from rsdesk.domain.register import Participant
from rsdesk.domain.roles import Op
from rsdesk.i18n import set_language
from rsdesk.storage import users
from tests.helpers.journal_sheets import TODAY, as_csv, as_xlsx, service, sheet_rows


@pytest.fixture(autouse=True)
def russian():
    set_language("ru")
    yield
    set_language("en")


def on(desk: Desk, day: date) -> Desk:
    """The same service on another day."""
    return Desk(desk.db, users.actor(desk.db, desk.actor.user_id), today=lambda: day)


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
    for name in ("Орлов", "Ветрова", "Ситуация", "журнал.csv"):
        assert name not in repr(entry)


def test_a_record_from_the_journal_is_read_and_never_changed():
    desk = service()
    desk.import_journal(as_csv(sheet_rows()), "журнал.csv")
    first = desk.case_rows()[-1]
    card = desk.case_card(first.id)
    assert card.from_journal and card.case.status == "closed"
    for op in (Op.EDIT_CASE, Op.REOPEN_CASE, Op.DELETE_CASE, Op.CLOSE_CASE, Op.ASSIGN):
        decision = desk.may(op, first.id)
        assert not decision and decision.reason.startswith("Случай перенесён из журнала"), op
    assert desk.may(Op.VIEW_CASE, first.id)
    with pytest.raises(Refused):
        desk.correct_participants(
            first.id,
            (*card.request.participants, Participant("Новая Анна", "party", is_minor=True)),
        )
    with pytest.raises(Refused):
        desk.reopen_case(first.id, TODAY, reason="ошибка в журнале")
    request_id = card.request.id
    assert not desk.may_correct_request(request_id)
    with pytest.raises(PracticeRefused):
        desk.correct_request(request_id, card.request)
    assert desk.case_card(first.id).request.participants == card.request.participants


def test_an_import_is_undone_whole_within_30_days_and_can_come_again():
    desk = service()
    data = as_csv(sheet_rows())
    done = desk.import_journal(data, "журнал.csv")
    assert done.undo_until == TODAY + timedelta(days=30)
    # The four people the journal names joined the roster for the years they worked.
    assert len(desk.roster_view(2025)) == 4
    with pytest.raises(PracticeRefused) as late:
        on(desk, TODAY + timedelta(days=31)).undo_journal_import(done.id, "поздно")
    assert "до 19.02.2026" in late.value.message
    later = on(desk, TODAY + timedelta(days=30))
    later.undo_journal_import(done.id, "перенесли не тот журнал")
    assert later.case_rows() == [] and later.request_rows() == []
    assert later.stats_preview(2025)["requests_received"] == 0
    assert later.stats_preview(2025)["mediators"] == {"adult": 0, "young": 0}
    (listed,) = later.journal_imports()
    assert listed.undone_on == TODAY + timedelta(days=30)
    with pytest.raises(PracticeRefused):
        later.undo_journal_import(done.id, "ещё раз")
    assert later.import_journal(data, "журнал.csv").rows == 64


def test_retention_reaches_the_journal_from_its_own_dates():
    desk = service()
    desk.import_journal(as_csv(sheet_rows()), "журнал.csv")
    years = desk.retention_years()
    assert desk.retention_due() == 0
    # The last program ended in 2025 and the last undecided request came on 08.12.2025.
    far = on(desk, date(2025 + years + 1, 1, 10))
    assert far.retention_due() == 64
    # A year before, only what closed or came by then is due: fewer, but some.
    nearer = on(desk, date(2024 + years + 1, 1, 10))
    assert 0 < nearer.retention_due() < 64


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
