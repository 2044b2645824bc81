# Generated from ui/welcome_page.ui by `python -m rsdesk.gui.build forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_WelcomePage(object):
    def setupUi(self, WelcomePage):
        if not WelcomePage.objectName():
            WelcomePage.setObjectName(u"WelcomePage")
        self.layout = QVBoxLayout(WelcomePage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(24, 24, 24, -1)
        self.title = QLabel(WelcomePage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.explanation = QLabel(WelcomePage)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setMaximumSize(QSize(680, 16777215))

        self.layout.addWidget(self.explanation)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.create = QPushButton(WelcomePage)
        self.create.setObjectName(u"create")

        self.buttons.addWidget(self.create)

        self.open = QPushButton(WelcomePage)
        self.open.setObjectName(u"open")

        self.buttons.addWidget(self.open)

        self.demo = QPushButton(WelcomePage)
        self.demo.setObjectName(u"demo")

        self.buttons.addWidget(self.demo)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)


        self.layout.addLayout(self.buttons)

        self.demoHint = QLabel(WelcomePage)
        self.demoHint.setObjectName(u"demoHint")
        self.demoHint.setWordWrap(True)
        self.demoHint.setMaximumSize(QSize(680, 16777215))
        self.demoHint.setStyleSheet(u"color: palette(placeholder-text);")

        self.layout.addWidget(self.demoHint)

        self.message = QLabel(WelcomePage)
        self.message.setObjectName(u"message")
        self.message.setText(u"")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)


        self.retranslateUi(WelcomePage)

        self.create.setDefault(True)


        QMetaObject.connectSlotsByName(WelcomePage)
    # setupUi

    def retranslateUi(self, WelcomePage):
        self.title.setText(QCoreApplication.translate("WelcomePage", u"Welcome to rsdesk", None))
        self.explanation.setText(QCoreApplication.translate("WelcomePage", u"rsdesk keeps the requests, cases and programs of a reconciliation service in one encrypted file on this computer. Nothing is sent anywhere. Create the file for your service, or open one you already have (for example, copied from a USB stick).", None))
        self.create.setText(QCoreApplication.translate("WelcomePage", u"&Create a service\u2026", None))
        self.open.setText(QCoreApplication.translate("WelcomePage", u"&Open a vault file\u2026", None))
        self.demo.setText(QCoreApplication.translate("WelcomePage", u"Look around in a &practice vault", None))
        self.demoHint.setText(QCoreApplication.translate("WelcomePage", u"The practice vault holds invented cases (generated names, no real people) for learning the program and for seminars. Its password is \u00ab{password}\u00bb.", None))
        pass
    # retranslateUi

