"""What a frozen build needs first, whichever entry point (command line or window) it starts by."""

from __future__ import annotations

import sys


def freeze_support() -> None:
    """Let a frozen build's aggregation workers start here (they run the program itself).

    multiprocessing is imported only in a frozen build, where this matters: elsewhere it
    would only slow the start of the window.
    """
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
