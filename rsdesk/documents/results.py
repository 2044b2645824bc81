"""The written result of a program (agreement, family plan, protocol) and the referrer report."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from rsdesk.documents import layout as lay
from rsdesk.documents.context import CaseContext, DocumentError, ReferrerContext
from rsdesk.documents.request_docs import person_line
from rsdesk.documents.texts import section
from rsdesk.domain.vocabulary import PROGRAM_LABELS, label
from rsdesk.i18n import translate
from rsdesk.procedures import program_title

AGREEMENT_TYPES = frozenset({"restorative_mediation", "shuttle_mediation"})
PLAN_TYPES = frozenset({"family_conference"})


def variant(program_type: str) -> str:
    """Which written result a program type ends in: «agreement», «plan» or «protocol»."""
    if program_type in AGREEMENT_TYPES:
        return "agreement"
    return "plan" if program_type in PLAN_TYPES else "protocol"


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def program_result(ctx: CaseContext) -> tuple[str, bytes]:
    data = ctx.program()
    if data is None or data.run is None:
        raise DocumentError(
            translate(
                "documents",
                "The written result is made from a program run with the wizard; this case has "
                "none.",
            )
        )
    t = section("program_result")
    run = data.run
    kind = variant(data.summary.program_type)
    program = program_title(data.summary.program_type)
    meetings = [d for d in (_day(m.get("date")) for m in run.meetings) if d]
    held = max(meetings) if meetings else (data.summary.ended_on or ctx.today)
    params = {"program": program, "service": ctx.service.name, "date": lay.long_date(held)}
    title = t.get(f"title_{kind}", **params)

    def names(ids: list[str]) -> str:
        people = [ctx.person(i) for i in ids]
        return ", ".join(p.full_name for p in people if p is not None)

    people = [p for p in (ctx.person(i) for i in run.participants) if p is not None]
    items = [
        (
            str(n),
            names(item.get("who", [])),
            item.get("what", ""),
            lay.long_date(d) if (d := _day(item.get("by"))) else item.get("by", ""),
        )
        for n, item in enumerate(run.agreement_items, start=1)
    ]
    story: list[Flowable] = [
        lay.title(title),
        lay.para(t.get(f"intro_{kind}", **params)),
        lay.heading(t.get("participants")),
        lay.para("; ".join(person_line(p) for p in people) or lay.common("not_given")),
        lay.heading(t.get("items")),
    ]
    if items:
        story.append(lay.grid(t.list("item_columns"), items, (10, 45, 85, 35)))
    else:
        story.append(lay.para(t.get("no_items")))
    follow_up = _day(run.follow_up.get("date"))
    if follow_up:
        story += [lay.gap(2), lay.para(t.get("follow_up", date=lay.long_date(follow_up)))]
    story += [
        lay.gap(2),
        lay.para(t.get("voluntary"), "note"),
        lay.keep(
            lay.heading(t.get("signatures")), lay.signature_lines(p.full_name for p in people)
        ),
    ]
    if ctx.card.mediators:
        story.append(
            lay.keep(
                lay.heading(t.get("facilitators")),
                lay.signature_lines(m.full_name for m in ctx.card.mediators),
            )
        )
    return title, lay.build(title, ctx.service.name, story)


def _result_cells(result: dict, t) -> tuple[str, str, str, str]:  # type: ignore[no-untyped-def]
    outcome, fulfilment = result.get("outcome"), result.get("fulfilment")
    program = result.get("program_type")
    name = label(PROGRAM_LABELS, program) if program in PROGRAM_LABELS else t.get("none")
    if outcome in ("completed_with_agreement", "completed_without_agreement"):
        held = t.get("held")
    elif outcome == "stopped":
        held = t.get("not_held")
    elif outcome == "transferred":
        held = t.get("transferred")
    else:
        held = t.get("in_progress")
    agreement = {
        "completed_with_agreement": t.get("agreement_yes"),
        "completed_without_agreement": t.get("agreement_no"),
    }.get(outcome, t.get("none"))
    if outcome != "completed_with_agreement":
        kept = t.get("none")
    else:
        kept = (
            t.get(fulfilment)
            if fulfilment in ("fulfilled", "partly", "not_fulfilled")
            else (t.get("not_checked"))
        )
    return name, held, agreement, kept


def referrer_report(ctx: ReferrerContext) -> tuple[str, bytes]:
    t = section("referrer_report")
    title = t.get("title")
    received = lay.long_date(ctx.received_on) if ctx.received_on else lay.common("not_given")
    story: list[Flowable] = [
        lay.para(t.get("to", referrer=ctx.referrer or lay.common("not_given"))),
        lay.gap(6),
        lay.title(title),
        lay.para(
            t.get("intro", service=ctx.service_name, number=ctx.request_number, date=received)
        ),
        lay.gap(2),
    ]
    if ctx.results:
        rows = [_result_cells(r, t) for r in ctx.results]
        story.append(lay.grid(t.list("columns"), rows, (70, 35, 35, 40)))
    else:
        story.append(lay.para(t.get("no_programs")))
    story += [
        lay.gap(3),
        lay.para(t.get("principle"), "note"),
        lay.gap(10),
        lay.para(lay.long_date(ctx.today)),
        lay.signature_lines([t.get("signed")]),
    ]
    return title, lay.build(title, ctx.service_name, story)
