"""The case card's short forms: assign or take off a mediator, plan a follow-up, close.

Dates are typed with their bounds said in words: a case closes on a day that has come and
not before it opened.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from rsdesk.domain.refusals import Refused
from rsdesk.domain.register import CaseMediator
from rsdesk.domain.register_keys import CASE_MEDIATOR_ROLE_LABELS, register_label
from rsdesk.gui.cases.card_parts import SmallForm
from rsdesk.gui.dates import DateEdit, format_date
from rsdesk.gui.qt import QComboBox, QCoreApplication, QLineEdit, QMessageBox

if TYPE_CHECKING:
    from rsdesk.gui.cases.case_card import CaseCardDialog

translate = QCoreApplication.translate


def _opened_on(card: CaseCardDialog) -> date | None:
    return card.card.case.opened_on if card.card else None


def _since_opening(card: CaseCardDialog) -> str:
    opened = _opened_on(card)
    if opened is None:
        return ""
    return translate("CaseCardDialog", "the case opened on {date}").format(date=format_date(opened))


def assign_form(card: CaseCardDialog) -> SmallForm:
    form = SmallForm(
        translate("CaseCardDialog", "Assign a mediator"),
        card,
        ok_text=translate("CaseCardDialog", "Assign"),
    )
    desk = card.desk
    people = QComboBox()
    for mediator in desk.list_mediators(year=desk.today().year) or desk.list_mediators():
        people.addItem(mediator.full_name, mediator.id)
    role = QComboBox()
    for key in CASE_MEDIATOR_ROLE_LABELS:
        role.addItem(register_label(CASE_MEDIATOR_ROLE_LABELS, key), key)
    form.form.addRow(translate("CaseCardDialog", "&Mediator:"), people)
    form.form.addRow(translate("CaseCardDialog", "&Role:"), role)
    form.submit = lambda: desk.assign_mediator(
        card.case_id, people.currentData(), role.currentData()
    )
    return form


def unassign(card: CaseCardDialog, leaving: CaseMediator) -> None:
    """Ask first, naming the person; the core keeps a young mediator beside an adult and a
    program under way with a facilitator, and the card shows its reason when it refuses."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("CaseCardDialog", "Take the mediator off the case"),
        translate(
            "CaseCardDialog",
            "{name} ({role}) will no longer work on case No. {number}. Take the mediator "
            "off the case?",
        ).format(
            name=leaving.full_name,
            role=register_label(CASE_MEDIATOR_ROLE_LABELS, leaving.role),
            number=card.card.case.number if card.card else "",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        card,
    )
    box.setObjectName("unassignQuestion")
    box.setInformativeText(
        translate(
            "CaseCardDialog",
            "The mediator also leaves the programs under way; finished programs keep who led them.",
        )
    )
    box.button(QMessageBox.StandardButton.Yes).setText(translate("CaseCardDialog", "Take off"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    if box.exec() != QMessageBox.StandardButton.Yes:
        return
    try:
        card.desk.unassign_mediator(card.case_id, leaving.mediator_id)
    except Refused as error:
        card.show_refusal(error)


def follow_up_form(card: CaseCardDialog) -> SmallForm:
    """A check planned ahead: its day may lie in the future, not before the case opened."""
    form = SmallForm(
        translate("CaseCardDialog", "Plan a follow-up"),
        card,
        ok_text=translate("CaseCardDialog", "Plan"),
    )
    due = form.add_date(
        translate("CaseCardDialog", "&Due on:"),
        DateEdit(card.desk.today(), earliest=_opened_on(card), earliest_means=_since_opening(card)),
    )
    note = QLineEdit()
    form.form.addRow(translate("CaseCardDialog", "&What to check:"), note)
    form.submit = lambda: card.desk.plan_follow_up(card.case_id, due.value(), note.text().strip())
    return form


def close_form(card: CaseCardDialog) -> SmallForm:
    form = SmallForm(
        translate("CaseCardDialog", "Close the case"),
        card,
        ok_text=translate("CaseCardDialog", "Mark as closed"),
    )
    today = card.desk.today()
    closed_on = form.add_date(
        translate("CaseCardDialog", "&Closed on:"),
        DateEdit(
            today, earliest=_opened_on(card), latest=today, earliest_means=_since_opening(card)
        ),
    )
    note = QLineEdit()
    form.form.addRow(translate("CaseCardDialog", "&Note:"), note)
    form.submit = lambda: card.desk.close_case(
        card.case_id, closed_on.value(), note=note.text().strip()
    )
    return form
