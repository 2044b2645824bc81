"""Correcting a recorded stage: why it changes, with whom it was held, and what it blocks now."""

from __future__ import annotations

from rsdesk.gui.programs.controller import Blocked, ProgramController
from rsdesk.gui.programs.fields import ERROR_STYLE, day_text
from rsdesk.gui.qt import (
    QComboBox,
    QCoreApplication,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from rsdesk.procedures import Stage

CORRECTION_STYLE = "QFrame#correction { background: #eef3fb; border: 1px solid #9bb7e8; }"


def blocked_text(blocked: Blocked) -> str:
    """What a correction left blocked, stage by stage, in sentences."""
    if not blocked:
        return ""
    lines = [
        QCoreApplication.translate(
            "StageCorrection",
            "After the correction these recorded stages no longer meet their conditions; "
            "nothing was removed, but check them:",
        )
    ]
    for title, reasons in blocked:
        lines.append(f"• «{title}»: " + " ".join(reasons))
    return "\n".join(lines)


class CorrectionBar(QFrame):
    """Below the form of a stage being corrected: the reason, the person (for a stage held
    with each), and «Сохранить исправление» / «Отменить»."""

    def __init__(self, controller: ProgramController, stage: Stage) -> None:
        super().__init__(objectName="correction")
        self.setStyleSheet(CORRECTION_STYLE)
        self.controller = controller
        self.stage = stage
        # What the page says at the top of its form, above what is being corrected.
        self.heading = ""
        self.who = QComboBox()
        self.reason = QLineEdit(
            placeholderText=QCoreApplication.translate(
                "StageCorrection", "e.g. the date was typed wrong"
            )
        )
        self.error = QLabel(wordWrap=True, visible=False, styleSheet=ERROR_STYLE)
        self.save = QPushButton(
            QCoreApplication.translate("StageCorrection", "&Save the correction")
        )
        self.cancel = QPushButton(QCoreApplication.translate("StageCorrection", "Ca&ncel"))
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        who_label = QLabel(QCoreApplication.translate("StageCorrection", "&Held with:"))
        who_label.setBuddy(self.who)
        self.form.addRow(who_label, self.who)
        reason_label = QLabel(
            QCoreApplication.translate("StageCorrection", "Reason for the correc&tion:")
        )
        reason_label.setBuddy(self.reason)
        self.form.addRow(reason_label, self.reason)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.form.setRowVisible(self.who, stage.per_participant)
        self.setVisible(False)

    def open_for(self, entry: dict) -> None:
        """Show the bar for one record: its day and person as recorded, an empty reason."""
        self.heading = QCoreApplication.translate(
            "StageCorrection",
            "✎ Correcting the record of {day}: change the date, the people or the fields, "
            "then give the reason below and save the correction.",
        ).format(day=day_text(entry))
        self.who.clear()
        if self.stage.per_participant:
            for pid in self.controller.holders(self.stage):
                self.who.addItem(self.controller.describe(pid), pid)
            self.who.setCurrentIndex(max(0, self.who.findData(entry.get("participant"))))
        self.reason.clear()
        self.say("")
        self.setVisible(True)

    def participant(self) -> str | None:
        return self.who.currentData() if self.stage.per_participant else None

    def say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def first_stop(self) -> QWidget:
        return self.who if self.stage.per_participant else self.reason
