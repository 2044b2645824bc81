"""The rules of the journal template: what a row may hold, and every bad cell reported."""

from __future__ import annotations

from datetime import date

import pytest

from rsdesk import i18n
from rsdesk.domain.journal import HEADERS, JournalRow
from rsdesk.domain.register import Participant
from rsdesk.journal.reading import Table
from rsdesk.journal.rows import guess_mapping, parse_rows

TODAY = date(2026, 12, 3)
H = HEADERS  # field -> the template's header


def table(*rows: dict[str, str], headers: tuple[str, ...] = tuple(HEADERS.values())) -> Table:
    """A table in the template's headers, one dict of field -> cell per row (from row 2)."""
    fields = {header: field for field, header in HEADERS.items()}
    return Table(
        headers=headers,
        rows=tuple(
            (number, tuple(row.get(fields.get(header, header), "") for header in headers))
            for number, row in enumerate(rows, start=2)
        ),
    )


def parse(*rows: dict[str, str]):
    data = table(*rows)
    return parse_rows(data, guess_mapping(data.headers), today=TODAY)


BASE = {"received_on": "01.10.2025", "source": "teacher", "category": "bullying"}


def reasons(*rows: dict[str, str]) -> list[tuple[int, str, str]]:
    return [(p.line, p.column, p.reason) for p in parse(*rows).problems]


# --- the mapping -----------------------------------------------------------------------------


def test_the_template_headers_map_to_their_fields_in_any_case_and_spacing():
    headers = ["  дата   ОБРАЩЕНИЯ ", "кто обратился:", "КАТЕГОРИЯ", "Итог", "Ведущие", "Прочее"]
    assert guess_mapping(headers) == {
        "received_on": "  дата   ОБРАЩЕНИЯ ",
        "source": "кто обратился:",
        "category": "КАТЕГОРИЯ",
        "facilitators": "Ведущие",
        "outcome": "Итог",
    }


def test_the_headers_real_journals_use_map_too():
    headers = [
        "Дата поступления",
        "Кто направил",
        "Категория ситуации",
        "Краткое описание ситуации",
        "ФИО, класс",
        "Решение",
        "Вид программы",
        "Медиатор(ы)",
        "Дата завершения",
        "Результат",
    ]
    assert guess_mapping(headers) == dict(zip(HEADERS, headers, strict=True))
    for synonym, field in [
        ("Дата", "received_on"),
        ("Источник", "source"),
        ("Инициатор", "source"),
        ("Суть конфликта", "description"),
        ("Участники конфликта", "participants"),
        ("Ведущий", "facilitators"),
        ("Проведённая программа", "program_type"),
        ("Проведенная программа", "program_type"),
    ]:
        assert guess_mapping([synonym]) == {field: synonym}


def test_the_template_header_wins_over_a_synonym_and_each_header_serves_one_field():
    assert guess_mapping(["Дата", "Дата обращения", "Источник", "Источник"]) == {
        "received_on": "Дата обращения",
        "source": "Источник",
    }
    assert guess_mapping(["№", "Примечание", ""]) == {}


# --- a good row ------------------------------------------------------------------------------


def test_a_full_row_in_russian_labels_becomes_a_journal_row():
    parsed = parse(
        {
            "received_on": "01.10.2025",
            "source": "педагог",
            "category": "травля (буллинг) со стороны сверстников или педагогов",
            "description": "Ссора на перемене",
            "participants": "Петров Иван (обидчик, н/л, 7Б); Петрова Мария Ивановна "
            "(родитель или законный представитель, взр)",
            "decision": "принята",
            "program_type": "восстановительная медиация",
            "facilitators": "Иванова Анна; Козлов Дмитрий",
            "ended_on": "20.10.2025",
            "outcome": "завершена с договорённостью",
        }
    )
    assert parsed.problems == ()
    assert parsed.rows == (
        JournalRow(
            line=2,
            received_on=date(2025, 10, 1),
            source="teacher",
            category="bullying",
            description="Ссора на перемене",
            participants=(
                Participant("Петров Иван", "offender", True, "7Б"),
                Participant("Петрова Мария Ивановна", "legal_representative", False),
            ),
            decision="accepted",
            program_type="restorative_mediation",
            facilitators=("Иванова Анна", "Козлов Дмитрий"),
            ended_on=date(2025, 10, 20),
            outcome="completed_with_agreement",
        ),
    )
    assert parsed.rows[0].minors == 1 and parsed.rows[0].adults == 1


def test_keys_and_labels_are_read_in_any_case_with_yo_as_ye_and_spaces_around():
    parsed = parse(
        {
            "received_on": " 2025-10-01 ",
            "source": "  РОДИТЕЛЬ ",
            "category": "Bullying",
            "participants": "Сидоров Пётр (VICTIM, Н/Л); Сидорова Анна (Parent Or Legal "
            "Representative, Взрослый, )",
            "decision": "ACCEPTED",
            "program_type": "Circle Of Reconciliation",
            "ended_on": "2025-10-02",
            "outcome": "ЗАВЕРШЕНА С ДОГОВОРЕННОСТЬЮ",
        },
        {**BASE, "source": "КДН и ЗП", "category": "ДРУГАЯ СИТУАЦИЯ", "decision": "Отказ"},
    )
    assert parsed.problems == ()
    first, second = parsed.rows
    assert (first.source, first.category, first.decision) == ("parent", "bullying", "accepted")
    assert (first.program_type, first.outcome) == (
        "circle_reconciliation",
        "completed_with_agreement",
    )
    assert [(p.role, p.is_minor) for p in first.participants] == [
        ("victim", True),
        ("legal_representative", False),
    ]
    assert (second.source, second.category, second.decision) == (
        "juvenile_commission",
        "other",
        "declined",
    )


def test_russian_labels_are_read_whatever_the_interface_language():
    i18n.set_language("en")
    try:
        parsed = parse({**BASE, "source": "педагог", "category": "другая ситуация"})
    finally:
        i18n.set_language("ru")
    assert parsed.problems == ()
    assert (parsed.rows[0].source, parsed.rows[0].category) == ("teacher", "other")


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        ("принято в работу", "accepted"),
        ("Принят", "accepted"),
        ("отклонено", "declined"),
        ("не принята", "declined"),
        ("передано в ТСП", "transferred"),
        ("Передано в ТСП Ленинского района", "transferred"),
        ("transferred", "transferred"),
        ("", None),
    ],
)
def test_decisions_in_their_russian_forms(text, decision):
    parsed = parse({**BASE, "decision": text})
    assert parsed.problems == ()
    assert parsed.rows[0].decision == decision


def test_a_program_with_no_decision_means_the_request_was_accepted():
    parsed = parse(
        {
            **BASE,
            "program_type": "shuttle_mediation",
            "ended_on": "03.10.2025",
            "outcome": "stopped",
        }
    )
    assert parsed.rows[0].decision == "accepted"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("01.10.2025", date(2025, 10, 1)),
        ("1.2.2025", date(2025, 2, 1)),
        ("2025-02-01", date(2025, 2, 1)),
        ("01.02.25", date(2025, 2, 1)),
        ("01.02.2025 00:00:00", date(2025, 2, 1)),
        ("2025-02-01 00:00", date(2025, 2, 1)),
        ("03.12.2026", TODAY),
        ("01.01.2000", date(2000, 1, 1)),
    ],
)
def test_the_forms_of_a_date(text, day):
    parsed = parse({**BASE, "received_on": text})
    assert parsed.problems == ()
    assert parsed.rows[0].received_on == day


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31.02.2025", "Такого дня нет: «31.02.2025»."),
        ("2025-13-01", "Такого дня нет: «2025-13-01»."),
        ("2025/10/01", "«2025/10/01» — не дата: запишите её как ДД.ММ.ГГГГ."),
        ("первое октября", "«первое октября» — не дата: запишите её как ДД.ММ.ГГГГ."),
        ("45678", "«45678» — не дата: запишите её как ДД.ММ.ГГГГ."),
        ("04.12.2026", "Дата «04.12.2026» ещё не наступила."),
        ("31.12.1999", "Дата «31.12.1999» раньше 2000 года: проверьте год."),
    ],
)
def test_a_bad_date_names_the_row_the_column_and_why(text, reason):
    assert reasons({**BASE, "received_on": text}) == [(2, "Дата обращения", reason)]


def test_a_territorial_category_is_left_to_the_desk_to_judge():
    parsed = parse({**BASE, "category": "преступление несовершеннолетнего"})
    assert parsed.problems == ()
    assert parsed.rows[0].category == "crime"


# --- the rules of a program ------------------------------------------------------------------


def test_a_program_needs_its_end_and_outcome():
    assert reasons({**BASE, "program_type": "restorative_mediation"}) == [
        (2, H["ended_on"], "Значение обязательно, если проводилась программа."),
        (2, H["outcome"], "Значение обязательно, если проводилась программа."),
    ]


def test_an_end_an_outcome_or_facilitators_without_a_program_are_problems():
    row = {**BASE, "ended_on": "02.10.2025", "outcome": "stopped", "facilitators": "Иванова"}
    why = "Заполнено, но программа в строке не указана."
    assert reasons(row) == [
        (2, H["facilitators"], why),
        (2, H["ended_on"], why),
        (2, H["outcome"], why),
    ]


def test_a_program_cannot_end_before_the_request_came():
    row = {**BASE, "program_type": "other", "ended_on": "30.09.2025", "outcome": "stopped"}
    assert reasons(row) == [
        (2, H["ended_on"], "Программа не может закончиться раньше, чем поступило обращение.")
    ]


@pytest.mark.parametrize("decision", ["declined", "передано в ТСП"])
def test_a_declined_or_transferred_request_has_no_program(decision):
    row = {
        **BASE,
        "decision": decision,
        "program_type": "other",
        "ended_on": "02.10.2025",
        "outcome": "stopped",
    }
    assert reasons(row) == [
        (
            2,
            H["decision"],
            "По отклонённому или переданному обращению не бывает программы: очистите "
            "программу или решение.",
        )
    ]


def test_values_outside_the_lists_are_problems_of_their_column():
    row = {
        **BASE,
        "source": "сосед",
        "decision": "подумаем",
        "program_type": "беседа",
        "ended_on": "02.10.2025",
        "outcome": "хорошо",
    }
    assert [(column, reason.split("»")[0]) for _line, column, reason in reasons(row)] == [
        (H["source"], "«сосед"),
        (H["decision"], "«подумаем"),
        (H["program_type"], "«беседа"),
        (H["outcome"], "«хорошо"),
    ]


# --- participants and facilitators -----------------------------------------------------------


def test_a_malformed_participant_is_named_by_position_with_the_reason():
    cell = (
        "Петров Иван (offender, н/л, 7Б); Сидоров Пётр; (victim, н/л); Козлов (сосед, н/л); "
        "Белова (victim, подросток); Орлов (victim); Орлова (victim, н/л, 7А, лишнее)"
    )
    [(line, column, reason)] = reasons({**BASE, "participants": cell})
    assert (line, column) == (2, "Участники")
    assert reason == (
        "Участник 2 («Сидоров Пётр»): укажите в скобках после имени место и возраст: "
        "ФИО (место, н/л или взр[, класс]). "
        "Участник 3 («(victim, н/л)»): перед скобками нет имени. "
        "Участник 4 («Козлов (сосед, н/л)»): «сосед» — не место участника (см. лист «Списки»). "
        "Участник 5 («Белова (victim, подросток)»): «подросток» — не возраст: напишите н/л "
        "или взр. "
        "Участник 6 («Орлов (victim)»): в скобках через запятую должны быть место, возраст и, "
        "если нужно, класс. "
        "Участник 7 («Орлова (victim, н/л, 7А, лишнее)»): в скобках через запятую должны быть "
        "место, возраст и, если нужно, класс."
    )


def test_participants_and_facilitators_may_be_split_by_lines_too():
    parsed = parse(
        {
            **BASE,
            "participants": (
                "Петров Иван (offender, н/л)\nСидоров Пётр (victim, несовершеннолетний);"
            ),
            "program_type": "other",
            "facilitators": "Иванова Анна\n Козлов  Дмитрий ;Иванова Анна;",
            "ended_on": "02.10.2025",
            "outcome": "stopped",
        }
    )
    assert parsed.problems == ()
    assert [p.full_name for p in parsed.rows[0].participants] == ["Петров Иван", "Сидоров Пётр"]
    assert parsed.rows[0].facilitators == ("Иванова Анна", "Козлов Дмитрий")


def test_facilitators_split_by_commas_are_a_problem():
    row = {
        **BASE,
        "program_type": "other",
        "facilitators": "Иванова А.А., Козлов Д.Д.",
        "ended_on": "02.10.2025",
        "outcome": "stopped",
    }
    assert reasons(row) == [
        (2, "Ведущие", "Разделяйте ведущих точкой с запятой «;», а не запятой.")
    ]
