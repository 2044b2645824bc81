"""The single import point for Qt: GUI modules take Qt names from here, not from PySide6."""

# ruff: noqa: F403
from PySide6.QtCore import *
from PySide6.QtGui import *
from PySide6.QtWidgets import *
