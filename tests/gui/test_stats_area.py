"""The «Статистика» area as a curator and a regional centre use it: preview, export, summary."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rsdesk.domain.register import Mediator
from rsdesk.gui.qt import QFileDialog, Qt
from rsdesk.stats.fileformat import Accepted, read_stats_file
from rsdesk.stats.labels import (
    payload_rows,
    payload_sections,
    school_label,
    table_texts,
    territorial_label,
)
from rsdesk.stats.tables import SCHOOL_KEYS
from rsdesk.storage.demo import generate
from tests.helpers.stats import make_payload, write_signed

STATS = 3  # the area's place in the navigation
LAST_YEAR = date.today().year - 1
TABLE1 = {  # the article's Table 1: (all, acting)
    "services": (101, 51),
    "adult_mediators": (202, 114),
    "young_mediators": (167, 108),
    "requests_received": (525, 414),
    "programs_completed": (515, 427),
    "programs_mediation": (397, 331),
    "programs_school_conference": (5, 3),
    "programs_community_circle": (32, 26),
    "programs_preventive": (67, 57),
    "programs_other": (14, 10),
    "participants": (2044, 1619),
    "participants_adults": (806, 592),
    "participants_minors": (1238, 1027),
}
TABLE2 = {
    "services": 15,
    "mediators": 43,
    "services_with_programs": 11,
    "requests_received": 72,
    "programs_completed": 65,
    "category_juvenile_crime": 2,
    "category_socially_dangerous_act": 1,
    "category_family": 36,
    "category_educational": 26,
    "type_restorative_mediation": 48,
    "type_shuttle_mediation": 3,
    "type_community_circle": 9,
    "type_preventive": 1,
    "type_school_conference_or_council": 1,
    "type_family_conference": 3,
    "participants": 289,
}


def make_window(qtbot, vault=None):
    from rsdesk.gui.main_window import MainWindow
    from rsdesk.settings import load_settings

    window = MainWindow(load_settings())
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    if vault is not None:
        window.session.start(vault)
    window.show_area(STATS)
    return window


@pytest.fixture
def stats_window(app, qtbot, service_vault):
    generate(service_vault.db, cases=150, years=2, seed=7)
    service_vault.commit()
    window = make_window(qtbot, service_vault)
    yield window
    window.session.close()


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def preview_sections(table) -> list[tuple[str, list[tuple[str, str]]]]:
    """The preview as read off the screen: headings span both columns, rows under them."""
    sections: list[tuple[str, list[tuple[str, str]]]] = []
    for row in range(table.rowCount()):
        if table.columnSpan(row, 0) == 2:
            sections.append((table.item(row, 0).text(), []))
        else:
            sections[-1][1].append((table.item(row, 0).text(), table.item(row, 1).text()))
    return sections


def show_preview(qtbot, window, year: int):
    panel = window.pages["statistics"].service
    panel.year.setValue(year)
    click(qtbot, panel.preview_button)
    qtbot.waitUntil(lambda: panel.payload is not None, timeout=10_000)
    return panel


def test_the_preview_shows_every_value_with_its_russian_label(stats_window, qtbot):
    window = stats_window
    area = window.pages["statistics"]
    assert not window.showing_gate()
    assert area.tabs.tabText(0) == "&Отчёт службы"
    panel = show_preview(qtbot, window, LAST_YEAR)
    expected = window.session.desk.stats_preview(LAST_YEAR)
    assert panel.payload == expected
    shown = preview_sections(panel.table)
    assert shown == [
        (title, [(label, str(value)) for label, value in rows])
        for title, rows in payload_sections(expected)
    ]
    flat = [row for _title, rows in shown for row in rows]
    assert flat == [(label, str(value)) for label, value in payload_rows(expected)]
    assert shown[0][0] == "Служба"
    from rsdesk.stats.registry import fingerprint

    key = fingerprint(window.session.workplace.profile.public_key)
    assert panel.service_line.text() == (
        "В файл попадут: название — МБОУ «Школа № 7», регион — Кузбасс, "
        f"муниципалитет — г. Кемерово. Файл подписывается ключом службы {key}: если "
        "региональный центр спросит, продиктуйте его."
    )
    assert "никаких ФИО" in panel.privacy.text() and panel.privacy.isVisible()
    adults = panel.table.item(panel.table.rowCount() - 2, 1)  # participants: adults
    assert adults.textAlignment() & Qt.AlignmentFlag.AlignRight


def test_the_saved_file_holds_exactly_the_preview(stats_window, qtbot, tmp_path, monkeypatch):
    window = stats_window
    panel = show_preview(qtbot, window, LAST_YEAR)
    offered = []

    def save_name(parent, caption, start, filters):
        offered.append((caption, start, filters))
        return str(tmp_path / "отчёт"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    click(qtbot, panel.save_button)
    target = tmp_path / "отчёт.rsdstats"
    qtbot.waitUntil(lambda: panel.notice.text().startswith("Сохранено"), timeout=10_000)
    assert Path(offered[0][1]).name.startswith(f"rsdesk-stats-{LAST_YEAR}-")
    assert offered[0][1].endswith(".rsdstats")
    read = read_stats_file(target)
    assert isinstance(read, Accepted), read
    assert read.payload == panel.payload
    shown = [row for _t, rows in preview_sections(panel.table) for row in rows]
    assert shown == [(label, str(value)) for label, value in payload_rows(read.payload)]
    export = window.session.desk.audit_entries(action="export_stats")
    assert [(e.user_name, e.label) for e in export] == [("Смирнова Ольга Петровна", str(LAST_YEAR))]


def test_changing_the_year_asks_for_a_new_preview(stats_window, qtbot):
    panel = show_preview(qtbot, stats_window, LAST_YEAR)
    panel.year.setValue(LAST_YEAR - 1)
    assert panel.payload is None and not panel.save_button.isEnabled()
    assert panel.table.rowCount() == 0


def test_a_change_in_the_records_asks_for_a_new_preview(stats_window, qtbot):
    window = stats_window
    panel = show_preview(qtbot, window, LAST_YEAR)
    assert panel.save_button.isEnabled()
    adults = panel.payload["mediators"]["adult"]
    window.session.desk.add_mediator(
        Mediator("Новикова Нина Олеговна", "adult", years=(LAST_YEAR,))
    )
    assert panel.payload is None and not panel.save_button.isEnabled()
    assert panel.notice.text() == "Записи изменились: перед сохранением покажите данные ещё раз."
    show_preview(qtbot, window, LAST_YEAR)
    assert panel.payload["mediators"]["adult"] == adults + 1


def test_only_the_curator_exports(app, qtbot, tmp_path):
    from rsdesk.gui.stats.service_panel import ServiceExportPanel
    from tests.helpers.users import ADULT_PASSWORD, make_service, sign_in

    path = tmp_path / "service.rsdv"
    make_service(path)
    window = make_window(qtbot)
    sign_in(window, path, ADULT_PASSWORD)
    # The window shows an adult mediator why the area is closed; the panel itself, asked
    # all the same, hides its export controls and says why.
    panel = ServiceExportPanel(window.session)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    hidden = (panel.year, panel.preview_button, panel.save_button, panel.annual, panel.table)
    assert not any(widget.isVisible() for widget in hidden)
    assert panel.notice.text().startswith("Выгружать статистику службы может только куратор.")
    assert "подписывается от имени службы" in panel.notice.text()
    panel.preview()  # a stray call writes nothing
    assert panel.payload is None
    window.session.close()


def test_locking_clears_the_service_part(stats_window, qtbot):
    window = stats_window
    area = window.pages["statistics"]
    panel = show_preview(qtbot, window, LAST_YEAR)
    window.session.lock()
    assert window.session.vault is None
    assert panel.payload is None and panel.table.rowCount() == 0
    assert not panel.preview_button.isEnabled() and not panel.save_button.isEnabled()
    assert panel.notice.text().startswith("Откройте файл службы")
    assert window.showing_gate()  # the password field is there at once
    window.show_area(3)
    assert not window.showing_gate()  # and the regional summary stays reachable
    assert area.regional.isEnabled()


def test_a_failure_is_said_in_russian(stats_window, qtbot):
    panel = stats_window.pages["statistics"].service
    panel.year.setMinimum(1990)
    panel.year.setValue(1990)
    click(qtbot, panel.preview_button)
    qtbot.waitUntil(lambda: panel.preview_button.isEnabled(), timeout=10_000)
    assert panel.notice.text() == f"Год должен быть от 2000 до {date.today().year}."
    assert panel.payload is None and not panel.save_button.isEnabled()


# --- the regional summary -------------------------------------------------------------------


def run_summary(qtbot, panel) -> None:
    click(qtbot, panel.run_button)
    qtbot.waitUntil(lambda: panel.relay is None and panel.result is not None, timeout=30_000)


def test_the_regional_summary_of_the_articles_files_without_a_vault(
    app,
    qtbot,
    article_folder,
    tmp_path,
    monkeypatch,
):
    from openpyxl import load_workbook

    window = make_window(qtbot)
    assert window.session.vault is None and not window.showing_gate()
    area = window.pages["statistics"]
    area.tabs.setCurrentIndex(1)
    assert area.service.notice.text().startswith("Откройте файл службы")
    panel = area.regional
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(article_folder))
    click(qtbot, panel.add_folder)
    assert panel.chosen_paths() == [str(article_folder)]
    run_summary(qtbot, panel)

    assert panel.progress.value() == panel.progress.maximum() == 120  # every file was read
    results = panel.results
    table1, table2 = results.table1.table, results.table2.table
    assert results.table1.title.text() == "Таблица 1. Школьные службы примирения (2019)"
    assert results.table2.title.text() == "Таблица 2. Территориальные службы примирения (2019)"
    assert table1.horizontalHeaderItem(1).text() == "Все службы"
    assert table1.horizontalHeaderItem(2).text().startswith("Действующие службы")
    assert table1.rowCount() == len(SCHOOL_KEYS)
    for key, (every, acting) in TABLE1.items():
        assert results.table_row(table1, school_label(key))[1:] == [str(every), str(acting)]
    for key, value in TABLE2.items():
        assert results.table_row(table2, territorial_label(key))[1:] == [str(value)]
    heading = results.table_row(table2, table_texts(2019)["types_heading"])
    assert heading[1:] == [""] and table2.columnSpan(11, 0) == 2
    # Every service is new to this computer's registry; the one whose only file is of 2018
    # is registered now and has sent nothing for 2019.
    assert panel.status.text() == (
        "Учтено файлов: 116; отклонено: 3; предупреждений: 1. Новых служб (их ключи "
        "закреплены в реестре): 117. Ещё не прислали файл: 1."
    )

    files = results.files
    rows = {
        files.item(r, 0).text(): (files.item(r, 1).text(), files.item(r, 2).text())
        for r in range(files.rowCount())
    }
    assert rows["forged.json"][0] == "отклонён"
    assert rows["forged.json"][1].startswith("Подпись не соответствует содержимому")
    assert "2018" in rows["other-year.rsdstats"][1]
    assert rows["service-000-draft.rsdstats"][0] == "предупреждение"
    assert sum(1 for verdict, _ in rows.values() if verdict == "учтён") == 116
    assert results.school_chart.rows[0][1] == (397, 331)
    assert [values for _label, values in results.categories_chart.rows][:4] == [
        (2,),
        (1,),
        (36,),
        (26,),
    ]

    def save_as(name):
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / name), "")
        )

    save_as("свод")
    click(qtbot, panel.save_xlsx)
    qtbot.waitUntil(lambda: panel.status.text().startswith("Сохранено"), timeout=20_000)
    book = load_workbook(tmp_path / "свод.xlsx")
    assert book.sheetnames[:3] == ["Таблица 1", "Таблица 2", "Файлы"]
    first = [[c.value for c in row] for row in book["Таблица 1"].iter_rows()]
    assert first[3] == ["Количество служб примирения", 101, 51]
    save_as("свод.pdf")
    panel.status.clear()
    click(qtbot, panel.save_pdf)
    qtbot.waitUntil(lambda: panel.status.text().startswith("Сохранено"), timeout=20_000)
    assert (tmp_path / "свод.pdf").read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".*.tmp"))


def test_chosen_files_and_a_year(app, qtbot, tmp_path, monkeypatch):
    good = write_signed(tmp_path, "a.rsdstats", make_payload(year=2019, adult=2))
    other = write_signed(tmp_path, "b.rsdstats", make_payload(year=2020, generated="2021-01-10"))
    window = make_window(qtbot)
    panel = window.pages["statistics"].regional
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(good), str(other)], "")
    )
    click(qtbot, panel.add_files)
    click(qtbot, panel.add_files)  # the same files twice are listed once
    assert panel.chosen_paths() == [str(good), str(other)]
    panel.only_year.setChecked(True)
    panel.year.setValue(2019)
    run_summary(qtbot, panel)
    table1 = panel.results.table1.table
    assert panel.results.table_row(table1, school_label("adult_mediators"))[1:] == ["2", "0"]
    rejected = panel.result.rejected
    assert rejected == [(str(other), "Файл за 2020 год, а сводка составляется за 2019 год.")]
    panel.paths.selectAll()
    click(qtbot, panel.remove)
    assert panel.chosen_paths() == [] and not panel.run_button.isEnabled()


def test_the_progress_relay_thins_out_signals_and_stops_on_request(app):
    from rsdesk.gui.stats.jobs import CancelledError, ProgressRelay

    relay = ProgressRelay()
    seen: list[tuple[int, int]] = []
    relay.progressed.connect(lambda done, total: seen.append((done, total)))
    for done in range(1, 1001):
        relay.report(done, 1000)
    assert 190 <= len(seen) <= 201 and seen[-1] == (1000, 1000)
    relay.cancel_requested = True
    with pytest.raises(CancelledError):
        relay.report(1, 1000)


def test_a_second_summary_refuses_a_file_resigned_by_a_stranger(app, qtbot, tmp_path, monkeypatch):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    folder = tmp_path / "2019"
    folder.mkdir()
    genuine = make_payload(year=2019, adult=2, sources={"teacher": 40})
    write_signed(folder, "a.rsdstats", genuine, Ed25519PrivateKey.generate())
    window = make_window(qtbot)
    panel = window.pages["statistics"].regional
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    click(qtbot, panel.add_folder)
    run_summary(qtbot, panel)
    first = panel.results.table_row(panel.results.table1.table, school_label("requests_received"))
    assert first[1] == "40"
    inflated = {**genuine, "generated": "2020-03-01"}
    inflated["requests_by_source"] = {**genuine["requests_by_source"], "teacher": 4000}
    inflated["requests_received"] = 4000
    write_signed(folder, "a-исправленный.rsdstats", inflated, Ed25519PrivateKey.generate())
    panel.result = None
    run_summary(qtbot, panel)
    again = panel.results.table_row(panel.results.table1.table, school_label("requests_received"))
    assert again == first
    files = panel.results.files
    verdicts = {files.item(r, 0).text(): files.item(r, 2).text() for r in range(files.rowCount())}
    assert "другим ключом" in verdicts["a-исправленный.rsdstats"]
