"""Programs, requests and documents as each user sees them: the curator and the adults signed
in with their own passwords, and a young mediator (who holds none) in a session an adult
handed over to them."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from rsdesk.domain.register import (
    Mediator,
    Participant,
    ProgramSummary,
    Request,
    TrainingRecord,
)
from rsdesk.domain.roles import Op, Role
from rsdesk.domain.vocabulary import YOUNG_MEDIATOR_PROGRAM
from rsdesk.gui.programs.entry import ProgramButtons
from rsdesk.gui.programs.stage_page import StagePage
from rsdesk.gui.programs.start_dialog import StartProgramDialog
from rsdesk.gui.programs.wizard import OutcomePage, ProgramWizard
from rsdesk.gui.qt import (
    QApplication,
    QDialogButtonBox,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    QWizard,
)
from rsdesk.storage import audit, cases, users
from rsdesk.storage.requests import accept_request, get_request, register_request
from rsdesk.storage.roster import add_mediator, add_training, set_years
from rsdesk.storage.service import curator_id, init_service
from rsdesk.vault import KdfParams, Vault
from tests.helpers import wizard as walking
from tests.helpers.handing import hand_over, take_back, take_back_dialog, try_password

FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
CURATOR_PW = "Пароль куратора 2026"
ADULT_PW = "Пароль Волковой 2026"
YOUNG = "Юдина Юлия"
OTHER_PW = "Пароль Борисова 2026"
SHOTS = os.environ.get("RSDESK_SHOTS")  # a folder to keep screenshots in, when set
NEXT = QWizard.WizardButton.NextButton
BACK = QWizard.WizardButton.BackButton


@dataclass
class School:
    path: Path
    curator: int
    adult: int  # Волкова: trained, leads `case_id`
    young: int  # Юдина, 8А: co-mediates `case_id`
    other: int  # Борисов: no training modules, leads `other_case`
    case_id: int  # a conflict between two pupils of 7Б, with their parents
    other_case: int


def member(vault: Vault, name: str, kind: str, password: str | None, **extra) -> int:
    """A roster member serving this year who has given the pledge and, unless young
    (password None), signs in with an own password."""
    db = vault.db
    mediator_id = add_mediator(db, Mediator(name, kind, **extra))
    set_years(db, mediator_id, (date.today().year,))
    if password is not None:
        users.set_slot(db, mediator_id, vault.add_password_slot(password, kdf=FAST))
    users.accept_pledge(db, mediator_id, date.today())
    return mediator_id


def a_case(db, people: tuple[Participant, ...], description: str) -> int:
    today = date.today()
    request_id = register_request(
        db,
        Request(
            received_on=today - timedelta(days=10),
            source="teacher",
            category="educational_conflict",
            description=description,
            participants=people,
        ),
        today=today,
    )
    return accept_request(db, request_id, decided_on=today - timedelta(days=9), today=today)


@pytest.fixture
def school(app, tmp_path) -> School:
    """A school service file with four users and two open cases, saved and closed."""
    vault, _key = Vault.create(tmp_path / "school.rsdv", CURATOR_PW, kdf=FAST)
    db = vault.db
    init_service(
        db,
        kind="school",
        name="МБОУ «Школа № 7»",
        region="Кузбасс",
        municipality="г. Кемерово",
        curator_name="Смирнова Ольга Петровна",
        curator_slot_id=vault.slot_id,
        pledged_on=date.today(),
    )
    adult = member(vault, "Волкова Наталья Андреевна", "adult", ADULT_PW, position="психолог")
    for module in ("M1", "M2", "M5", "M6", "M7"):
        add_training(db, adult, TrainingRecord("module", date.today() - timedelta(200), 36, module))
    young = member(vault, YOUNG, "young", None, class_name="8А")
    add_training(
        db, young, TrainingRecord(YOUNG_MEDIATOR_PROGRAM, date.today() - timedelta(100), 36)
    )
    other = member(vault, "Борисов Борис Ильич", "adult", OTHER_PW, position="социальный педагог")
    case_id = a_case(
        db,
        (
            Participant("Петров Иван", "offender", True, class_name="7Б"),
            Participant("Петрова Анна Сергеевна", "legal_representative", False),
            Participant("Сидоров Максим", "victim", True, class_name="7Б"),
            Participant("Сидоров Олег Николаевич", "legal_representative", False),
        ),
        "Толкнул на перемене, разбиты очки.",
    )
    cases.assign_mediator(db, case_id, adult, "lead")
    cases.assign_mediator(db, case_id, young, "co_lead")
    other_case = a_case(
        db,
        (
            Participant("Кошкин Кирилл", "party", True, class_name="9Б"),
            Participant("Мышкина Мария", "party", True, class_name="9Б"),
        ),
        "Ссора в чате класса.",
    )
    cases.assign_mediator(db, other_case, other, "lead")
    curator = curator_id(db)
    assert curator is not None
    vault.commit()
    path = vault.path
    vault.close()
    return School(path, curator, adult, young, other, case_id, other_case)


@pytest.fixture
def window(app, qtbot):
    from rsdesk.gui.main_window import MainWindow
    from rsdesk.settings import load_settings

    window = MainWindow(load_settings())
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    yield window
    programs = window.pages.get("programs") if hasattr(window.pages, "get") else None
    if programs is not None:
        programs.clear()
    window.session.close()


def sign_in(window, school: School, password: str, role: Role):
    window.session.start(Vault.open(school.path, password))
    assert window.session.user is not None and window.session.user.role is role
    return window.session.desk


def programs_area(window):
    """«Программы и встречи», opened from the menu as a user does."""
    window.ui.actionPrograms.trigger()
    area = window.pages["programs"]
    assert area.isVisible()
    area.refresh()
    return area


def start_from_area(area, qtbot, case_id: int, program_type: str, choose=None) -> ProgramWizard:
    """Choose the case in the area, «Начать программу…», the type, then «Начать программу»."""
    area.case_choice.setCurrentIndex(area.case_choice.findData(case_id))
    walking.click(qtbot, area.start_button)
    dialog = area.windows[-1]
    assert isinstance(dialog, StartProgramDialog)
    dialog.type.setCurrentIndex(dialog.type.findData(program_type))
    if choose is not None:
        choose(dialog)
    walking.click(qtbot, dialog.ok)
    wizard = area.windows[-1]
    assert isinstance(wizard, ProgramWizard), dialog.error.text()
    return wizard


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / name))


def only(dialog, names: list[str]) -> None:
    """Tick exactly the facilitators whose names contain one of `names`."""
    for i in range(dialog.facilitators.count()):
        item = dialog.facilitators.item(i)
        chosen = any(name in item.text() for name in names)
        item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)


def buttons_for(window, qtbot, case_id: int) -> ProgramButtons:
    """The case card's program buttons, on a plain host widget."""
    host = QWidget(window)
    host.setWindowFlag(Qt.WindowType.Window)
    qtbot.addWidget(host)
    buttons = ProgramButtons(window.session.desk, case_id, host)
    QVBoxLayout(host).addWidget(buttons)
    host.show()
    buttons.update_state()
    return buttons


# -- a young mediator's program --------------------------------------------------------------


def test_a_young_mediators_agreement_goes_to_the_curator(window, school, qtbot, type_text):
    sign_in(window, school, ADULT_PW, Role.ADULT)
    hand_over(window, YOUNG)  # Волкова hands her session to Юдина, who co-mediates with her
    assert window.pledge is None  # given before
    desk = window.session.desk
    assert desk.actor.role is Role.YOUNG and desk.actor.user_id == school.young
    area = programs_area(window)
    # Only the young mediator's own case is offered.
    assert [area.case_choice.itemData(i) for i in range(area.case_choice.count())] == [
        school.case_id
    ]

    def keep_the_team(dialog):
        chosen = [dialog.roster[m].mediator.full_name for m in dialog.chosen_facilitators()]
        assert sorted(chosen) == ["Волкова Наталья Андреевна", YOUNG]
        assert not dialog.override.isVisible()

    wizard = start_from_area(area, qtbot, school.case_id, "restorative_mediation", keep_the_team)
    assert not wizard.controller.read_only
    walking.walk(wizard, qtbot, type_text)
    outcome = wizard.currentPage()
    assert isinstance(outcome, OutcomePage)
    assert outcome.result.text() == "Программа завершена с договорённостью."
    assert outcome.review.isVisible()
    assert outcome.review.text() == "Договор отправлен куратору на утверждение."
    assert desk.pending_signoffs() == []  # the curator's to see, not the pupil's
    (program,) = desk.programs_of(school.case_id)
    walking.click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))

    # Closed by the young mediator, the case waits for the curator: the program only shows.
    desk.close_case(school.case_id, date.today())
    waiting = desk.may(Op.EDIT_CASE, school.case_id)
    assert not waiting and "куратор" in waiting.reason
    buttons = buttons_for(window, qtbot, school.case_id)
    assert not buttons.start.isEnabled() and buttons.start.toolTip() == waiting.reason
    assert buttons.resume.text() == "Посмотр&еть программу" and buttons.resume.isEnabled()
    walking.click(qtbot, buttons.resume)
    viewer = buttons.opened
    assert isinstance(viewer, ProgramWizard) and viewer.controller.read_only
    banner = viewer.currentPage().findChild(QWidget, "readOnly")
    assert banner.isVisible() and banner.text() == f"Только чтение: {waiting.reason}"
    viewer.reject()
    buttons.window().close()

    # Taken back and saved, the curator finds the agreement sent by the pupil, under her
    # name, in a session the adult handed over.
    take_back(window, ADULT_PW)
    assert window.session.user.user_id == school.adult
    assert window.session.queue.flush(timeout=10)
    window.session.close()
    curator = sign_in(window, school, CURATOR_PW, Role.CURATOR)
    waiting_items = curator.pending_signoffs()
    assert sorted(i.kind for i in waiting_items) == ["agreement", "closure"]
    agreement = next(i for i in waiting_items if i.kind == "agreement")
    assert (agreement.case_id, agreement.program_id, agreement.submitted_by) == (
        school.case_id,
        program.id,
        school.young,
    )
    sent = curator.audit_entries(action="submit_signoff")
    assert [(e.user_id, e.object_id) for e in sent] == [(school.young, school.case_id)] * 2
    [handed] = curator.audit_entries(action="hand_over")
    assert (handed.user_id, handed.object_id) == (school.adult, school.young)
    [back] = curator.audit_entries(action="take_back")
    assert (back.user_id, back.object_id) == (school.adult, school.young)
    assert curator.verify_audit() == []


def test_handing_over_closes_the_adults_program_windows(window, school, qtbot, type_text):
    """Борисов's program on his own case is open when he hands the session to Юдина, who is
    not on that case: the wizard goes, and the area lists only her case."""
    sign_in(window, school, OTHER_PW, Role.ADULT)
    area = programs_area(window)
    wizard = start_from_area(area, qtbot, school.other_case, "circle_reconciliation")
    assert wizard.isVisible()
    hand_over(window, YOUNG)
    qtbot.waitUntil(lambda: not area.windows)
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets() if w is not window)
    area = programs_area(window)
    assert [area.case_choice.itemData(i) for i in range(area.case_choice.count())] == [
        school.case_id
    ]
    assert {row.case_id for row in area.rows} <= {school.case_id}
    take_back(window, OTHER_PW)
    assert window.session.user.user_id == school.other


def test_only_the_adult_who_handed_over_takes_the_session_back(window, school, qtbot):
    """Not the curator's password, not another adult's: Волкова's own."""
    sign_in(window, school, ADULT_PW, Role.ADULT)
    hand_over(window, YOUNG)
    dialog = take_back_dialog(window)
    for other in (CURATOR_PW, OTHER_PW):
        try_password(dialog, other)
        assert window.hand_over.dialog is dialog and dialog.error.isVisible()
        assert window.session.user.user_id == school.young
        assert window.hand_over.isVisible()
    dialog.reject()
    qtbot.waitUntil(lambda: window.hand_over.dialog is None)
    take_back(window, ADULT_PW)
    assert window.session.user.user_id == school.adult


# -- the curator looks at a closed case ------------------------------------------------------


def test_the_wizard_of_a_closed_case_only_shows_it(window, school, qtbot, type_text):
    desk = sign_in(window, school, CURATOR_PW, Role.CURATOR)
    area = programs_area(window)
    wizard = start_from_area(area, qtbot, school.case_id, "restorative_mediation")
    walking.walk(wizard, qtbot, type_text)
    walking.click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    desk.close_case(school.case_id, date.today())
    area.refresh()
    assert area.case_choice.findData(school.case_id) < 0  # nothing to start on a closed case
    (program,) = cases.programs_of(desk.db, school.case_id)
    changes = len(audit.entries(desk.db, action="change_case"))

    closed = desk.may(Op.EDIT_CASE, school.case_id)
    assert not closed and "закрыт" in closed.reason
    buttons = buttons_for(window, qtbot, school.case_id)
    assert not buttons.start.isEnabled() and buttons.start.toolTip() == closed.reason
    walking.click(qtbot, buttons.resume)
    viewer = buttons.opened
    assert isinstance(viewer, ProgramWizard)
    assert viewer.windowTitle().endswith("(только чтение)")
    viewer.resize(1280, 800)
    page = viewer.currentPage()
    assert isinstance(page, OutcomePage)
    banner = page.findChild(QWidget, "readOnly")
    assert banner.isVisible()
    assert banner.text() == f"Только чтение: {closed.reason}"
    for button in (viewer.refuse_button, viewer.end_button, viewer.exception_button):
        assert not button.isEnabled()
    # Back through the stages: everything shows, nothing can be recorded.
    walking.click(qtbot, viewer.button(BACK))
    stage = viewer.currentPage()
    assert isinstance(stage, StagePage)
    assert stage.stage == viewer.controller.procedure.stages[-1] and stage.done()
    assert stage.findChild(QWidget, "readOnly").isVisible()
    assert not any(editor.widget.isEnabled() for editor in stage.editors)
    assert not stage.record.isVisible() and not stage.skip.isVisible()
    assert not stage.plan.isVisible() and not stage.gate_label.isVisible()
    while viewer.currentId() > 1:
        walking.click(qtbot, viewer.button(BACK))
    first = viewer.currentPage()
    assert first.stage.key == "preparation"
    assert first.editors[0].value()  # what was recorded is there, read-only
    shot(viewer, "roles-wizard-read-only.png")
    walking.click(qtbot, viewer.button(NEXT))  # turning pages writes nothing
    assert len(audit.entries(desk.db, action="change_case")) == changes
    assert cases.programs_of(desk.db, school.case_id) == (program,)
    viewer.reject()


# -- requests: an adult mediator registers, the curator decides -------------------------------


def test_an_adult_mediator_registers_a_request_but_does_not_decide(
    window, school, qtbot, type_text
):
    from rsdesk.gui.requests import DecisionDialog, RequestDialog
    from rsdesk.gui.requests.participants import NAME, ROLE
    from tests.helpers import request_forms as forms

    desk = sign_in(window, school, ADULT_PW, Role.ADULT)
    dialog = forms.open_dialog(qtbot, RequestDialog(desk, parent=window))
    assert dialog.ok.isEnabled()
    forms.replace_text(qtbot, type_text, dialog.received_on, date.today().strftime("%d.%m.%Y"))
    forms.choose(dialog.source, "КДН и ЗП")
    forms.choose(
        dialog.category,
        "конфликт между участниками образовательных отношений, в том числе групповой",
    )
    dialog.description.setFocus()
    type_text(dialog.description, "Ссора в раздевалке, порвана куртка.")
    forms.type_cell(qtbot, type_text, dialog.participants.table, 0, NAME, "Зайцев Захар")
    forms.choose_cell(qtbot, dialog.participants.table, 0, ROLE, "сторона конфликта")
    forms.choose_cell(qtbot, dialog.participants.table, 0, 2, "несовершеннолетний")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.request_id is not None, dialog.message.text()
    request_id = dialog.request_id
    assert get_request(desk.db, request_id).status == "registered"
    [entry] = audit.entries(desk.db, action="register_request")
    assert entry.user_id == school.adult

    # Correcting an undecided request is the adult's too.
    fix = forms.open_dialog(qtbot, RequestDialog(desk, request_id=request_id, parent=window))
    assert fix.ok.isEnabled() and not fix.message.isVisible()
    type_text(fix.referrer, "Школа № 7")
    qtbot.mouseClick(fix.ok, Qt.MouseButton.LeftButton)
    assert get_request(desk.db, request_id).referrer == "Школа № 7"

    decision = forms.open_dialog(qtbot, DecisionDialog(desk, request_id, parent=window))
    reason = desk.may(Op.DECIDE_REQUEST).reason
    assert reason == "Это может сделать только куратор."
    for widget in (
        decision.accept_choice,
        decision.decline_choice,
        decision.transfer_choice,
        decision.decided_on,
        decision.ok,
    ):
        assert not widget.isEnabled()
    notice = decision.notice
    assert notice.isVisible() and notice.y() < decision.accept_choice.y()
    assert reason in notice.text() and "решение записывает куратор" in notice.text()
    assert decision.ok.toolTip() == reason
    cancel = decision.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Закрыть" and cancel.isEnabled()
    shot(decision, "roles-decision-not-allowed.png")
    qtbot.keyClick(decision, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert decision.decision is None
    assert get_request(desk.db, request_id).status == "registered"
    decision.reject()


# -- the curator's permission despite the training warning -----------------------------------


def test_the_curators_override_is_in_the_audit_trail(window, school, qtbot, type_text):
    desk = sign_in(window, school, CURATOR_PW, Role.CURATOR)
    area = programs_area(window)
    reason = "Ведёт вместе с опытным соведущим, под супервизией"

    def curator_allows(dialog):
        only(dialog, ["Смирнова"])
        assert dialog.warnings.isVisible()
        assert dialog.override.isEnabled()
        dialog.override.setChecked(True)
        type_text(dialog.override_reason, reason)

    wizard = start_from_area(
        area, qtbot, school.other_case, "circle_reconciliation", curator_allows
    )
    assert wizard.controller.run.training["override"]["reason"] == reason
    [entry] = audit.entries(desk.db, action="override")
    assert (entry.user_id, entry.object_id, entry.reason) == (
        school.curator,
        school.other_case,
        reason,
    )
    assert entry.label == cases.get_case(desk.db, school.other_case).number
    # The curator was not on the case: starting the program assigned her beside the lead.
    team = {m.mediator_id: m.role for m in cases.case_mediators(desk.db, school.other_case)}
    assert team == {school.other: "lead", school.curator: "co_lead"}
    assert desk.verify_audit() == []
    wizard.reject()


def test_an_adult_mediator_waits_for_the_curators_permission(window, school, qtbot, type_text):
    desk = sign_in(window, school, OTHER_PW, Role.ADULT)
    area = programs_area(window)
    # Борисов sees and starts programs on his own case only.
    assert [area.case_choice.itemData(i) for i in range(area.case_choice.count())] == [
        school.other_case
    ]

    def untrained(dialog):
        assert dialog.warnings.isVisible() and not dialog.override.isVisible()
        assert not dialog.override_reason.isVisible()
        assert dialog.override_info.isVisible()
        assert dialog.override_info.text().startswith("Разрешить может только куратор")
        shot(dialog, "roles-start-adult.png")

    wizard = start_from_area(area, qtbot, school.other_case, "circle_reconciliation", untrained)
    walking.walk(wizard, qtbot, type_text, stop_at="preparation")
    assert wizard.override_button.isVisible() and not wizard.override_button.isEnabled()
    assert wizard.override_note.isVisible()
    assert wizard.override_note.text().startswith("Разрешить программу")
    shot(wizard, "roles-wizard-waits-for-curator.png")
    assert audit.entries(desk.db, action="override") == []
    # The programs of cases not his stay out of his list.
    assert {row.case_id for row in area.rows} <= {school.other_case}
    wizard.reject()


# -- documents of a case that can only be read -----------------------------------------------


def test_a_closed_cases_document_is_shown_and_not_kept(window, school, qtbot):
    from rsdesk.gui.documents.panel import DocumentsPanel
    from rsdesk.gui.documents.viewer import DocumentViewer

    desk = sign_in(window, school, CURATOR_PW, Role.CURATOR)
    desk.close_case(school.other_case, date.today())
    panel = DocumentsPanel(window.session, school.other_case)
    qtbot.addWidget(panel)
    panel.resize(800, 500)
    panel.show()
    assert panel.make_button.isEnabled()
    closed = desk.may(Op.EDIT_CASE, school.other_case).reason
    assert panel.read_only.isVisible() and panel.read_only.text().startswith(closed)
    before = len(desk.documents_of(school.other_case))
    panel.fill_menu()
    action = panel.menu.actions()[0]
    with qtbot.waitSignal(panel.document_made, timeout=30_000):
        action.trigger()
    assert isinstance(panel.shown, DocumentViewer) and panel.shown.isVisible()
    assert "не сохранён" in panel.status.text()
    panel.layout().activate()
    shot(panel, "roles-documents-read-only.png")
    assert len(desk.documents_of(school.other_case)) == before
    assert audit.entries(desk.db, action="export_document") == []
    panel.shown.reject()
    QApplication.processEvents()


def test_a_mediator_not_on_the_case_cannot_open_its_program(window, school, qtbot, type_text):
    """The programs area refuses in words, and the wizard is never built."""
    desk = sign_in(window, school, OTHER_PW, Role.ADULT)
    program_id = cases.add_program(
        desk.db,
        ProgramSummary(school.case_id, "restorative_mediation", "in_progress", date.today()),
        today=date.today(),
    )
    cases.save_program_state(desk.db, program_id, {"x": 1})
    area = programs_area(window)
    assert all(row.case_id != school.case_id for row in area.rows)
    assert area.open_program(program_id) is None
    assert area.message.isVisible()
    assert area.message.text() == desk.may(Op.VIEW_CASE, school.case_id).reason
    assert area.message.text().startswith("Вы не назначены")


def test_the_wizards_override_button_is_the_curators(window, school, qtbot, type_text):
    """Given later from the wizard, the permission is audited with its reason too."""
    desk = sign_in(window, school, CURATOR_PW, Role.CURATOR)
    area = programs_area(window)
    wizard = start_from_area(
        area, qtbot, school.other_case, "circle_reconciliation", lambda d: only(d, ["Борисов"])
    )
    walking.walk(wizard, qtbot, type_text, stop_at="preparation")
    assert wizard.override_button.isEnabled() and not wizard.override_note.isVisible()
    from rsdesk.gui.programs.dialogs import StepDialog

    def allow():
        dialog = wizard.findChild(StepDialog)
        assert dialog.who.text() == "Смирнова Ольга Петровна" and dialog.who.isReadOnly()
        type_text(dialog.reason, "Борисов проходит модуль М2 в этом месяце")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, allow)
    walking.click(qtbot, wizard.override_button)
    [entry] = audit.entries(desk.db, action="override")
    assert entry.reason == "Борисов проходит модуль М2 в этом месяце"
    assert entry.user_id == school.curator
    wizard.reject()
