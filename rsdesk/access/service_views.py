"""What a user sees of the service: roster years, documents to make, the yearly statistics."""

from __future__ import annotations

from dataclasses import replace

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from rsdesk.access.desk import DeskBase, RoleRefused
from rsdesk.documents.choices import Choice, available, context_for
from rsdesk.documents.context import AnnualContext, CaseContext, ReferrerContext, annual_context
from rsdesk.documents.supervision_texts import HiddenText, texts
from rsdesk.domain.changes import AUDIT
from rsdesk.domain.refusals import Refused
from rsdesk.domain.roles import Op
from rsdesk.i18n import translate
from rsdesk.stats.fileformat import sign
from rsdesk.stats.yearly import compute_payload
from rsdesk.storage.roster import years_served
from rsdesk.storage.service import SigningKeyLocked, signing_key


class ServiceViews(DeskBase):
    def _signing_key(self) -> Ed25519PrivateKey:
        """The signing key opens only with the curator's key (rsdesk/access/keyring.py)."""
        try:
            return signing_key(self.db, self.keys.curator_key)
        except SigningKeyLocked:
            raise RoleRefused(
                translate(
                    "roles",
                    "The statistics file is signed with a key that only the curator's "
                    "password opens. Ask the curator to sign in and export it.",
                )
            ) from None

    # --- the roster --------------------------------------------------------------------------

    def roster_years(self) -> list[int]:
        """The years to show the roster by: each year someone served, and this one; newest
        first, so a year typed into a form appears at once."""
        return sorted(set(years_served(self.db)) | {self.today().year}, reverse=True)

    # --- documents of a case -----------------------------------------------------------------

    def document_choices(self, case_id: int) -> list[Choice]:
        """The documents that can be made for the case now, for whoever may see it."""
        self.require(Op.VIEW_CASE, case_id)
        return available(self.db, case_id, today=self.today())

    def document_context(
        self, case_id: int, kind: str, program_id: int | None = None, hide: tuple[str, ...] = ()
    ) -> CaseContext | ReferrerContext:
        """What a case document is drawn from, as plain data a worker may render; hide: more
        words the user chose to hide in the texts that leave the case."""
        self.require(Op.VIEW_CASE, case_id)
        context = context_for(self.db, case_id, kind, today=self.today(), program_id=program_id)
        return replace(context, hide=tuple(hide)) if isinstance(context, CaseContext) else context

    def supervision_texts(self, case_id: int, hide: tuple[str, ...] = ()) -> list[HiddenText]:
        """The free texts of the supervision description as they will leave the case, each
        replacement marked, for the user to read before the document is made."""
        context = self.document_context(case_id, "supervision", hide=hide)
        assert isinstance(context, CaseContext)
        return texts(context)

    # --- the yearly statistics ---------------------------------------------------------------

    def stats_preview(self, year: int) -> dict:
        """The year's `rsdesk-stats` payload, shown in full before anything is written."""
        self.require(Op.VIEW_STATS)
        return compute_payload(self.db, year, generated=self.today())

    def annual_report_context(self, year: int) -> AnnualContext:
        """The year's figures as the printable annual report shows them (counts, no names)."""
        return annual_context(self.stats_preview(year), self.today())

    def export_stats(self, year: int, payload: dict) -> dict:
        """Sign the payload the user was shown and record the export; returns the document.

        The payload is counted again and must be the same: the file then holds exactly what
        the user saw, and nothing the register does not say. The signing key stays here.
        """
        self.require(Op.EXPORT_STATS)
        if compute_payload(self.db, year, generated=self.today()) != payload:
            raise Refused(
                translate(
                    "stats",
                    "The figures have changed since they were shown. Show them again, check "
                    "them and save.",
                )
            )
        with self._operation(AUDIT):
            document = sign(payload, self._signing_key())
            self._audit("export_stats", object_kind="statistics", label=str(year))
        return document
