"""A school case with canaries everywhere: names with ё, «», №, notes, agreement, exception."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from rsdesk.documents.context import procedures
from rsdesk.domain.register import Participant, ProgramSummary, Request
from rsdesk.procedures import Participant as Person
from rsdesk.procedures import ProgramRun
from rsdesk.storage.cases import add_program, assign_mediator, save_program_state
from rsdesk.storage.requests import accept_request, participants_of, register_request
from rsdesk.storage.service import init_service
from rsdesk.vault import KdfParams

TODAY = date(2026, 3, 20)
SCHOOL = "МБОУ «СОШ № 3»"
TOWN = "г. Белово"
REGION = "Кемеровская область — Кузбасс"
PEOPLE = [
    Participant("Семёнов Пётр", "offender", True, class_name="7Б", age=13),
    Participant("Семёнова Алёна Викторовна", "legal_representative", False),
    Participant("Ковалёва Дарья", "victim", True, class_name="7Б", age=13),
    Participant("Ковалёв Игорь Николаевич", "legal_representative", False),
    Participant("Жукова Ольга Павловна", "teacher", False, class_name="7Б"),
]
MEDIATOR = "Соколова Ирина Петровна"
DESCRIPTION = (
    "14 марта 2026 года на перемене в школе № 3 Петя Семёнов толкнул Дашу Ковалёву, у Даши "
    "разбился телефон. Классный руководитель Жукова О. П. сообщила маме Петра, Алёне "
    "Викторовне. Семёнову сделали замечание, Ковалёвой купили чехол. 15.03.2026 отец Даши, "
    "Игорь Николаевич Ковалёв, пришёл в МБОУ «СОШ № 3» г. Белово. Кемеровская область."
)
# Words that must never leave the program: not in the referrer's report, not anywhere on disk.
NOTE_CANARY = "КАНАРЕЙКА-заметка-встречи"
ITEM_CANARY = "КАНАРЕЙКА-пункт-договора"
EXCEPTION_CANARY = "КАНАРЕЙКА-исключение-Росгвардия"
NOW = datetime(2026, 3, 16, 10, 0)

# Cheap key derivation: these tests are about documents, not about passwords.
FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


def make_service(db: Database) -> None:
    init_service(
        db,
        kind="school",
        name=SCHOOL,
        region=REGION,
        municipality=TOWN,
        curator_name=MEDIATOR,
        curator_slot_id="slot-curator",
    )


def make_case(
    db: Database,
    people: list[Participant] = PEOPLE,
    *,
    source: str = "teacher",
    referrer: str = "Классный руководитель 7Б",
) -> tuple[int, int, list[str]]:
    """A request of these people, its case with the service's mediator and a restorative
    mediation not yet begun; returns (case id, program id, the people's ids as the engine
    names them)."""
    request = Request(
        TODAY - timedelta(days=6),
        source,
        "educational_conflict",
        DESCRIPTION,
        tuple(people),
        referrer=referrer,
    )
    request_id = register_request(db, request, today=TODAY)
    case_id = accept_request(db, request_id, decided_on=TODAY - timedelta(days=5), today=TODAY)
    mediator_id = next(iter(db.query("SELECT id FROM mediators LIMIT 1")))["id"]
    assign_mediator(db, case_id, mediator_id)
    program_id = add_program(
        db,
        ProgramSummary(case_id, "restorative_mediation", started_on=TODAY - timedelta(days=4)),
        today=TODAY,
    )
    return case_id, program_id, [str(p.id) for p in participants_of(db, request_id)]


def save_run(db: Database, program_id: int, run: ProgramRun) -> None:
    """The program's state, and its row finished with the day the engine says it ended."""
    save_program_state(db, program_id, run.to_dict())
    if run.outcome is not None:
        ended = run.ended_on()
        db["programs"].update(
            program_id,
            {
                "status": "finished",
                "outcome": run.outcome,
                "ended_on": (ended or TODAY).isoformat(),
            },
        )


def make_db(db: Database) -> tuple[int, int]:
    """The service, a request, its case and a finished mediation; returns (case id, program id)."""
    make_service(db)
    case_id, program_id, ids = make_case(db)
    run = drive_mediation([int(i) for i in ids])
    save_program_state(db, program_id, run.to_dict())
    db["programs"].update(
        program_id,
        {"status": "finished", "outcome": run.outcome, "ended_on": TODAY.isoformat()},
    )
    return case_id, program_id


def cast_of(ids: list[str]) -> list[Person]:
    """PEOPLE as the engine sees them: each parent stands for the child of their surname."""
    return [
        Person(ids[0], "offender", True),
        Person(ids[1], "legal_representative", False, represents=ids[0]),
        Person(ids[2], "victim", True),
        Person(ids[3], "legal_representative", False, represents=ids[2]),
        Person(ids[4], "teacher", False),
    ]


def aware_and_agreed(run: ProgramRun, who: list[str], on: date) -> None:
    keys = [a.key for a in run.procedure.awareness]
    for pid in who:
        run.record_awareness(pid, keys, NOW, on=on)
        run.record_consent(pid, NOW, on=on)


HARM_REPAIR = "Пётр своими силами заработает на ремонт телефона и вернёт Дарье деньги до 10 апреля."
# The real days of the mediation below, all entered later, on NOW (16 March).
CONSENT_DAY = date(2026, 3, 9)
PRELIMINARY_DAY = date(2026, 3, 10)
JOINT_DAY = date(2026, 3, 12)
SIGNED_DAY = date(2026, 3, 13)
FOLLOW_UP_DAY = date(2026, 4, 13)


def mediation_with_days(ids: list[str], *, joint: list[str] | None = None) -> ProgramRun:
    """A mediation up to its agreement, every step dated when it happened and entered on NOW;
    `joint` says who came to the joint meeting (everyone when None)."""
    procedure = procedures()["restorative_mediation"]
    run = ProgramRun.start(procedure, cast_of(ids), NOW)
    aware_and_agreed(run, ids, CONSENT_DAY)
    run.complete_stage(
        "preparation", {"situation": "Ситуация на перемене, разбит телефон."}, NOW, on=CONSENT_DAY
    )
    for pid in run.pending_participants("preliminary"):
        run.complete_stage(
            "preliminary", {"date": PRELIMINARY_DAY.isoformat(), "ready_for_joint": True}, NOW, pid
        )
    came = joint if joint is not None else ids
    run.complete_stage(
        "joint_meeting",
        {"date": JOINT_DAY.isoformat(), "attendees": came, "rules_agreed": True},
        NOW,
    )
    items = [{"who": [ids[0]], "what": "Пётр извинится перед Дарьей", "by": "2026-03-20"}]
    run.complete_stage(
        "agreement",
        {
            "date": SIGNED_DAY.isoformat(),
            "items": items,
            "harm_repair": HARM_REPAIR,
            "follow_up_date": FOLLOW_UP_DAY.isoformat(),
            "signed": True,
        },
        NOW,
    )
    return run


def refused_by_the_victim(ids: list[str]) -> ProgramRun:
    """Everyone but Дарья consented and met the mediator; then Дарья refused: stopped."""
    procedure = procedures()["restorative_mediation"]
    run = ProgramRun.start(procedure, cast_of(ids), NOW)
    others = [pid for pid in ids if pid != ids[2]]
    aware_and_agreed(run, others, CONSENT_DAY)
    run.complete_stage(
        "preparation", {"situation": "Ситуация на перемене, разбит телефон."}, NOW, on=CONSENT_DAY
    )
    for pid in others:
        run.complete_stage(
            "preliminary", {"date": PRELIMINARY_DAY.isoformat(), "ready_for_joint": True}, NOW, pid
        )
    run.refuse(ids[2], "Не хочет встречаться с Петром.", NOW, on=JOINT_DAY)
    return run


def _value(field: Any, run: ProgramRun, day: date, ids: list[str]) -> Any:
    if field.type in ("text", "multiline"):
        return f"{NOTE_CANARY}: Пётр извинился перед Дашей; Алёна Викторовна согласна."
    if field.type == "date":
        return (day + timedelta(days=30) if field.binds == "follow_up_date" else day).isoformat()
    if field.type == "bool":
        return True
    if field.type == "choice":
        return field.choices[0].key
    if field.type == "number":
        return field.min if field.min is not None else 1
    if field.type == "participants":
        return [p.id for p in run.participants.values() if not field.roles or p.role in field.roles]
    return [
        {
            "who": [ids[0]],
            "what": f"Пётр Семёнов оплатит ремонт ({ITEM_CANARY})",
            "by": day.isoformat(),
        },
        {
            "who": [ids[2], ids[0]],
            "what": "Дарья и Пётр вместе сходят к классному руководителю",
            "by": day.isoformat(),
        },
    ]


def drive_mediation(ids: list[int | None]) -> ProgramRun:
    text_ids = [str(i) for i in ids]
    cast = [
        Person(text_ids[0], "offender", True),
        Person(text_ids[1], "legal_representative", False, represents=text_ids[0]),
        Person(text_ids[2], "victim", True),
        Person(text_ids[3], "legal_representative", False, represents=text_ids[2]),
        Person(text_ids[4], "teacher", False),
    ]
    procedure = procedures()["restorative_mediation"]
    run = ProgramRun.start(procedure, cast, NOW)
    for person in run.participants.values():
        run.record_awareness(person.id, [a.key for a in procedure.awareness], NOW)
        run.record_consent(person.id, NOW)
    for step, stage in enumerate(procedure.stages):
        now = NOW + timedelta(hours=step)
        values = {
            f.key: _value(f, run, now.date(), text_ids)
            for f in stage.fields
            if f.type != "bool" or f.required or f.must_be_true
        }
        if stage.per_participant:
            for pid in run.pending_participants(stage.key):
                run.complete_stage(stage.key, values, now, pid)
        else:
            run.complete_stage(stage.key, values, now)
        if stage.key == "agreement":
            run.record_confidentiality_exception(
                "threat_to_life", now.date(), [text_ids[0]], EXCEPTION_CANARY, now
            )
    return run


def pdftotext(pdf: bytes, tmp: Path, *args: str) -> str:
    """poppler's text of a PDF, whitespace folded so line breaks do not split phrases."""
    source = tmp / "doc.pdf"
    source.write_bytes(pdf)
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *args, str(source), "-"],
        capture_output=True,
        timeout=60,
    )
    source.unlink()
    if result.returncode != 0:
        raise PermissionError(result.stderr.decode("utf-8", "replace"))
    return re.sub(r"\s+", " ", result.stdout.decode("utf-8"))


def has_poppler() -> bool:
    return shutil.which("pdftotext") is not None and shutil.which("pdftoppm") is not None
