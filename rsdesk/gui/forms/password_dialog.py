# Generated from ui/password_dialog.ui by `python -m rsdesk.gui.build forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(520, 260)
        self.layout = QVBoxLayout(PasswordDialog)
        self.layout.setObjectName(u"layout")
        self.explanation = QLabel(PasswordDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setText(u"")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.currentLabel = QLabel(PasswordDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.current = QLineEdit(PasswordDialog)
        self.current.setObjectName(u"current")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current)

        self.newLabel = QLabel(PasswordDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newPassword = QLineEdit(PasswordDialog)
        self.newPassword.setObjectName(u"newPassword")
        self.newPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newPassword)

        self.repeatLabel = QLabel(PasswordDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeat = QLineEdit(PasswordDialog)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeat)

        self.strength = QLabel(PasswordDialog)
        self.strength.setObjectName(u"strength")
        self.strength.setText(u"")
        self.strength.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.strength)


        self.layout.addLayout(self.form)

        self.message = QLabel(PasswordDialog)
        self.message.setObjectName(u"message")
        self.message.setText(u"")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(PasswordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.currentLabel.setBuddy(self.current)
        self.newLabel.setBuddy(self.newPassword)
        self.repeatLabel.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PasswordDialog)

        QMetaObject.connectSlotsByName(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"Change password", None))
        self.currentLabel.setText(QCoreApplication.translate("PasswordDialog", u"&Current password:", None))
        self.newLabel.setText(QCoreApplication.translate("PasswordDialog", u"&New password:", None))
        self.repeatLabel.setText(QCoreApplication.translate("PasswordDialog", u"&Repeat it:", None))
    # retranslateUi

