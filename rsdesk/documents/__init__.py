"""Russian PDF documents made from case data, kept as encrypted vault attachments. Qt-free.

``choices`` says what a case can have made and reads its context; ``render`` draws a PDF from
that plain context (pure, for a worker); ``keeping`` keeps the result with the case and
``export`` writes a copy outside the vault. Reportlab is imported by ``render`` only, so
importing this package (for the font helper) stays cheap.
"""
