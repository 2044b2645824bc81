"""Documents in the GUI: the case card's panel, the in-app viewer, export and print sheets."""

from rsdesk.gui.documents.panel import DocumentsPanel
from rsdesk.gui.documents.sheets import AnnualReportButton, RecoverySheetSaver
from rsdesk.gui.documents.viewer import DocumentViewer

__all__ = ["AnnualReportButton", "DocumentViewer", "DocumentsPanel", "RecoverySheetSaver"]
