"""The journal template: its sheets and drop-downs, and a round trip through LibreOffice Calc."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from rsdesk.domain.journal import HEADERS, JournalRow
from rsdesk.domain.refusals import InputRefused
from rsdesk.domain.register import Participant
from rsdesk.journal.reading import read_table
from rsdesk.journal.rows import guess_mapping, parse_rows
from rsdesk.journal.template import DROP_DOWNS, EXAMPLE, lists, write_template
from rsdesk.journal.words import key_of

TODAY = date(2026, 12, 3)
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
EXAMPLE_WARNING = "Строка 2 — пример из шаблона: она пропущена."


def test_the_template_has_the_journal_sheet_then_the_lists():
    book = load_workbook(io.BytesIO(write_template()))
    assert book.sheetnames == ["Журнал", "Списки"]
    journal = book["Журнал"]
    header = [cell for cell in journal[1]]
    assert [cell.value for cell in header] == list(HEADERS.values())
    assert all(cell.font.bold for cell in header)
    assert journal.freeze_panes == "A2"
    assert all(journal.column_dimensions[letter].width >= 14 for letter in "ABCDEFGHIJ")
    assert journal["A2"].is_date and journal["A2"].number_format == "DD.MM.YYYY"
    assert journal["D2"].value.startswith("Пример:")
    assert journal.max_row == 2


def test_the_drop_downs_offer_the_lists_sheet_and_every_label_there_reads_back():
    book = load_workbook(io.BytesIO(write_template()))
    sheet = book["Списки"]
    columns = {cells[0].value: [c.value for c in cells[1:] if c.value] for cells in sheet.columns}
    assert columns == lists()
    assert columns["Возраст участника"] == ["н/л", "взр"]
    validations = {str(v.sqref): v for v in book["Журнал"].data_validations.dataValidation}
    letters = {field: "ABCDEFGHIJ"[list(HEADERS).index(field)] for field in HEADERS}
    assert set(validations) == {f"{letters[f]}2:{letters[f]}5000" for f in DROP_DOWNS}
    for field, title in DROP_DOWNS.items():
        validation = validations[f"{letters[field]}2:{letters[field]}5000"]
        assert validation.type == "list" and validation.errorStyle == "warning"
        assert validation.formula1.startswith("'Списки'!$")
        for label in columns[title]:
            assert key_of(field, label) is not None, (field, label)
    for label in columns["Место участника"]:
        assert key_of("role", label) is not None


def test_the_template_as_written_reads_as_its_example_only():
    table = read_table(write_template(), "Шаблон журнала.xlsx")
    assert table.sheet_name == "Журнал"
    assert table.rows[0][1][0] == EXAMPLE["received_on"]
    parsed = parse_rows(table, guess_mapping(table.headers), today=TODAY)
    assert (parsed.rows, parsed.problems, parsed.unknown_columns) == ((), (), ())
    assert parsed.warnings == (EXAMPLE_WARNING,)


# --- a round trip through LibreOffice --------------------------------------------------------

# Rows as a user fills them in: dates typed as text or picked as date cells, labels from the
# drop-downs; the description holds what CSV must quote.
FILLED: list[dict[str, object]] = [
    {
        "received_on": "05.10.2025",
        "source": "педагог",
        "category": "травля (буллинг) со стороны сверстников или педагогов",
        "description": 'Ссора из-за "места" у окна;\nпотом драка',
        "participants": "Петров Иван (обидчик, н/л, 7Б); Сидоров Пётр (пострадавший, н/л, 7Б)",
        "decision": "принята",
        "program_type": "восстановительная медиация",
        "facilitators": "Иванова Анна Сергеевна; Козлов Дмитрий",
        "ended_on": datetime(2025, 10, 20),
        "outcome": "завершена с договорённостью",
    },
    {
        "received_on": datetime(2025, 11, 3),
        "source": "родитель",
        "category": "другая ситуация",
        "decision": "отклонена",
    },
    {
        "received_on": "2026-01-15",
        "source": "КДН и ЗП",
        "category": "семья в трудной жизненной или социально опасной ситуации",
        "participants": "Орлова Анна Петровна (родитель или законный представитель, взр); "
        "Орлов Максим (сторона конфликта, н/л, 5А)",
        "program_type": "семейная восстановительная конференция",
        "facilitators": "Козлов Дмитрий",
        "ended_on": "01.02.2026",
        "outcome": "прекращена",
    },
    {
        "received_on": datetime(2026, 2, 10),
        "source": "обучающийся",
        "category": "многоуровневый конфликт в стадии эскалации",
        "decision": "передана",
    },
    {
        "received_on": "3.3.2026",
        "source": "сама служба примирения",
        "category": "проблемная ситуация в детском, родительском или педагогическом сообществе",
        "program_type": "круг примирения",
        "facilitators": "Иванова Анна Сергеевна",
        "ended_on": datetime(2026, 3, 20),
        "outcome": "завершена без договорённости",
    },
]

EXPECTED = (
    JournalRow(
        line=3,
        received_on=date(2025, 10, 5),
        source="teacher",
        category="bullying",
        description='Ссора из-за "места" у окна;\nпотом драка',
        participants=(
            Participant("Петров Иван", "offender", True, "7Б"),
            Participant("Сидоров Пётр", "victim", True, "7Б"),
        ),
        decision="accepted",
        program_type="restorative_mediation",
        facilitators=("Иванова Анна Сергеевна", "Козлов Дмитрий"),
        ended_on=date(2025, 10, 20),
        outcome="completed_with_agreement",
    ),
    JournalRow(4, date(2025, 11, 3), "parent", "other", decision="declined"),
    JournalRow(
        line=5,
        received_on=date(2026, 1, 15),
        source="juvenile_commission",
        category="family_difficult_situation",
        participants=(
            Participant("Орлова Анна Петровна", "legal_representative", False),
            Participant("Орлов Максим", "party", True, "5А"),
        ),
        decision="accepted",
        program_type="family_conference",
        facilitators=("Козлов Дмитрий",),
        ended_on=date(2026, 2, 1),
        outcome="stopped",
    ),
    JournalRow(6, date(2026, 2, 10), "student", "multilevel_conflict", decision="transferred"),
    JournalRow(
        line=7,
        received_on=date(2026, 3, 3),
        source="self",
        category="community_problem",
        decision="accepted",
        program_type="circle_reconciliation",
        facilitators=("Иванова Анна Сергеевна",),
        ended_on=date(2026, 3, 20),
        outcome="completed_without_agreement",
    ),
)


def filled_template() -> bytes:
    book = load_workbook(io.BytesIO(write_template()))
    journal = book["Журнал"]
    for number, row in enumerate(FILLED, start=3):
        for column, field in enumerate(HEADERS, start=1):
            if field in row:
                journal.cell(row=number, column=column, value=row[field])
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()


def test_the_filled_template_reads_as_filled_without_calc():
    parsed = parse_rows(
        table := read_table(filled_template(), "journal.xlsx"),
        guess_mapping(table.headers),
        today=TODAY,
    )
    assert (parsed.problems, parsed.rows, parsed.warnings) == ((), EXPECTED, (EXAMPLE_WARNING,))


@pytest.fixture(scope="module")
def calc_saved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The filled template re-saved by LibreOffice Calc in each form a user would save it."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("calc")
    source = folder / "journal.xlsx"
    source.write_bytes(filled_template())
    filters = {
        "xlsx": "xlsx",
        "csv;": "csv:Text - txt - csv (StarCalc):59,34,76,1",
        "csv,": "csv:Text - txt - csv (StarCalc):44,34,76,1",
        "csv default": "csv",
    }
    saved = {}
    for form, filter_name in filters.items():
        out = folder / form.replace(";", "semicolon").replace(",", "comma").replace(" ", "_")
        saved[form] = convert(source, filter_name, out, folder)
    return saved


def convert(source: Path, filter_name: str, out: Path, folder: Path) -> bytes:
    # A profile of its own: soffice waits forever on a profile another instance holds.
    env = {**os.environ, "HOME": str(folder / "home")}
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            filter_name,
            "--outdir",
            str(out),
            str(source),
        ],
        env=env,
        capture_output=True,
        timeout=180,
        check=True,
    )
    [result] = list(out.iterdir())
    return result.read_bytes()


@pytest.mark.parametrize("form", ["xlsx", "csv;", "csv,"])
def test_the_template_filled_and_saved_by_calc_reads_as_filled(calc_saved, form):
    data = calc_saved[form]
    assert data.startswith(b"PK\x03\x04") == (form == "xlsx")
    if form.startswith("csv"):
        assert data.decode("utf-8").splitlines()[0].count(form[-1]) == len(HEADERS) - 1
    table = read_table(data, f"journal.{form[:4]}")
    parsed = parse_rows(table, guess_mapping(table.headers), today=TODAY)
    assert parsed.problems == ()
    assert parsed.unknown_columns == ()
    assert parsed.rows == EXPECTED
    assert parsed.warnings == (EXAMPLE_WARNING,)


def test_calc_default_csv_reads_as_filled_or_is_refused_for_its_lost_letters(calc_saved):
    # Without filter options Calc writes the system's 8-bit code page: on a machine without a
    # Cyrillic one every letter becomes «?», and the reader says so instead of guessing.
    data = calc_saved["csv default"]
    try:
        table = read_table(data, "journal.csv")
    except InputRefused as refusal:
        assert refusal.message.startswith(("В файле пропали буквы", "Файл не в кодировке UTF-8"))
        return
    parsed = parse_rows(table, guess_mapping(table.headers), today=TODAY)
    assert (parsed.problems, parsed.rows) == ((), EXPECTED)
