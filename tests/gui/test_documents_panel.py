"""Documents as a curator meets them: made from a case, shown in the app, exported on request."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

import pytest

from rsdesk.access.workplace import desk_for
from rsdesk.documents.export import export_warning
from rsdesk.gui.cases.case_card import CaseCardDialog
from rsdesk.gui.create_service import CreateServiceWizard, recovery_groups
from rsdesk.gui.documents import viewer as viewer_module
from rsdesk.gui.documents.export import ExportDialog
from rsdesk.gui.documents.panel import DocumentsPanel
from rsdesk.gui.documents.viewer import DocumentViewer
from rsdesk.gui.qt import QApplication, QDialogButtonBox, QFileDialog, QPoint, QRect, Qt, QWizard
from rsdesk.storage.demo import generate
from rsdesk.vault import Vault
from rsdesk.vault.attachments import folder_of

if shutil.which("pdftotext") is None:
    pytest.skip("poppler-utils (pdftotext) is not installed", allow_module_level=True)

EXPORT_PASSWORD = "Секретный ёж 7Б"  # 27 bytes: within what poppler opens
SHOTS = os.environ.get("RSDESK_SHOTS")  # a folder to keep screenshots in, when set


def pdftotext(path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *extra, str(path), "-"],
        capture_output=True,
        text=True,
        check=False,
    )


def richest_case(desk) -> int:
    """The open demo case offering the most document kinds (a result of a program included)."""
    # Open: documents are kept only with a case that may still change.
    cases = [row.id for row in desk.case_rows() if row.status == "open"]
    return max(cases, key=lambda c: len({ch.kind for ch in desk.document_choices(c)}))


@pytest.fixture
def card(app, qtbot, open_window):
    vault = open_window.session.vault
    generate(vault.db, cases=30, years=1, seed=7)
    vault.commit()
    area = open_window.pages["cases"]
    area.refresh()
    card = CaseCardDialog(open_window.session, richest_case(open_window.session.desk), area)
    qtbot.addWidget(card)
    card.resize(900, 600)
    card.show()
    card.tabs.setCurrentWidget(card.documents)
    return card


def save_dialog_returns(monkeypatch, path: Path) -> list[str]:
    """The save-file dialog answers `path`; the captions it was asked with are collected."""
    asked: list[str] = []

    def answer(parent, caption, directory, *args, **kwargs):
        asked.append(caption)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def make_all(panel: DocumentsPanel, qtbot) -> list[str]:
    labels = []
    panel.fill_menu()
    count = len(panel.menu.actions())
    for index in range(count):
        panel.fill_menu()  # as reopening the menu would
        action = panel.menu.actions()[index]
        labels.append(action.text())
        with qtbot.waitSignal(panel.document_made, timeout=30_000):
            action.trigger()
            if panel.checking is not None and panel.checking.isVisible():
                qtbot.mouseClick(panel.checking.make_button, Qt.MouseButton.LeftButton)
    return labels


def participant_names(card: CaseCardDialog) -> list[str]:
    return [p.full_name for p in card.card.request.participants]


def test_every_available_document_is_made_listed_and_kept_encrypted(card, qtbot, open_window):
    panel = card.documents
    session = open_window.session
    assert panel.make_button.text() == "&Сформировать…"
    assert not panel.open_button.isEnabled() and not panel.export_button.isEnabled()
    choices = session.desk.document_choices(card.case_id)
    kinds = {c.kind for c in choices}
    assert {"request_card", "consent_party", "referrer_report", "supervision"} <= kinds
    earlier = panel.table.rowCount()  # the demo register lists documents without files
    labels = make_all(panel, qtbot)
    assert labels == [c.label for c in choices]
    assert panel.table.rowCount() == earlier + len(choices)
    assert "сохранён в файле службы" in panel.status.text()
    today = date.today().strftime("%d.%m.%Y")
    made = range(earlier, panel.table.rowCount())
    assert {panel.table.item(r, 1).text() for r in made} == {today}

    listed = session.desk.documents_of(card.case_id)
    rows = [d for d in listed if d.attachment]
    assert [d.kind for d in rows] == [c.kind for c in choices]
    assert [d.program_id for d in rows] == [c.program_id for c in choices]
    assert [panel.table.item(r, 0).text() for r in made] == [d.title for d in rows]
    folder = folder_of(session.vault.path)
    files = sorted(folder.iterdir())
    assert {f.stem for f in files} == {d.attachment for d in rows}
    names = participant_names(card)
    words = {w for name in names for w in name.split() if len(w) > 3}
    for file in files:
        raw = file.read_bytes()
        assert not raw.startswith(b"%PDF")
        for word in words:
            for encoding in ("utf-8", "utf-16-be", "cp1251"):
                assert word.encode(encoding) not in raw, (file, word)

    path = session.vault.path
    assert session.close() == ""
    with Vault.open(path, "Пароль для тестов 2026") as reopened:
        assert desk_for(reopened).documents_of(card.case_id) == listed
        pdf = reopened.read_attachment(rows[0].attachment)
    assert pdf.startswith(b"%PDF")


def export(panel, qtbot, run_modal, monkeypatch, target: Path, password: str | None, type_text):
    asked = save_dialog_returns(monkeypatch, target)
    seen: dict[str, str] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        seen["warning"] = dialog.warning.text()
        seen["title"] = dialog.windowTitle()
        if SHOTS:
            dialog.grab().save(str(Path(SHOTS) / f"export-{bool(password)}-before.png"))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if password is not None:
            box = dialog.protect
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
            assert dialog.password.isEnabled() and not ok.isEnabled()
            type_text(dialog.password, password * 2)
            seen["too long"] = dialog.message.text()
            assert not ok.isEnabled()
            dialog.password.clear()
            type_text(dialog.password, password)
            type_text(dialog.repeat, password[:-1])
            seen["mismatch"] = dialog.message.text()
            assert not ok.isEnabled()
            type_text(dialog.repeat, password[-1])
            assert ok.isEnabled()
            if SHOTS:
                dialog.grab().save(str(Path(SHOTS) / "export-password.png"))
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(panel.exported, timeout=30_000):
        run_modal(lambda: qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton), answer)
    assert asked == ["Экспорт документа"]
    return seen


def test_export_warns_and_protects_with_a_russian_password(
    card, qtbot, run_modal, monkeypatch, tmp_path, type_text
):
    panel = card.documents
    panel.fill_menu()
    request_card = next(a for a in panel.menu.actions() if "карточка" in a.text())
    with qtbot.waitSignal(panel.document_made, timeout=30_000):
        request_card.trigger()
    assert panel.export_button.isEnabled()
    names = participant_names(card)

    plain = tmp_path / "out" / "карточка"
    plain.parent.mkdir()
    seen = export(panel, qtbot, run_modal, monkeypatch, plain, None, type_text)
    assert seen["warning"] == export_warning() and "пароль" in seen["warning"]
    assert seen["title"] == "Экспорт документа"
    written = plain.with_name("карточка.pdf")  # the suffix is added
    assert "без пароля" in panel.status.text() and str(written) in panel.status.text()
    text = pdftotext(written)
    assert text.returncode == 0
    assert all(name in text.stdout for name in names), (names, text.stdout)

    protected = tmp_path / "out" / "с паролем.pdf"
    seen = export(panel, qtbot, run_modal, monkeypatch, protected, EXPORT_PASSWORD, type_text)
    assert seen["mismatch"] == "Пароли не совпадают."
    assert seen["too long"].startswith("Слишком длинный")
    assert "с паролем" in panel.status.text()
    assert pdftotext(protected).returncode != 0
    opened = pdftotext(protected, "-upw", EXPORT_PASSWORD)
    assert opened.returncode == 0 and all(name in opened.stdout for name in names)
    assert sorted(p.name for p in plain.parent.iterdir()) == ["карточка.pdf", "с паролем.pdf"]


@pytest.mark.parametrize("pages", [True, False], ids=["page images", "text only"])
def test_showing_a_document_writes_no_file(card, qtbot, monkeypatch, tmp_path, pages):
    panel = card.documents
    panel.fill_menu()
    with qtbot.waitSignal(panel.document_made, timeout=30_000):
        panel.menu.actions()[0].trigger()
    card.documents.session.queue.flush(timeout=10)
    if not pages:
        monkeypatch.setattr(viewer_module, "_rasterizer", lambda: None)
    # Every temp folder a library or a child process could pick points to an empty folder.
    temp = tmp_path / "temp"
    temp.mkdir()
    for variable in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(variable, str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    vault_folder = card.documents.session.vault.path.parent
    before = sorted(p for p in vault_folder.rglob("*"))

    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    viewer = card.findChild(DocumentViewer)
    assert viewer is not None and viewer.isVisible()
    qtbot.waitUntil(lambda: viewer.ready, timeout=30_000)
    assert viewer.windowTitle() == panel.selected().title
    if pages:
        labels = viewer.page_labels()
        assert labels and all(not label.pixmap().isNull() for label in labels)
        assert labels[0].pixmap().width() > 800  # an A4 page at a readable size
        assert viewer.status.text().startswith("Страниц: ")
        if SHOTS:
            viewer.grab().save(str(Path(SHOTS) / "viewer.png"))
    else:
        assert viewer.text.isVisible()
        for name in participant_names(card):
            assert name in viewer.text.toPlainText()
    assert tempfile.gettempdir() == str(temp)
    assert list(temp.iterdir()) == []
    assert sorted(p for p in vault_folder.rglob("*")) == before
    viewer.reject()


def test_panel_screenshot(card, qtbot, tmp_path):
    panel = card.documents
    make_all(panel, qtbot)
    panel.table.selectRow(0)
    target = Path(SHOTS) if SHOTS else tmp_path
    assert card.grab().save(str(target / "case-card-documents.png"))


def test_recovery_key_sheet_from_the_create_service_wizard(
    app, qtbot, type_text, monkeypatch, tmp_path
):
    from rsdesk.gui.main_window import MainWindow
    from rsdesk.settings import load_settings

    window = MainWindow(load_settings())
    qtbot.addWidget(window)
    wizard = CreateServiceWizard(window)
    qtbot.addWidget(wizard)
    wizard.show()
    type_text(wizard.service.name, "МБОУ «Школа № 12»")
    type_text(wizard.service.region, "Кузбасс")
    type_text(wizard.service.municipality, "г. Кемерово")
    wizard.next()
    type_text(wizard.curator.curator, "Смирнова Ольга Петровна")
    type_text(wizard.curator.password, "Тихий двор у школы 12")
    type_text(wizard.curator.repeat, "Тихий двор у школы 12")
    sheet = wizard.key.sheet
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.key.isComplete(), timeout=30_000)
    assert sheet.isVisible() and sheet.button.isEnabled()
    assert sheet.button.text() == "&Сохранить лист с ключом (PDF)…"
    assert "удалите файл" in sheet.warning.text()
    if SHOTS:
        wizard.grab().save(str(Path(SHOTS) / "recovery-key-page.png"))

    target = tmp_path / "лист"
    asked = save_dialog_returns(monkeypatch, target)
    with qtbot.waitSignal(sheet.saved, timeout=30_000):
        qtbot.mouseClick(sheet.button, Qt.MouseButton.LeftButton)
    written = target.with_name("лист.pdf")
    assert asked == ["Сохранить лист с ключом восстановления для печати"]
    assert "Распечатайте" in sheet.status.text() and "удалите файл" in sheet.status.text()
    text = pdftotext(written).stdout
    key = wizard.key.key
    assert all(group in text for group in recovery_groups(key)), (key, text)
    assert "МБОУ «Школа № 12»" in text
    wizard.unlocked.discard()


def test_annual_report_from_the_statistics_area(app, qtbot, open_window, monkeypatch, tmp_path):
    vault = open_window.session.vault
    generate(vault.db, cases=30, years=1, seed=7)
    vault.commit()
    from rsdesk.gui.areas import AREAS

    open_window.show_area([area.key for area in AREAS].index("statistics"))
    panel = open_window.pages["statistics"].service
    panel.refresh()
    assert panel.annual.text() == "Годовой &отчёт (PDF)…" and panel.annual.isEnabled()
    target = tmp_path / "отчёт.pdf"
    save_dialog_returns(monkeypatch, target)
    with qtbot.waitSignal(panel.annual.saved, timeout=30_000):
        qtbot.mouseClick(panel.annual, Qt.MouseButton.LeftButton)
    assert "Годовой отчёт сохранён" in panel.notice.text()
    assert "Отчёт о работе службы примирения за" in pdftotext(target).stdout


def test_the_case_card_opened_from_the_case_list_has_the_panel(open_window, run_modal):
    vault = open_window.session.vault
    generate(vault.db, cases=5, years=1, seed=3)
    vault.commit()
    area = open_window.pages["cases"]
    area.refresh()
    case_id = open_window.session.desk.case_rows()[0].id
    seen = {}

    def look() -> None:
        card = QApplication.activeModalWidget()
        assert isinstance(card, CaseCardDialog)
        seen["tab"] = card.tabs.tabText(card.tabs.indexOf(card.documents))
        seen["panel"] = isinstance(card.documents, DocumentsPanel)
        card.documents.fill_menu()
        seen["menu"] = [a.text() for a in card.documents.menu.actions()]
        card.accept()

    run_modal(lambda: area.open_case(case_id), look)
    assert seen["tab"] == "&Документы" and seen["panel"]
    assert seen["menu"][0] == "Регистрационная карточка заявки"
    assert not any(d.attachment for d in open_window.session.desk.documents_of(case_id))


def test_the_viewer_opens_within_the_screen_with_its_buttons_shown(card, qtbot):
    panel = card.documents
    panel.fill_menu()
    with qtbot.waitSignal(panel.document_made, timeout=30_000):
        panel.menu.actions()[0].trigger()
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    viewer = card.findChild(DocumentViewer)
    qtbot.waitUntil(lambda: viewer.ready, timeout=30_000)
    room = viewer.screen().availableGeometry()
    assert room.contains(viewer.frameGeometry()), (room, viewer.frameGeometry())
    close = viewer.buttons.button(QDialogButtonBox.StandardButton.Close)
    for button in (close, viewer.export_button):
        assert button.isVisible()
        corner = button.mapToGlobal(QPoint(0, 0))
        assert room.contains(QRect(corner, button.size())), button.text()
    assert close.text().replace("&", "") == "Закрыть"
    # The pages scroll inside; the window asks for a page's width when the screen has it.
    assert viewer.sizeHint().width() >= 900
    if SHOTS:
        viewer.grab().save(str(Path(SHOTS) / "viewer-on-screen.png"))
    viewer.reject()
