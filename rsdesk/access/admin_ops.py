"""The service as a whole: users, roster, profile, retention, audit trail."""

from __future__ import annotations

from dataclasses import replace

from rsdesk.access.desk import DeskBase, RoleRefused, SessionKeys
from rsdesk.domain.audit import AuditEntry
from rsdesk.domain.changes import AUDIT, CASES, PROGRAMS, REQUESTS, ROSTER, SERVICE
from rsdesk.domain.refusals import InputRefused
from rsdesk.domain.register import Mediator, ServiceProfile, TrainingRecord
from rsdesk.domain.retention import years_problem
from rsdesk.domain.roles import Actor, Decision, Op, Role
from rsdesk.domain.roster import RosterEntry, ServiceYears
from rsdesk.domain.roster_corrections import (
    mediator_changes,
    training_changes,
    training_removed,
)
from rsdesk.i18n import translate
from rsdesk.storage import audit, deletion, retention, roster, service, users
from rsdesk.storage.service import update_profile


class AdminOps(DeskBase):
    # --- signing in --------------------------------------------------------------------------

    def needs_pledge(self) -> bool:
        return users.needs_pledge(self.db, self.actor.user_id)

    def accept_pledge(self) -> None:
        with self._operation(AUDIT):
            users.accept_pledge(self.db, self.actor.user_id, self.today())
            self._audit("pledge", reason=f"v{users.PLEDGE_VERSION}")

    def signed_in(self) -> None:
        with self._operation(AUDIT):
            self._audit("login")

    # --- users -------------------------------------------------------------------------------

    def users(self) -> list[Actor]:
        self.require(Op.MANAGE_USERS)
        return users.users(self.db)

    def may_have_password(self, mediator_id: int) -> Decision:
        """A young mediator holds no key: they work in an adult's session handed to them."""
        if roster.get_mediator(self.db, mediator_id).kind == "young":
            return Decision(
                False,
                translate(
                    "roles",
                    "Young mediators have no password of their own: an adult signs in and "
                    "hands the session over to them.",
                ),
            )
        return Decision(True)

    def grant_access(self, mediator_id: int, slot_id: str) -> None:
        """Record the key slot made for a roster member's own password, and give the slot its
        audit key at once (the curator's session holds the key it is derived from)."""
        self.require(Op.MANAGE_USERS)
        allowed = self.may_have_password(mediator_id)
        if not allowed:
            raise RoleRefused(allowed.reason)
        with self._operation(ROSTER):
            users.set_slot(self.db, mediator_id, slot_id)
            self._roster_audit("grant_access", mediator_id)
            if self.keys.seal_audit_key is not None:
                self.keys.seal_audit_key(slot_id)

    def retire_young_passwords(self) -> list[str]:
        """Take the key slots young mediators were given before students held no key;
        returns them so the caller removes them from the vault. Any adult's opening does it:
        it only takes access away."""
        if self.actor.role is Role.YOUNG:
            raise RoleRefused(translate("roles", "Only an adult can do this."))
        found = users.young_with_slots(self.db)
        with self._operation(ROSTER):
            for young in found:
                users.set_slot(self.db, young.user_id, None)
                self._roster_audit("retire_password", young.user_id)
        return [young.slot_id for young in found if young.slot_id]

    def settle_curator_secrets(self, *, start: bool = False) -> None:
        """In the curator's session: keep the signing key under the curator's key only, and,
        when the curator's key was made just now (start), start signing the trail.

        Signing is started once: a trail whose record of it is gone later was rewritten, and
        the check says so rather than starting anew.
        """
        curator_key = self.keys.curator_key
        if curator_key is None:
            return
        plain = service.signing_key_plain(self.db)
        start = start and not audit.signing_started(self.db)
        if not plain and not start:
            return
        with self._operation(AUDIT, SERVICE):
            if plain:
                service.seal_signing_key(self.db, curator_key)
            if start:
                self._audit("sign_trail")
                audit.start_signing(self.db, curator_key, audit.head(self.db)[0])

    # --- a session handed over to a young mediator --------------------------------------------

    def hand_over_candidates(self) -> list[Actor]:
        """The young mediators an adult may hand this session to (not a session handed over
        already: only the adult who signed in takes it back)."""
        if self.actor.role is Role.YOUNG or self.supervisor is not None:
            return []
        return [
            users.actor(self.db, entry.mediator.id)
            for entry in roster.roster_view(self.db, self.today().year)
            if entry.mediator.kind == "young" and entry.mediator.id is not None
        ]

    def handed_over(self, young_id: int) -> DeskBase:
        """A Desk for young_id in this adult's session: the young mediator's limits hold,
        entries name them and are signed with the adult's key. Recorded in the trail."""
        if young_id not in {a.user_id for a in self.hand_over_candidates()}:
            raise RoleRefused(
                translate("roles", "The session can be handed over only to a young mediator.")
            )
        with self._operation(AUDIT):
            self._roster_audit("hand_over", young_id)
        desk = type(self)(
            self.db,
            users.actor(self.db, young_id),
            today=self._today,
            now=self._now,
            remove_attachment=self.remove_attachment,
        )
        desk.keys = SessionKeys(signer=self.keys.signer, remembered=self.keys.remembered)
        desk.supervisor = self.actor
        desk.read_only = self.read_only
        return desk

    def took_back(self, young_id: int) -> None:
        """The adult's password took the session back from young_id."""
        with self._operation(AUDIT):
            self._roster_audit("take_back", young_id)

    def revoke_access(self, mediator_id: int) -> str:
        """Forget a user's slot; returns it so the caller removes it from the vault."""
        self.require(Op.MANAGE_USERS)
        if mediator_id == self.actor.user_id:
            raise RoleRefused(translate("roles", "You cannot take away your own access."))
        slot_id = roster.get_mediator(self.db, mediator_id).slot_id
        if not slot_id:
            raise RoleRefused(translate("roles", "This person has no password."))
        with self._operation(ROSTER):
            users.set_slot(self.db, mediator_id, None)
            self._roster_audit("revoke_access", mediator_id)
        return slot_id

    def _roster_audit(self, action: str, mediator_id: int) -> None:
        self._audit(action, object_kind="mediator", object_id=mediator_id)

    # --- roster ------------------------------------------------------------------------------

    def roster_view(self, year: int | None = None) -> list[RosterEntry]:
        """The roster; without contact details and notes for a young mediator."""
        entries = roster.roster_view(self.db, year)
        if self.may(Op.VIEW_CONTACTS):
            return entries
        return [
            replace(entry, mediator=replace(entry.mediator, contacts="", note=""))
            for entry in entries
        ]

    def list_mediators(self, year: int | None = None) -> list[Mediator]:
        return [entry.mediator for entry in self.roster_view(year)]

    def add_mediator(self, mediator: Mediator, service: ServiceYears | None = None) -> int:
        """A new roster member, serving from `service` (by default the mediator's years, or
        this year when none is given) on."""
        self.require(Op.EDIT_ROSTER)
        if service is None:
            service = ServiceYears(tuple(sorted(set(mediator.years))) or (self.today().year,))
        with self._operation(ROSTER):
            mediator_id = roster.add_mediator(
                self.db, replace(mediator, slot_id=None), service, this_year=self.today().year
            )
            self._roster_audit("change_roster", mediator_id)
        return mediator_id

    def update_mediator(
        self, mediator_id: int, mediator: Mediator, service: ServiceYears | None = None
    ) -> None:
        """Edit a roster member; their password slot is kept, and a curator stays one.

        Without `service` the mediator's years are written (none given: kept) and the year
        they left is kept.
        The corrected role and years of service are audited with their old and new values.
        """
        self.require(Op.EDIT_ROSTER)
        current = roster.get_mediator(self.db, mediator_id)
        current_service = roster.service_of(self.db, mediator_id)
        if current.is_curator and not mediator.is_curator:
            if mediator_id == self.actor.user_id:
                raise RoleRefused(
                    translate(
                        "roles",
                        "You cannot take the curator's role from yourself; another curator can.",
                    )
                )
            if users.curator_count(self.db) <= 1:
                raise RoleRefused(translate("roles", "The service must keep a curator."))
        if mediator.kind == "young" and current.slot_id:
            # A student holds no key: the slot must leave the vault first (revoke_access).
            raise RoleRefused(
                translate(
                    "roles",
                    "Take away this person's password first: young mediators have none.",
                )
            )
        if service is None:
            listed = tuple(sorted(set(mediator.years))) or current_service.listed
            service = ServiceYears(listed, current_service.left_in)
        with self._operation(ROSTER):
            roster.update_mediator(
                self.db,
                mediator_id,
                replace(mediator, slot_id=current.slot_id),
                service,
                this_year=self.today().year,
            )
            self._audit(
                "change_roster",
                object_kind="mediator",
                object_id=mediator_id,
                changes=mediator_changes(current, current_service, mediator, service),
            )

    def add_training(self, mediator_id: int, record: TrainingRecord) -> int:
        self.require(Op.EDIT_ROSTER)
        with self._operation(ROSTER):
            training_id = roster.add_training(self.db, mediator_id, record, today=self.today())
            self._roster_audit("change_roster", mediator_id)
        return training_id

    def update_training(self, training_id: int, record: TrainingRecord) -> None:
        """Correct a training record: its kind, module, date, hours or note."""
        self.require(Op.EDIT_ROSTER)
        with self._operation(ROSTER):
            old = roster.update_training(self.db, training_id, record, today=self.today())
            self._audit(
                "correct_training",
                object_kind="mediator",
                object_id=old.mediator_id,
                changes=training_changes(old, record),
            )

    def delete_training(self, training_id: int) -> None:
        """Remove a training record; the audit keeps what it said."""
        self.require(Op.EDIT_ROSTER)
        with self._operation(ROSTER):
            old = roster.get_training(self.db, training_id)
            roster.delete_training(self.db, training_id)
            self._audit(
                "delete_training",
                object_kind="mediator",
                object_id=old.mediator_id,
                changes=training_removed(old),
            )

    def set_years(self, mediator_id: int, years: tuple[int, ...]) -> None:
        """The years listed for a mediator; the year they left stays as it is."""
        self.require(Op.EDIT_ROSTER)
        with self._operation(ROSTER):
            roster.set_years(self.db, mediator_id, years)
            self._roster_audit("change_roster", mediator_id)

    # --- the service -------------------------------------------------------------------------

    def update_profile(self, *, name: str, region: str, municipality: str) -> ServiceProfile:
        self.require(Op.EDIT_PROFILE)
        with self._operation(SERVICE):
            profile = update_profile(self.db, name=name, region=region, municipality=municipality)
            self._audit("change_settings", object_kind="service")
        return profile

    # --- retention ---------------------------------------------------------------------------

    def retention_years(self) -> int:
        return retention.retention_years(self.db)

    def set_retention_years(self, years: int) -> None:
        self.require(Op.SET_RETENTION)
        problem = years_problem(years)
        if problem:
            raise InputRefused({"retention_years": problem})
        with self._operation(SERVICE):
            retention.set_retention_years(self.db, years)
            self._audit("change_settings", object_kind="service", reason=f"retention={years}")

    def retention_due(self) -> int:
        """How many closed cases and decided requests the next purge will empty."""
        cases, requests = retention.due(self.db, self.today())
        return len(cases) + len(requests)

    def apply_retention(self) -> tuple[int, int]:
        """Purge what the retention period and the undo window release; any sign-in runs it.

        Returns (cases and requests emptied of personal data, deleted cases erased). The
        entries are the application's own (no user), because the rule acts, not the person
        signed in.
        """
        today = self.today()
        due_cases, due_requests = retention.due(self.db, today)
        attachments: list[str] = []
        with self._operation(CASES, REQUESTS, PROGRAMS, AUDIT):
            for case_id in due_cases:
                attachments += retention.purge_case(self.db, case_id, today)
                audit.record(
                    self.db,
                    None,
                    "purge_retention",
                    object_kind="case",
                    object_id=case_id,
                    label=self._number(case_id),
                    at=self._now(),
                )
            for request_id in due_requests:
                retention.purge_request(self.db, request_id, today)
                audit.record(
                    self.db,
                    None,
                    "purge_retention",
                    object_kind="request",
                    object_id=request_id,
                    at=self._now(),
                )
            erased = deletion.due_for_purge(self.db, today)
            for case_id in erased:
                number, files = deletion.erase_case(self.db, case_id)
                attachments += files
                audit.record(
                    self.db,
                    None,
                    "purge_deleted",
                    object_kind="case",
                    object_id=case_id,
                    label=number,
                    at=self._now(),
                )
        for attachment in attachments:
            if self.remove_attachment is not None:
                self.remove_attachment(attachment)
        return len(due_cases) + len(due_requests), len(erased)

    # --- the audit trail ---------------------------------------------------------------------

    def audit_entries(self, **filters) -> list[AuditEntry]:
        self.require(Op.VIEW_AUDIT)
        return audit.entries(self.db, **filters)

    def verify_audit(self) -> list[str]:
        """Problems of the trail. The curator's session also checks every signature, which
        nobody else's password can make; without the curator's key only the chain."""
        self.require(Op.VIEW_AUDIT)
        return audit.verify(self.db, self._trail_check())

    def _trail_check(self) -> audit.TrailCheck | None:
        curator_key = self.keys.curator_key
        if curator_key is None:
            return None
        from rsdesk.access.keyring import audit_key

        return audit.TrailCheck(
            curator_key,
            lambda slot_id: audit_key(curator_key, slot_id),
            {a.slot_id: a.user_id for a in users.users(self.db) if a.slot_id},
            users.young_ids(self.db),
            self.keys.remembered(),
        )
