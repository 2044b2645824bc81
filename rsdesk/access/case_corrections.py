"""Correcting an accepted case: its people, its request, its description and category, each
with the old and new values in the audit trail and the school service's transfer rule checked
again."""

from __future__ import annotations

from collections.abc import Sequence

from rsdesk.access.desk import DeskBase
from rsdesk.domain.audit import FieldChange
from rsdesk.domain.changes import CASES, PROGRAMS, REQUESTS
from rsdesk.domain.refusals import PracticeRefused, RoleRefused
from rsdesk.domain.register import Participant, Request, ValidationError
from rsdesk.domain.register_keys import TRANSFER_REASON_LABELS, register_label
from rsdesk.domain.roles import Op
from rsdesk.domain.rules import transfer_reasons, validate_request
from rsdesk.domain.vocabulary import (
    CATEGORIES,
    ROLE_LABELS,
    SOURCE_LABELS,
    category_label,
    label,
)
from rsdesk.i18n import translate
from rsdesk.procedures import program_title
from rsdesk.procedures.days import shown_day
from rsdesk.storage import cases, requests
from rsdesk.storage.events import record_event
from rsdesk.storage.service import load_profile

CORRECTED_AREAS = (CASES, REQUESTS, PROGRAMS)
PersonChange = tuple[Participant | None, Participant | None]  # (old, new); None: added, removed


def person_text(person: Participant) -> str:
    """A participant as the corrections list shows them: name, role, age group, class, age."""
    details = [
        label(ROLE_LABELS, person.role) if person.role else "",
        translate("corrections", "minor") if person.is_minor else translate("corrections", "adult"),
        person.class_name.strip(),
        translate("corrections", "age {age}", age=person.age) if person.age is not None else "",
    ]
    return translate(
        "corrections",
        "{name} — {details}",
        name=person.full_name.strip(),
        details=", ".join(d for d in details if d),
    )


def people_changes(changed: Sequence[PersonChange]) -> list[FieldChange]:
    field = translate("corrections", "Participant")
    return [
        FieldChange(field, person_text(old) if old else "", person_text(new) if new else "")
        for old, new in changed
    ]


def request_fields(request: Request) -> list[tuple[str, str]]:
    """The request's own fields as a user reads them, in the order of its form."""
    return [
        (
            translate("corrections", "Date received"),
            shown_day(request.received_on) if request.received_on else "",
        ),
        (
            translate("corrections", "Source"),
            label(SOURCE_LABELS, request.source) if request.source else "",
        ),
        (translate("corrections", "Referring organisation"), request.referrer.strip()),
        (
            translate("corrections", "Category"),
            category_label(request.category) if request.category in CATEGORIES else "",
        ),
        (translate("corrections", "Description"), request.description.strip()),
    ]


def _differences(old: Request, new: Request) -> list[FieldChange]:
    return [
        FieldChange(field, before, after)
        for (field, before), (_same, after) in zip(
            request_fields(old), request_fields(new), strict=True
        )
        if before != after
    ]


def _in_programs(types: tuple[str, ...]) -> str:
    titles = "», «".join(program_title(t) for t in types)
    if len(types) == 1:
        return translate("corrections", "in the program «{titles}»", titles=titles)
    return translate("corrections", "in the programs «{titles}»", titles=titles)


class CaseCorrections(DeskBase):
    def correction_warnings(
        self,
        case_id: int,
        *,
        category: str | None = None,
        participants: Sequence[Participant] | None = None,
    ) -> tuple[str, ...]:
        """Why a school service should transfer the case once it is corrected so
        (TRANSFER_REASONS keys), leaving out the reasons the case already had."""
        self.require(Op.VIEW_CASE, case_id)
        case = cases.get_case(self.db, case_id)
        stored = requests.participants_of(self.db, case.request_id)
        profile = load_profile(self.db)
        kind = profile.kind if profile else "territorial"
        before = transfer_reasons(kind, case.category, stored)
        after = transfer_reasons(
            kind, category or case.category, stored if participants is None else participants
        )
        return tuple(reason for reason in after if reason not in before)

    def _keeping_despite(
        self, warnings: tuple[str, ...], reason: str, despite_warnings: bool
    ) -> str:
        """The curator alone keeps in a school service a case it should transfer, and says
        why; returns the words of the warning for the case's timeline ("" without one)."""
        if not warnings:
            return ""
        said = "; ".join(register_label(TRANSFER_REASON_LABELS, key) for key in warnings)
        if not self.is_curator:
            raise RoleRefused(
                translate(
                    "corrections",
                    "A school service should transfer such a case to a territorial one: "
                    "{reasons}. Only the curator may keep it in the service.",
                    reasons=said,
                )
            )
        if not despite_warnings:
            raise PracticeRefused(
                translate(
                    "corrections",
                    "A school service should transfer such a case to a territorial one: "
                    "{reasons}. The curator may keep it in the service: confirm it and write "
                    "the reason.",
                    reasons=said,
                )
            )
        self._reason_required(reason)
        return said

    def _case_rule(
        self,
        case_id: int,
        *,
        changed: Sequence[PersonChange] = (),
        people: Sequence[Participant] | None = None,
        category: str | None = None,
        reason: str,
        despite_warnings: bool,
    ) -> str:
        """What every correction of an accepted case passes, whichever form it comes from:
        nobody a program recorded is removed or recounted, and a school service keeps the
        corrected case only as the curator confirms. Returns the warning kept ("" if none)."""
        self._keep_program_people(case_id, changed)
        warnings = self.correction_warnings(case_id, category=category, participants=people)
        return self._keeping_despite(warnings, reason, despite_warnings)

    def _kept_note(self, case_id: int, warning: str, reason: str) -> None:
        """The case's own timeline says that it stayed despite the warning, and why."""
        case = cases.get_case(self.db, case_id)
        record_event(
            self.db,
            request_id=case.request_id,
            case_id=case_id,
            kind="note",
            event_on=self.today(),
            note=translate(
                "corrections",
                "The curator kept the case in the service despite the warning ({warning}): "
                "{reason}",
                warning=warning,
                reason=reason.strip(),
            ),
        )

    # --- participants ------------------------------------------------------------------------

    def correct_participants(
        self,
        case_id: int,
        people: Sequence[Participant],
        *,
        reason: str = "",
        despite_warnings: bool = False,
    ) -> None:
        """Store the case's people as the editor holds them: changed, added, left out.

        Nobody a program names is removed, nor changes role or age group: the program has
        counted them so (consent, stages, statistics). Saving the same people writes nothing.
        """
        self.require(Op.EDIT_CASE, case_id)
        case = cases.get_case(self.db, case_id)
        changed = requests.participant_changes(self.db, case.request_id, people)
        if not changed:
            return
        warning = self._case_rule(
            case_id,
            changed=changed,
            people=people,
            reason=reason,
            despite_warnings=despite_warnings,
        )
        with self._changing(
            case_id, action="change_participants", reason=reason.strip(), areas=CORRECTED_AREAS
        ) as changes:
            changes.extend(
                people_changes(requests.correct_participants(self.db, case.request_id, people))
            )
            if warning:
                self._kept_note(case_id, warning, reason)

    def _keep_program_people(self, case_id: int, changed: Sequence[PersonChange]) -> None:
        if not changed:
            return
        in_programs = cases.program_people(self.db, case_id)
        problems = []
        for old, new in changed:
            if old is None or old.id not in in_programs:
                continue
            where = _in_programs(in_programs[old.id])
            if new is None:
                problems.append(
                    translate(
                        "corrections",
                        "{name} takes part {where}, and it is recorded: the person cannot be "
                        "removed from the case.",
                        name=old.full_name,
                        where=where,
                    )
                )
            elif new.role != old.role or bool(new.is_minor) != bool(old.is_minor):
                problems.append(
                    translate(
                        "corrections",
                        "{name} takes part {where}: the program has counted their role and "
                        "whether they are a minor, so these cannot change. The name, class "
                        "and age can be corrected.",
                        name=old.full_name,
                        where=where,
                    )
                )
        if problems:
            raise PracticeRefused(problems)

    # --- the request of the case ---------------------------------------------------------------

    def _correct_case_request(
        self,
        case_id: int,
        request_id: int,
        request: Request,
        *,
        reason: str,
        despite_warnings: bool,
    ) -> None:
        """The request form's door into an accepted case, under the rule of the card's own
        corrections: its people as correct_participants takes them, its own fields as a
        change to the case's record (with a reason), a changed category as the case's.

        The case is what the service works on and what the statistics count, so a category
        corrected in the request becomes the case's, with the transfer rule checked for it.
        """
        self.require(Op.EDIT_CASE, case_id)
        old = requests.get_request(self.db, request_id)
        errors = validate_request(request, today=self.today())
        if "received_on" not in errors:
            errors.update(self._received_problem(request_id, request))
        if errors:
            raise ValidationError(errors)
        values = _differences(old, request)
        changed = requests.participant_changes(self.db, request_id, request.participants)
        if not values and not changed:
            return
        if values:
            self._reason_required(reason)
        category = request.category if request.category != old.category else None
        warning = self._case_rule(
            case_id,
            changed=changed,
            people=request.participants,
            category=category,
            reason=reason,
            despite_warnings=despite_warnings,
        )
        with self._changing(
            case_id, action="change_request", reason=reason.strip(), areas=CORRECTED_AREAS
        ) as changes:
            written = requests.correct_request(self.db, request_id, request, today=self.today())
            if category is not None:
                cases.set_category(self.db, case_id, category)
            changes.extend(values)
            changes.extend(people_changes(written))
            if warning:
                self._kept_note(case_id, warning, reason)

    def _received_problem(self, request_id: int, request: Request) -> dict[str, str]:
        """A request cannot have come in after the work it led to began."""
        latest = requests.latest_received_on(self.db, request_id)
        if request.received_on is None or latest is None or request.received_on <= latest:
            return {}
        return {
            "received_on": translate(
                "corrections",
                "The request cannot have come in after {day}: the case already has a record "
                "on that day.",
                day=shown_day(latest),
            )
        }

    # --- description and category -------------------------------------------------------------

    def correct_case(
        self,
        case_id: int,
        *,
        description: str,
        category: str,
        reason: str,
        despite_warnings: bool = False,
    ) -> None:
        """Say again what the case is about; a change to its record, so with a reason."""
        self.require(Op.EDIT_CASE, case_id)
        errors: dict[str, str] = {}
        if not description.strip():
            errors["description"] = translate("register", "Describe the situation in a few words.")
        if category not in CATEGORIES:
            errors["category"] = translate("register", "Choose the category of the situation.")
        if not reason.strip():
            errors["reason"] = translate("roles", "Write the reason.")
        if errors:
            raise ValidationError(errors)
        self._recategorise(case_id, description, category, reason, despite_warnings)

    def set_category(self, case_id: int, category: str) -> None:
        """Re-assess what the case is about (the statistics count programs by it)."""
        self.require(Op.EDIT_CASE, case_id)
        if category not in CATEGORIES:
            raise ValidationError(
                {"category": translate("register", "Choose the category of the situation.")}
            )
        self._recategorise(case_id, None, category, "", False)

    def _recategorise(
        self,
        case_id: int,
        description: str | None,
        category: str,
        reason: str,
        despite_warnings: bool,
    ) -> None:
        card = cases.case_card(self.db, case_id)
        old_description = card.request.description
        values: list[FieldChange] = []
        if description is not None and description.strip() != old_description.strip():
            values.append(
                FieldChange(
                    translate("corrections", "Description"), old_description, description.strip()
                )
            )
        if category != card.case.category:
            values.append(
                FieldChange(
                    translate("corrections", "Category"),
                    category_label(card.case.category) if card.case.category else "",
                    category_label(category),
                )
            )
        if not values:
            return
        warning = self._case_rule(
            case_id, category=category, reason=reason, despite_warnings=despite_warnings
        )
        with self._changing(
            case_id, action="correct_case", reason=reason.strip(), areas=CORRECTED_AREAS
        ) as changes:
            if description is not None:
                cases.set_description(self.db, case_id, description)
            cases.set_category(self.db, case_id, category)
            changes.extend(values)
            if warning:
                self._kept_note(case_id, warning, reason)
