"""The service layer: the register as one signed-in user may use it (roles, audit, retention)."""

from __future__ import annotations

from rsdesk.access.admin_ops import AdminOps
from rsdesk.access.case_ops import CaseOps
from rsdesk.access.case_views import CaseViews
from rsdesk.access.desk import RoleRefused
from rsdesk.access.journal_ops import JournalOps
from rsdesk.access.program_ops import ProgramOps
from rsdesk.access.request_ops import RequestOps
from rsdesk.access.service_views import ServiceViews


class Desk(JournalOps, ProgramOps, CaseViews, CaseOps, RequestOps, ServiceViews, AdminOps):
    """Every operation a user can do, checked against their role and recorded."""


__all__ = ["Desk", "RoleRefused"]
