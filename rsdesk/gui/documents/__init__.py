"""Documents in the GUI: the case card's panel, the in-app viewer, export and print sheets."""
