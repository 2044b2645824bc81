"""Chapter: the mistakes a person makes on the way, each caught and said in words.

A request half typed: the day received typed as tomorrow is refused with the message and
corrected; then the curator sees it is a repeat of one already registered and presses
«Отмена». The form asks before throwing the typing away: the first time she goes on typing,
the second time she lets it go. Nothing is registered.
"""

from __future__ import annotations

from rsdesk.gui.qt import QDialog, QMessageBox
from tests.helpers.clicks import (
    CANCEL,
    OK,
    click,
    dialog_button,
    modal,
    pick,
    press,
    type_date,
    type_text,
)
from tests.helpers.school_year.year import TOMORROW, Year, day

FUTURE = "Дата не может быть в будущем."
KEEPING = (QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.NoRole)
LETTING_GO = (
    QMessageBox.ButtonRole.AcceptRole,
    QMessageBox.ButtonRole.YesRole,
    QMessageBox.ButtonRole.DestructiveRole,
)


def live(year: Year) -> None:
    listing = year.requests_tab()
    before = listing.model.rowCount()
    modal(lambda: press(listing, "Новая заявка"), half_typed)
    assert year.requests_tab().model.rowCount() == before


def half_typed(dialog: QDialog) -> None:
    type_date(dialog.received_on, TOMORROW)
    pick(dialog.source, "родитель")
    pick(dialog.category, "конфликт между участниками")
    type_text(dialog.description, "Мама Кирилла снова пишет про очки")
    click(dialog_button(dialog, OK))
    assert dialog.isVisible()
    shown = " ".join(label.text() for label in dialog.findChildren(type(dialog.message)))
    assert FUTURE in shown, shown
    type_date(dialog.received_on, day(11, 20))
    # A repeat of the glasses' request: not to be registered.
    modal(lambda: click(dialog_button(dialog, CANCEL)), answer(KEEPING))
    assert dialog.isVisible(), "«Отмена» threw the typed request away without asking"
    type_text(dialog.description, " (повтор)")
    modal(lambda: click(dialog_button(dialog, CANCEL)), answer(LETTING_GO))
    assert not dialog.isVisible()


def answer(roles):
    def press_the_one(box: QDialog) -> None:
        assert isinstance(box, QMessageBox), (
            f"«Отмена» on a half-typed request asked nothing ({type(box).__name__})"
        )
        found = [b for b in box.buttons() if box.buttonRole(b) in roles]
        assert found, [b.text() for b in box.buttons()]
        click(found[0])

    return press_the_one
