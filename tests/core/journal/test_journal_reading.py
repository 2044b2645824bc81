"""Reading a journal file's bytes: CSV in its forms, XLSX, and the files refused outright."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

import pytest
from openpyxl import Workbook

from rsdesk.domain.journal import MAX_CELL_CHARS, MAX_FILE_BYTES, MAX_ROWS
from rsdesk.domain.refusals import InputRefused
from rsdesk.journal import reading
from rsdesk.journal.reading import Table, read_table

HEADER = ["Дата обращения", "Кто обратился", "Категория", "Описание"]


def xlsx(*sheets: tuple[str, list[list[object]]]) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()


def refusal(data: bytes, file_name: str = "journal.csv") -> str:
    with pytest.raises(InputRefused) as caught:
        read_table(data, file_name)
    assert list(caught.value.errors) == ["file"]
    return caught.value.message


# --- CSV -------------------------------------------------------------------------------------


def test_a_semicolon_csv_with_a_bom_gives_headers_and_numbered_rows():
    text = "\ufeffДата обращения;Кто обратился;Категория\n01.10.2025;педагог; bullying \n"
    table = read_table(text.encode("utf-8"), "journal.csv")
    assert table == Table(
        headers=("Дата обращения", "Кто обратился", "Категория"),
        rows=((2, ("01.10.2025", "педагог", "bullying")),),
        sheet_name="",
    )


def test_a_comma_csv_without_a_bom_is_read_alike():
    text = 'Дата обращения,Кто обратился,Описание\n2025-10-01,parent,"Ссора, потом драка"\n'
    table = read_table(text.encode("utf-8"), "journal.csv")
    assert table.headers == ("Дата обращения", "Кто обратился", "Описание")
    assert table.rows == ((2, ("2025-10-01", "parent", "Ссора, потом драка")),)


def test_the_separator_is_the_one_the_header_line_uses():
    # Commas inside the cells of a «;» file do not make it a comma file.
    text = "Дата обращения;Описание\n01.10.2025;один, два, три, четыре\n"
    assert read_table(text.encode(), "j.csv").rows == (
        (2, ("01.10.2025", "один, два, три, четыре")),
    )


def test_quoted_cells_keep_their_newlines_and_row_numbers_count_records():
    text = (
        'Дата обращения;Участники;Описание\r\n01.10.2025;"Иванов Иван (offender, н/л);\r\n'
        'Петров Пётр (victim, н/л)";"первая\r\nвторая"\r\n02.10.2025;;третья\r\n'
    )
    table = read_table(text.encode(), "j.csv")
    assert table.rows[0] == (
        2,
        (
            "01.10.2025",
            "Иванов Иван (offender, н/л);\r\nПетров Пётр (victim, н/л)",
            "первая\r\nвторая",
        ),
    )
    assert table.rows[1] == (3, ("02.10.2025", "", "третья"))


def test_empty_rows_are_skipped_but_keep_the_numbering_a_sheet_shows():
    text = "Дата обращения;Описание\n\n;\n03.10.2025;x\n  ;  \n04.10.2025;y\n"
    table = read_table(text.encode(), "j.csv")
    assert [line for line, _cells in table.rows] == [4, 6]


def test_short_rows_are_padded_and_long_ones_cut_to_the_headers():
    text = "Дата обращения;Кто обратился;Категория\n01.10.2025\n02.10.2025;a;b;c;d\n"
    table = read_table(text.encode(), "j.csv")
    assert table.rows == ((2, ("01.10.2025", "", "")), (3, ("02.10.2025", "a", "b")))


def test_a_title_above_the_headers_is_passed_over():
    text = "Журнал обращений службы примирения, 2024/25;;\n;;\n" + ";".join(HEADER) + "\n1;2;3;4\n"
    table = read_table(text.encode(), "j.csv")
    assert table.headers == tuple(HEADER)
    assert table.rows == ((4, ("1", "2", "3", "4")),)


def test_a_sheet_of_unknown_headers_is_still_a_table_for_the_mapping():
    table = read_table("№;Когда;Кто\n1;01.10.2025;x\n".encode(), "j.csv")
    assert table.headers == ("№", "Когда", "Кто")
    assert table.rows == ((2, ("1", "01.10.2025", "x")),)


# --- XLSX ------------------------------------------------------------------------------------


def test_an_xlsx_is_read_from_bytes_with_date_cells_as_days():
    data = xlsx(
        (
            "Журнал",
            [
                HEADER,
                [datetime(2025, 10, 1), "педагог", "bullying", 7],
                [],
                ["02.10.2025", "parent", "other", 7.5],
                [date(2025, 10, 3), None, None, None],
            ],
        )
    )
    table = read_table(data, "journal.xlsx")
    assert table.sheet_name == "Журнал"
    assert table.headers == tuple(HEADER)
    assert table.rows == (
        (2, ("01.10.2025", "педагог", "bullying", "7")),
        (4, ("02.10.2025", "parent", "other", "7.5")),
        (5, ("03.10.2025", "", "", "")),
    )


def test_the_first_sheet_with_journal_headers_is_read_and_the_lists_sheet_never():
    data = xlsx(
        ("Списки", [HEADER, ["педагог"]]),
        ("Пояснения", [["Как заполнять журнал"], ["пишите разборчиво"]]),
        ("2024", [HEADER, ["01.10.2024", "parent", "other", ""]]),
        ("2025", [HEADER, ["01.10.2025", "parent", "other", ""]]),
    )
    table = read_table(data, "journal.xlsx")
    assert table.sheet_name == "2024"
    assert table.rows == ((2, ("01.10.2024", "parent", "other", "")),)


def test_the_format_is_told_by_the_content_not_the_name():
    data = xlsx(("Лист1", [HEADER, ["01.10.2025", "parent", "other", ""]]))
    assert read_table(data, "journal.csv").sheet_name == "Лист1"
    text = (";".join(HEADER) + "\n01.10.2025;parent;other;x\n").encode()
    assert read_table(text, "journal.txt").rows == ((2, ("01.10.2025", "parent", "other", "x")),)


# --- refusals --------------------------------------------------------------------------------


def test_a_file_larger_than_the_limit_is_refused_unread():
    message = refusal(b"a" * (MAX_FILE_BYTES + 1))
    assert message == "Файл больше 20 МБ: журнал обращений гораздо меньше."


def test_more_rows_than_the_limit_are_refused():
    text = "Дата обращения;Описание\n" + "01.10.2025;x\n" * (MAX_ROWS + 1)
    assert refusal(text.encode()) == (
        f"В файле больше {MAX_ROWS} строк: разделите его на несколько файлов."
    )
    # Exactly the limit is a journal.
    text = "Дата обращения;Описание\n" + "01.10.2025;x\n" * MAX_ROWS
    assert len(read_table(text.encode(), "j.csv").rows) == MAX_ROWS


def test_a_cell_longer_than_the_limit_is_refused_naming_its_row():
    text = "Дата обращения;Описание\n01.10.2025;x\n01.10.2025;" + "я" * (MAX_CELL_CHARS + 1)
    assert refusal(text.encode()) == (
        f"В строке 3 ячейка длиннее {MAX_CELL_CHARS} знаков: это не запись журнала."
    )


def test_a_cell_too_long_in_an_xlsx_is_refused_too():
    data = xlsx(("Журнал", [HEADER, ["01.10.2025", "a", "b", "x" * (MAX_CELL_CHARS + 1)]]))
    assert "В строке 2 ячейка длиннее" in refusal(data, "j.xlsx")


def test_a_csv_in_windows_1251_is_refused_saying_to_save_it_as_utf8():
    text = ";".join(HEADER) + "\n01.10.2025;педагог;травля;\n"
    assert refusal(text.encode("cp1251")) == (
        "Файл не в кодировке UTF-8 — сохраните как CSV UTF-8 и попробуйте снова."
    )


def test_a_csv_whose_letters_became_question_marks_is_refused():
    # What Calc writes by default on a system without a Cyrillic code page.
    text = "???? ?????????,??? ?????????,?????????\n09/15/2025,???????,???\n"
    assert "пропали буквы" in refusal(text.encode())


@pytest.mark.parametrize(
    "data",
    [
        b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4,
        b"GIF89a\x01\x00\x01\x00\x80\x00\x00",
        "Дата обращения;x\n01.10.2025;\x01\x02\n".encode(),
    ],
    ids=["executable", "image", "control characters"],
)
def test_binary_data_is_refused(data):
    message = refusal(data)
    assert message in {
        "В файле двоичные данные: это не таблица.",
        "Файл не в кодировке UTF-8 — сохраните как CSV UTF-8 и попробуйте снова.",
    }


def test_an_old_xls_and_an_ods_are_refused_with_what_to_do():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512
    assert "старого формата Excel (XLS)" in refusal(ole, "journal.xls")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as ods:
        ods.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        ods.writestr("content.xml", "<office:document-content/>")
    assert "(ODS)" in refusal(archive.getvalue(), "journal.ods")


DAMAGED = "Файл не является правильной книгой XLSX: он повреждён."


def test_a_cut_xlsx_is_refused_as_damaged():
    data = xlsx(("Журнал", [HEADER]))
    assert refusal(data[: len(data) // 2], "j.xlsx") == DAMAGED


def test_an_xlsx_with_garbled_xml_is_refused_as_damaged():
    source = zipfile.ZipFile(io.BytesIO(xlsx(("Журнал", [HEADER]))))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as broken:
        for member in source.infolist():
            content = source.read(member)
            if member.filename.startswith("xl/worksheets/"):
                content = content[:-40] + b"<<not xml"
            broken.writestr(member, content)
    assert refusal(output.getvalue(), "j.xlsx") == DAMAGED


def test_a_zip_that_is_no_workbook_and_a_file_named_xlsx_that_is_no_zip_are_damaged():
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as other:
        other.writestr("readme.txt", "hello")
    assert refusal(archive.getvalue(), "j.xlsx") == DAMAGED
    assert refusal("Дата обращения;x\n".encode(), "journal.xlsx") == DAMAGED


def test_a_zip_bomb_is_refused_by_its_directory_before_openpyxl_opens_it(monkeypatch):
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("[Content_Types].xml", "<Types/>")
        bomb.writestr("xl/workbook.xml", "<workbook/>")
        bomb.writestr("xl/worksheets/sheet1.xml", b"\x00" * (reading.SMALL_UNPACKED_BYTES * 2))
    data = archive.getvalue()
    assert len(data) < 100_000

    def never(*_args, **_kwargs):
        raise AssertionError("openpyxl opened a zip bomb")

    monkeypatch.setattr("openpyxl.load_workbook", never)
    message = refusal(data, "bomb.xlsx")
    assert message == (
        "Книга распаковывается в гораздо больший объём данных, чем бывает в журнале: "
        "файл не принят."
    )


def test_a_workbook_declaring_more_than_the_unpacked_limit_is_refused(monkeypatch):
    monkeypatch.setattr(reading, "MAX_UNPACKED_BYTES", 1000)
    data = xlsx(("Журнал", [HEADER, ["01.10.2025", "parent", "other", "x" * 2000]]))
    assert "распаковывается" in refusal(data, "j.xlsx")


@pytest.mark.parametrize("data", [b"", b"   \r\n\t", "\ufeff".encode()], ids=["0", "spaces", "bom"])
def test_an_empty_file_is_refused(data):
    assert refusal(data) in {"Файл пуст.", "В файле нет строки заголовков."}


def test_a_csv_of_separators_only_has_no_header_row():
    assert refusal(b";;;\n;;\n\n") == "В файле нет строки заголовков."


def test_a_workbook_of_empty_sheets_has_no_header_row():
    assert refusal(xlsx(("Журнал", []), ("Списки", [HEADER])), "j.xlsx") == (
        "В файле нет строки заголовков."
    )
