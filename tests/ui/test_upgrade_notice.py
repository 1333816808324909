"""A shop file made by an older version is brought up to date at the start behind a word on
screen (a large shop's migrations take seconds); a current file and a new one show none."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from sqlite_utils.migrations import Migrations

import loyalty.shop as shop_module
import ui.startup as startup
import ui.widgets.upgrade_notice as upgrade_notice
from tests.ui.test_shop_switch import no_translators_after, other_shop  # noqa: F401

# the next version's migration, as a newer program would bring it
NEXT_VERSION = Migrations("upgrade_probe")


@NEXT_VERSION()
def m001_probe(db) -> None:
    db.execute("CREATE TABLE upgrade_probe (id INTEGER PRIMARY KEY)")


@pytest.fixture
def notices(monkeypatch) -> list[tuple[bool, list[str]]]:
    """Each notice shown: whether it was on screen, and its words, seen as it was shown."""
    seen: list[tuple[bool, list[str]]] = []
    real_show = upgrade_notice.UpgradeNotice.show_now

    def show_now(self) -> None:
        real_show(self)
        seen.append((self.isVisible(), [label.text() for label in self.findChildren(QLabel)]))
    monkeypatch.setattr(upgrade_notice.UpgradeNotice, "show_now", show_now)
    return seen


def start_once(path: Path, monkeypatch) -> list:
    opened: list = []

    def till_for(shop) -> int:  # instead of the till's event loop: what was opened, how
        opened.append((shop.path, shop.db["upgrade_probe"].exists()))
        shop.close()
        return 0
    monkeypatch.setattr(startup, "run_gui", till_for)
    assert startup.start(path, remembered=False) == 0
    return opened


def test_an_older_shop_file_is_updated_behind_a_notice_once(
        qtbot, tmp_path, monkeypatch, notices) -> None:
    path = other_shop(tmp_path)  # made by this version
    monkeypatch.setattr(shop_module, "MIGRATIONS", (*shop_module.MIGRATIONS, NEXT_VERSION))
    monkeypatch.setattr(startup, "system_language", lambda: "en")
    assert start_once(path, monkeypatch) == [(path, True)]  # updated, then the till
    assert len(notices) == 1
    visible, words = notices[0]
    assert visible
    assert words == ["Updating the shop file for this version of the program…",
                     "other.db: a large shop takes up to a minute, once. Please wait."]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, upgrade_notice.UpgradeNotice)
                and w.isVisible()]  # gone once the shop is open
    assert start_once(path, monkeypatch) == [(path, True)]  # up to date: straight in
    assert len(notices) == 1


def test_the_notice_speaks_russian_on_a_russian_system(
        qtbot, tmp_path, monkeypatch, notices) -> None:
    path = other_shop(tmp_path)
    monkeypatch.setattr(shop_module, "MIGRATIONS", (*shop_module.MIGRATIONS, NEXT_VERSION))
    monkeypatch.setattr(startup, "system_language", lambda: "ru")
    start_once(path, monkeypatch)
    assert notices[0][1] == ["Обновление файла магазина для этой версии программы…",
                             "other.db: большой магазин обновляется до минуты, один раз. "
                             "Подождите, пожалуйста."]


def test_a_new_shop_file_shows_no_notice(tmp_path, notices) -> None:
    shop = upgrade_notice.open_with_notice(tmp_path / "new.db")
    shop.close()
    assert notices == []

