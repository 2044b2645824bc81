"""What a user does with a restorative program: start it, take each wizard step, see where it stands."""

from __future__ import annotations

from rsdesk.access.desk import DeskBase


class ProgramOps(DeskBase):
    pass
