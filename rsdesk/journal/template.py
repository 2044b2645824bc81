"""The empty journal template: an XLSX with the headers, one example row and drop-down lists."""

from __future__ import annotations

import io
from datetime import datetime

from rsdesk.domain.journal import FIELDS, HEADERS
from rsdesk.journal.words import AGE_WORDS, russian, russian_labels

JOURNAL_SHEET = "Журнал"
LISTS_SHEET = "Списки"
DATE_FORMAT = "DD.MM.YYYY"
# Rows the drop-downs cover: a school's journal of many years fits with room to spare.
VALIDATED_ROWS = 5000

# The example row as a user would type it (Russian labels). The reader skips a row equal to
# it and warns; a row that kept its description but changed the rest is refused.
EXAMPLE: dict[str, str] = {
    "received_on": "15.09.2025",
    "source": russian("vocabulary", "teacher"),
    "category": russian(
        "vocabulary",
        "conflict between participants of educational relations, incl. group conflicts",
    ),
    "description": "Пример: конфликт на перемене (удалите эту строку)",
    "participants": (
        "Петров Иван (обидчик, н/л, 7Б); Сидоров Пётр (пострадавший, н/л, 7Б); "
        "Петрова Мария Ивановна (родитель или законный представитель, взр)"
    ),
    "decision": russian("register", "accepted"),
    "program_type": russian("vocabulary", "restorative mediation"),
    "facilitators": "Иванова Анна Сергеевна; Козлов Дмитрий",
    "ended_on": "30.09.2025",
    "outcome": russian("vocabulary", "completed with an agreement"),
}
DATE_FIELDS = ("received_on", "ended_on")

WIDTHS = {
    "received_on": 16,
    "source": 28,
    "category": 40,
    "description": 44,
    "participants": 60,
    "decision": 14,
    "program_type": 32,
    "facilitators": 34,
    "ended_on": 16,
    "outcome": 30,
}

# Notes on the headers, for the columns whose form is not obvious from a drop-down.
NOTES = {
    "received_on": "Дата в виде ДД.ММ.ГГГГ, например 15.09.2025.",
    "participants": (
        "Участники через «;», каждый так: ФИО (место, н/л или взр, класс). "
        "Место — из списка на листе «Списки»; класс можно не указывать."
    ),
    "decision": "Пусто, если решение не принято. Если программа проведена — «принята».",
    "program_type": "Пусто, если программа не проводилась.",
    "facilitators": "Ведущие программы через «;».",
    "ended_on": "Дата окончания программы, ДД.ММ.ГГГГ. Обязательна, если указана программа.",
    "outcome": "Итог программы. Обязателен, если указана программа.",
}


def lists() -> dict[str, list[str]]:
    """The «Списки» sheet: its column titles and the labels each offers."""
    return {
        HEADERS["source"]: russian_labels("source"),
        HEADERS["category"]: russian_labels("category"),
        "Место участника": russian_labels("role"),
        "Возраст участника": [word for word in AGE_WORDS if word in ("н/л", "взр")],
        HEADERS["decision"]: russian_labels("decision"),
        HEADERS["program_type"]: russian_labels("program_type"),
        HEADERS["outcome"]: russian_labels("outcome"),
    }


# Journal field -> the «Списки» column its drop-down lists.
DROP_DOWNS = {
    "source": HEADERS["source"],
    "category": HEADERS["category"],
    "decision": HEADERS["decision"],
    "program_type": HEADERS["program_type"],
    "outcome": HEADERS["outcome"],
}


def write_template() -> bytes:
    """The template as XLSX bytes (openpyxl; nothing is written to disk)."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    journal = book.active
    journal.title = JOURNAL_SHEET
    bold = Font(bold=True)
    for number, field in enumerate(FIELDS, start=1):
        cell = journal.cell(row=1, column=number, value=HEADERS[field])
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if field in NOTES:
            cell.comment = Comment(NOTES[field], "rsdesk", width=320, height=110)
        letter = get_column_letter(number)
        journal.column_dimensions[letter].width = WIDTHS[field]
        if field in DATE_FIELDS:
            journal.column_dimensions[letter].number_format = DATE_FORMAT
        value: object = EXAMPLE[field]
        if field in DATE_FIELDS:
            value = datetime.strptime(EXAMPLE[field], "%d.%m.%Y")
        example = journal.cell(row=2, column=number, value=value)
        if field in DATE_FIELDS:
            example.number_format = DATE_FORMAT
    journal.freeze_panes = "A2"

    sheet = book.create_sheet(LISTS_SHEET)
    ranges: dict[str, str] = {}
    for number, (title, labels) in enumerate(lists().items(), start=1):
        letter = get_column_letter(number)
        sheet.cell(row=1, column=number, value=title).font = bold
        for row, text in enumerate(labels, start=2):
            sheet.cell(row=row, column=number, value=text)
        sheet.column_dimensions[letter].width = max(len(text) for text in [title, *labels]) + 2
        ranges[title] = f"'{LISTS_SHEET}'!${letter}$2:${letter}${len(labels) + 1}"

    for number, field in enumerate(FIELDS, start=1):
        if field not in DROP_DOWNS:
            continue
        letter = get_column_letter(number)
        # A warning, not a stop: a stable key or a synonym typed by hand is read as well.
        validation = DataValidation(
            type="list",
            formula1=ranges[DROP_DOWNS[field]],
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="warning",
            errorTitle="Значение не из списка",
            error="Такого значения нет в списке на листе «Списки». Оставить его?",
        )
        validation.add(f"{letter}2:{letter}{VALIDATED_ROWS}")
        journal.add_data_validation(validation)

    output = io.BytesIO()
    book.save(output)
    return output.getvalue()
