"""The main window as a curator meets it: Russian, every area reachable by mouse and keyboard."""

from __future__ import annotations

import pytest

from rsdesk.gui.areas import AREAS
from rsdesk.gui.main_window import MainWindow
from rsdesk.gui.qt import QDialog, QDialogButtonBox, Qt, QTimer
from rsdesk.settings import Settings, load_settings

RUSSIAN_AREAS = [
    "Заявки и случаи",
    "Программы и встречи",
    "Медиаторы",
    "Статистика",
    "Настройки",
]


@pytest.fixture
def window(app, qtbot):
    window = MainWindow(load_settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def nav_texts(window):
    nav = window.ui.navigation
    return [nav.item(i).text() for i in range(nav.count())]


def shown_title(window):
    page = window.ui.areas.currentWidget()
    from rsdesk.gui.qt import QLabel

    labels = [w for w in page.findChildren(QLabel) if w.isVisible()]
    return labels[0].text()


def test_opens_in_russian(window):
    assert window.windowTitle() == "rsdesk — служба примирения"
    assert nav_texts(window) == RUSSIAN_AREAS
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Файл", "&Переход", "&Справка"]
    assert window.vault_status.text() == "Хранилище службы не открыто"
    assert window.current_area() == "cases"


def test_a_vault_in_the_default_place_is_offered_without_settings(app, qtbot, type_text):
    """Made by `rsdesk vault create` (or settings lost): the window still finds the file."""
    from rsdesk.access.service_files import found_service
    from rsdesk.paths import app_paths
    from rsdesk.vault import KdfParams

    path = app_paths().default_vault
    path.parent.mkdir(parents=True)
    unlocked, _key = found_service(
        path,
        "пароль куратора",
        kind="school",
        name="МБОУ «Школа № 3»",
        region="Кузбасс",
        municipality="г. Кемерово",
        curator_name="Смирнова Ольга Петровна",
        kdf=KdfParams(8 * 1024, 1, 1),
    )
    unlocked.discard()  # written and let go, as `rsdesk vault create` leaves it
    assert load_settings().last_vault == ""

    window = MainWindow(load_settings())
    qtbot.addWidget(window)
    window.show()
    assert window.screen_name() == "unlock"
    assert window.gate.unlock.ui.file.text() == str(path)
    type_text(window.gate.unlock.ui.password, "пароль куратора")
    window.gate.unlock.unlock()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=30_000)
    assert window.vault_status.text().startswith("МБОУ «Школа № 3»")
    assert load_settings().last_vault == str(path)  # remembered from now on
    window.session.close()


def test_without_a_vault_data_areas_show_the_welcome(window, qtbot):
    for index in range(3):
        window.show_area(index)
        assert window.showing_gate()
        assert shown_title(window) == "Добро пожаловать в rsdesk"
    window.show_area(3)  # statistics: the regional summary needs no vault of its own
    assert not window.showing_gate()
    window.show_area(4)
    assert shown_title(window) == "Настройки"


def test_every_area_by_mouse(open_window, qtbot):
    window = open_window
    nav = window.ui.navigation
    for index, title in enumerate(RUSSIAN_AREAS):
        rect = nav.visualItemRect(nav.item(index))
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_area() == AREAS[index].key
        assert window.ui.areas.currentIndex() == index  # the area itself, not the gate
        assert window.ui.navigation.currentItem().text() == title


def test_every_area_by_keyboard(open_window, qtbot):
    window = open_window
    for index, key in enumerate(
        (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5)
    ):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_area() == AREAS[index].key
    window.show_area(0)
    for index in range(1, len(AREAS)):
        qtbot.keyClick(window.ui.navigation, Qt.Key.Key_Down)
        assert window.current_area() == AREAS[index].key
    assert shown_title(window) == "Настройки"


def test_switch_to_english_and_back(window, qtbot):
    window.show_area(4)
    combo = window.pages["settings"].ui.language
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Русский → English
    english = ["Requests and cases", "Programs and meetings", "Mediators", "Statistics", "Settings"]
    qtbot.waitUntil(lambda: nav_texts(window) == english)
    assert window.windowTitle() == "rsdesk: reconciliation service"
    assert window.pages["settings"].ui.languageLabel.text() == "Interface &language:"
    assert load_settings().language == "en"
    assert combo.currentText() == "English"

    fresh = MainWindow(load_settings())  # the next start remembers the choice
    qtbot.addWidget(fresh)
    assert fresh.pages["settings"].ui.language.currentText() == "English"

    qtbot.keyClick(combo, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: nav_texts(window) == RUSSIAN_AREAS)
    assert window.windowTitle() == "rsdesk — служба примирения"
    assert load_settings().language == "ru"


def test_about_dialog_shows_version_and_licence(window, qtbot):
    seen = {}

    def look_and_close():
        dialog = window.findChild(QDialog)
        seen["version"] = dialog.ui.version.text()
        seen["licence"] = dialog.ui.licence.text()
        button = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Close)
        seen["button"] = button.text()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, look_and_close)
    window.ui.actionAbout.trigger()
    from rsdesk import __version__

    assert seen["version"] == f"Версия {__version__}"
    assert "GNU General Public License" in seen["licence"]
    assert seen["button"] == "Закрыть"  # Qt's own strings come from qtbase_ru


def test_settings_object_is_not_shared_state(app, qtbot):
    window = MainWindow(Settings(language="ru"))
    qtbot.addWidget(window)
    assert window.pages["settings"].ui.language.currentText() == "Русский"


@pytest.mark.parametrize(("index", "area"), [(3, "statistics"), (4, "settings")])
@pytest.mark.parametrize("how", ["Ctrl+L", "idle minutes"])
def test_a_lock_on_an_area_open_without_a_vault_shows_the_password_field(
    open_window, qtbot, index, area, how
):
    """Settings and statistics stay reachable without a vault: locking there must not leave
    the window with no password field until another area is clicked."""
    window = open_window
    window.show_area(index)
    assert window.current_area() == area and not window.showing_gate()
    if how == "Ctrl+L":
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    else:
        window.session.idle.timeout.emit()
    assert window.session.vault is None
    assert window.showing_gate()
    password = window.gate.unlock.ui.password
    assert window.screen_name() == "unlock" and password.isVisible()
    assert password.hasFocus()
    window.show_area(index)  # still there when wanted, without a vault
    assert window.current_area() == area and not window.showing_gate()


def test_the_window_keeps_to_a_1024_px_screen_in_every_area(window, qtbot):
    """A school's 1024×768 monitor: the window may not need more than its width anywhere."""
    welcome = window.gate.welcome
    qtbot.mouseClick(welcome.ui.demo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=60_000)
    for index in range(len(AREAS)):
        window.show_area(index)
        needed = window.minimumSizeHint()
        assert needed.width() <= 1020 and needed.height() <= 700, (AREAS[index].key, needed)
    assert "учебный пример" in window.vault_status.text()  # whole, in its tooltip too
    assert window.vault_status.toolTip() == window.vault_status.text()
    window.session.close()
