"""Every document kind comes back from pdftotext with its Russian text exact; pages as PNG."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from rsdesk.documents.choices import CASE_KINDS, KIND_LABELS
from rsdesk.documents.context import RecoveryKeyContext
from rsdesk.documents.render import KINDS, render
from rsdesk.vault.keys import recovery_groups
from tests.helpers.documents import (
    DESCRIPTION,
    EXCEPTION_CANARY,
    ITEM_CANARY,
    MEDIATOR,
    NOTE_CANARY,
    PEOPLE,
    SCHOOL,
    pdftotext,
)

# Set RSDESK_DOC_PNG=/some/folder to keep the first page of every document as a PNG to look at.
PNG_DIR = os.environ.get("RSDESK_DOC_PNG")


def make_all(desk, key, case_id, today) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    made = {}
    for choice in desk.document_choices(case_id):
        ctx = desk.document_context(case_id, choice.kind, choice.program_id)
        made[choice.kind] = render(choice.kind, ctx)
    made["recovery_key"] = render("recovery_key", RecoveryKeyContext(SCHOOL, key, today))
    made["annual_report"] = render("annual_report", desk.annual_report_context(2026))
    return made


@pytest.fixture
def documents(case_vault, desk, today) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    _vault, key, case_id, _ = case_vault
    return make_all(desk, key, case_id, today)


def test_every_kind_is_made(documents):
    assert set(documents) == set(KINDS) == {*CASE_KINDS, "recovery_key", "annual_report"}
    assert set(KIND_LABELS) == set(KINDS)
    for pdf in documents.values():
        assert pdf.startswith(b"%PDF-")


def test_texts_come_back_exactly(documents, tmp_path):
    text = {kind: pdftotext(pdf, tmp_path) for kind, pdf in documents.items()}
    for kind, found in text.items():
        assert "■" not in found and "\ufffd" not in found, kind
        assert "Страница 1 из" in found, kind
    card = text["request_card"]
    assert "Регистрационная карточка заявки № 2026-001" in card
    for person in PEOPLE:
        assert person.full_name in card  # «Семёнов Пётр», «Ковалёва Дарья»: ё intact
    assert "14 марта 2026 г." in card and MEDIATOR in card
    assert DESCRIPTION.split(", у Даши")[0] in card
    assert "МБОУ «СОШ № 3»" in card
    party = text["consent_party"]
    assert "Я, Семёнов Пётр (класс 7Б), даю добровольное согласие" in party
    assert "«восстановительная медиация»" in party and "Ковалёва Дарья (класс 7Б)" in party
    representative = text["consent_representative"]
    assert "Я, Семёнова Алёна Викторовна, законный представитель" in representative
    assert "законный представитель несовершеннолетнего Семёнова Петра (класс 7Б)" in representative
    assert "Ковалёв Игорь Николаевич" in representative
    result = text["program_result"]
    assert "Примирительный договор" in result
    assert f"Пётр Семёнов оплатит ремонт ({ITEM_CANARY})" in result
    assert "Встреча для проверки выполнения договорённостей: 15 апреля 2026 г." in result
    assert "Жукова Ольга Павловна" in result and MEDIATOR in result
    report = text["referrer_report"]
    assert "№ 2026-001 от 14 марта 2026 г." in report
    assert "восстановительная медиация проведена достигнута выполнена" in report
    key = text["recovery_key"]
    assert "Ключ восстановления" in key and "Служба: МБОУ «СОШ № 3»" in key
    annual = text["annual_report"]
    assert "Отчёт о работе службы примирения за 2026 год" in annual
    assert "Завершённые программы по видам" in annual


def test_recovery_key_sheet_holds_the_key_and_nothing_else(case_vault, today, tmp_path):
    _vault, key, _case_id, _ = case_vault
    text = pdftotext(render("recovery_key", RecoveryKeyContext(SCHOOL, key, today)), tmp_path)
    assert " ".join(recovery_groups(key)) in text
    assert "20 марта 2026 г." in text and "сейф" in text
    for person in PEOPLE:
        assert person.full_name not in text


def test_referrer_report_holds_results_only(documents, tmp_path):
    text = pdftotext(documents["referrer_report"], tmp_path)
    for canary in (NOTE_CANARY, ITEM_CANARY, EXCEPTION_CANARY, "КАНАРЕЙКА"):
        assert canary not in text
    for person in PEOPLE:
        assert person.full_name.split()[0] not in text
    assert "Пётр" not in text and "Семён" not in text and "извинил" not in text
    assert "проведена" in text and "достигнута" in text and "выполнена" in text


def test_no_document_carries_the_confidentiality_exception(documents, tmp_path):
    for kind, pdf in documents.items():
        assert EXCEPTION_CANARY not in pdftotext(pdf, tmp_path), kind


def test_pages_render_to_png(documents, tmp_path):
    out = Path(PNG_DIR) if PNG_DIR else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    for kind, pdf in documents.items():
        source = tmp_path / f"{kind}.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(source), str(out / kind)],
            check=True,
            timeout=60,
        )
        pngs = list(out.glob(f"{kind}*.png"))
        assert pngs and pngs[0].stat().st_size > 2000, kind
