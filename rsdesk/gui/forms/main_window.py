# Generated from ui/main_window.ui by `python -m rsdesk.gui.build forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QListWidget, QListWidgetItem,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1040, 680)
        self.actionCreate = QAction(MainWindow)
        self.actionCreate.setObjectName(u"actionCreate")
        self.actionOpen = QAction(MainWindow)
        self.actionOpen.setObjectName(u"actionOpen")
#if QT_CONFIG(shortcut)
        self.actionOpen.setShortcut(u"Ctrl+O")
#endif // QT_CONFIG(shortcut)
        self.actionExportBackup = QAction(MainWindow)
        self.actionExportBackup.setObjectName(u"actionExportBackup")
        self.actionRestoreBackup = QAction(MainWindow)
        self.actionRestoreBackup.setObjectName(u"actionRestoreBackup")
        self.actionChangePassword = QAction(MainWindow)
        self.actionChangePassword.setObjectName(u"actionChangePassword")
        self.actionLock = QAction(MainWindow)
        self.actionLock.setObjectName(u"actionLock")
#if QT_CONFIG(shortcut)
        self.actionLock.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionCases = QAction(MainWindow)
        self.actionCases.setObjectName(u"actionCases")
#if QT_CONFIG(shortcut)
        self.actionCases.setShortcut(u"Ctrl+1")
#endif // QT_CONFIG(shortcut)
        self.actionPrograms = QAction(MainWindow)
        self.actionPrograms.setObjectName(u"actionPrograms")
#if QT_CONFIG(shortcut)
        self.actionPrograms.setShortcut(u"Ctrl+2")
#endif // QT_CONFIG(shortcut)
        self.actionMediators = QAction(MainWindow)
        self.actionMediators.setObjectName(u"actionMediators")
#if QT_CONFIG(shortcut)
        self.actionMediators.setShortcut(u"Ctrl+3")
#endif // QT_CONFIG(shortcut)
        self.actionStatistics = QAction(MainWindow)
        self.actionStatistics.setObjectName(u"actionStatistics")
#if QT_CONFIG(shortcut)
        self.actionStatistics.setShortcut(u"Ctrl+4")
#endif // QT_CONFIG(shortcut)
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
#if QT_CONFIG(shortcut)
        self.actionSettings.setShortcut(u"Ctrl+5")
#endif // QT_CONFIG(shortcut)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QHBoxLayout(self.central)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navigation = QListWidget(self.central)
        QListWidgetItem(self.navigation)
        QListWidgetItem(self.navigation)
        QListWidgetItem(self.navigation)
        QListWidgetItem(self.navigation)
        QListWidgetItem(self.navigation)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setMinimumSize(QSize(230, 0))
        self.navigation.setMaximumSize(QSize(260, 16777215))
        self.navigation.setStyleSheet(u"QListWidget#navigation { font-size: 12pt; }\n"
"QListWidget#navigation::item { padding: 9px 12px; }")
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        self.centralLayout.addWidget(self.navigation)

        self.areas = QStackedWidget(self.central)
        self.areas.setObjectName(u"areas")
        self.casesPage = QWidget()
        self.casesPage.setObjectName(u"casesPage")
        self.areas.addWidget(self.casesPage)
        self.programsPage = QWidget()
        self.programsPage.setObjectName(u"programsPage")
        self.areas.addWidget(self.programsPage)
        self.mediatorsPage = QWidget()
        self.mediatorsPage.setObjectName(u"mediatorsPage")
        self.areas.addWidget(self.mediatorsPage)
        self.statisticsPage = QWidget()
        self.statisticsPage.setObjectName(u"statisticsPage")
        self.areas.addWidget(self.statisticsPage)
        self.settingsPage = QWidget()
        self.settingsPage.setObjectName(u"settingsPage")
        self.areas.addWidget(self.settingsPage)

        self.centralLayout.addWidget(self.areas)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuGo = QMenu(self.menubar)
        self.menuGo.setObjectName(u"menuGo")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuGo.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionCreate)
        self.menuFile.addAction(self.actionOpen)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionExportBackup)
        self.menuFile.addAction(self.actionRestoreBackup)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionChangePassword)
        self.menuFile.addAction(self.actionLock)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuGo.addAction(self.actionCases)
        self.menuGo.addAction(self.actionPrograms)
        self.menuGo.addAction(self.actionMediators)
        self.menuGo.addAction(self.actionStatistics)
        self.menuGo.addAction(self.actionSettings)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        self.navigation.setCurrentRow(0)


        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"rsdesk: reconciliation service", None))
        self.actionCreate.setText(QCoreApplication.translate("MainWindow", u"&Create a service\u2026", None))
        self.actionOpen.setText(QCoreApplication.translate("MainWindow", u"&Open a vault file\u2026", None))
        self.actionExportBackup.setText(QCoreApplication.translate("MainWindow", u"Save an encrypted &copy to a USB stick\u2026", None))
        self.actionRestoreBackup.setText(QCoreApplication.translate("MainWindow", u"&Restore from a backup\u2026", None))
        self.actionChangePassword.setText(QCoreApplication.translate("MainWindow", u"Change &password\u2026", None))
        self.actionLock.setText(QCoreApplication.translate("MainWindow", u"&Lock now", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionCases.setText(QCoreApplication.translate("MainWindow", u"Requests and cases", None))
        self.actionPrograms.setText(QCoreApplication.translate("MainWindow", u"Programs and meetings", None))
        self.actionMediators.setText(QCoreApplication.translate("MainWindow", u"Mediators", None))
        self.actionStatistics.setText(QCoreApplication.translate("MainWindow", u"Statistics", None))
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"Settings", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About rsdesk", None))

        __sortingEnabled = self.navigation.isSortingEnabled()
        self.navigation.setSortingEnabled(False)
        ___qlistwidgetitem = self.navigation.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("MainWindow", u"Requests and cases", None))
        ___qlistwidgetitem1 = self.navigation.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("MainWindow", u"Programs and meetings", None))
        ___qlistwidgetitem2 = self.navigation.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("MainWindow", u"Mediators", None))
        ___qlistwidgetitem3 = self.navigation.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("MainWindow", u"Statistics", None))
        ___qlistwidgetitem4 = self.navigation.item(4)
        ___qlistwidgetitem4.setText(QCoreApplication.translate("MainWindow", u"Settings", None))
        self.navigation.setSortingEnabled(__sortingEnabled)

#if QT_CONFIG(accessibility)
        self.navigation.setAccessibleName(QCoreApplication.translate("MainWindow", u"Areas", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuGo.setTitle(QCoreApplication.translate("MainWindow", u"&Go", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

