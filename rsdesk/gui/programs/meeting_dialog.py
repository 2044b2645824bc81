"""«Назначить встречу…»: put a meeting of a program's stage in the agenda, with date and people."""

from __future__ import annotations

from datetime import date

from rsdesk.gui.programs.controller import ProgramController
from rsdesk.gui.programs.dialogs import StepDialog
from rsdesk.gui.programs.fields import PeopleList, day_row
from rsdesk.gui.qt import QCoreApplication, QLineEdit, QWidget
from rsdesk.procedures import Stage


def plan_meeting_dialog(
    controller: ProgramController,
    stage: Stage,
    parent: QWidget | None,
    pid: str | None = None,
    today: date | None = None,
) -> StepDialog:
    """The date (the future is fine), an optional time, who is invited and a short note."""
    dialog = StepDialog(
        QCoreApplication.translate("PlanMeetingDialog", "Plan a meeting"),
        QCoreApplication.translate(
            "PlanMeetingDialog",
            "The meeting «{title}» goes into the agenda of the programs area. Once the stage is "
            "recorded, the planned meeting is marked as held. The note is for the place or what "
            "to bring: nothing the participants said belongs in it.",
        ).format(title=stage.title),
        QCoreApplication.translate("PlanMeetingDialog", "Plan the meeting"),
        parent,
    )
    # A meeting is planned for a day to come; only the request's day bounds it.
    when = controller.bounds().editor(today or controller.today(), happened=False)
    at_time = QLineEdit(
        placeholderText=QCoreApplication.translate(
            "PlanMeetingDialog", "e.g. 14:30 (may stay empty)"
        )
    )
    # Whoever the core holds the stage with (a teacher too, in a parent–teacher conflict).
    holders = set(controller.holders(stage))
    options = [o for o in controller.options() if o[0] in holders]
    with_whom = PeopleList(options)
    if pid is not None and pid in holders:
        with_whom.set_chosen([pid])
    elif not stage.per_participant or len(options) == 1:
        with_whom.set_chosen([o[0] for o in options])
    note = QLineEdit(
        placeholderText=QCoreApplication.translate(
            "PlanMeetingDialog", "e.g. room 12, after the lessons"
        )
    )
    day_row(dialog.form, QCoreApplication.translate("PlanMeetingDialog", "&Date:"), when)
    dialog.form.addRow(QCoreApplication.translate("PlanMeetingDialog", "&Time:"), at_time)
    dialog.form.addRow(QCoreApplication.translate("PlanMeetingDialog", "&With whom:"), with_whom)
    dialog.form.addRow(QCoreApplication.translate("PlanMeetingDialog", "&Note:"), note)
    dialog.when, dialog.at_time = when, at_time  # type: ignore[attr-defined]
    dialog.with_whom, dialog.note = with_whom, note  # type: ignore[attr-defined]
    dialog.submit = lambda: controller.plan_meeting(
        stage, when.value(), at_time.text(), with_whom.chosen(), note.text()
    )
    return dialog
