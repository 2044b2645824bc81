"""Small dialogs of a program: refusal, stopping or passing it on, the confidentiality exception."""

from __future__ import annotations

from collections.abc import Callable

from rsdesk.gui.dates import DateEdit
from rsdesk.gui.programs.controller import ProgramController, StepRefusedError
from rsdesk.gui.programs.fields import ERROR_STYLE, PeopleList, day_row, first_problem
from rsdesk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QButtonGroup,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QShowEvent,
    QSize,
    Qt,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.screen_fit import fit_to_screen
from rsdesk.procedures import Stage


def _t(text: str) -> str:
    return QCoreApplication.translate("ProgramDialogs", text)


class StepDialog(QDialog):
    """An explanation, a few fields, OK/Cancel; `submit` raises StepRefusedError to stay open.

    The explanation and the fields scroll; the error line and the buttons stay below them,
    so «Отмена» and the button that records are on the screen however small it is.
    """

    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro = QLabel(intro, wordWrap=True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.error = QLabel(wordWrap=True, visible=False, styleSheet=ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("ProgramDialogs", "Cancel")
        )
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.intro)
        column.addLayout(self.form)
        column.addStretch(1)
        self.scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.submit: Callable[[], None] = lambda: None
        self.day: DateEdit | None = None
        self._ordered = False

    def add_day(self, controller: ProgramController, label: str) -> DateEdit:
        """The day the step happened: today at first, never in the future nor before the
        request came in."""
        self.day = controller.bounds().editor()
        day_row(self.form, label, self.day)
        return self.day

    def sizeHint(self) -> QSize:
        # As wide as a sentence reads well; as tall as the fields ask, the screen permitting.
        layout = self.scroll.widget().layout()
        width = 600
        tall = (
            layout.heightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.sizeHint().height()
        )
        extra = self.error.sizeHint().height() if self.error.isVisible() else 0
        return QSize(width + 40, tall + self.buttons.sizeHint().height() + extra + 48)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._ordered:
            self._ordered = True
            fit_to_screen(self)
            self._fields_first()

    def _fields_first(self) -> None:
        """Put the buttons last in the Tab order and start on the first field.

        The fields are added after the buttons were made, so Qt would put the buttons first
        and open the dialog on the button that records the step: one Space or Enter too many.
        """
        stops: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value:
                stops.append(widget)
            widget = widget.nextInFocusChain()
        fields = [w for w in stops if not self.buttons.isAncestorOf(w)]
        buttons = [w for w in stops if self.buttons.isAncestorOf(w)]
        if not fields:
            return
        for before, after in zip([fields[-1], *buttons], buttons, strict=False):
            QWidget.setTabOrder(before, after)
        first = next((w for w in fields if w.isVisibleTo(self) and w.isEnabled()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.TabFocusReason)

    def _ok(self) -> None:
        problem = first_problem(self.findChildren(DateEdit))
        if problem:
            self._say([problem])
            return
        try:
            self.submit()
        except StepRefusedError as refused:
            self._say(refused.reasons)
            return
        self.accept()

    def _say(self, reasons: list[str] | tuple[str, ...]) -> None:
        self.error.setText("\n".join(reasons))
        self.error.setVisible(True)


def reason_box() -> QPlainTextEdit:
    box = QPlainTextEdit(tabChangesFocus=True)
    box.setFixedHeight(80)
    return box


def refusal_dialog(
    controller: ProgramController, parent: QWidget | None, pid: str | None = None
) -> StepDialog:
    """Who refuses: the person chosen on the page, the only one there is, or nobody yet
    (then the dialog asks): a refusal recorded for the first person of a list by mistake
    would stop the program in someone else's name."""
    dialog = StepDialog(
        QCoreApplication.translate("ProgramDialogs", "A participant refuses"),
        QCoreApplication.translate(
            "ProgramDialogs",
            "Anyone may refuse to take part at any stage, and nobody has to explain it at length. "
            "Thank them and write down what they said. The program stops.",
        ),
        QCoreApplication.translate("ProgramDialogs", "Record the refusal and stop the program"),
        parent,
    )
    who = QComboBox()
    options = controller.options()
    if pid is None and len(options) > 1:
        who.addItem(QCoreApplication.translate("ProgramDialogs", "— choose who refuses —"), None)
    for option_id, text, _role in options:
        who.addItem(text, option_id)
    if pid is not None:
        who.setCurrentIndex(max(0, who.findData(pid)))
    reason = reason_box()
    dialog.form.addRow(QCoreApplication.translate("ProgramDialogs", "&Who refuses:"), who)
    dialog.form.addRow(
        QCoreApplication.translate("ProgramDialogs", "&Reason, in their words:"), reason
    )
    day = dialog.add_day(
        controller, QCoreApplication.translate("ProgramDialogs", "D&ate of the refusal:")
    )

    def submit() -> None:
        if who.currentData() is None:
            raise StepRefusedError(
                [QCoreApplication.translate("ProgramDialogs", "Choose who refuses.")]
            )
        controller.refuse(who.currentData(), reason.toPlainText(), day.value())

    dialog.who, dialog.reason = who, reason  # type: ignore[attr-defined]
    dialog.submit = submit
    return dialog


STOP, HAND_OVER, TRANSFER = "stop", "hand_over", "transfer"


def end_dialog(controller: ProgramController, parent: QWidget | None) -> StepDialog:
    dialog = StepDialog(
        QCoreApplication.translate("ProgramDialogs", "The mediator stops or passes on the program"),
        QCoreApplication.translate(
            "ProgramDialogs",
            "The mediator may decline to continue, hand the case to another facilitator (the "
            "program then counts as stopped), or transfer it to another service, for example a "
            "territorial one (the program counts as transferred).",
        ),
        QCoreApplication.translate("ProgramDialogs", "Record and end the program"),
        parent,
    )
    group = QButtonGroup(dialog)
    choices = QWidget()
    column = QVBoxLayout(choices)
    column.setContentsMargins(0, 0, 0, 0)
    for key, text in (
        (STOP, QCoreApplication.translate("ProgramDialogs", "&Stop the program")),
        (
            HAND_OVER,
            QCoreApplication.translate("ProgramDialogs", "&Hand over to another facilitator"),
        ),
        (TRANSFER, QCoreApplication.translate("ProgramDialogs", "&Transfer to another service")),
    ):
        button = QRadioButton(text)
        button.setProperty("key", key)
        group.addButton(button)
        column.addWidget(button)
    group.buttons()[0].setChecked(True)
    to = QLineEdit()
    to_label = QLabel(wordWrap=True)
    to_label.setBuddy(to)
    reason = reason_box()
    dialog.form.addRow(QCoreApplication.translate("ProgramDialogs", "What happens:"), choices)
    dialog.form.addRow(to_label, to)
    dialog.form.addRow(QCoreApplication.translate("ProgramDialogs", "&Reason:"), reason)
    day = dialog.add_day(controller, QCoreApplication.translate("ProgramDialogs", "D&ate:"))

    def chosen() -> str:
        return group.checkedButton().property("key")

    def update() -> None:
        # Said as the question it is: to which facilitator, or to which service.
        if chosen() == TRANSFER:
            to_label.setText(
                QCoreApplication.translate("ProgramDialogs", "To &which service the case goes:")
            )
            to.setPlaceholderText(
                QCoreApplication.translate(
                    "ProgramDialogs", "e.g. the territorial reconciliation service"
                )
            )
        else:
            to_label.setText(
                QCoreApplication.translate("ProgramDialogs", "To &which facilitator the case goes:")
            )
            to.setPlaceholderText(
                QCoreApplication.translate("ProgramDialogs", "Full name of the facilitator")
            )
        dialog.form.setRowVisible(to, chosen() != STOP)

    group.buttonToggled.connect(lambda *_: update())
    update()

    def submit() -> None:
        text = reason.toPlainText()
        if chosen() != STOP and not to.text().strip():
            raise StepRefusedError(
                [QCoreApplication.translate("ProgramDialogs", "Write to whom the case goes.")]
            )
        if chosen() == STOP:
            controller.decline(text, day.value())
        elif chosen() == HAND_OVER:
            controller.hand_over(to.text(), text, day.value())
        else:
            controller.transfer(to.text(), text, day.value())

    dialog.group, dialog.to, dialog.reason = group, to, reason  # type: ignore[attr-defined]
    dialog.to_label = to_label  # type: ignore[attr-defined]
    dialog.submit = submit
    return dialog


EXCEPTION_LABELS = {
    "threat_to_life": QT_TRANSLATE_NOOP("ProgramDialogs", "a threat to life"),
    "possible_crime": QT_TRANSLATE_NOOP("ProgramDialogs", "a possible crime"),
}


def exception_dialog(controller: ProgramController, parent: QWidget | None) -> StepDialog:
    dialog = StepDialog(
        QCoreApplication.translate("ProgramDialogs", "Exception from confidentiality"),
        QCoreApplication.translate(
            "ProgramDialogs",
            "What is said in a program stays between its participants. The one exception is "
            "information about a threat to life or a possible crime. Before passing it on, tell "
            "the participants that it will be disclosed and to whom. This record stays in the "
            "case and is never part of any report, statistics or export.",
        ),
        QCoreApplication.translate("ProgramDialogs", "Record the exception"),
        parent,
    )
    kind = QComboBox()
    for key in ("threat_to_life", "possible_crime"):
        kind.addItem(_t(EXCEPTION_LABELS[key]), key)
    options = controller.options()
    told = PeopleList(options)
    if len(options) == 1:
        told.set_chosen([options[0][0]])
    to = QLineEdit()
    dialog.form.addRow(QCoreApplication.translate("ProgramDialogs", "&What it is about:"), kind)
    when = dialog.add_day(
        controller, QCoreApplication.translate("ProgramDialogs", "W&hen it became known:")
    )
    dialog.form.addRow(
        QCoreApplication.translate("ProgramDialogs", "Participants &told beforehand:"), told
    )
    dialog.form.addRow(QCoreApplication.translate("ProgramDialogs", "&Disclosed to:"), to)
    dialog.kind, dialog.told, dialog.to = kind, told, to  # type: ignore[attr-defined]
    dialog.when = when  # type: ignore[attr-defined]
    dialog.submit = lambda: controller.confidentiality_exception(
        kind.currentData(), when.value(), told.chosen(), to.text()
    )
    return dialog


def skip_dialog(controller: ProgramController, stage: Stage, parent: QWidget | None) -> StepDialog:
    dialog = StepDialog(
        QCoreApplication.translate("ProgramDialogs", "Skip the stage"),
        QCoreApplication.translate(
            "ProgramDialogs",
            "The stage «{title}» may be left out, for example when the parties did not reach an "
            "agreement. Write down why.",
        ).format(title=stage.title),
        QCoreApplication.translate("ProgramDialogs", "Skip the stage"),
        parent,
    )
    reason = reason_box()
    dialog.form.addRow(QCoreApplication.translate("ProgramDialogs", "&Reason:"), reason)
    day = dialog.add_day(controller, QCoreApplication.translate("ProgramDialogs", "D&ate:"))
    dialog.reason = reason  # type: ignore[attr-defined]
    dialog.submit = lambda: controller.skip(stage, reason.toPlainText(), day.value())
    return dialog


def override_dialog(
    controller: ProgramController, curator: str, parent: QWidget | None
) -> StepDialog:
    warnings = "\n".join(f"• {w}" for w in controller.run.training["warnings"])
    dialog = StepDialog(
        QCoreApplication.translate("ProgramDialogs", "The curator's permission"),
        QCoreApplication.translate(
            "ProgramDialogs",
            "{warnings}\n\nThe curator may allow the program to go ahead anyway, for example "
            "with an experienced co-facilitator or under supervision. The permission and its "
            "reason are recorded.",
        ).format(warnings=warnings),
        QCoreApplication.translate("ProgramDialogs", "Allow and record"),
        parent,
    )
    who = QLineEdit(curator, readOnly=True)  # the signed-in curator gives it
    reason = reason_box()
    dialog.form.addRow(QCoreApplication.translate("ProgramDialogs", "&Curator:"), who)
    dialog.form.addRow(QCoreApplication.translate("ProgramDialogs", "&Reason:"), reason)
    day = dialog.add_day(controller, QCoreApplication.translate("ProgramDialogs", "D&ate:"))
    dialog.who, dialog.reason = who, reason  # type: ignore[attr-defined]
    dialog.submit = lambda: controller.override_training(reason.toPlainText(), day.value())
    return dialog
