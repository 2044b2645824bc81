"""Saving a widget as it is drawn: one picture of the screenshot tour."""

from __future__ import annotations

from pathlib import Path


def shoot(widget: object, path: Path) -> Path:
    """Let pending layout and paint events run, then save the widget's picture as path."""
    from rsdesk.gui.qt import QApplication

    QApplication.processEvents()
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    return path
