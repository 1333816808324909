"""Which shop opens: the one chosen last is remembered (outside any shop's database) and
opens at the next start without asking; a vanished one asks again, saying so; Switch shop…
in the till and the office closes this shop and opens the chosen one, whose login applies."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QTranslator, Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

import ui.first_run_dialog as first_run
import ui.startup as startup
from loyalty.shop import open_shop
from loyalty.shop_setup import create_shop
from pos.storage.db import default_db_path
from pos.storage.files import open_count
from pos.storage.last_shop import remembered_shop
from tests.ui.conftest import Seeded
from tests.ui.test_till_sale import active_dialog
from ui.app import TillSession
from ui.first_run_dialog import FirstRunDialog
from ui.login_dialog import LoginDialog
from ui.office.window import OfficeWindow

PRODUCT = "4601234567893"


@pytest.fixture(autouse=True)
def no_translators_after():
    """A session installs its shop's words; the tests after these expect none."""
    yield
    app = QApplication.instance()
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()


def other_shop(folder: Path, name: str = "Flower corner") -> Path:
    """A shop file made by the services: its owner logs in with 5555."""
    path = folder / "other.db"
    shop = open_shop(path)
    create_shop(shop, name, "Vera", "5555", "en")
    shop.close()
    return path


def log_in(qtbot, window, pin: str) -> None:
    dialog = active_dialog(qtbot, window)
    assert isinstance(dialog, LoginDialog)
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.dialog is None)


def finish(qtbot, window) -> None:
    """Close a session's till for good, its dialogs (a login still asked) with it."""
    shop = window.shop
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: not isValid(window))
    shop.close()


def session_on(qtbot, seeded: Seeded) -> TillSession:
    session = TillSession(QApplication.instance())
    window = session.open(seeded.shop)  # closed by each test: a switch deletes it
    log_in(qtbot, window, "1111")  # the cashier: switching needs no owner's PIN
    return session


def test_switch_shop_opens_the_chosen_file_with_its_own_login(qtbot, seeded, tmp_path,
                                                              monkeypatch) -> None:
    path = other_shop(tmp_path)
    session = session_on(qtbot, seeded)
    old = session.window
    monkeypatch.setattr(first_run, "choose_open", lambda *a, **k: path)
    old.shop_switch.action.trigger()  # Shop ▸ Switch shop… (passes checked=False)
    chooser = active_dialog(qtbot, old)
    assert isinstance(chooser, FirstRunDialog)
    chooser.file_button.click()
    qtbot.waitUntil(lambda: session.window is not old)
    new = session.window
    assert new.shop.path == path and "Flower corner" in new.windowTitle()
    qtbot.waitUntil(lambda: not isValid(old))  # the old till closed and gone
    assert open_count(seeded.shop.path) == 0  # and its shop's connection closed
    assert new.till.staff is None
    log_in(qtbot, new, "5555")  # the new shop's own staff
    assert new.till.staff.name == "Vera"
    assert remembered_shop() == path.resolve()
    finish(qtbot, new)


def test_switch_shop_refuses_the_open_shop_a_foreign_file_and_a_sale_under_way(
        qtbot, seeded, tmp_path, monkeypatch) -> None:
    session = session_on(qtbot, seeded)
    window = session.window
    notes = tmp_path / "notes.db"
    notes.write_text("not a database at all", encoding="utf-8")
    choices = iter([seeded.shop.path, notes])
    monkeypatch.setattr(first_run, "choose_open", lambda *a, **k: next(choices))
    window.shop_switch.action.trigger()
    chooser = active_dialog(qtbot, window)
    chooser.file_button.click()
    assert "это магазин, открытый сейчас" in chooser.message.text()  # the shop speaks Russian
    chooser.file_button.click()
    assert "не файл магазина" in chooser.message.text() and chooser.isVisible()
    qtbot.keyClick(chooser, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.dialog is None)
    assert session.window is window and window.shop.settings.name  # still open, still working
    window.till.enter_code(PRODUCT)
    window.shop_switch.action.trigger()
    assert window.dialog is None and "отложите" in window.status.text()
    assert remembered_shop() is None
    finish(qtbot, window)


def test_the_office_has_switch_shop_too(qtbot, seeded, tmp_path, monkeypatch) -> None:
    path = other_shop(tmp_path)
    session = session_on(qtbot, seeded)
    till = session.window
    till.till.staff = seeded.owner
    till.refresh()
    till.navigation.open_office()
    office = till.navigation.opened
    assert isinstance(office, OfficeWindow)
    monkeypatch.setattr(first_run, "choose_open", lambda *a, **k: path)
    office.switch_action.trigger()
    assert not office.isVisible()
    chooser = active_dialog(qtbot, till)
    chooser.file_button.click()
    qtbot.waitUntil(lambda: session.window is not till)
    assert session.window.shop.path == path
    finish(qtbot, session.window)


def answer_with_file(path: Path, shown: list[FirstRunDialog]) -> None:
    """Once the chooser is up (it runs modally), open ``path`` from it."""
    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FirstRunDialog):
            QTimer.singleShot(20, click)
            return
        shown.append(dialog)
        dialog.file_button.click()
    QTimer.singleShot(0, click)


def test_the_shop_chosen_at_first_start_opens_next_time_without_asking(
        qtbot, tmp_path, monkeypatch) -> None:
    path = other_shop(tmp_path)
    opened: list[Path] = []

    def till_for(shop) -> int:  # instead of the window's event loop: note which shop
        opened.append(shop.path)
        shop.close()
        return 0
    monkeypatch.setattr(startup, "run_gui", till_for)
    monkeypatch.setattr(first_run, "choose_open", lambda *a, **k: path)
    shown: list[FirstRunDialog] = []
    answer_with_file(path, shown)
    assert startup.start(default_db_path()) == 0  # first start: the chooser, a file chosen
    assert len(shown) == 1 and opened == [path]
    assert not default_db_path().exists()  # no empty shop.db left behind by the first look
    assert startup.start(default_db_path()) == 0  # second start: straight in
    assert len(shown) == 1 and opened == [path, path.resolve()]
    explicit = other_shop(tmp_path / "x", "Explicit")  # --db still wins
    assert startup.start(explicit, remembered=False) == 0 and opened[-1] == explicit
    path.unlink()  # the remembered shop is gone: asked again, with a one-line reason
    replacement = other_shop(tmp_path / "y")
    monkeypatch.setattr(first_run, "choose_open", lambda *a, **k: replacement)
    answer_with_file(replacement, shown)
    assert startup.start(default_db_path()) == 0
    assert len(shown) == 2 and str(path.resolve()) in shown[1].findChild(
        type(shown[1].message), "status").text()
    assert opened[-1] == replacement and remembered_shop() == replacement.resolve()
