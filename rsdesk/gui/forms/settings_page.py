# Generated from ui/settings_page.ui by `python -m rsdesk.gui.build forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        self.layout = QVBoxLayout(SettingsPage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(24, 24, 24, -1)
        self.title = QLabel(SettingsPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.languageLabel = QLabel(SettingsPage)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(SettingsPage)
        self.language.addItem(u"\u0420\u0443\u0441\u0441\u043a\u0438\u0439")
        self.language.addItem(u"English")
        self.language.setObjectName(u"language")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.autoLockLabel = QLabel(SettingsPage)
        self.autoLockLabel.setObjectName(u"autoLockLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.autoLockLabel)

        self.autoLock = QSpinBox(SettingsPage)
        self.autoLock.setObjectName(u"autoLock")
        self.autoLock.setMinimum(0)
        self.autoLock.setMaximum(240)
        self.autoLock.setValue(10)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.autoLock)


        self.layout.addLayout(self.form)

        self.autoLockNote = QLabel(SettingsPage)
        self.autoLockNote.setObjectName(u"autoLockNote")
        self.autoLockNote.setWordWrap(True)
        self.autoLockNote.setVisible(False)

        self.layout.addWidget(self.autoLockNote)

        self.hint = QLabel(SettingsPage)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(u"color: palette(placeholder-text);")

        self.layout.addWidget(self.hint)

        self.dataGroup = QGroupBox(SettingsPage)
        self.dataGroup.setObjectName(u"dataGroup")
        self.dataLayout = QVBoxLayout(self.dataGroup)
        self.dataLayout.setObjectName(u"dataLayout")
        self.retentionRow = QHBoxLayout()
        self.retentionRow.setObjectName(u"retentionRow")
        self.retentionLabel = QLabel(self.dataGroup)
        self.retentionLabel.setObjectName(u"retentionLabel")

        self.retentionRow.addWidget(self.retentionLabel)

        self.retentionYears = QSpinBox(self.dataGroup)
        self.retentionYears.setObjectName(u"retentionYears")
        self.retentionYears.setKeyboardTracking(False)
        self.retentionYears.setMinimumWidth(70)
        self.retentionYears.setMaximumWidth(90)

        self.retentionRow.addWidget(self.retentionYears)

        self.retentionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.retentionRow.addItem(self.retentionSpacer)


        self.dataLayout.addLayout(self.retentionRow)

        self.retentionInfo = QLabel(self.dataGroup)
        self.retentionInfo.setObjectName(u"retentionInfo")
        self.retentionInfo.setWordWrap(True)

        self.dataLayout.addWidget(self.retentionInfo)

        self.purgedNote = QLabel(self.dataGroup)
        self.purgedNote.setObjectName(u"purgedNote")
        self.purgedNote.setWordWrap(True)
        self.purgedNote.setStyleSheet(u"color: #1b5e20;")

        self.dataLayout.addWidget(self.purgedNote)

        self.auditRow = QHBoxLayout()
        self.auditRow.setObjectName(u"auditRow")
        self.auditButton = QPushButton(self.dataGroup)
        self.auditButton.setObjectName(u"auditButton")

        self.auditRow.addWidget(self.auditButton)

        self.auditHint = QLabel(self.dataGroup)
        self.auditHint.setObjectName(u"auditHint")
        self.auditHint.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.auditHint.sizePolicy().hasHeightForWidth())
        self.auditHint.setSizePolicy(sizePolicy)
        self.auditHint.setStyleSheet(u"color: palette(placeholder-text);")

        self.auditRow.addWidget(self.auditHint)


        self.dataLayout.addLayout(self.auditRow)

        self.accessNote = QLabel(self.dataGroup)
        self.accessNote.setObjectName(u"accessNote")
        self.accessNote.setWordWrap(True)
        self.accessNote.setStyleSheet(u"color: palette(placeholder-text);")

        self.dataLayout.addWidget(self.accessNote)


        self.layout.addWidget(self.dataGroup)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.language)
        self.autoLockLabel.setBuddy(self.autoLock)
        self.retentionLabel.setBuddy(self.retentionYears)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.title.setText(QCoreApplication.translate("SettingsPage", u"Settings", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsPage", u"Interface &language:", None))

        self.autoLockLabel.setText(QCoreApplication.translate("SettingsPage", u"&Lock after idle:", None))
        self.autoLock.setSuffix(QCoreApplication.translate("SettingsPage", u" min", None))
        self.autoLock.setSpecialValueText(QCoreApplication.translate("SettingsPage", u"never", None))
        self.hint.setText(QCoreApplication.translate("SettingsPage", u"Settings are applied at once and remembered for the next start. Locking hides the cases and removes the decrypted data and keys from memory; the password opens them again.", None))
        self.dataGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Data and access", None))
        self.retentionLabel.setText(QCoreApplication.translate("SettingsPage", u"&Keep personal data after a case is closed, years:", None))
        self.auditButton.setText(QCoreApplication.translate("SettingsPage", u"&Audit trail\u2026", None))
        self.auditHint.setText(QCoreApplication.translate("SettingsPage", u"Who opened, changed, exported or deleted what, and when.", None))
        pass
    # retranslateUi

