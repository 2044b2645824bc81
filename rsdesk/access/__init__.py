"""The service layer: the register as one signed-in user may use it (roles, audit, retention)."""

from __future__ import annotations

from rsdesk.access.admin_ops import AdminOps
from rsdesk.access.case_ops import CaseOps
from rsdesk.access.desk import NotAllowedError
from rsdesk.access.request_ops import RequestOps


class Desk(CaseOps, RequestOps, AdminOps):
    """Every operation a user can do, checked against their role and recorded."""


__all__ = ["Desk", "NotAllowedError"]
