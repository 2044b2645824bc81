"""The written result of a program (agreement, family plan, protocol) and the referrer report."""

from __future__ import annotations

from reportlab.platypus import Flowable

from rsdesk.documents import layout as lay
from rsdesk.documents.context import CaseContext, DocumentError, ReferrerContext
from rsdesk.documents.program_facts import written_result
from rsdesk.documents.request_docs import person_line
from rsdesk.documents.texts import section
from rsdesk.domain.vocabulary import PROGRAM_LABELS, label
from rsdesk.i18n import translate
from rsdesk.procedures import program_title
from rsdesk.procedures.days import as_day


def program_result(ctx: CaseContext) -> tuple[str, bytes]:
    """The agreement, plan or protocol as recorded: its items, the harm repair, its days, and
    a signature line for each person who took part (program_facts.written_result)."""
    data = ctx.program()
    result = written_result(data.run) if data is not None and data.run is not None else None
    if data is None or data.run is None or result is None:
        raise DocumentError(
            translate(
                "documents",
                "The program has no written result yet: it is made at the stage of the "
                "agreement, the plan or the decision.",
            )
        )
    t = section("program_result")
    run = data.run
    kind = result.variant
    program = program_title(data.summary.program_type)
    held = result.signed_on or data.summary.ended_on or ctx.today
    params = {"program": program, "service": ctx.service.name, "date": lay.long_date(held)}
    title = t.get(f"title_{kind}", **params)
    if kind == "agreement":
        intro = (
            t.get("intro_agreement", **{**params, "date": lay.long_date(result.met_on)})
            if result.met_on
            else t.get("intro_agreement_apart", **params)
        )
    else:
        intro = t.get(f"intro_{kind}", **params)

    def names(ids: list[str]) -> str:
        people = [ctx.person(i) for i in ids]
        return ", ".join(p.full_name for p in people if p is not None)

    people = [p for p in (ctx.person(i) for i in result.signers) if p is not None]
    items = [
        (
            str(n),
            names(item.get("who", [])),
            item.get("what", ""),
            lay.long_date(d) if (d := as_day(item.get("by"))) else item.get("by", ""),
        )
        for n, item in enumerate(run.agreement_items, start=1)
    ]
    story: list[Flowable] = [lay.title(title)]
    if kind == "agreement":
        story.append(lay.para(t.get("signed_on", **params)))
    story += [
        lay.para(intro),
        lay.heading(t.get("participants")),
        lay.para("; ".join(person_line(p) for p in people) or lay.common("not_given")),
        lay.heading(t.get("items")),
    ]
    if items:
        story.append(lay.grid(t.list("item_columns"), items, (10, 45, 85, 35)))
    else:
        story.append(lay.para(t.get("no_items")))
    if result.harm_repair:
        story += [lay.heading(t.get("harm_repair")), lay.para(result.harm_repair)]
    follow_up = as_day(run.follow_up.get("date"))
    if follow_up:
        story += [lay.gap(2), lay.para(t.get("follow_up", date=lay.long_date(follow_up)))]
    story += [
        lay.gap(2),
        lay.para(t.get("voluntary"), "note"),
        lay.keep(
            lay.heading(t.get("signatures")),
            lay.signature_lines((p.full_name for p in people), result.signed_on),
        ),
    ]
    if ctx.card.mediators:
        story.append(
            lay.keep(
                lay.heading(t.get("facilitators")),
                lay.signature_lines((m.full_name for m in ctx.card.mediators), result.signed_on),
            )
        )
    return title, lay.build(title, ctx.service.name, story, kind="program_result")


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
        lay.keep(lay.para(lay.long_date(ctx.today)), lay.signature_lines([t.get("signed")])),
    ]
    return title, lay.build(title, ctx.service_name, story, kind="referrer_report")
