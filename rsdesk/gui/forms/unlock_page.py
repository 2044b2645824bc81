# Generated from ui/unlock_page.ui by `python -m rsdesk.gui.build forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_UnlockPage(object):
    def setupUi(self, UnlockPage):
        if not UnlockPage.objectName():
            UnlockPage.setObjectName(u"UnlockPage")
        self.layout = QVBoxLayout(UnlockPage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(24, 24, 24, -1)
        self.title = QLabel(UnlockPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.explanation = QLabel(UnlockPage)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.fileLabel = QLabel(UnlockPage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.file = QLabel(UnlockPage)
        self.file.setObjectName(u"file")
        self.file.setText(u"\u2026")
        self.file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.file)

        self.passwordLabel = QLabel(UnlockPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordRow = QHBoxLayout()
        self.passwordRow.setObjectName(u"passwordRow")
        self.password = QLineEdit(UnlockPage)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMinimumSize(QSize(280, 0))

        self.passwordRow.addWidget(self.password)

        self.unlock = QPushButton(UnlockPage)
        self.unlock.setObjectName(u"unlock")

        self.passwordRow.addWidget(self.unlock)

        self.rowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.passwordRow.addItem(self.rowSpacer)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.passwordRow)


        self.layout.addLayout(self.form)

        self.message = QLabel(UnlockPage)
        self.message.setObjectName(u"message")
        self.message.setText(u"")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.message)

        self.links = QHBoxLayout()
        self.links.setObjectName(u"links")
        self.forgot = QPushButton(UnlockPage)
        self.forgot.setObjectName(u"forgot")
        self.forgot.setFlat(True)

        self.links.addWidget(self.forgot)

        self.other = QPushButton(UnlockPage)
        self.other.setObjectName(u"other")
        self.other.setFlat(True)

        self.links.addWidget(self.other)

        self.create = QPushButton(UnlockPage)
        self.create.setObjectName(u"create")
        self.create.setFlat(True)

        self.links.addWidget(self.create)

        self.linkSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.links.addItem(self.linkSpacer)


        self.layout.addLayout(self.links)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.password, self.unlock)
        QWidget.setTabOrder(self.unlock, self.forgot)
        QWidget.setTabOrder(self.forgot, self.other)
        QWidget.setTabOrder(self.other, self.create)

        self.retranslateUi(UnlockPage)

        self.unlock.setDefault(True)


        QMetaObject.connectSlotsByName(UnlockPage)
    # setupUi

    def retranslateUi(self, UnlockPage):
        self.title.setText(QCoreApplication.translate("UnlockPage", u"Open the service's vault", None))
        self.explanation.setText(QCoreApplication.translate("UnlockPage", u"The cases of the service are kept encrypted. Enter your password to open them.", None))
        self.fileLabel.setText(QCoreApplication.translate("UnlockPage", u"File:", None))
        self.passwordLabel.setText(QCoreApplication.translate("UnlockPage", u"&Password:", None))
        self.unlock.setText(QCoreApplication.translate("UnlockPage", u"&Open", None))
        self.forgot.setText(QCoreApplication.translate("UnlockPage", u"&Forgot the password?", None))
        self.other.setText(QCoreApplication.translate("UnlockPage", u"Open &another file\u2026", None))
        self.create.setText(QCoreApplication.translate("UnlockPage", u"Create a &new service\u2026", None))
        pass
    # retranslateUi

