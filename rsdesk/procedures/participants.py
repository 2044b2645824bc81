"""The people of a program as the engine sees them, and who still owes consent."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from rsdesk.domain.register import Participant as Person
from rsdesk.domain.vocabulary import PARTICIPANT_ROLES, ROLE_LABELS, label
from rsdesk.i18n import translate
from rsdesk.procedures.schema import ConsentRule


@dataclass(frozen=True)
class Participant:
    """A person of the case by id only; names stay in the case, never in the program state."""

    id: str
    role: str
    minor: bool
    # For a legal representative: the id of the minor they represent.
    represents: str | None = None

    def __post_init__(self) -> None:
        if self.role not in PARTICIPANT_ROLES:
            raise ValueError(f"unknown participant role {self.role!r}")
        if self.represents is not None and self.role != "legal_representative":
            raise ValueError("only a legal representative represents someone")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "role": self.role,
            "minor": self.minor,
            "represents": self.represents,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Participant:
        return cls(str(data["id"]), str(data["role"]), bool(data["minor"]), data.get("represents"))


def engine_people(
    people: Iterable[Person], represents: Mapping[int, int | None]
) -> list[Participant]:
    """The case's people as the engine sees them: the register id as text, role, age group."""
    found = []
    for person in people:
        assert person.id is not None and person.role is not None
        minor_id = represents.get(person.id) if person.role == "legal_representative" else None
        found.append(
            Participant(
                str(person.id),
                person.role,
                bool(person.is_minor),
                str(minor_id) if minor_id is not None else None,
            )
        )
    return found


def guess_represented(people: Iterable[Person]) -> dict[int, int | None]:
    """Whom each legal representative stands for: a minor sharing the surname, else the first."""
    people = list(people)
    minors = [p for p in people if p.is_minor and p.role != "legal_representative"]
    guess: dict[int, int | None] = {}
    for person in people:
        if person.role != "legal_representative" or person.id is None:
            continue
        stem = person.full_name.split()[0][:-1].lower() if person.full_name.split() else ""
        same = [m for m in minors if stem and m.full_name.lower().startswith(stem)]
        chosen = (same or minors or [None])[0]
        guess[person.id] = chosen.id if chosen is not None else None
    return guess


def describe(participant: Participant) -> str:
    """How a message names a participant: the case's id for them, then their role.

    The screens put the name in place of the id: «Орлов Никита» (сторона конфликта). The
    messages around it read with the name first, so the role never stands as a subject.
    """
    return f"«{participant.id}» ({label(ROLE_LABELS, participant.role)})"


def consent_gaps(
    rule: ConsentRule, participants: Mapping[str, Participant], consented: Mapping[str, Any]
) -> list[str]:
    """Why not everyone whose consent the procedure needs has given it; empty when all have."""
    reasons: list[str] = []
    present = {p.role for p in participants.values()}
    for role in rule.required_roles:
        if role not in present:
            reasons.append(
                translate(
                    "procedures",
                    "No participant with the role «{role}» is in the program, and their voluntary "
                    "consent is needed.",
                    role=label(ROLE_LABELS, role),
                )
            )
    for person in participants.values():
        if person.role in rule.roles and person.id not in consented:
            reasons.append(
                translate("procedures", "The consent of {who} is missing.", who=describe(person))
            )
        if rule.needs_representative(person.role, person.minor):
            representatives = [
                p
                for p in participants.values()
                if p.role == "legal_representative" and p.represents == person.id
            ]
            if not representatives:
                reasons.append(
                    translate(
                        "procedures",
                        "{who} is a minor: add their parent or legal representative to the "
                        "program and ask for their consent.",
                        who=describe(person),
                    )
                )
            elif not any(p.id in consented for p in representatives):
                # Named by the representative: the minor's own consent may be there already.
                reasons.append(
                    translate(
                        "procedures",
                        "The consent of the legal representative {representative}, who stands "
                        "for {who}, is missing.",
                        representative=", ".join(f"«{p.id}»" for p in representatives),
                        who=describe(person),
                    )
                )
    return reasons
