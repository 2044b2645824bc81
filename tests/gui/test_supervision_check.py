"""The supervision description is read before it is made: what was hidden is marked, and the
mediator hides one more word, which then is missing from the PDF in every form."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from rsdesk.gui.cases.case_card import CaseCardDialog
from rsdesk.gui.documents import lazy
from rsdesk.gui.documents.supervision_check import SupervisionCheck
from rsdesk.gui.qt import Qt, QTextDocument
from rsdesk.storage.demo import generate

if shutil.which("pdftotext") is None:
    pytest.skip("poppler-utils (pdftotext) is not installed", allow_module_level=True)


@pytest.fixture
def card(app, qtbot, open_window):
    """The card of an invented case with a program, on its «Документы» tab."""
    vault = open_window.session.vault
    generate(vault.db, cases=30, years=1, seed=7)
    vault.commit()
    desk = open_window.session.desk
    # Open: documents are kept only with a case that may still change; the richest one has
    # texts of its program too, with names to hide.
    cases = [row.id for row in desk.case_rows() if row.status == "open"]
    case_id = max(cases, key=lambda c: len({ch.kind for ch in desk.document_choices(c)}))
    card = CaseCardDialog(open_window.session, case_id, open_window.pages["cases"])
    qtbot.addWidget(card)
    card.resize(900, 600)
    card.show()
    card.tabs.setCurrentWidget(card.documents)
    return card


def pdf_text(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def open_check(panel, qtbot) -> SupervisionCheck:
    panel.fill_menu()
    action = next(a for a in panel.menu.actions() if "супервизии" in a.text())
    action.trigger()
    check = panel.checking
    assert isinstance(check, SupervisionCheck)
    qtbot.waitUntil(check.isVisible)
    return check


def test_the_mediator_sees_what_was_hidden_and_hides_one_word_more(card, qtbot, monkeypatch):
    panel = card.documents
    check = open_check(panel, qtbot)
    assert check.windowTitle() == "Проверьте описание для супервизии"
    shown = check.view.toPlainText()
    names = {w for p in card.card.request.participants for w in p.full_name.split()}
    assert names and not [n for n in names if re.search(rf"\b{n}\b", shown)]
    assert "span" in check.view.toHtml() and "#ffe58f" in check.view.toHtml()  # marked
    # A word the mediator thinks tells too much: the longest plain word of the first text.
    word = max(re.findall(r"\b[а-яё]{6,}\b", shown.split("\n")[0]), key=len)
    found = check.view.document().find(word, 0, QTextDocument.FindFlag.FindWholeWords)
    assert not found.isNull()
    check.view.setTextCursor(found)
    qtbot.mouseClick(check.hide_selected, Qt.MouseButton.LeftButton)
    assert not re.search(rf"\b{word}\b", check.view.toPlainText())
    assert "[скрыто]" in check.view.toPlainText()
    assert check.hidden_list.text() == f"Вы решили скрыть: {word}."

    made: list[bytes] = []
    render = lazy.render_titled

    def keep(kind, context):
        title, pdf = render(kind, context)
        made.append(pdf)
        return title, pdf

    monkeypatch.setattr(lazy, "render_titled", keep, raising=False)
    with qtbot.waitSignal(panel.document_made, timeout=30_000):
        qtbot.mouseClick(check.make_button, Qt.MouseButton.LeftButton)
    text = pdf_text(made[0])
    assert "Описание случая для супервизии" in text
    assert not re.search(rf"\b{word}\b", text, re.IGNORECASE) and "[скрыто]" in text


def test_cancelling_the_check_makes_nothing(card, qtbot):
    panel = card.documents
    desk = panel.session.desk
    before = desk.documents_of(panel.case_id)
    check = open_check(panel, qtbot)
    check.words.setText("перемене, телефон")
    qtbot.keyClick(check.words, Qt.Key.Key_Return)
    assert check.hide == ["перемене", "телефон"] and check.words.text() == ""
    check.reject()
    qtbot.wait(200)
    assert desk.documents_of(panel.case_id) == before and not panel.busy
