"""The confidentiality pledge every user accepts at their first sign-in, before any case."""

from __future__ import annotations

from html import escape

from rsdesk.domain.roles import Actor, role_label
from rsdesk.gui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


class PledgeDialog(QDialog):
    """Accept (checkbox first) or decline; the caller records the one and locks on the other.

    Built in code: the points are translatable sentences joined into one numbered list, and
    a Designer form would only hold the frame.
    """

    def __init__(self, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pledgeDialog")
        self.user = user
        self.heading = QLabel(objectName="pledgeHeading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.intro = QLabel(wordWrap=True, objectName="pledgeIntro")
        self.text = QTextBrowser(objectName="pledgeText")
        self.text.setOpenLinks(False)
        self.agree = QCheckBox(objectName="pledgeAgree")
        self.buttons = QDialogButtonBox()
        self.accept_button = QPushButton(objectName="pledgeAccept")
        self.decline_button = QPushButton(objectName="pledgeDecline")
        self.buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.decline_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.agree)
        layout.addWidget(self.buttons)
        self.agree.toggled.connect(self.accept_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.accept_button.setEnabled(False)
        self.accept_button.setDefault(True)
        self.resize(660, 680)  # all six points in view without scrolling
        self.retranslate()
        self.agree.setFocus()

    def points(self) -> list[str]:
        return [
            self.tr(
                "I keep confidential everything the participants of the programs say and "
                "everything I learn about them and their families in the work of the service. "
                "I tell it to nobody outside the program: not to classmates, colleagues, friends "
                "or my own family, neither now nor after I leave the service."
            ),
            self.tr(
                "There is one exception: a threat to someone's life or health, or a crime "
                "committed or being prepared. Then I tell the curator of the service at once "
                "(a young mediator tells the adult co-mediator or the curator), and the curator "
                "informs those the law requires. I warn the participants of this exception before "
                "the program begins."
            ),
            self.tr(
                "I do not take case data out of the program: I do not photograph the screen and "
                "do not copy the data onto paper, into messengers, e-mail, cloud storage or other "
                "files. Documents are printed or saved only through the program and only for the "
                "work of the service."
            ),
            self.tr(
                "Whenever I leave the computer, even for a minute, I lock the program (Ctrl+L) "
                "or the computer. I tell nobody my password and do not write it down where "
                "others may find it."
            ),
            self.tr(
                "I open only the cases I work on and use what I learn only for the work of the "
                "service. The program records who opened which case."
            ),
            self.tr(
                "When I leave the service, I tell the curator so that my access is closed. The "
                "pledge stays in force after I leave."
            ),
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Confidentiality pledge"))
        self.heading.setText(self.windowTitle())
        self.intro.setText(
            self.tr(
                "You signed in as {user}. Restorative programs work only when the participants "
                "trust that what they say stays with the mediators. Before you start, read the "
                "pledge and accept it; the date is recorded in the audit trail."
            ).format(user=f"{self.user.name}, {role_label(self.user.role)}")
        )
        items = "".join(f"<li style='margin-bottom: 8px'>{escape(p)}</li>" for p in self.points())
        self.text.setHtml(f"<ol style='margin-left: 0'>{items}</ol>")
        self.agree.setText(self.tr("I have &read and accept the pledge"))
        self.accept_button.setText(self.tr("&Accept"))
        self.decline_button.setText(self.tr("&Decline and lock"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
