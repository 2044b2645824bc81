"""Screenshots of the program wizard, one per stage kind, and of the programs area."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rsdesk.procedures import Field, ProgramRun

if TYPE_CHECKING:
    from rsdesk.gui.programs.controller import ProgramController

# Where to stop for a picture of each stage kind: (program type, stage key).
KIND_SHOTS = {
    "preparation": ("restorative_mediation", "preparation"),
    "preliminary_meeting": ("restorative_mediation", "preliminary"),
    "consent": ("school_conference", "administration_consent"),
    "joint_meeting": ("restorative_mediation", "joint_meeting"),
    "message_round": ("shuttle_mediation", "message_round"),
    "circle": ("circle_reconciliation", "circle"),
    "information_part": ("family_conference", "information_part"),
    "private_family_time": ("family_conference", "private_family_time"),
    "plan": ("family_conference", "plan"),
    "agreement": ("restorative_mediation", "agreement"),
    "decision": ("circle_repairing_harm", "decision"),
    "follow_up": ("restorative_mediation", "follow_up"),
    "review_meeting": ("family_conference", "review"),
    "meeting": ("preventive_program", "meeting"),
    "closure": ("restorative_mediation", "closure"),
}


def sample_value(field: Field, run: ProgramRun, day: date) -> Any:
    """A plausible Russian value of a field, the way a mediator would fill it in."""
    if field.type in ("text", "multiline"):
        return "Договорились встретиться после уроков в кабинете службы примирения."
    if field.type == "date":
        ahead = 30 if field.binds == "follow_up_date" else 0
        return (day + timedelta(days=ahead)).isoformat()
    if field.type == "bool":
        return True
    if field.type == "choice":
        return field.choices[0].key
    if field.type == "number":
        return int(field.min or 1)
    ids = [p.id for p in run.participants.values() if not field.roles or p.role in field.roles]
    if field.type == "participants":
        return ids
    return [{"who": ids[:1], "what": "Извиниться и оплатить ремонт очков", "by": day.isoformat()}]


def advance(controller: ProgramController, until: str) -> None:
    """Everyone consents; every stage before `until` is held with sample values, each step
    taken through the controller (and so the Desk), as the wizard takes it."""
    day = controller.today()
    for pid in list(controller.run.participants):
        if pid not in controller.run.consents:
            controller.aware(pid, [a.key for a in controller.procedure.awareness])
            controller.consent(pid)
    for stage in controller.procedure.stages:
        if stage.key == until:
            return
        if controller.run.is_done(stage.key):
            continue
        values = {
            f.key: sample_value(f, controller.run, day)
            for f in stage.fields
            if f.required or f.must_be_true
        }
        if stage.per_participant:
            for pid in controller.pending(stage):
                controller.complete(stage, values, pid)
        else:
            controller.complete(stage, values)


def program_shots(window: object, out_dir: Path, language: str) -> list[Path]:
    from rsdesk.access.samples import add_sample_case, sample_desk
    from rsdesk.gui.programs.controller import ProgramController
    from rsdesk.gui.programs.start_dialog import StartProgramDialog
    from rsdesk.gui.programs.wizard import ProgramWizard
    from rsdesk.gui.shooting import shoot

    written = []
    desk = sample_desk()
    case_id = add_sample_case(desk)
    start = StartProgramDialog(desk, case_id, window)  # type: ignore[arg-type]
    start.type.setCurrentIndex(start.type.findData("family_conference"))
    start.show()
    written.append(shoot(start, out_dir / f"{language}-program-start.png"))
    start.close()
    for kind, (program_type, stage_key) in KIND_SHOTS.items():
        start = StartProgramDialog(desk, case_id, window)  # type: ignore[arg-type]
        start.type.setCurrentIndex(start.type.findData(program_type))
        start.start()
        assert start.program_id is not None, start.error.text()
        controller = ProgramController(desk, start.program_id)
        advance(controller, stage_key)
        wizard = ProgramWizard(controller, window)  # type: ignore[arg-type]
        wizard.show()
        written.append(shoot(wizard, out_dir / f"{language}-stage-{kind}.png"))
        wizard.close()
    return written
