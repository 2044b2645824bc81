"""«Добавить в программу…»: a person of the case learned of later joins the running program."""

from __future__ import annotations

from rsdesk.domain.register import Participant
from rsdesk.domain.vocabulary import ROLE_LABELS, label
from rsdesk.gui.programs.controller import ProgramController, StepRefusedError
from rsdesk.gui.programs.dialogs import StepDialog
from rsdesk.gui.qt import (
    QComboBox,
    QCoreApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    Qt,
    QWidget,
)


def described(person: Participant) -> str:
    """«Петров Сергей (родитель или законный представитель)»."""
    role = label(ROLE_LABELS, person.role) if person.role else ""
    minor = QCoreApplication.translate("JoinDialog", "minor") if person.is_minor else ""
    return f"{person.full_name} ({', '.join(p for p in (role, minor) if p)})"


class JoinDialog(StepDialog):
    """The case's people not in the program, one to add; for a parent or legal representative,
    the minor of the program they stand for. `joined` is the engine id of whoever joined."""

    def __init__(self, controller: ProgramController, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("JoinDialog", "Add to the program"),
            QCoreApplication.translate(
                "JoinDialog",
                "Someone of the case the program did not include, for example a second parent "
                "you learned of later, takes part from now on. Then explain everything to them "
                "and record their consent, as for everyone.",
            ),
            QCoreApplication.translate("JoinDialog", "Add to the program"),
            parent,
        )
        self.controller = controller
        self.joined: str | None = None
        self.people = controller.newcomers()
        self.choice = QListWidget(objectName="newcomers")
        for person in self.people:
            item = QListWidgetItem(described(person))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.choice.addItem(item)
        rows = max(1, min(len(self.people), 5))
        self.choice.setFixedHeight(rows * (self.choice.fontMetrics().height() + 10) + 8)
        if len(self.people) == 1:
            self.choice.setCurrentRow(0)  # the only one: nothing to choose
        self.represents = QComboBox()
        self.represents_label = QLabel(
            QCoreApplication.translate("JoinDialog", "&Whose representative:")
        )
        self.represents_label.setBuddy(self.represents)
        for pid, person in controller.run.participants.items():
            if person.minor and person.role != "legal_representative":
                self.represents.addItem(controller.name(pid), int(pid))
        self.form.addRow(
            QCoreApplication.translate("JoinDialog", "&Who joins the program:"), self.choice
        )
        self.form.addRow(self.represents_label, self.represents)
        self.day = self.add_day(controller, QCoreApplication.translate("JoinDialog", "&From:"))
        self.choice.currentRowChanged.connect(lambda _row: self._chosen_changed())
        self._chosen_changed()
        self.submit = self._join

    def chosen(self) -> Participant | None:
        row = self.choice.currentRow()
        return self.people[row] if 0 <= row < len(self.people) else None

    def _chosen_changed(self) -> None:
        person = self.chosen()
        stands_for = person is not None and person.role == "legal_representative"
        self.form.setRowVisible(self.represents, stands_for and self.represents.count() > 0)

    def _join(self) -> None:
        person = self.chosen()
        if person is None or person.id is None:
            raise StepRefusedError(
                [QCoreApplication.translate("JoinDialog", "Choose who joins the program.")]
            )
        represents = None
        if person.role == "legal_representative" and self.represents.count():
            represents = self.represents.currentData()
        assert self.day is not None
        self.controller.add_participant(person.id, represents, self.day.value())
        self.joined = str(person.id)
