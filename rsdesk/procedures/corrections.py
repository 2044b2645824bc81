"""Correcting what a program has recorded: a stage's values, day and participant, the
agreement's items, a record made by mistake; and what the corrections leave blocked.

A correction replaces the record and keeps the old one in the program's history (the state
lives in the encrypted vault); everything derived from the stages follows. Later stages are
never removed: `blocked` says which of them no longer meet their gates, for the user to act.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from rsdesk.domain.refusals import PracticeRefused
from rsdesk.i18n import translate
from rsdesk.procedures.days import day_of, shown_day
from rsdesk.procedures.engine import ProgramRun, _reason, _stamp
from rsdesk.procedures.fields import FieldValueError, check_value
from rsdesk.procedures.participants import consent_gaps
from rsdesk.procedures.schema import Field, Stage


def _entry(run: ProgramRun, stage_key: str, entry: int) -> tuple[Stage, dict[str, Any]]:
    stage = run._stage(stage_key)
    entries = run.completions.get(stage_key, [])
    if not 0 <= entry < len(entries):
        raise PracticeRefused(
            translate(
                "procedures",
                "The stage «{title}» has no record number {number}.",
                title=stage.title,
                number=entry + 1,
            )
        )
    return stage, entries[entry]


def _participant(
    run: ProgramRun, stage: Stage, entry: int, participant: str | None, old: str | None
) -> str | None:
    """The participant a corrected record is held with: the one given, else the old one."""
    if not stage.per_participant:
        return None
    chosen = participant if participant is not None else old
    reasons = run._participant_reasons(stage, chosen)
    if reasons == [run._already_held(stage, chosen)] and not any(
        e["participant"] == chosen
        for i, e in enumerate(run.completions.get(stage.key, []))
        if i != entry
    ):
        reasons = []  # held with them: by this very record
    if reasons:
        raise PracticeRefused(reasons)
    assert chosen is not None
    run._require_consent(stage, chosen)
    return chosen


def correct_stage(
    run: ProgramRun,
    stage_key: str,
    entry: int,
    values: Mapping[str, Any],
    now: datetime,
    *,
    reason: str,
    participant: str | None = None,
    on: date | None = None,
    item_fulfilment: Mapping[int, str] | None = None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Replace the `entry`-th record of a stage, checked as a new record would be.

    `values` are all the stage's values as the form now holds them; `participant` and `on`
    left None keep the record's own (a correction of a text does not move its day).
    Returns the old record and the new one.
    """
    reason = _reason(reason)
    stage, old = _entry(run, stage_key, entry)
    old = copy.deepcopy(old)
    chosen = _participant(run, stage, entry, participant, old["participant"])
    cleaned, day = run._checked(stage, values, now, on or day_of(old))
    statuses = run._checked_fulfilment(stage, item_fulfilment)
    new = {**old, "participant": chosen, "values": cleaned, "on": day, "corrected": _stamp(now)}
    if statuses:
        new["item_fulfilment"] = statuses
    run.completions[stage_key][entry] = new
    run._derive()
    run._set_statuses(statuses)
    run._log(now, "stage_corrected", stage=stage_key, entry=entry, old=old, reason=reason)
    return old, copy.deepcopy(new)


def undo_stage(
    run: ProgramRun, stage_key: str, entry: int, now: datetime, *, reason: str
) -> dict[str, Any]:
    """Take back a record made by mistake (a closure too: the program runs again)."""
    reason = _reason(reason)
    stage, old = _entry(run, stage_key, entry)
    old = copy.deepcopy(old)
    del run.completions[stage_key][entry]
    if not run.completions[stage_key]:
        del run.completions[stage_key]
        if stage.bound("fulfilment") is not None:
            for item in run.agreement_items:
                item["status"] = None
    run._derive()
    run._log(now, "stage_undone", stage=stage_key, entry=entry, old=old, reason=reason)
    return old


def _item_sources(run: ProgramRun) -> list[tuple[Field, dict[str, Any]]]:
    return [
        (field, entry)
        for stage in run.procedure.stages
        if (field := stage.bound("agreement_items")) is not None
        for entry in run.completions.get(stage.key, [])
    ]


def set_agreement_items(
    run: ProgramRun,
    items: Sequence[Mapping[str, Any]],
    now: datetime,
    *,
    reason: str,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The agreement's items as edited ({who, what, by} each), while the case is not closed.

    They replace the items of the recorded agreement; an item whose text stays keeps the
    fulfilment recorded for it. Returns the old items and the new ones.
    """
    reason = _reason(reason)
    sources = _item_sources(run)
    if not sources:
        raise PracticeRefused(
            translate("procedures", "No agreement has been recorded in this program yet.")
        )
    field, last = sources[-1]
    roles = {p.id: p.role for p in run.participants.values()}
    stored, error = check_value(field, list(items), today=now.date(), roles=roles)
    if error:
        raise FieldValueError({field.key: error})
    old = copy.deepcopy(run.agreement_items)
    for source_field, entry in sources[:-1]:
        entry["values"][source_field.key] = []
    last["values"][field.key] = stored
    run._derive()
    run._log(now, "agreement_items_corrected", old=old, reason=reason)
    return old, copy.deepcopy(run.agreement_items)


def blocked(run: ProgramRun) -> list[tuple[str, tuple[str, ...]]]:
    """Recorded stages whose gates no longer hold (after a correction, a new participant…):
    their title and why, in the order of the procedure. Nothing is removed for it."""
    found = []
    for stage in run.procedure.stages:
        entries = run.completions.get(stage.key, [])
        if not entries:
            continue
        reasons: list[str] = []
        for required in stage.requires:
            if not run.is_done(required):
                reasons.append(
                    translate(
                        "procedures",
                        "The stage «{title}», which comes before it, is not finished now.",
                        title=run.procedure.stage(required).title,
                    )
                )
        if stage.requires_consent:
            reasons.extend(consent_gaps(run.procedure.consent, run.participants, run.consents))
        days = [d for d in (day_of(e) for e in entries) if d is not None]
        conflict = run.order_conflict(stage, min(days)) if days else None
        if conflict is not None:
            then, title = conflict
            reasons.append(
                translate(
                    "procedures",
                    "It is dated {day}, earlier than the stage «{title}» it follows ({then}).",
                    day=shown_day(min(days)),
                    title=title,
                    then=shown_day(then),
                )
            )
        if reasons:
            found.append((stage.title, tuple(dict.fromkeys(reasons))))
    return found
