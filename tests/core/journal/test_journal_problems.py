"""A journal with problems: every bad cell of every row named, file-level problems said once."""

from __future__ import annotations

import csv
import io
from datetime import date

from rsdesk.domain.journal import HEADERS, RowProblem
from rsdesk.journal.reading import Table, read_table
from rsdesk.journal.rows import guess_mapping, parse_rows
from rsdesk.journal.template import EXAMPLE

TODAY = date(2026, 12, 3)
FIELDS_IN_FILE = list(HEADERS)


def csv_journal(rows: list[list[str]], headers: list[str]) -> bytes:
    output = io.StringIO()
    csv.writer(output, delimiter=";").writerows([headers, *rows])
    return output.getvalue().encode("utf-8-sig")


def good_row(number: int) -> list[str]:
    day = date(2024, 9, 1).toordinal() + number * 7
    received = date.fromordinal(day)
    return [
        received.strftime("%d.%m.%Y"),
        "педагог" if number % 2 else "parent",
        "bullying",
        f"Случай {number}",
        f"Ученик {number} (offender, н/л, 7А); Ученица {number} (victim, н/л, 7Б)",
        "",
        "restorative_mediation",
        "Иванова Анна",
        date.fromordinal(day + 10).strftime("%d.%m.%Y"),
        "completed_with_agreement",
    ]


def test_one_bad_date_in_row_37_names_row_37_and_the_column_header():
    headers = ["Дата поступления", *list(HEADERS.values())[1:]]
    rows = [good_row(number) for number in range(2, 62)]
    rows[35][0] = "31.09.2025"  # the sheet's row 37: the header is row 1, data from row 2
    table = read_table(csv_journal(rows, headers), "journal.csv")
    parsed = parse_rows(table, guess_mapping(table.headers), today=TODAY)
    assert parsed.problems == (RowProblem(37, "Дата поступления", "Такого дня нет: «31.09.2025»."),)
    assert len(parsed.rows) == 59
    assert 37 not in {row.line for row in parsed.rows}


def test_every_bad_cell_of_every_row_is_reported():
    headers = list(HEADERS.values())
    rows = [good_row(number) for number in range(2, 8)]
    rows[1][0], rows[1][1], rows[1][2] = "32.01.2025", "сосед", ""  # row 3: three bad cells
    rows[3][4] = "Иванов; Петров (victim, н/л)"  # row 5: a participant without brackets
    rows[3][8] = "01.01.2000"  # row 5: the program ends before the request came
    rows[5][6], rows[5][9] = "беседа", "совсем хорошо"  # row 7
    table = read_table(csv_journal(rows, headers), "journal.csv")
    parsed = parse_rows(table, guess_mapping(table.headers), today=TODAY)
    assert [(problem.line, problem.column) for problem in parsed.problems] == [
        (3, "Дата обращения"),
        (3, "Кто обратился"),
        (3, "Категория"),
        (5, "Участники"),
        (5, "Дата окончания"),
        (7, "Программа"),
        (7, "Итог"),
    ]
    assert parsed.problems[2].reason == "Здесь нужно заполнить значение."
    assert parsed.problems[3].reason.startswith("Участник 1 («Иванов»): ")
    assert [row.line for row in parsed.rows] == [2, 4, 6]


def test_a_required_column_missing_is_one_problem_of_the_file_and_no_row_is_read():
    table = Table(
        headers=("Дата обращения", "Категория", "Примечание"),
        rows=((2, ("01.10.2025", "bullying", "x")), (3, ("02.10.2025", "чепуха", ""))),
    )
    parsed = parse_rows(table, guess_mapping(table.headers), today=TODAY)
    assert parsed.problems == (
        RowProblem(
            0,
            "Кто обратился",
            "В файле нет столбца «Кто обратился»: он обязателен. Назовите так столбец или "
            "сопоставьте ему столбец файла.",
        ),
        RowProblem(
            3,
            "Категория",
            "«чепуха» — недопустимое значение: выберите одно из значений шаблона (лист «Списки»).",
        ),
    )
    assert parsed.rows == ()
    assert parsed.unknown_columns == ("Примечание",)


def test_programs_in_a_file_without_their_columns_are_said_once():
    table = Table(
        headers=("Дата обращения", "Кто обратился", "Категория", "Программа"),
        rows=tuple((line, ("01.10.2025", "parent", "other", "other")) for line in range(2, 40)),
    )
    parsed = parse_rows(table, guess_mapping(table.headers), today=TODAY)
    assert [(p.line, p.column) for p in parsed.problems] == [
        (0, "Дата окончания"),
        (0, "Итог"),
    ]
    assert parsed.problems[0].reason == (
        "В файле нет столбца «Дата окончания»: он обязателен, если проводились программы."
    )
    assert parsed.rows == ()


def test_a_mapping_chosen_by_hand_reads_other_headers_and_reports_its_own_mistakes():
    table = Table(
        headers=("Когда", "От кого", "Что", "Что"),
        rows=((2, ("01.10.2025", "parent", "other", "x")),),
    )
    parsed = parse_rows(
        table, {"received_on": "когда", "source": "От кого", "category": "Что"}, today=TODAY
    )
    assert parsed.problems == (
        RowProblem(0, "Что", "Два столбца называются «Что»: переименуйте один из них."),
    )
    mapping = {"received_on": "Когда", "source": "От кого", "category": "Где", "colour": "Что"}
    parsed = parse_rows(table, mapping, today=TODAY)
    assert [(p.line, p.column, p.reason) for p in parsed.problems] == [
        (0, "Где", "В файле нет столбца «Где»."),
        (0, "Что", "«colour» — не поле журнала."),
    ]


def test_a_hand_mapping_reads_the_row_under_the_chosen_headers():
    table = Table(
        headers=("Когда", "От кого", "Что", "Заметки"),
        rows=((2, ("01.10.2025", "parent", "other", "x")),),
    )
    mapping = {"received_on": "Когда", "source": "От кого", "category": "Что"}
    parsed = parse_rows(table, mapping, today=TODAY)
    assert parsed.problems == ()
    assert (parsed.rows[0].received_on, parsed.rows[0].source) == (date(2025, 10, 1), "parent")
    assert parsed.unknown_columns == ("Заметки",)


def test_the_example_row_of_the_template_is_skipped_with_a_warning():
    headers = list(HEADERS.values())
    rows = [[EXAMPLE[field] for field in HEADERS], good_row(3)]
    table = read_table(csv_journal(rows, headers), "journal.csv")
    parsed = parse_rows(table, guess_mapping(table.headers), today=TODAY)
    assert parsed.problems == ()
    assert [row.line for row in parsed.rows] == [3]
    assert parsed.warnings == ("Строка 2 — пример из шаблона: она пропущена.",)


def test_a_row_that_kept_the_example_text_but_changed_the_rest_is_refused():
    headers = list(HEADERS.values())
    row = [EXAMPLE[field] for field in HEADERS]
    row[0] = "16.09.2025"
    table = read_table(csv_journal([row], headers), "journal.csv")
    parsed = parse_rows(table, guess_mapping(table.headers), today=TODAY)
    assert parsed.problems == (
        RowProblem(2, "Описание", "Это текст примера из шаблона: замените его или удалите строку."),
    )
    assert parsed.rows == () and parsed.warnings == ()
