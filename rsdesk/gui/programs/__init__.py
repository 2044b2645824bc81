"""Restorative programs in the GUI: starting one, the wizard made from its procedure, agenda."""
