"""The registration card of a request and the informed consents of parties and representatives."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from rsdesk.documents import layout as lay
from rsdesk.documents.context import CaseContext, DocumentError, consent_signers
from rsdesk.documents.names import by_gender, gender, in_case
from rsdesk.documents.program_facts import consent_day
from rsdesk.documents.texts import Section, section
from rsdesk.domain.register import Participant
from rsdesk.domain.vocabulary import (
    ROLE_LABELS,
    SOURCE_LABELS,
    category_label,
    label,
)
from rsdesk.i18n import translate
from rsdesk.procedures import program_title


def person_line(person: Participant) -> str:
    """«Семёнов Пётр (класс 7Б)»: how a document names a person of the case."""
    if person.class_name:
        return f"{person.full_name} ({lay.common('class_name', class_name=person.class_name)})"
    return person.full_name


def _age(person: Participant) -> str:
    group = lay.common("minor") if person.is_minor else lay.common("adult")
    return f"{group}, {person.age}" if person.age else group


def request_card(ctx: CaseContext) -> tuple[str, bytes]:
    t = section("request_card")
    request, case = ctx.card.request, ctx.card.case
    title = t.get("title", number=request.number)
    rows = [
        (t.get("received_on"), lay.long_date(request.received_on) if request.received_on else ""),
        (t.get("source"), label(SOURCE_LABELS, request.source) if request.source else ""),
        (t.get("referrer"), request.referrer),
        (t.get("category"), category_label(case.category) if case.category else ""),
        (
            t.get("case"),
            t.get("case_value", number=case.number, date=lay.long_date(case.opened_on)),
        ),
        (t.get("mediators"), ", ".join(m.full_name for m in ctx.card.mediators)),
    ]
    people = [
        (person_line(p), label(ROLE_LABELS, p.role) if p.role else "", _age(p))
        for p in request.participants
    ]
    story: list[Flowable] = [
        lay.title(title),
        lay.fields(rows),
        lay.heading(t.get("participants")),
        lay.grid(t.list("participant_columns"), people, (80, 50, 45)),
        lay.heading(t.get("description")),
        lay.para(request.description or lay.common("not_given")),
        lay.gap(10),
        lay.para(t.get("registered_by"), "head"),
        lay.signature_lines([""]),
    ]
    return title, lay.build(title, ctx.service.name, story, kind="request_card")


def _program_label(ctx: CaseContext) -> str:
    data = ctx.program()
    if data is None:
        raise DocumentError(
            translate(
                "documents", "Add a program to the case first: consent is given to a program."
            )
        )
    return program_title(data.summary.program_type)


def _minor_phrase(t: Section, minor: Participant | None) -> str:
    """«несовершеннолетнего Лебедева Кирилла (класс 7Б)», «несовершеннолетней …», or a
    wording for anyone when the name shows no sex."""
    if minor is None:
        return t.get("minor_unknown")
    sex = gender(minor.full_name)
    if sex is None:
        return t.get("minor_neutral", name=person_line(minor).replace(" (", ", ").rstrip(")"))
    name = in_case(minor.full_name, "genitive", sex)
    if minor.class_name:
        name += f" ({lay.common('class_name', class_name=minor.class_name)})"
    return t.get(f"minor_{sex}", name=name)


def _consent_page(
    kind: str, ctx: CaseContext, person: Participant, minor: Participant | None = None
) -> list[Flowable]:
    t = section(kind)
    who = person_line(person) if kind == "consent_party" else person.full_name
    params = {"participant": who, "program": _program_label(ctx), "service": ctx.service.name}
    if kind == "consent_representative":
        params["minor"] = _minor_phrase(t, minor)
    agree = by_gender(
        person.full_name,
        t.get("agree_male", **params),
        t.get("agree_female", **params),
        t.get("agree_neutral", **params),
    )
    data = ctx.program()
    consented = None
    if data is not None and data.run is not None and person.id is not None:
        consented = consent_day(data.run, str(person.id))
    return [
        lay.title(t.get("title")),
        lay.para(t.get("intro", **params)),
        lay.gap(2),
        lay.para(t.get("explained"), "head"),
        lay.gap(1),
        lay.checkboxes(t.list("items", **params)),
        lay.gap(3),
        lay.checkboxes([agree]),
        lay.gap(8),
        lay.signature_lines([who], consented),
    ]


def consents(kind: str, ctx: CaseContext) -> tuple[str, bytes]:
    """One page per person who consented or is still to be asked (context.consent_signers):
    the parties (everyone but representatives), or the legal representatives."""
    data = ctx.program()
    people = consent_signers(ctx, data) if data is not None else list(ctx.people)
    story: list[Flowable] = []
    if kind == "consent_party":
        for person in (p for p in people if p.role != "legal_representative"):
            story += [*_consent_page(kind, ctx, person), PageBreak()]
    else:
        for person in (p for p in people if p.role == "legal_representative"):
            minor_id = ctx.represents.get(person.id)  # type: ignore[arg-type]
            minor = ctx.person(minor_id) if minor_id is not None else None
            story += [*_consent_page(kind, ctx, person, minor), PageBreak()]
    if not story:
        raise DocumentError(
            translate("documents", "The case has nobody who would sign this consent.")
        )
    title = section(kind).get("title")
    return title, lay.build(title, ctx.service.name, story[:-1], kind=kind)
