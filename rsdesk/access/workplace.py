"""An open vault with the signed-in user's Desk: every committed operation is queued for saving.

This is the one place where a change reaches the disk: the Desk publishes each committed
operation, and the save hook, subscribed first, snapshots the vault and hands the snapshot
to the background writer. Screens subscribe after it and only redraw.
"""

from __future__ import annotations

from collections.abc import Callable

from rsdesk.access import Desk, keyring, trail_memory
from rsdesk.access.desk import RoleRefused
from rsdesk.access.trail_memory import SavedHeads
from rsdesk.domain.changes import Change
from rsdesk.domain.register import ServiceProfile
from rsdesk.i18n import translate
from rsdesk.storage import audit
from rsdesk.storage.schema import SchemaTooNewError, migrate, schema_version
from rsdesk.storage.service import curator_id, load_profile
from rsdesk.storage.users import actor, actor_for_slot
from rsdesk.vault import SaveQueue, Vault
from rsdesk.vault.errors import VaultError


class NobodysPassword(PermissionError):  # noqa: N818 (names the refusal)
    """The password opened a key slot that no roster member holds."""


def prepared(vault: Vault) -> Vault:
    """Bring an opened vault's register to this version's schema, on the thread that owns it.

    A vault from an older rsdesk is migrated and saved at once (one opened read-only, in
    memory only); one from a newer rsdesk is closed untouched and the refusal says to update.
    """
    try:
        before = schema_version(vault.db)
        if migrate(vault.db) != before and not vault.read_only:
            vault.commit()
    except SchemaTooNewError:
        vault.close(discard=True)
        raise
    return vault


def desk_for(vault: Vault) -> Desk:
    """The desk of whoever opened the vault; the recovery key is the curator's.

    A slot no roster member holds gets no rights, except in a single-password vault made
    before users existed, where the one password is the curator's.
    """
    user = None if vault.opened_with_recovery else actor_for_slot(vault.db, vault.slot_id)
    if user is None and not vault.opened_with_recovery and len(vault.slot_ids) > 1:
        raise NobodysPassword("this password belongs to no user of the register")
    if user is None:
        curator = curator_id(vault.db)
        if curator is None:
            raise LookupError("the register has no curator")
        user = actor(vault.db, curator)
    desk = Desk(vault.db, user, remove_attachment=vault.delete_attachment)
    # A file opened read-only: the Desk refuses every change, with this reason.
    desk.read_only = vault.read_only_reason
    # Students' old slots retired, the curator's and the user's own keys (keyring.py).
    keyring.settle(vault, desk)
    return desk


class Workplace:
    """The vault, its save queue and the Desk of the user who opened it.

    Made on the thread that attached the vault and owns its database: the register is
    migrated here, and everything after runs on that thread except the writer's.
    """

    def __init__(
        self,
        vault: Vault,
        *,
        on_saved: Callable[[int], None],
        on_failed: Callable[[VaultError], None],
        retry_seconds: float = 30.0,
    ) -> None:
        prepared(vault)
        self.profile: ServiceProfile | None = load_profile(vault.db)
        # Who signs in is settled before anything starts: a password nobody in the roster
        # holds raises here and leaves nothing running.
        self.desk: Desk | None = desk_for(vault) if self.profile else None
        self.vault = vault
        # The trail's newest entry, remembered on this computer once it is saved.
        self.heads = SavedHeads(vault.file_id)
        trail_memory.remember(vault.file_id, audit.head(vault.db))

        def saved(generation: int) -> None:
            self.heads.saved(generation)
            on_saved(generation)

        self.queue = SaveQueue(
            vault,
            on_saved=saved,
            on_failed=on_failed,
            retry_seconds=retry_seconds,
        )
        # The adult's Desk while a young mediator works in the session (hand_over).
        self.adult_desk: Desk | None = None
        if self.desk is not None:
            self.desk.subscribe(self._save)

    def _save(self, _change: Change) -> None:
        snapshot = self.vault.snapshot()
        self.heads.taken(snapshot.generation, audit.head(self.vault.db))
        self.queue.submit(snapshot)

    def copied(self) -> None:
        """After a copy of unsaved changes went elsewhere: the save still waiting for the
        vault's own file is taken anew, above the copy's generation, so once the file is
        back it is the newer of the two and neither is taken for a rollback of the other."""
        if self.vault.dirty:
            self._save(Change(frozenset(), frozenset()))

    # --- a session handed over to a young mediator ------------------------------------------

    def hand_over(self, young_id: int) -> Desk:
        """The session passes to a young mediator, under the adult who signed in; only that
        adult's password takes it back (take_back). Students hold no key of their own."""
        if self.desk is None or self.adult_desk is not None or self.vault.opened_with_recovery:
            raise RoleRefused(
                translate("roles", "Only an adult signed in with a password can hand over.")
            )
        young = self.desk.handed_over(young_id)
        assert isinstance(young, Desk)
        young.read_only = self.desk.read_only  # a file opened read-only stays so for them too
        young.subscribe(self._save)
        self.adult_desk, self.desk = self.desk, young
        return young

    def take_back(self, password: str) -> bool:
        """The adult's own password gives the session back to them; False for another."""
        adult, young = self.adult_desk, self.desk
        if adult is None or young is None:
            return True
        if not self.vault.verify_password(password):
            return False
        adult.took_back(young.actor.user_id)
        self.desk, self.adult_desk = adult, None
        return True

    def sign_in(self) -> tuple[int, int]:
        """What every sign-in does first: the retention purge, then the audited sign-in.

        A file opened read-only is not purged: it cannot be written, and the purge runs at
        the next sign-in that can save it.
        """
        assert self.desk is not None
        purged = (0, 0) if self.vault.read_only else self.desk.apply_retention()
        self.desk.signed_in()
        return purged
