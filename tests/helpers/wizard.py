"""The programs area on an open vault, and walking a program wizard through it as a user does."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rsdesk.access.samples import add_sample_case
from rsdesk.domain.register import Event, ProgramSummary
from rsdesk.gui.programs.area import ProgramsArea
from rsdesk.gui.programs.people import PeopleDialog
from rsdesk.gui.programs.stage_page import StagePage
from rsdesk.gui.programs.start_dialog import StartProgramDialog
from rsdesk.gui.programs.wizard import OutcomePage, ProgramWizard
from rsdesk.gui.qt import QDialogButtonBox, QPoint, Qt, QTimer, QWizard
from rsdesk.gui.session import VaultSession
from rsdesk.settings import load_settings
from rsdesk.vault import Vault

NEXT = QWizard.WizardButton.NextButton
WORDS = "Поговорили спокойно, каждый высказался о случившемся"


@contextmanager
def programs_area(qtbot, vault: Vault) -> Iterator[ProgramsArea]:
    """The «Программы и встречи» area on an open vault with one case of six people.

    Built on its own session rather than inside the main window, so that the wizard tests do
    not depend on the other areas.
    """
    session = VaultSession(load_settings())
    session.start(vault)
    assert session.desk is not None
    case_id = add_sample_case(session.desk)
    programs = ProgramsArea(session)
    qtbot.addWidget(programs)
    programs.resize(1040, 680)
    programs.show()
    programs.refresh()
    programs.case_id = case_id
    yield programs
    programs.clear()
    session.close()


def start(area, qtbot, program_type: str, *, choose=None) -> ProgramWizard:
    """Start a program from the area as a user would; returns the wizard that opens."""
    dialog = area.start_program(area.case_id)
    assert isinstance(dialog, StartProgramDialog)
    dialog.type.setCurrentIndex(dialog.type.findData(program_type))
    if choose is not None:
        choose(dialog)
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    wizard = area.windows[-1]
    assert isinstance(wizard, ProgramWizard)
    return wizard


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def explain_and_consent(qtbot, panel) -> None:
    """Tick every point of the awareness checklist, then record the consent."""
    if panel.explained.isVisible():
        for check in panel.checks:
            check.box.setChecked(True)
        click(qtbot, panel.explained)
    if panel.consent.isVisible():
        click(qtbot, panel.consent)


def consent_everyone(wizard, qtbot) -> None:
    """Through «Участники и согласие…»: the teacher, the deputy head and the rest."""

    def in_dialog():
        dialog = wizard.findChild(PeopleDialog)
        for row in range(dialog.table.rowCount()):
            dialog.table.selectRow(row)
            explain_and_consent(qtbot, dialog.panel)
        dialog.reject()

    QTimer.singleShot(0, in_dialog)
    click(qtbot, wizard.people_button)


def fill(page: StagePage, qtbot, type_text) -> None:
    """Enter a plausible value in every field, typing Russian where text is asked for."""
    for editor in page.editors:
        kind, widget = editor.field.type, editor.widget
        if not widget.isEnabled():
            continue
        if kind in ("text", "multiline"):
            widget.setFocus()
            type_text(widget, WORDS)
        elif kind == "bool":
            widget.box.setChecked(True)
        elif kind == "choice":
            first = editor.group.buttons()[0]  # its indicator: the row is wider than the text
            qtbot.mouseClick(first, Qt.MouseButton.LeftButton, pos=QPoint(6, first.height() // 2))
            assert first.isChecked()
        elif kind == "participants":
            widget.set_chosen(
                [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())]
            )
        elif kind == "agreement_items":
            _frame, who, what, _by = widget.rows[0]
            who.set_chosen([who.item(0).data(Qt.ItemDataRole.UserRole)])
            type_text(what, "Извиниться и вместе починить очки")
        elif kind == "number":
            widget.setValue(max(widget.minimum() + 1, 1))


def hold(page: StagePage, wizard, qtbot, type_text) -> None:
    stage = page.stage
    if stage.per_participant:
        while page.controller.pending(stage):
            page.people.select(page.controller.pending(stage)[0])
            if page.consent is not None:
                explain_and_consent(qtbot, page.consent)
            fill(page, qtbot, type_text)
            click(qtbot, page.record)
        return
    if stage.requires_consent and page.gate_label.isVisible():
        consent_everyone(wizard, qtbot)
    assert not page.gate_label.isVisible(), page.gate_label.text()
    fill(page, qtbot, type_text)


def walk(wizard, qtbot, type_text, stop_at: str | None = None) -> None:
    """Hold every stage in order and press «Далее» until the outcome (or a named stage)."""
    for _ in range(30):
        page = wizard.currentPage()
        if isinstance(page, OutcomePage):
            return
        if isinstance(page, StagePage):
            if page.stage.key == stop_at:
                return
            if not page.done():
                hold(page, wizard, qtbot, type_text)
        click(qtbot, wizard.button(NEXT))
        assert wizard.currentPage() is not page, debug(page)
    raise AssertionError("the wizard never reached the outcome")


def debug(page) -> str:
    if not isinstance(page, StagePage):
        return ""
    fields = {e.field.key: e.error.text() for e in page.editors if e.error.text()}
    return f"{page.errors.text()} {page.gate_label.text()} {fields} {page.isComplete()}"


def the_program(area) -> ProgramSummary:
    """The case's one program, as the signed-in user's Desk gives it."""
    (program,) = area.session.desk.programs_of(area.case_id)
    return program


def state_of(area, program_id: int) -> dict:
    """The engine state the register holds for a program."""
    return area.session.desk.program_view(program_id).progress.run.to_dict()


def timeline_of(area) -> tuple[Event, ...]:
    """The case's timeline, read again without counting as another opening of the case."""
    return area.session.desk.reread_case_card(area.case_id).timeline
