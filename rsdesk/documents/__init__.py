"""Russian PDF documents made from case data, kept as encrypted vault attachments. Qt-free.

``render.render(kind, context)`` is a pure function from data to PDF bytes; ``store`` keeps
the result in the vault and exports it. Reportlab is imported by those modules only, so
importing this package (for the font helper) stays cheap.
"""
