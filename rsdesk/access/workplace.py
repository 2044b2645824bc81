"""An open vault with the signed-in user's Desk: every committed operation is queued for saving.

This is the one place where a change reaches the disk: the Desk publishes each committed
operation, and the save hook, subscribed first, snapshots the vault and hands the snapshot
to the background writer. Screens subscribe after it and only redraw.
"""

from __future__ import annotations

from collections.abc import Callable

from rsdesk.access import Desk
from rsdesk.domain.changes import Change
from rsdesk.domain.register import ServiceProfile
from rsdesk.storage.schema import SchemaTooNewError, migrate, schema_version
from rsdesk.storage.service import curator_id, load_profile
from rsdesk.storage.users import actor, actor_for_slot
from rsdesk.vault import SaveQueue, Vault
from rsdesk.vault.errors import VaultError


class NobodysPassword(PermissionError):  # noqa: N818 (names the refusal)
    """The password opened a key slot that no roster member holds."""


def prepared(vault: Vault) -> Vault:
    """Bring an opened vault's register to this version's schema, on the thread that owns it.

    A vault from an older rsdesk is migrated and saved at once; one from a newer rsdesk is
    closed untouched and the refusal says to update.
    """
    try:
        before = schema_version(vault.db)
        if migrate(vault.db) != before:
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
    return Desk(vault.db, user, remove_attachment=vault.delete_attachment)


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
        self.queue = SaveQueue(
            vault, on_saved=on_saved, on_failed=on_failed, retry_seconds=retry_seconds
        )
        if self.desk is not None:
            self.desk.subscribe(self._save)

    def _save(self, _change: Change) -> None:
        self.queue.submit(self.vault.snapshot())

    def sign_in(self) -> tuple[int, int]:
        """What every sign-in does first: the retention purge, then the audited sign-in."""
        assert self.desk is not None
        purged = self.desk.apply_retention()
        self.desk.signed_in()
        return purged
