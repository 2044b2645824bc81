"""Screenshots of the program wizard, one per stage kind, and of the programs area."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from rsdesk.domain.register import Mediator, Participant, Request, TrainingRecord
from rsdesk.procedures import Field, ProgramRun, Stage
from rsdesk.storage.cases import assign_mediator, save_program_state
from rsdesk.storage.requests import accept_request, register_request
from rsdesk.storage.roster import add_mediator, add_training, set_years
from rsdesk.storage.service import init_service

PEOPLE = (
    Participant("Петров Иван", "offender", True, class_name="7Б"),
    Participant("Петрова Анна Сергеевна", "legal_representative", False),
    Participant("Сидоров Максим", "victim", True, class_name="7Б"),
    Participant("Сидоров Олег Николаевич", "legal_representative", False),
    Participant("Кузнецова Мария Ивановна", "teacher", False),
    Participant("Орлова Елена Викторовна", "administration", False),
)
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


def sample_case(db: Database | None = None, *, today: date | None = None) -> tuple[Database, int]:
    """A school service with a trained mediator and one open case of six people."""
    today = today or date.today()
    if db is None:
        db = Database(memory=True)
        init_service(
            db,
            kind="school",
            name="МБОУ «Школа № 7»",
            region="Кузбасс",
            municipality="г. Кемерово",
            curator_name="Смирнова Ольга Петровна",
            curator_slot_id="screenshots",
            pledged_on=date.today(),
        )
    mediator = add_mediator(db, Mediator("Волкова Наталья Андреевна", "adult", position="психолог"))
    set_years(db, mediator, (today.year,))
    for module in ("M1", "M2", "M5", "M6", "M7"):
        add_training(
            db, mediator, TrainingRecord("module", today - timedelta(days=200), 36, module)
        )
    request = Request(
        received_on=today - timedelta(days=10),
        source="teacher",
        category="educational_conflict",
        description="Драка на перемене между учениками 7Б класса; у Максима разбиты очки.",
        participants=PEOPLE,
    )
    request_id = register_request(db, request, today=today)
    case_id = accept_request(
        db,
        request_id,
        decided_on=today - timedelta(days=9),
        today=today,
        accept_despite_warnings=True,
    )
    assign_mediator(db, case_id, mediator)
    return db, case_id


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


def advance(run: ProgramRun, until: str, now: datetime) -> None:
    """Everyone consents; every stage before `until` is held with sample values."""
    for person in run.participants.values():
        run.record_awareness(person.id, [a.key for a in run.procedure.awareness], now)
        run.record_consent(person.id, now)
    for stage in run.procedure.stages:
        if stage.key == until:
            return
        _hold(run, stage, now)


def _hold(run: ProgramRun, stage: Stage, now: datetime) -> None:
    values = {
        f.key: sample_value(f, run, now.date())
        for f in stage.fields
        if f.required or f.must_be_true
    }
    if stage.per_participant:
        for pid in run.pending_participants(stage.key):
            run.complete_stage(stage.key, values, now, pid)
    else:
        run.complete_stage(stage.key, values, now)


def program_shots(window: object, out_dir: Path, language: str) -> list[Path]:
    from rsdesk.gui.programs.controller import ProgramController
    from rsdesk.gui.programs.start_dialog import StartProgramDialog
    from rsdesk.gui.programs.wizard import ProgramWizard
    from rsdesk.gui.screenshots import shoot
    from rsdesk.gui.signed_in import curator_desk

    written = []
    now = datetime.now()
    db, case_id = sample_case()
    desk = curator_desk(db)
    start = StartProgramDialog(desk, case_id, lambda: None, window)  # type: ignore[arg-type]
    start.type.setCurrentIndex(start.type.findData("family_conference"))
    start.show()
    written.append(shoot(start, out_dir / f"{language}-program-start.png"))
    start.close()
    for kind, (program_type, stage_key) in KIND_SHOTS.items():
        start = StartProgramDialog(desk, case_id, lambda: None, window)  # type: ignore[arg-type]
        start.type.setCurrentIndex(start.type.findData(program_type))
        start.start()
        assert start.program_id is not None
        controller = ProgramController(desk, start.program_id, lambda: None)
        advance(controller.run, stage_key, now)
        save_program_state(db, start.program_id, controller.run.to_dict())
        controller = ProgramController(desk, start.program_id, lambda: None)
        wizard = ProgramWizard(controller, window)  # type: ignore[arg-type]
        wizard.show()
        written.append(shoot(wizard, out_dir / f"{language}-stage-{kind}.png"))
        wizard.close()
    return written
