"""A dialog that asks why: reopening a case, returning a record for rework, deleting a case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from rsdesk.domain.case_lists import UNDO_DAYS
from rsdesk.domain.refusals import InputRefused, Refused
from rsdesk.gui.dates import DateEdit, format_date
from rsdesk.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from rsdesk.i18n import translate

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #555555;"


class ReasonDialog(QDialog):
    """The reason is required; `submit(reason)` does the change and may refuse it.

    The core checks the reason and the role again, so a refusal keeps the dialog open with
    the core's own words under the field. With `day`, the dialog also asks when it happened
    and says when that date is out of its bounds before the core is asked.
    """

    def __init__(
        self,
        title: str,
        prompt: str,
        submit: Callable[[str], None],
        *,
        info: str = "",
        hint: str = "",
        ok_text: str = "",
        day: tuple[str, DateEdit] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.submit = submit
        self.info = QLabel(info, objectName="reasonInfo", wordWrap=True)
        self.info.setVisible(bool(info))
        self.prompt = QLabel(prompt, wordWrap=True)
        self.reason = QPlainTextEdit(objectName="reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        self.prompt.setBuddy(self.reason)
        self.hint = QLabel(hint, objectName="reasonHint", wordWrap=True, styleSheet=HINT_STYLE)
        self.hint.setVisible(bool(hint))
        self.error = QLabel(objectName="reasonError", wordWrap=True, styleSheet=ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok_text:
            self.ok.setText(ok_text)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        self.day: DateEdit | None = None
        if day is not None:
            caption, self.day = day
            row = QFormLayout()
            row.addRow(caption, self.day)
            layout.addLayout(row)
        layout.addWidget(self.prompt)
        layout.addWidget(self.reason)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def _ok(self) -> None:
        problem = self.day.problem() if self.day is not None else ""
        if problem:
            self._refused(problem)
            return
        try:
            self.submit(self.reason.toPlainText())
        except InputRefused as error:
            self._refused("\n".join(error.errors.values()))
            self.reason.setFocus()
            return
        except Refused as error:
            self._refused("\n".join(error.reasons))
            return
        self.accept()

    def _refused(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def reopen_dialog(
    number: str,
    closed_on: date | None,
    today: date,
    submit: Callable[[str, date], None],
    parent: QWidget,
) -> ReasonDialog:
    """Why and on which day the case opens again: not in the future, not before it closed."""
    reopened_on = DateEdit(
        today,
        earliest=closed_on,
        latest=today,
        earliest_means=translate(
            "ReasonDialog", "the case was closed on {date}", date=format_date(closed_on)
        )
        if closed_on
        else "",
    )
    dialog = ReasonDialog(
        translate("ReasonDialog", "Reopen the case"),
        translate("ReasonDialog", "&Why is case No. {number} reopened?", number=number),
        lambda reason: submit(reason, reopened_on.value()),
        info=translate(
            "ReasonDialog",
            "The case becomes open again and can be changed. The reason is kept in the case's "
            "timeline and in the audit trail.",
        ),
        hint=translate("ReasonDialog", "No names: the reason goes into the audit trail."),
        ok_text=translate("ReasonDialog", "Reopen"),
        day=(translate("ReasonDialog", "Reopened &on:"), reopened_on),
        parent=parent,
    )
    return dialog


def return_dialog(
    number: str, what: str, submit: Callable[[str], None], parent: QWidget
) -> ReasonDialog:
    return ReasonDialog(
        translate("ReasonDialog", "Return for rework"),
        translate(
            "ReasonDialog",
            "&What should be redone? ({what}, case No. {number})",
            what=what,
            number=number,
        ),
        submit,
        info=translate(
            "ReasonDialog",
            "A returned closure opens the case again, and the reason appears in its timeline.",
        ),
        hint=translate("ReasonDialog", "No names: the reason goes into the audit trail."),
        ok_text=translate("ReasonDialog", "Return"),
        parent=parent,
    )


def delete_dialog(number: str, submit: Callable[[str], None], parent: QWidget) -> ReasonDialog:
    return ReasonDialog(
        translate("ReasonDialog", "Delete the case"),
        translate("ReasonDialog", "&Why is case No. {number} deleted?", number=number),
        submit,
        info=translate(
            "ReasonDialog",
            "The case and its request disappear from every list and from the statistics. "
            "The curator can restore it within {days} days; after that it is erased for good.",
            days=UNDO_DAYS,
        ),
        hint=translate("ReasonDialog", "No names: the reason goes into the audit trail."),
        ok_text=translate("ReasonDialog", "Delete"),
        parent=parent,
    )
