"""What a user sees of cases and requests: the overview, the lists' filters, the card."""

from __future__ import annotations

from rsdesk.access.desk import DeskBase


class CaseViews(DeskBase):
    pass
