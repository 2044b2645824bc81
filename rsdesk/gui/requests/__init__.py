"""Dialogs of the register's requests: registering one with its participants, and the decision."""

from rsdesk.gui.requests.decision_dialog import DecisionDialog
from rsdesk.gui.requests.request_dialog import RequestDialog

__all__ = ["DecisionDialog", "RequestDialog"]
