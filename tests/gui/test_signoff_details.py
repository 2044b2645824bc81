"""What «Утвердить» shows the curator before an agreement or a closure is signed off."""

from __future__ import annotations

from datetime import date

from rsdesk.domain.case_lists import SignOff
from rsdesk.domain.register import Case, CaseCard, ProgramSummary, Request
from rsdesk.gui.cases.signoff_panel import what_is_approved
from rsdesk.procedures import program_title

CASE = Case(
    7, "2026-014", 3, "educational_conflict", "closed", date(2026, 9, 2), date(2026, 11, 20)
)
MEDIATION = ProgramSummary(
    7,
    "restorative_mediation",
    "finished",
    date(2026, 9, 8),
    date(2026, 10, 1),
    "completed_with_agreement",
    id=11,
)
CIRCLE = ProgramSummary(
    7, "school_conference", "finished", date(2026, 10, 5), date(2026, 11, 2), "stopped", id=12
)


def card(*programs: ProgramSummary) -> CaseCard:
    request = Request(
        date(2026, 9, 1), "teacher", "educational_conflict", "Ссора", number="2026-014"
    )
    return CaseCard(CASE, request, (), programs, (), ())


def sign_off(kind: str, program_id: int | None = None) -> SignOff:
    return SignOff(
        5, 7, "2026-014", program_id, kind, 4, "Юдина Юлия", date(2026, 11, 21), "pending"
    )


def test_an_agreement_names_its_program_its_outcome_and_its_day(app):
    lines = what_is_approved(sign_off("agreement", 11), card(MEDIATION, CIRCLE))
    assert lines == [
        "Случай № 2026-014: конфликт между участниками образовательных отношений, в том числе "
        "групповой",
        "Что утверждается: договор",
        f"Программа: {program_title('restorative_mediation')} — завершена с договорённостью, "
        "01.10.2026",
        "Кто отправил: Юдина Юлия, 21.11.2026",
    ]


def test_a_closure_lists_every_program_and_the_day_it_closed(app):
    lines = what_is_approved(sign_off("closure"), card(MEDIATION, CIRCLE))
    assert lines[1] == "Что утверждается: закрытие случая"
    assert lines[2].endswith("— завершена с договорённостью, 01.10.2026")
    assert lines[3] == f"Программа: {program_title('school_conference')} — прекращена, 02.11.2026"
    assert lines[4:] == ["Дата закрытия: 20.11.2026", "Кто отправил: Юдина Юлия, 21.11.2026"]
