"""First start: the wizard that creates a service's encrypted vault and its recovery key.

Built in code rather than Designer: the last two pages depend on the vault made in between
(the key is shown, then two random groups of it are asked back). The file is made in a
worker and comes back unlocked; the main window attaches its database.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import TYPE_CHECKING

from rsdesk.domain.passwords import password_strength
from rsdesk.gui.documents.sheets import RecoverySheetSaver
from rsdesk.gui.gate import ERROR_STYLE, describe_error
from rsdesk.gui.qt import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from rsdesk.gui.worker import run_in_background
from rsdesk.os_errors import os_reason
from rsdesk.paths import app_paths

if TYPE_CHECKING:
    from rsdesk.vault import UnlockedFile

MONO = "font-family: 'DejaVu Sans Mono', monospace; font-size: 15pt; font-weight: bold;"


GROUP_SYMBOLS = 4  # a group of the recovery key, as printed: «0TD6»


def recovery_groups(key: str) -> list[str]:
    return [g for g in key.replace(" ", "-").split("-") if g]


class ServicePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The service"))
        self.setSubTitle(
            self.tr(
                "Who keeps this journal. The name and place go into the "
                "yearly statistics file; no case data ever does."
            )
        )
        self.school = QRadioButton(self.tr("&School reconciliation service"), checked=True)
        self.territorial = QRadioButton(self.tr("&Territorial reconciliation service"))
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.school)
        self.kinds.addButton(self.territorial)
        self.name = QLineEdit(placeholderText=self.tr("e.g. School No. 12, Kemerovo"))
        self.region = QLineEdit(placeholderText=self.tr("e.g. Kemerovo region"))
        self.municipality = QLineEdit(placeholderText=self.tr("e.g. Kemerovo city district"))
        self.file = QLineEdit(str(app_paths().default_vault))
        self.browse = QPushButton(self.tr("C&hoose…"))
        self.browse.clicked.connect(self.choose_file)
        self.problem = QLabel(wordWrap=True, styleSheet=ERROR_STYLE)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Kind:"), self.school)
        form.addRow("", self.territorial)
        form.addRow(self.tr("&Organisation:"), self.name)
        form.addRow(self.tr("&Region:"), self.region)
        form.addRow(self.tr("&Municipality:"), self.municipality)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.file)
        form.addRow(file_label, file_row)
        form.addRow("", self.problem)
        self.registerField("name*", self.name)
        self.registerField("region*", self.region)
        self.registerField("municipality*", self.municipality)

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Where to keep the vault"),
            self.file.text(),
            self.tr("rsdesk vault (*.rsdv)"),
        )
        if chosen:
            self.file.setText(chosen if chosen.endswith(".rsdv") else chosen + ".rsdv")

    def kind(self) -> str:
        return "territorial" if self.territorial.isChecked() else "school"

    def path(self) -> Path:
        return Path(self.file.text().strip()).expanduser()

    def validatePage(self) -> bool:
        path = self.path()
        if path.exists():
            self.problem.setText(
                self.tr(
                    "This file already exists. Choose another name, or "
                    "open it from the start page instead."
                )
            )
            return False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.problem.setText(
                self.tr("The folder cannot be created: {reason}").format(reason=os_reason(error))
            )
            return False
        self.problem.clear()
        return True


class CuratorPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The curator and the password"))
        self.setSubTitle(
            self.tr(
                "The password opens every case of the service. Choose one "
                "that others cannot guess, and do not write it on the "
                "computer."
            )
        )
        self.curator = QLineEdit(placeholderText=self.tr("Surname, first name, patronymic"))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.strength = QLabel(wordWrap=True)
        form = QFormLayout(self)
        form.addRow(self.tr("C&urator:"), self.curator)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("R&epeat the password:"), self.repeat)
        form.addRow("", self.strength)
        for field in (self.curator, self.password, self.repeat):
            field.textChanged.connect(self._update)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create"))
        self._update()

    def _update(self) -> None:
        strength = password_strength(self.password.text())
        text = strength.text
        if self.repeat.text() and self.repeat.text() != self.password.text():
            text += " " + self.tr("The passwords do not match.")
        self.strength.setText(text if self.password.text() else "")
        self.strength.setStyleSheet("" if strength.score >= 2 else ERROR_STYLE)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return (
            bool(self.curator.text().strip())
            and password_strength(self.password.text()).acceptable
            and self.password.text() == self.repeat.text()
        )


class RecoveryKeyPage(QWizardPage):
    """Creates the vault in a worker, then shows the recovery key once."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The recovery key"))
        self.unlocked: UnlockedFile | None = None
        self.key = ""
        self.status = QLabel(wordWrap=True)
        self.key_label = QLabel(styleSheet=MONO, objectName="recoveryKey")
        self.key_label.setTextInteractionFlags(self.key_label.textInteractionFlags())
        self.advice = QLabel(wordWrap=True)
        self.sheet = RecoverySheetSaver(lambda: self.wizard().service.name.text().strip())
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.key_label)
        layout.addWidget(self.advice)
        layout.addWidget(self.sheet)
        layout.addStretch(1)

    def initializePage(self) -> None:
        if self.unlocked is not None:
            return
        wizard: CreateServiceWizard = self.wizard()  # type: ignore[assignment]
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Creating the encrypted vault… This takes a few seconds."))
        self.advice.clear()
        run_in_background(wizard.answers, create_vault, self._created, self._failed)

    def _created(self, result: tuple[UnlockedFile, str]) -> None:
        self.unlocked, self.key = result
        self.wizard().setOption(QWizard.WizardOption.NoCancelButton, True)
        self.status.setText(
            self.tr(
                "The vault is created. Write this key down on paper now and keep it in a safe "
                "place. It is shown only once."
            )
        )
        self.key_label.setText(self.key)
        self.sheet.set_key(self.key)
        self.advice.setText(
            self.tr(
                "If the password is forgotten, this key is the only way to open the service's "
                "cases. Without both, nobody — not even the developers — can recover them."
            )
        )
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(
            self.tr("The vault was not created: {reason}").format(reason=describe_error(error))
        )

    def isComplete(self) -> bool:
        return self.unlocked is not None


class ConfirmKeyPage(QWizardPage):
    def __init__(self, key_page: RecoveryKeyPage) -> None:
        super().__init__()
        self.key_page = key_page
        self.setTitle(self.tr("Confirm the recovery key"))
        self.asked: tuple[int, int] = (0, 1)
        self.question = QLabel(wordWrap=True)
        self.first = QLineEdit(objectName="firstGroup")
        self.second = QLineEdit(objectName="secondGroup")
        self.first_label = QLabel()
        self.second_label = QLabel()
        self.message = QLabel(wordWrap=True, styleSheet=ERROR_STYLE, objectName="keyMismatch")
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        for field in (self.first, self.second):
            field.textChanged.connect(self._check)

    def initializePage(self) -> None:
        groups = recovery_groups(self.key_page.key)
        self.asked = tuple(sorted(random.SystemRandom().sample(range(len(groups)), 2)))  # type: ignore[assignment]
        self.question.setText(
            self.tr(
                "To be sure the key is written down, type two of its groups from your paper "
                "(not from the screen: you can go back to it)."
            )
        )
        self.first_label.setText(self.tr("Group {n}:").format(n=self.asked[0] + 1))
        self.second_label.setText(self.tr("Group {n}:").format(n=self.asked[1] + 1))
        self.first.clear()
        self.second.clear()

    def _typed(self) -> list[tuple[str, int]]:
        return list(zip((self.first.text(), self.second.text()), self.asked, strict=True))

    def _matches(self, text: str, index: int) -> bool:
        """As the vault reads a key: any case, O for 0, I and L for 1, no dashes or spaces."""
        from rsdesk.vault.keys import confirms_recovery_key

        return confirms_recovery_key(self.key_page.key, [index + 1], text)

    def _check(self) -> None:
        """Say which group typed in full does not match, and how the sheet is read."""
        wrong = [
            index + 1
            for text, index in self._typed()
            if sum(ch.isalnum() for ch in text) >= GROUP_SYMBOLS and not self._matches(text, index)
        ]
        how = self.tr(
            "Compare with the sheet: the letter O reads as 0, I and L — as 1; the other letters "
            "and digits must be the same."
        )
        if len(wrong) == 1:
            said = self.tr("Group {n} does not match the key.").format(n=wrong[0])
        else:
            said = self.tr("Groups {first} and {second} do not match the key.").format(
                first=self.asked[0] + 1, second=self.asked[1] + 1
            )
        self.message.setText(f"{said} {how}" if wrong else "")
        self.message.setVisible(bool(wrong))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return all(self._matches(text, index) for text, index in self._typed())


class CreateServiceWizard(QWizard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a reconciliation service"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.service = ServicePage()
        self.curator = CuratorPage()
        self.key = RecoveryKeyPage()
        self.confirm = ConfirmKeyPage(self.key)
        for page in (self.service, self.curator, self.key, self.confirm):
            self.addPage(page)
        self.resize(680, 480)

    @property
    def unlocked(self) -> UnlockedFile | None:
        """The new service's file, unlocked, once made: the window attaches its database."""
        return self.key.unlocked

    def answers(self) -> dict[str, object]:
        """What the curator typed, read here on the GUI thread for the worker."""
        return {
            "path": self.service.path(),
            "password": self.curator.password.text(),
            "kind": self.service.kind(),
            "name": self.service.name.text().strip(),
            "region": self.service.region.text().strip(),
            "municipality": self.service.municipality.text().strip(),
            "curator_name": self.curator.curator.text().strip(),
        }

    def reject(self) -> None:
        # Once the vault exists the key must be confirmed: leaving now would leave a service
        # whose only way back from a forgotten password was never written down.
        if self.unlocked is None:
            super().reject()


def create_vault(answers: dict) -> tuple[UnlockedFile, str]:
    """In a worker: the key derivation, the register and the first save take a moment."""
    from rsdesk.access.service_files import found_service

    return found_service(answers.pop("path"), answers.pop("password"), **answers)
