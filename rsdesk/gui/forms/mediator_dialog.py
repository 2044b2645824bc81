# Generated from ui/mediator_dialog.ui by `python -m rsdesk.gui.build forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mediator_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

class Ui_MediatorDialog(object):
    def setupUi(self, MediatorDialog):
        if not MediatorDialog.objectName():
            MediatorDialog.setObjectName(u"MediatorDialog")
        MediatorDialog.resize(520, 360)
        self.layout = QVBoxLayout(MediatorDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(MediatorDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(MediatorDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.nameError = QLabel(MediatorDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.kindLabel = QLabel(MediatorDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(MediatorDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind)

        self.kindError = QLabel(MediatorDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setText(u"")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.classLabel = QLabel(MediatorDialog)
        self.classLabel.setObjectName(u"classLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.classLabel)

        self.className = QLineEdit(MediatorDialog)
        self.className.setObjectName(u"className")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.className)

        self.classError = QLabel(MediatorDialog)
        self.classError.setObjectName(u"classError")
        self.classError.setText(u"")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.classError)

        self.positionLabel = QLabel(MediatorDialog)
        self.positionLabel.setObjectName(u"positionLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.position = QLineEdit(MediatorDialog)
        self.position.setObjectName(u"position")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.position)

        self.contactsLabel = QLabel(MediatorDialog)
        self.contactsLabel.setObjectName(u"contactsLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.contactsLabel)

        self.contacts = QLineEdit(MediatorDialog)
        self.contacts.setObjectName(u"contacts")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.contacts)

        self.sinceLabel = QLabel(MediatorDialog)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.sinceLabel)

        self.sinceRow = QHBoxLayout()
        self.sinceRow.setObjectName(u"sinceRow")
        self.since = QSpinBox(MediatorDialog)
        self.since.setObjectName(u"since")
        self.since.setMinimum(2000)
        self.since.setMaximum(2100)

        self.sinceRow.addWidget(self.since)

        self.sinceStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sinceRow.addItem(self.sinceStretch)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.sinceRow)

        self.sinceError = QLabel(MediatorDialog)
        self.sinceError.setObjectName(u"sinceError")
        self.sinceError.setText(u"")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.sinceError)

        self.leftRow = QHBoxLayout()
        self.leftRow.setObjectName(u"leftRow")
        self.left = QCheckBox(MediatorDialog)
        self.left.setObjectName(u"left")

        self.leftRow.addWidget(self.left)

        self.leftIn = QSpinBox(MediatorDialog)
        self.leftIn.setObjectName(u"leftIn")
        self.leftIn.setMinimum(2000)
        self.leftIn.setMaximum(2100)

        self.leftRow.addWidget(self.leftIn)

        self.leftStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.leftRow.addItem(self.leftStretch)


        self.form.setLayout(10, QFormLayout.ItemRole.FieldRole, self.leftRow)

        self.leftError = QLabel(MediatorDialog)
        self.leftError.setObjectName(u"leftError")
        self.leftError.setText(u"")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.leftError)

        self.keepBreaks = QCheckBox(MediatorDialog)
        self.keepBreaks.setObjectName(u"keepBreaks")
        self.keepBreaks.setText(u"")
        self.keepBreaks.setChecked(True)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.keepBreaks)

        self.noteLabel = QLabel(MediatorDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(MediatorDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.yearsHint = QLabel(MediatorDialog)
        self.yearsHint.setObjectName(u"yearsHint")
        self.yearsHint.setWordWrap(True)

        self.layout.addWidget(self.yearsHint)

        self.message = QLabel(MediatorDialog)
        self.message.setObjectName(u"message")
        self.message.setText(u"")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(MediatorDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.kindLabel.setBuddy(self.kind)
        self.classLabel.setBuddy(self.className)
        self.positionLabel.setBuddy(self.position)
        self.contactsLabel.setBuddy(self.contacts)
        self.sinceLabel.setBuddy(self.since)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.kind)
        QWidget.setTabOrder(self.kind, self.className)
        QWidget.setTabOrder(self.className, self.position)
        QWidget.setTabOrder(self.position, self.contacts)
        QWidget.setTabOrder(self.contacts, self.since)
        QWidget.setTabOrder(self.since, self.left)
        QWidget.setTabOrder(self.left, self.leftIn)
        QWidget.setTabOrder(self.leftIn, self.keepBreaks)
        QWidget.setTabOrder(self.keepBreaks, self.note)
        QWidget.setTabOrder(self.note, self.buttons)

        self.retranslateUi(MediatorDialog)

        QMetaObject.connectSlotsByName(MediatorDialog)
    # setupUi

    def retranslateUi(self, MediatorDialog):
        MediatorDialog.setWindowTitle(QCoreApplication.translate("MediatorDialog", u"Mediator", None))
        self.nameLabel.setText(QCoreApplication.translate("MediatorDialog", u"&Full name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("MediatorDialog", u"surname, first name, patronymic", None))
        self.kindLabel.setText(QCoreApplication.translate("MediatorDialog", u"&Role:", None))
        self.classLabel.setText(QCoreApplication.translate("MediatorDialog", u"&Class:", None))
        self.className.setPlaceholderText(QCoreApplication.translate("MediatorDialog", u"for example 8A", None))
        self.positionLabel.setText(QCoreApplication.translate("MediatorDialog", u"&Position:", None))
        self.position.setPlaceholderText(QCoreApplication.translate("MediatorDialog", u"for example school psychologist", None))
        self.contactsLabel.setText(QCoreApplication.translate("MediatorDialog", u"&Contacts:", None))
        self.contacts.setPlaceholderText(QCoreApplication.translate("MediatorDialog", u"phone, e-mail", None))
#if QT_CONFIG(tooltip)
        self.contacts.setToolTip(QCoreApplication.translate("MediatorDialog", u"Adults of the service see the contacts; young mediators do not.", None))
#endif // QT_CONFIG(tooltip)
        self.sinceLabel.setText(QCoreApplication.translate("MediatorDialog", u"Works in the service &since:", None))
        self.left.setText(QCoreApplication.translate("MediatorDialog", u"No &longer works in the service; the last year of work:", None))
        self.noteLabel.setText(QCoreApplication.translate("MediatorDialog", u"N&ote:", None))
        self.yearsHint.setText(QCoreApplication.translate("MediatorDialog", u"A person is on the service's roster every year from the first year of work until they leave: no year needs adding in January. The yearly statistics count by this rule.", None))
    # retranslateUi

