"""Running a program through its wizard as a mediator does: the start dialog, each stage's
fields by their labels, explanations and consent on the day they were given, the pages turned.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from rsdesk.gui.qt import QDateEdit, QDialog, QWidget, QWizard
from tests.helpers.clicks import (
    CLOSE,
    OK,
    check_item,
    click,
    click_row,
    dialog_button,
    fits_screen,
    modal,
    pick,
    press,
    retype,
    row_of,
    ru_date,
    tick,
    type_date,
    type_text,
)

NEXT = QWizard.WizardButton.NextButton


@dataclass(frozen=True)
class Point:
    """One point of an agreement: who, does what, by when."""

    who: tuple[str, ...]
    what: str
    by: date


@dataclass(frozen=True)
class Start:
    program: str  # the program's title in the «Вид программы» list
    facilitators: tuple[str, ...]
    started: date
    leave_out: tuple[str, ...] = ()  # people of the case who do not take part


def start_program(card: QDialog, start: Start, in_wizard: Callable[[QWizard], None]) -> None:
    """«Начать программу…» on the case card, the start dialog, then the wizard it opens."""

    def fill(dialog: QDialog) -> None:
        fits_screen(dialog)
        pick(dialog.type, start.program)
        names = dialog.facilitators
        for row in range(names.count()):
            text = names.item(row).text()
            wanted = any(text.startswith(n) for n in start.facilitators)
            check_item(names, text, wanted)
        type_date(dialog.started, start.started)
        for box in dialog.person_checks.values():
            if any(box.text().startswith(n) for n in start.leave_out):
                tick(box, False)
        click(dialog_button(dialog, OK))
        assert not dialog.isVisible(), dialog.error.text()

    modal(lambda: press(card, "Начать программу"), fill, lambda wizard: run(wizard, in_wizard))


def resume_program(card: QDialog, in_wizard: Callable[[QWizard], None]) -> None:
    """«Продолжить программу» on the case card: the wizard at the stage the program stands."""
    modal(lambda: press(card, "Продолжить программу"), lambda wizard: run(wizard, in_wizard))


def run(wizard: QWizard, in_wizard: Callable[[QWizard], None]) -> None:
    """Work in the wizard, then close it with its own «Закрыть» (every step is saved)."""
    fits_screen(wizard)
    in_wizard(wizard)
    if wizard.isVisible():
        click(wizard.button(QWizard.WizardButton.CancelButton))


def next_page(wizard: QWizard) -> Any:
    """«Далее»: the page must turn (else the test says what the page says is missing)."""
    page = wizard.currentPage()
    assert wizard.button(NEXT).isEnabled(), f"«{page.title()}»: {problems_of(page)}"
    click(wizard.button(NEXT))
    assert wizard.currentPage() is not page, problems_of(page)
    return wizard.currentPage()


def problems_of(page: Any) -> str:
    """What a stage page shows in red or in its gate, for a message that explains a failure."""
    names = ("banner", "errors", "gate_label", "blocked_label")
    texts = [getattr(page, name).text() for name in names if hasattr(page, name)]
    texts += [e.error.text() for e in getattr(page, "editors", ()) if e.error.text()]
    if hasattr(page, "done"):
        texts.append(f"(page complete: {page.isComplete()}, stage done: {page.done()})")
    return " | ".join(t for t in texts if t)


def go_to(wizard: QWizard, title: str) -> Any:
    """Turn pages with «Далее» until the stage titled `title` is shown."""
    for _ in range(12):
        if wizard.currentPage().title() == title:
            return wizard.currentPage()
        next_page(wizard)
    raise AssertionError(f"no stage «{title}»")


def editor(page: Any, caption: str) -> Any:
    """The field whose label begins with `caption`, as the page shows it."""
    for entry in page.editors:
        if entry.field.label.startswith(caption):
            assert entry.widget.isVisible(), caption
            return entry
    raise AssertionError(f"no field «{caption}» among {[e.field.label for e in page.editors]}")


def fill(page: Any, values: dict[str, Any]) -> None:
    """Enter each value in the field its key's label begins with, as its type is entered."""
    for caption, value in values.items():
        entry = editor(page, caption)
        widget, kind = entry.widget, entry.field.type
        if kind in ("text", "multiline"):
            type_text(widget, value)
        elif kind == "date":
            type_date(widget, value)
        elif kind == "bool":
            tick(widget, value)
        elif kind == "choice":
            choice = next(b for b in entry.group.buttons() if b.text() == value)
            click(choice)
        elif kind == "participants":
            for name in value:
                check_item(widget, name)
        elif kind == "agreement_items":
            enter_points(widget, value)
        elif kind == "number":
            retype(widget, str(value))
        else:
            raise AssertionError(kind)


def enter_points(widget: Any, points: list[Point]) -> None:
    for number, point in enumerate(points):
        if number >= len(widget.rows):
            click(widget.add)
        _frame, who, what, by = widget.rows[number]
        for name in point.who:
            check_item(who, name)
        type_text(what, point.what)
        type_date(by, point.by)


# --- people: explanation and consent -----------------------------------------------------------


def day_field(widget: QWidget) -> QWidget | None:
    """The date field a panel asks the day in, if it has one (rsdesk's DateEdit or a QDateEdit)."""
    for child in widget.findChildren(QWidget):
        if child.isVisible() and (hasattr(child, "set_bounds") or isinstance(child, QDateEdit)):
            return child
    return None


def explain_and_consent(panel: Any, on: date) -> None:
    """Tick every point of the checklist, «Всё это разъяснено», then «Согласие получено»,
    each on the day it was given."""
    if panel.explained.isVisible():
        for check in panel.checks:
            tick(check)
        when = day_field(panel)
        if when is not None:
            type_date(when, on)
        click(panel.explained)
    if panel.consent.isVisible():
        when = day_field(panel)
        if when is not None:
            type_date(when, on)
        click(panel.consent)
    assert not panel.error.isVisible(), panel.error.text()


def consent_of(wizard: QWizard, people: dict[str, date]) -> None:
    """«Участники и согласие…»: explain and take the consent of each person on their day."""

    def answer(dialog: QDialog) -> None:
        fits_screen(dialog)
        for name, on in people.items():
            click_row(dialog.table, row_of(dialog.table, name))
            explain_and_consent(dialog.panel, on)
            row = row_of(dialog.table, name)
            shown = dialog.table.item(row, 2).text()
            assert ru_date(on) in shown, (name, shown)
        click(dialog_button(dialog, CLOSE))

    modal(lambda: click(wizard.people_button), answer)


def hold_with(page: Any, name: str, on: date, values: dict[str, Any]) -> None:
    """A stage held with one person: choose them, consent if asked here, fill, record."""
    click_row(page.people, row_of(page.people, name))
    # The meeting's day first: consent given at the meeting takes the meeting's day.
    fill(page, values)
    if page.consent is not None:
        explain_and_consent(page.consent, on)
    press(page, "Записать этап с этим участником")
    row = row_of(page.people, name)
    held = page.people.item(row, page.people.columnCount() - 1).text()
    assert ru_date(on) in held, (name, held, problems_of(page))


def fill_day_of(page: Any, on: date) -> None:
    """A stage without a date field of its own is dated by its «Дата» row: type the day."""
    assert page.own_day is not None and page.own_day.isVisible(), (
        f"«{page.title()}» asks no day: it would be dated the day it was entered"
    )
    type_date(page.own_day, on)


def open_stage(wizard: QWizard, title: str) -> Any:
    """Click the stage in the wizard's list of stages, as one does to go back to it."""
    roadmap = wizard.roadmap
    row = next((r for r in range(roadmap.count()) if roadmap.item(r).text().endswith(title)), None)
    assert row is not None, [roadmap.item(r).text() for r in range(roadmap.count())]
    click_row(roadmap, row)
    page = wizard.currentPage()
    assert page.title() == title, page.title()
    return page


# --- corrections -----------------------------------------------------------------------------


def correct_stage(wizard: QWizard, title: str, values: dict[str, Any], reason: str) -> Any:
    """Open a recorded stage, «Исправить…», change its values, say why, save."""
    page = open_stage(wizard, title)
    click(page.correct_button)
    assert page.correction.isVisible()
    for caption, value in values.items():
        entry = editor(page, caption)
        assert entry.widget.isEnabled(), caption
        if entry.field.type == "date":
            type_date(entry.widget, value)
        else:
            raise AssertionError(entry.field.type)
    type_text(page.correction.reason, reason)
    click(page.correction.save)
    assert not page.correction.isVisible(), page.correction.error.text() + problems_of(page)
    return page


def edit_points(wizard: QWizard, title: str, points: dict[int, str], reason: str) -> Any:
    """On the agreement's page, «Изменить пункты…»: retype the points' wording, say why."""
    page = open_stage(wizard, title)

    def answer(dialog: QDialog) -> None:
        fits_screen(dialog)
        for number, text in points.items():
            _frame, _who, what, _by = dialog.items.rows[number]
            retype(what, text)
        type_text(dialog.reason, reason)
        click(dialog_button(dialog, OK))
        assert not dialog.isVisible(), dialog.error.text()

    modal(lambda: click(page.change_points), answer)
    return page


def points_kept(page: Any, statuses: list[str]) -> None:
    """At the check-up, beside each point: how it was kept."""
    assert page.kept is not None and page.kept.isVisible()
    assert len(page.kept.combos) == len(statuses), [lb.text() for lb in page.kept.labels]
    for combo, status in zip(page.kept.combos, statuses, strict=True):
        pick(combo, status)


def join_program(wizard: QWizard, name: str, represents: str, on: date) -> None:
    """«Участники и согласие…» → «Добавить в программу…»: the case's new person joins."""

    def people(dialog: QDialog) -> None:
        assert dialog.add_button.isEnabled(), dialog.newcomers_note.text()

        def join(form: QDialog) -> None:
            fits_screen(form)
            click_row(form.choice, row_of(form.choice, name))
            pick(form.represents, represents)
            type_date(form.day, on)
            click(dialog_button(form, OK))
            assert not form.isVisible(), form.error.text()

        modal(lambda: click(dialog.add_button), join)
        assert any(
            dialog.table.item(r, 0).text().startswith(name) for r in range(dialog.table.rowCount())
        )
        click(dialog_button(dialog, CLOSE))

    modal(lambda: click(wizard.people_button), people)
