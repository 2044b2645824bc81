# Generated from ui/training_dialog.ui by `python -m rsdesk.gui.build forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_TrainingDialog(object):
    def setupUi(self, TrainingDialog):
        if not TrainingDialog.objectName():
            TrainingDialog.setObjectName(u"TrainingDialog")
        TrainingDialog.resize(560, 280)
        self.layout = QVBoxLayout(TrainingDialog)
        self.layout.setObjectName(u"layout")
        self.person = QLabel(TrainingDialog)
        self.person.setObjectName(u"person")
        self.person.setText(u"")
        self.person.setWordWrap(True)

        self.layout.addWidget(self.person)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kindLabel = QLabel(TrainingDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(TrainingDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.kindError = QLabel(TrainingDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setText(u"")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.moduleLabel = QLabel(TrainingDialog)
        self.moduleLabel.setObjectName(u"moduleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.moduleLabel)

        self.module = QComboBox(TrainingDialog)
        self.module.setObjectName(u"module")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.module)

        self.moduleError = QLabel(TrainingDialog)
        self.moduleError.setObjectName(u"moduleError")
        self.moduleError.setText(u"")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.moduleError)

        self.dateLabel = QLabel(TrainingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateError = QLabel(TrainingDialog)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setText(u"")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dateError)

        self.hoursLabel = QLabel(TrainingDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hours = QDoubleSpinBox(TrainingDialog)
        self.hours.setObjectName(u"hours")
        self.hours.setDecimals(1)
        self.hours.setMaximum(400.000000000000000)
        self.hours.setSingleStep(1.000000000000000)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.hours)

        self.hoursError = QLabel(TrainingDialog)
        self.hoursError.setObjectName(u"hoursError")
        self.hoursError.setText(u"")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.hoursError)

        self.noteLabel = QLabel(TrainingDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(TrainingDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.message = QLabel(TrainingDialog)
        self.message.setObjectName(u"message")
        self.message.setText(u"")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(TrainingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.moduleLabel.setBuddy(self.module)
        self.hoursLabel.setBuddy(self.hours)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.module)
        QWidget.setTabOrder(self.module, self.hours)
        QWidget.setTabOrder(self.hours, self.note)
        QWidget.setTabOrder(self.note, self.buttons)

        self.retranslateUi(TrainingDialog)

        QMetaObject.connectSlotsByName(TrainingDialog)
    # setupUi

    def retranslateUi(self, TrainingDialog):
        TrainingDialog.setWindowTitle(QCoreApplication.translate("TrainingDialog", u"Training record", None))
        self.kindLabel.setText(QCoreApplication.translate("TrainingDialog", u"&Kind:", None))
        self.moduleLabel.setText(QCoreApplication.translate("TrainingDialog", u"&Module:", None))
        self.dateLabel.setText(QCoreApplication.translate("TrainingDialog", u"&Date:", None))
        self.hoursLabel.setText(QCoreApplication.translate("TrainingDialog", u"&Hours:", None))
        self.noteLabel.setText(QCoreApplication.translate("TrainingDialog", u"N&ote:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("TrainingDialog", u"topic, who held it, certificate number", None))
    # retranslateUi

