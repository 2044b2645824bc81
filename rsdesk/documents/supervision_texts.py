"""The free texts of a case as its supervision description gives them, every name hidden.

No drawing here: the preview shows these texts, with each replacement marked, on the GUI
thread before the document is made; ``supervision`` draws the same texts into the PDF.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from rsdesk.documents.context import CaseContext, ProgramData
from rsdesk.documents.hiding import segments
from rsdesk.documents.pseudonymize import Pseudonymizer, for_people

# Field types whose values are the mediator's words about the case; ids, dates, yes/no and
# choices say nothing a reader needs and could carry exact dates.
TEXT_TYPES = frozenset({"text", "multiline"})
# Meeting stages are left out: their notes are what was said, which the procedures promise
# «остаются в деле, никому не передаются». The description keeps the preparation, decision,
# agreement, follow-up and closure texts (closure asks what to bring to supervision).


@dataclass(frozen=True)
class HiddenText:
    """One text of the description: where it comes from, and its pieces, hidden or not."""

    label: str
    pieces: tuple[tuple[str, bool], ...]

    @property
    def text(self) -> str:
        return "".join(piece for piece, _hidden in self.pieces)


def pseudonymizer(ctx: CaseContext) -> Pseudonymizer:
    request = ctx.card.request
    mediators = []
    for n, m in enumerate(ctx.card.mediators, start=1):
        role = "Юный медиатор" if m.kind == "young" else "Ведущий"
        mediators.append((m.full_name, role if n == 1 else f"{role} {n}"))
    return for_people(
        request.participants,
        ctx.represents,
        school=ctx.service.kind == "school",
        mediators=mediators,
        places=[ctx.service.name, ctx.service.municipality, ctx.service.region, request.referrer]
        + [p.class_name for p in request.participants],
        year=ctx.card.case.opened_on.year,
        hide=ctx.hide,
    )


def hidden(pseudo: Pseudonymizer, label: str, value: str) -> HiddenText:
    return HiddenText(label, tuple(segments(pseudo.marked(value.strip()))))


def stage_texts(data: ProgramData, pseudo: Pseudonymizer) -> Iterator[tuple[dict, HiddenText]]:
    """Each recorded non-meeting stage's texts: (its completion, the hidden text)."""
    run = data.run
    if run is None:
        return
    for stage in run.procedure.stages:
        if stage.is_meeting:
            continue
        for done in run.completions.get(stage.key, []):
            for field in stage.fields:
                value = done.get("values", {}).get(field.key)
                if field.type in TEXT_TYPES and isinstance(value, str) and value.strip():
                    yield done | {"stage": stage}, hidden(pseudo, field.label, value)


def texts(ctx: CaseContext) -> list[HiddenText]:
    """Every free text the description carries, in its order, as the preview shows them."""
    pseudo = pseudonymizer(ctx)
    found = []
    if ctx.card.request.description.strip():
        found.append(hidden(pseudo, "", ctx.card.request.description))
    for data in ctx.programs:
        found += [text for _done, text in stage_texts(data, pseudo)]
        if data.run is not None:
            found += [
                hidden(pseudo, "", item.get("what", ""))
                for item in data.run.agreement_items
                if item.get("what", "").strip()
            ]
    return found
