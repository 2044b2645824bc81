"""The single import point for Qt: GUI modules take Qt names from here, not from PySide6.

A name is looked up in QtWidgets, QtGui and QtCore when first asked for (PEP 562), as the
star imports this replaces would have resolved it. A star import makes PySide6 build every
class of the three modules, which cost a tenth of a second at each start.
"""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets

_MODULES = (QtWidgets, QtGui, QtCore)


def __getattr__(name: str) -> Any:
    for module in _MODULES:
        value = getattr(module, name, None)
        if value is not None:
            globals()[name] = value
            return value
    raise AttributeError(f"module 'rsdesk.gui.qt' has no attribute {name!r}")
