"""A restorative program as the start dialog and the wizard see it, and what starting one takes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from rsdesk.domain.agenda import PlannedMeeting
from rsdesk.domain.register import Case, Mediator, Participant, ProgramSummary
from rsdesk.domain.roles import Decision

if TYPE_CHECKING:
    from rsdesk.procedures import ProgramRun


class NotGuided(LookupError):  # noqa: N818 (a state of the program, not an error)
    """The program was recorded without the step-by-step guide: it has no engine state yet."""

    def __init__(self, program_id: int, case_id: int) -> None:
        super().__init__(program_id)
        self.program_id = program_id
        self.case_id = case_id


@dataclass(frozen=True)
class Facilitator:
    """A roster member who may be chosen to facilitate a program (no contact details)."""

    mediator: Mediator


@dataclass(frozen=True)
class StartForm:
    """What the start dialog offers for one case."""

    case: Case
    people: tuple[Participant, ...]
    roster: tuple[Facilitator, ...]
    chosen: frozenset[int]  # the facilitators ticked at first: the program's, else the case's
    represents: Mapping[int, int | None]  # a guess of whom each legal representative stands for
    existing: ProgramSummary | None  # a program recorded without the guide, now being set up
    may_override: Decision  # whether this user may allow a program despite a training warning


@dataclass(frozen=True)
class StartCheck:
    """Where a chosen team stands for a program type on a case."""

    # One line per facilitator: the name and why they may not lead it ("" when trained).
    verdicts: tuple[tuple[str, str], ...]
    warnings: tuple[str, ...]  # missing training the curator may allow despite
    problems: tuple[str, ...]  # what keeps the program from starting with this team


@dataclass(frozen=True)
class ProgramStart:
    """A program to start: its type, the team, who takes part and, maybe, the permission."""

    program_type: str
    facilitator_ids: tuple[int, ...]
    taking_part: tuple[int, ...]  # participant ids of the case
    started_on: date
    represents: Mapping[int, int | None] = field(default_factory=dict)
    # The curator's reason to allow it despite a training warning; None: no permission asked.
    override_reason: str | None = None
    program_id: int | None = None  # set up a program recorded without the guide


@dataclass(frozen=True)
class ProgramProgress:
    """Where a program stands after its latest step, as the register holds it."""

    program: ProgramSummary
    run: ProgramRun
    # A young mediator's agreement with the curator: "pending", "signed", "returned" or "".
    agreement_review: str
    planned: tuple[PlannedMeeting, ...]  # meetings of the program planned and not yet held
    # The earliest day a step may have: the day the request came in (the latest is today).
    earliest: date | None = None
    # Recorded stages whose gates no longer hold, after a correction or a newcomer: the
    # stage's title and why. They stay recorded; the user decides what to do.
    blocked: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class ProgramView:
    """Everything the wizard shows of one program."""

    progress: ProgramProgress
    case_number: str
    people: Mapping[str, Participant]  # by the engine's id for them
    editable: Decision  # whether this user may change the case now, and why not
    may_override: Decision  # whether this user may allow it despite a training warning
    # The case's participants not (yet) in the program, who may join it (AddParticipant).
    not_in_program: tuple[Participant, ...] = ()

    @property
    def earliest(self) -> date | None:
        """The earliest day a step may have: the day the request came in."""
        return self.progress.earliest
