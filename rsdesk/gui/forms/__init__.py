"""Python forms generated from ui/*.ui by `python -m rsdesk.gui.build forms`: do not edit."""
