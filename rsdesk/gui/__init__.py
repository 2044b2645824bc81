"""The Qt user interface: the only package of rsdesk that imports PySide6."""
