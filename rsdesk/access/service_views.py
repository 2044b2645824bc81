"""What a user sees of the service: roster years, documents to make, the yearly statistics."""

from __future__ import annotations

from rsdesk.access.desk import DeskBase


class ServiceViews(DeskBase):
    pass
