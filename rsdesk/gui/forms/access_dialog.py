# Generated from ui/access_dialog.ui by `python -m rsdesk.gui.build forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'access_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_AccessDialog(object):
    def setupUi(self, AccessDialog):
        if not AccessDialog.objectName():
            AccessDialog.setObjectName(u"AccessDialog")
        AccessDialog.resize(540, 300)
        self.layout = QVBoxLayout(AccessDialog)
        self.layout.setObjectName(u"layout")
        self.person = QLabel(AccessDialog)
        self.person.setObjectName(u"person")
        self.person.setText(u"")
        self.person.setWordWrap(True)
        self.person.setStyleSheet(u"font-weight: bold;")

        self.layout.addWidget(self.person)

        self.explanation = QLabel(AccessDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setText(u"")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.passwordLabel = QLabel(AccessDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(AccessDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.password)

        self.repeatLabel = QLabel(AccessDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeat = QLineEdit(AccessDialog)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeat)

        self.reveal = QCheckBox(AccessDialog)
        self.reveal.setObjectName(u"reveal")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reveal)

        self.strength = QLabel(AccessDialog)
        self.strength.setObjectName(u"strength")
        self.strength.setText(u"")
        self.strength.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.strength)


        self.layout.addLayout(self.form)

        self.message = QLabel(AccessDialog)
        self.message.setObjectName(u"message")
        self.message.setText(u"")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(AccessDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.password)
        self.repeatLabel.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.password, self.repeat)
        QWidget.setTabOrder(self.repeat, self.reveal)
        QWidget.setTabOrder(self.reveal, self.buttons)

        self.retranslateUi(AccessDialog)

        QMetaObject.connectSlotsByName(AccessDialog)
    # setupUi

    def retranslateUi(self, AccessDialog):
        AccessDialog.setWindowTitle(QCoreApplication.translate("AccessDialog", u"Password for signing in", None))
        self.passwordLabel.setText(QCoreApplication.translate("AccessDialog", u"&Password:", None))
        self.repeatLabel.setText(QCoreApplication.translate("AccessDialog", u"&Repeat it:", None))
        self.reveal.setText(QCoreApplication.translate("AccessDialog", u"&Show the password", None))
    # retranslateUi

