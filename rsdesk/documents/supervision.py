"""The case description for supervision or intervision, with every name replaced by a role."""

from __future__ import annotations

from datetime import date, datetime

from reportlab.platypus import Flowable

from rsdesk.documents import layout as lay
from rsdesk.documents.context import CaseContext, ProgramData
from rsdesk.documents.pseudonymize import Pseudonymizer
from rsdesk.documents.supervision_texts import pseudonymizer, stage_texts
from rsdesk.documents.texts import section
from rsdesk.domain.vocabulary import OUTCOME_LABELS, category_label, label
from rsdesk.i18n import translate
from rsdesk.procedures import program_title


def _stamp_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def _course(data: ProgramData, pseudo: Pseudonymizer, t) -> list[Flowable]:  # type: ignore[no-untyped-def]
    run = data.run
    if run is None:
        return []
    story: list[Flowable] = []
    last = None
    for done, text in stage_texts(data, pseudo):
        key = (done["stage"].key, done.get("at"), done.get("participant"))
        if key != last:
            last = key
            when = _stamp_day(done.get("at"))
            heading = done["stage"].title
            if done.get("participant") is not None:
                heading += f" — {pseudo.roles.get('p' + str(done['participant']), '')}"
            if when:
                heading += f" ({lay.month_year(when)})"
            story.append(lay.para(heading, "head"))
        story.append(lay.para(f"{text.label}: {text.text}"))
    if run.agreement_items:
        story.append(lay.para(t.get("agreement"), "head"))
        for item in run.agreement_items:
            who = ", ".join(pseudo.roles.get(f"p{w}", "") for w in item.get("who", []))
            story.append(lay.para(f"— {who}: {pseudo.text(item.get('what', ''))}"))
    return story


def supervision(ctx: CaseContext) -> tuple[str, bytes]:
    t = section("supervision")
    pseudo = pseudonymizer(ctx)
    case, request = ctx.card.case, ctx.card.request
    ends = [p.summary.ended_on for p in ctx.programs if p.summary.ended_on]
    end = case.closed_on or (max(ends) if ends else ctx.today)
    title = t.get("title")
    story: list[Flowable] = [
        lay.title(title),
        lay.para(t.get("notice"), "note"),
        lay.para(t.get("category", category=category_label(case.category))),
        lay.para(t.get("period", start=lay.month_year(case.opened_on), end=lay.month_year(end))),
        lay.heading(t.get("participants")),
    ]
    for person in request.participants:
        role = pseudo.roles[f"p{person.id}"]
        age = f", {person.age}" if person.age and person.is_minor else ""
        story.append(lay.para(f"— {role}{age}"))
    story += [
        lay.heading(t.get("situation")),
        lay.para(pseudo.text(request.description) if request.description else t.get("no_text")),
    ]
    for data in ctx.programs:
        program = program_title(data.summary.program_type)
        story.append(lay.heading(t.get("programs", program=program)))
        course = _course(data, pseudo, t)
        story += [lay.para(t.get("course"), "head"), *(course or [lay.para(t.get("no_text"))])]
        if data.summary.outcome in OUTCOME_LABELS:
            outcome = label(OUTCOME_LABELS, data.summary.outcome)
            story.append(lay.para(t.get("outcome", outcome=outcome), "head"))
    story += [lay.heading(t.get("questions")), *(lay.para("_" * 80) for _ in range(4))]
    # Neither the header of every page nor the author names the service: it would name the
    # school.
    author = translate("documents", "Reconciliation service")
    return title, lay.build(title, title, story, kind="supervision", author=author)
