"""Qt's own strings that Qt's Russian catalogue (qtbase_ru.qm) leaves in English.

Qt's file dialog (the one drawn by Qt, used on Linux) labels its fields from a form whose texts
carry accelerators, «&Look in:» and «Files of &type:»; qtbase_ru.qm translates only the old
texts without them. Listed here in Qt's own context, these texts go into rsdesk's catalogue,
whose translator is installed after Qt's (rsdesk/gui/language.py) and so is asked first; for
every other text Qt's catalogue answers. Nothing imports this module: it only feeds
`python -m rsdesk.gui.build translations`.
"""

from __future__ import annotations

from rsdesk.i18n import QT_TRANSLATE_NOOP

FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
