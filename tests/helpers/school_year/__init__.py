"""A school service's year lived through the real main window, chapter by chapter."""
