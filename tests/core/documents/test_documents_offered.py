"""Which documents a case offers and what they say: the agreement as it was signed, only the
people who take part, names in their grammatical case, the real days, the referrer addressed."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from rsdesk.access import Desk
from rsdesk.documents.context import AnnualContext
from rsdesk.documents.render import render
from rsdesk.domain.register import Participant
from rsdesk.storage.cases import save_program_state
from rsdesk.storage.service import curator_id
from rsdesk.storage.users import actor
from rsdesk.vault import Vault
from tests.helpers.documents import (
    FAST,
    HARM_REPAIR,
    PEOPLE,
    TODAY,
    make_case,
    make_service,
    mediation_with_days,
    pdftotext,
    refused_by_the_victim,
    save_run,
)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Vault, Desk]]:
    vault, _key = Vault.create(tmp_path / "vault" / "service.rsdv", "Пароль ёлки 7Б", kdf=FAST)
    make_service(vault.db)
    curator = curator_id(vault.db)
    assert curator is not None
    desk = Desk(vault.db, actor(vault.db, curator), today=lambda: TODAY)
    yield vault, desk
    vault.close(discard=True)


def offered(desk: Desk, case_id: int) -> set[str]:
    return {choice.kind for choice in desk.document_choices(case_id)}


def text_of(desk: Desk, case_id: int, kind: str, tmp: Path, program_id: int | None = None) -> str:
    if program_id is None:
        program_id = next(c.program_id for c in desk.document_choices(case_id) if c.kind == kind)
    return pdftotext(render(kind, desk.document_context(case_id, kind, program_id)), tmp)


# --- the agreement as it was signed --------------------------------------------------------


def test_the_agreement_holds_the_harm_repair_and_its_real_days(world, tmp_path):
    vault, desk = world
    case_id, program_id, ids = make_case(vault.db)
    save_run(vault.db, program_id, mediation_with_days(ids))
    text = text_of(desk, case_id, "program_result", tmp_path)
    assert "Как будет заглажен вред" in text
    assert HARM_REPAIR in text
    # Entered on 16 March; met on the 12th, signed on the 13th.
    assert "встретились 12 марта 2026 г." in text
    assert "Дата подписания: 13 марта 2026 г." in text
    assert "Семёнов Пётр ______________________ 13 марта 2026 г." in text  # signed that day
    assert "16 марта" not in text
    assert "Встреча для проверки выполнения договорённостей: 13 апреля 2026 г." in text


def test_an_agreement_recorded_before_days_were_kept_reads_its_date_field(world, tmp_path):
    vault, desk = world
    case_id, program_id, ids = make_case(vault.db)
    state = mediation_with_days(ids).to_dict()
    for entry in state["completions"]["agreement"]:
        del entry["on"]
    save_program_state(vault.db, program_id, state)
    text = text_of(desk, case_id, "program_result", tmp_path)
    assert "Дата подписания: 13 марта 2026 г." in text


def test_only_who_came_to_the_joint_meeting_signs_the_agreement(world, tmp_path):
    vault, desk = world
    case_id, program_id, ids = make_case(vault.db)
    save_run(vault.db, program_id, mediation_with_days(ids, joint=ids[:4]))
    text = text_of(desk, case_id, "program_result", tmp_path)
    for person in PEOPLE[:4]:
        assert person.full_name in text
    assert "Жукова" not in text  # the teacher met the mediator alone, and no more


# --- a stopped program ---------------------------------------------------------------------


def test_a_stopped_program_offers_no_agreement_and_no_form_for_who_refused(world, tmp_path):
    vault, desk = world
    case_id, program_id, ids = make_case(vault.db)
    save_run(vault.db, program_id, refused_by_the_victim(ids))
    kinds = offered(desk, case_id)
    assert "program_result" not in kinds
    assert {"consent_party", "consent_representative", "referrer_report"} <= kinds
    party = text_of(desk, case_id, "consent_party", tmp_path)
    assert "Семёнов Пётр" in party and "Жукова Ольга Павловна" in party
    assert "Ковалёва" not in party  # Дарья refused: there is no consent of hers to sign
    report = text_of(desk, case_id, "referrer_report", tmp_path)
    assert "не проведена" in report


def test_a_running_program_offers_forms_for_who_is_still_to_be_asked(world, tmp_path):
    vault, desk = world
    case_id, _program_id, _ids = make_case(vault.db)
    kinds = offered(desk, case_id)
    assert "program_result" not in kinds  # nothing agreed yet
    party = text_of(desk, case_id, "consent_party", tmp_path)
    assert "Семёнов Пётр" in party and "Ковалёва Дарья" in party


# --- names, gender and days in the consent forms ---------------------------------------------


def test_consent_forms_decline_names_and_speak_to_each_person(world, tmp_path):
    vault, desk = world
    people = [*PEOPLE, Participant("Шевченко Саша", "party", True, class_name="7А", age=12)]
    case_id, program_id, ids = make_case(vault.db, people)
    run = mediation_with_days(ids[:5])
    save_run(vault.db, program_id, run)
    representative = text_of(desk, case_id, "consent_representative", tmp_path)
    assert "законный представитель несовершеннолетнего Семёнова Петра (класс 7Б)" in representative
    assert "законный представитель несовершеннолетней Ковалёвой Дарьи (класс 7Б)" in representative
    assert "Я согласна на участие ребёнка" in representative  # Алёна Викторовна
    assert "Я согласен на участие ребёнка" in representative  # Игорь Николаевич
    party = text_of(desk, case_id, "consent_party", tmp_path)
    assert "Я, Семёнов Пётр (класс 7Б)" in party
    assert "Я согласен участвовать в программе." in party  # Пётр
    assert "Я согласна участвовать в программе." in party  # Дарья, Ольга Павловна
    # Consent was given on 9 March, entered on the 16th: the form is dated the 9th.
    assert "9 марта 2026 г." in party and "16 марта" not in party
    for text in (party, representative):
        assert "(на)" not in text and "(ей)" not in text and "(а)" not in text


def test_a_name_that_shows_no_sex_gets_a_wording_for_anyone(world, tmp_path):
    vault, desk = world
    people = [
        Participant("Шевченко Саша", "party", True, class_name="7А", age=12),
        Participant("Шевченко Женя", "legal_representative", False),
        Participant("Орлов Никита", "party", True, class_name="7А", age=12),
    ]
    case_id, _program_id, _ids = make_case(vault.db, people)
    party = text_of(desk, case_id, "consent_party", tmp_path)
    assert "Я даю согласие на участие в программе." in party  # Саша
    assert "Я согласен участвовать в программе." in party  # Никита
    representative = text_of(desk, case_id, "consent_representative", tmp_path)
    assert "законный представитель несовершеннолетнего ребёнка (Шевченко Саша, класс 7А)" in (
        representative
    )
    assert "Я даю согласие на участие ребёнка и на своё участие в программе." in representative


# --- the report to the referring side ----------------------------------------------------------


def test_the_report_is_addressed_to_the_referring_side(world, tmp_path):
    vault, desk = world
    case_id, program_id, ids = make_case(vault.db)
    save_run(vault.db, program_id, mediation_with_days(ids))
    report = text_of(desk, case_id, "referrer_report", tmp_path, program_id=None)
    assert "Кому:" not in report
    assert "Направившей стороне: Классный руководитель 7Б" in report
    assert "№ 2026-001 от 14 марта 2026 г." in report


def test_no_report_when_nobody_referred_the_case(world, tmp_path):
    vault, desk = world
    case_id, _program_id, _ids = make_case(vault.db, source="parent", referrer="")
    assert "referrer_report" not in offered(desk, case_id)
    case_id, _program_id, _ids = make_case(vault.db, source="teacher", referrer="")
    assert "referrer_report" in offered(desk, case_id)
    report = text_of(desk, case_id, "referrer_report", tmp_path)
    assert "Направившей стороне: педагог" in report and "Кому" not in report


# --- the annual report's last page -----------------------------------------------------------


def pages(pdf: bytes, tmp: Path) -> list[str]:
    source = tmp / "annual.pdf"
    source.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(source)], capture_output=True, text=True, check=True)
    count = int(next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))[6:])
    return [pdftotext(pdf, tmp, "-f", str(n), "-l", str(n)) for n in range(1, count + 1)]


def test_the_annual_report_never_leaves_the_signature_alone_on_a_page(tmp_path):
    base = AnnualContext(
        "МБОУ «СОШ № 3»",
        "school",
        "Кузбасс",
        "г. Белово",
        2026,
        (),
        (("восстановительная медиация", 3),),
        TODAY,
    )
    seen_two_pages = False
    for count in range(20, 75):
        rows = tuple((f"Показатель номер {n}", str(n)) for n in range(1, count + 1))
        found = pages(render("annual_report", replace(base, rows=rows)), tmp_path)
        seen_two_pages |= len(found) > 1
        last = found[-1]
        assert "Руководитель (куратор) службы примирения" in last, count
        assert "Показатель номер" in last, f"{count} rows: the last page holds only {last!r}"
    assert seen_two_pages


def test_a_day_in_a_document_is_written_out_in_words(world, tmp_path):
    vault, desk = world
    case_id, program_id, ids = make_case(vault.db)
    save_run(vault.db, program_id, mediation_with_days(ids))
    for choice in desk.document_choices(case_id):
        text = text_of(desk, case_id, choice.kind, tmp_path, choice.program_id)
        if choice.kind == "request_card":
            text = text.split("Суть обращения")[0]  # the request's own words stay as typed
        assert not re.search(r"\b\d{1,2}\.\d{2}\.\d{4}\b", text), choice.kind
        assert date(2026, 3, 16).isoformat() not in text
