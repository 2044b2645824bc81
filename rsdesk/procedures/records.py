"""What a program's recorded stages give: their days, the meetings, the agreement's items
and its follow-up, and how a stage's values and day are checked against the others.

The meetings, items and follow-up are derived from the records (`_derive`) after every
record, correction or record taken back, so they can never disagree with the stages.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from rsdesk.domain.refusals import PracticeRefused
from rsdesk.i18n import translate
from rsdesk.procedures.days import as_day, day_of, iso_day, shown_day
from rsdesk.procedures.fields import FieldValueError, validate_values
from rsdesk.procedures.participants import Participant
from rsdesk.procedures.schema import FULFILMENT, Procedure, Stage


class Records:
    """The part of ProgramRun that reads and derives from the recorded stages."""

    procedure: Procedure
    participants: dict[str, Participant]
    awareness: dict[str, dict[str, Any]]
    consents: dict[str, dict[str, str]]
    completions: dict[str, list[dict[str, Any]]]
    skipped: dict[str, dict[str, str]]
    meetings: list[dict[str, Any]]
    agreement_items: list[dict[str, Any]]
    follow_up: dict[str, str | None]
    outcome: str | None
    ended: dict[str, Any] | None

    # -- checking a record -------------------------------------------------------------

    def _checked(
        self, stage: Stage, values: Mapping[str, Any], now: datetime, on: date | None
    ) -> tuple[dict[str, Any], str]:
        """The values as stored and the stage's day; FieldValueError naming each field."""
        roles = {p.id: p.role for p in self.participants.values()}
        cleaned = validate_values(stage, values, today=now.date(), roles=roles)
        field = stage.day_field
        day = cleaned.get(field.key) if field else None
        day = day or iso_day(on, now)
        planned = stage.bound("follow_up_date")
        planned_on = as_day(cleaned.get(planned.key)) if planned else None
        if planned and planned_on and planned_on < date.fromisoformat(day):
            assert planned is not None
            raise FieldValueError(
                {
                    planned.key: translate(
                        "procedures",
                        "«{label}»: {planned} is earlier than «{day_label}» ({day}).",
                        label=planned.label,
                        planned=shown_day(planned_on),
                        day_label=field.label if field else translate("procedures", "Date"),
                        day=shown_day(date.fromisoformat(day)),
                    )
                }
            )
        order = self.order_problem(stage, date.fromisoformat(day))
        if order:
            if field is None:
                raise FieldValueError({"on": order})
            raise FieldValueError({field.key: f"«{field.label}»: {order[0].lower()}{order[1:]}"})
        return cleaned, day

    def order_conflict(self, stage: Stage, day: date) -> tuple[date, str] | None:
        """The day and title of a stage this one follows that was held after `day`, if any."""
        for required in stage.requires:
            then = self.stage_day(required)
            if then is not None and day < then:
                return then, self.procedure.stage(required).title
        return None

    def order_problem(self, stage: Stage, day: date) -> str:
        """Why a stage cannot be dated `day` ("" when it can): not before a stage it follows."""
        conflict = self.order_conflict(stage, day)
        if conflict is None:
            return ""
        then, title = conflict
        return translate(
            "procedures",
            "The date cannot be earlier than {day}, the day of the stage «{title}» this one "
            "follows.",
            day=shown_day(then),
            title=title,
        )

    def last_stage_held(self) -> tuple[date, str] | None:
        """The latest day a stage was held and its title: a program cannot end before it."""
        found = [
            (day, stage.title)
            for stage in self.procedure.stages
            if (day := self.stage_day(stage.key)) is not None
        ]
        return max(found, key=lambda held: held[0]) if found else None

    def stage_day(self, stage_key: str) -> date | None:
        """The latest day a stage was held (with anyone); None when it was not."""
        days = [day_of(entry) for entry in self.completions.get(stage_key, [])]
        found = [d for d in days if d is not None]
        return max(found) if found else None

    def _checked_fulfilment(
        self, stage: Stage, item_fulfilment: Mapping[int, str] | None
    ) -> dict[str, str]:
        if not item_fulfilment:
            return {}
        if stage.bound("fulfilment") is None:
            raise PracticeRefused(
                translate("procedures", "This stage does not record how the agreement is kept.")
            )
        statuses = {}
        for index, status in item_fulfilment.items():
            if status not in FULFILMENT or not 0 <= int(index) < len(self.agreement_items):
                raise ValueError(f"unknown fulfilment {status!r} of item {index!r}")
            statuses[str(int(index))] = status
        return statuses

    def _set_statuses(self, statuses: Mapping[str, str]) -> None:
        for index, status in statuses.items():
            self.agreement_items[int(index)]["status"] = status

    def _closing_outcome(self) -> str:
        agreed = any(
            s.makes_agreement and self.completions.get(s.key) for s in self.procedure.stages
        )
        return "completed_with_agreement" if agreed else "completed_without_agreement"

    def attendees_of(self, stage: Stage, entry: Mapping[str, Any]) -> list[str]:
        """Who took part in a recorded meeting: its participants field and the one it was with."""
        field = stage.bound("attendees")
        attendees = list(entry["values"].get(field.key, [])) if field else []
        participant = entry.get("participant")
        if participant is not None and participant not in attendees:
            attendees.insert(0, participant)
        return attendees

    def _derive(self) -> None:
        """Meetings, agreement items and the follow-up as the recorded stages say; an item
        keeps the fulfilment recorded for it while its text stays the same."""
        known = {item["what"]: item.get("status") for item in self.agreement_items}
        meetings: list[dict[str, Any]] = []
        items: list[dict[str, Any]] = []
        follow_up: dict[str, str | None] = {"date": None, "fulfilment": None}
        for stage in self.procedure.stages:
            for entry in self.completions.get(stage.key, []):
                day = day_of(entry)
                if stage.is_meeting and day is not None:
                    meetings.append(
                        {
                            "stage": stage.key,
                            "participant": entry["participant"],
                            "date": day.isoformat(),
                            "attendees": self.attendees_of(stage, entry),
                        }
                    )
                for field in stage.fields:
                    value = entry["values"].get(field.key)
                    if field.binds is None or value is None:
                        continue
                    if field.binds == "agreement_items":
                        items.extend({**item, "status": known.get(item["what"])} for item in value)
                    elif field.binds == "follow_up_date":
                        follow_up["date"] = value
                    elif field.binds == "fulfilment":
                        follow_up["fulfilment"] = value
        self.meetings, self.agreement_items, self.follow_up = meetings, items, follow_up
        if (self.ended or {}).get("by") == "closure":
            closure = self.completions.get(self.ended["stage"]) if self.ended else None
            last = day_of(closure[-1]) if closure else None
            if closure and self.ended is not None:
                self.outcome = self._closing_outcome()
                self.ended["on"] = last.isoformat() if last else self.ended.get("on")
            else:
                self.outcome, self.ended = None, None

    # -- days ----------------------------------------------------------------------------

    def consent_day(self, participant_id: str) -> date | None:
        """The day a person gave consent; None while they have not."""
        return day_of(self.consents.get(participant_id))

    def awareness_day(self, participant_id: str) -> date | None:
        return day_of(self.awareness.get(participant_id))

    def ended_on(self) -> date | None:
        """The day the program really ended: its closure's day, or the day of the step that
        stopped it; None while it runs."""
        return day_of(self.ended) if self.outcome is not None else None

    def first_day(self) -> date | None:
        """The earliest day anything of the program happened, for the day it started."""
        records: list[Any] = [*self.awareness.values(), *self.consents.values()]
        records += [e for entries in self.completions.values() for e in entries]
        records += [*self.skipped.values(), self.ended]
        days = [d for d in (day_of(r) for r in records) if d is not None]
        return min(days) if days else None

    def participant_counts(self) -> dict[str, int]:
        """Adults and minors who took part in at least one meeting (for the yearly statistics)."""
        present = {a for meeting in self.meetings for a in meeting["attendees"]}
        minors = sum(1 for a in present if self.participants[a].minor)
        return {"adults": len(present) - minors, "minors": minors}
