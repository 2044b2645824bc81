# Generated from ui/about_dialog.ui by `python -m rsdesk.gui.build forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(520, 360)
        self.layout = QVBoxLayout(AboutDialog)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(AboutDialog)
        self.title.setObjectName(u"title")
        self.title.setText(u"rsdesk")
        self.title.setStyleSheet(u"font-size: 20pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.version = QLabel(AboutDialog)
        self.version.setObjectName(u"version")

        self.layout.addWidget(self.version)

        self.description = QLabel(AboutDialog)
        self.description.setObjectName(u"description")
        self.description.setWordWrap(True)

        self.layout.addWidget(self.description)

        self.licence = QLabel(AboutDialog)
        self.licence.setObjectName(u"licence")
        self.licence.setWordWrap(True)

        self.layout.addWidget(self.licence)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(AboutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(AboutDialog)
        self.buttons.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About rsdesk", None))
        self.version.setText(QCoreApplication.translate("AboutDialog", u"Version {version}", None))
        self.description.setText(QCoreApplication.translate("AboutDialog", u"The workplace of a school or territorial reconciliation service: requests and cases, restorative programs step by step, documents, and the yearly statistics for the regional centre. Works without internet; all case data is kept in one encrypted file.", None))
        self.licence.setText(QCoreApplication.translate("AboutDialog", u"Free software under the GNU General Public License, version 3 or later. The PT Sans font is used under the SIL Open Font License 1.1.", None))
    # retranslateUi

