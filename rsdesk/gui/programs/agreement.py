"""The agreement after it is signed: its points edited (with a reason) and how each was kept."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rsdesk.gui.dates import format_date
from rsdesk.gui.programs.controller import Blocked, ProgramController
from rsdesk.gui.programs.dialogs import StepDialog, reason_box
from rsdesk.gui.programs.fields import AgreementItems
from rsdesk.gui.qt import QComboBox, QCoreApplication, QGridLayout, QLabel, QWidget
from rsdesk.procedures import Stage
from rsdesk.procedures.days import as_day


def point_text(controller: ProgramController, number: int, item: Mapping[str, Any]) -> str:
    """«1. Извиниться — Петров Иван; срок: 30.09.2026»."""
    who = ", ".join(controller.name(pid) for pid in item.get("who", []))
    text = f"{number}. {item.get('what', '')}" + (f" — {who}" if who else "")
    by = as_day(item.get("by"))
    if by is None:
        return text
    return (
        text
        + "; "
        + QCoreApplication.translate("AgreementPoints", "by {date}").format(date=format_date(by))
    )


class PointsKept(QWidget):
    """At the check-up: beside each point of the agreement, whether it was kept."""

    def __init__(self, controller: ProgramController, stage: Stage) -> None:
        super().__init__()
        self.controller = controller
        field = stage.bound("fulfilment")
        self.choices = [(c.key, c.label) for c in field.choices] if field else []
        self.heading = QLabel(
            QCoreApplication.translate("AgreementPoints", "How each point was kept:"),
            wordWrap=True,
        )
        self.heading.setStyleSheet("font-weight: bold;")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.addWidget(self.heading, 0, 0, 1, 2)
        self.grid.setColumnStretch(0, 1)
        self.combos: list[QComboBox] = []
        self.labels: list[QLabel] = []

    def show_points(self, statuses: Mapping[Any, str] | None = None) -> None:
        """The agreement's points as the program holds them; `statuses` ({index: status})
        as recorded, else each point's own."""
        for widget in [*self.combos, *self.labels]:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.combos, self.labels = [], []
        items = self.controller.run.agreement_items
        for index, item in enumerate(items):
            label = QLabel(point_text(self.controller, index + 1, item), wordWrap=True)
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("AgreementPoints", "— not marked —"), None)
            for key, text in self.choices:
                combo.addItem(text, key)
            combo.setAccessibleName(label.text())
            label.setBuddy(combo)
            given = (statuses or {}).get(str(index), (statuses or {}).get(index))
            status = given if statuses is not None else item.get("status")
            combo.setCurrentIndex(max(0, combo.findData(status)))
            self.grid.addWidget(label, index + 1, 0)
            self.grid.addWidget(combo, index + 1, 1)
            self.labels.append(label)
            self.combos.append(combo)
        self.setVisible(bool(items))

    def value(self) -> dict[int, str]:
        return {
            index: combo.currentData()
            for index, combo in enumerate(self.combos)
            if combo.currentData() is not None
        }

    def set_enabled(self, enabled: bool) -> None:
        for combo in self.combos:
            combo.setEnabled(enabled)


def items_dialog(controller: ProgramController, parent: QWidget | None) -> StepDialog:
    """«Изменить пункты договора…»: the points as recorded, to edit, and why they change.

    `dialog.blocked` holds, once saved, the stages the change left blocked.
    """
    dialog = StepDialog(
        QCoreApplication.translate("AgreementPoints", "Change the points of the agreement"),
        QCoreApplication.translate(
            "AgreementPoints",
            "Change a point the parties agreed to change, or correct a mistake. The old and "
            "the new wording are kept in the case's history with the reason. A point whose "
            "wording stays keeps what was recorded about how it was kept.",
        ),
        QCoreApplication.translate("AgreementPoints", "Save the points"),
        parent,
    )
    items = AgreementItems(controller.options(), controller.bounds())
    items.set_value([dict(item) for item in controller.run.agreement_items])
    reason = reason_box()
    dialog.form.addRow(QCoreApplication.translate("AgreementPoints", "Points:"), items)
    dialog.form.addRow(QCoreApplication.translate("AgreementPoints", "&Why they change:"), reason)
    dialog.items, dialog.reason = items, reason  # type: ignore[attr-defined]
    dialog.blocked = []  # type: ignore[attr-defined]

    def submit() -> None:
        blocked: Blocked = controller.edit_items(items.value(), reason.toPlainText())
        dialog.blocked = blocked  # type: ignore[attr-defined]

    dialog.submit = submit
    return dialog
