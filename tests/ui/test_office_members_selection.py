"""Acting on the customer chosen: after every action of the members screen the search stays
as typed and the same member stays selected (wherever their row moved), and every dialog
about a member names them.  Driven through the real widgets."""
from __future__ import annotations

import gc
import json
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from loyalty.ledger.wallet import earn_entry
from loyalty.members.cards import issue_cards
from loyalty.program.presets import yearly_spend_tiers
from loyalty.program.programs import save_program
from loyalty.members.members import create_member, new_member
from loyalty.storage import ledger_store, search as member_search, store
from tests.ui.conftest import Seeded
from ui.office.members.adjust_dialog import MemberAdjustDialog
from ui.office.members.cards_dialog import MemberCardsDialog
from ui.office.members.edit_dialog import MemberDialog
from ui.office.members.merge_dialog import MemberMergeDialog
from ui.office.members.tab import MembersTab

_open: list[MembersTab] = []


@pytest.fixture(autouse=True)
def _close_tabs(seeded: Seeded):
    """Tabs close before the shop does, and are deleted here on the GUI thread: garbage left
    to the collector may be collected on a later test's worker thread, which crashes Qt."""
    yield
    while _open:
        tab = _open.pop()
        tab.close()
        tab.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def audit(seeded: Seeded) -> dict[str, int]:
    """Three customers whose names start with 'Аудит' (listed in this order), each with a card."""
    db, now = seeded.shop.db, seeded.shop.clock()
    ids = {}
    for name, phone in (("Аудитов Борис", "+79165550001"), ("Аудитова Анна", "+79165550002"),
                        ("Аудиторов Яков", "+79165550003")):
        member = create_member(db, new_member(name, phone, now, consent_data=True,
                                              consent_marketing=True), "RU")
        issue_cards(db, 1, "29", now, member_id=member.member_id)
        ids[name] = member.member_id
    return ids


def open_tab(qtbot, seeded: Seeded) -> MembersTab:
    tab = MembersTab(seeded.shop, seeded.owner)
    _open.append(tab)
    tab.resize(1024, 700)
    tab.show()
    return tab


def type_text(widget, text: str) -> None:
    """Keystrokes one character at a time, as a keyboard types Cyrillic (QTest.keyClicks
    aborts on letters beyond Latin-1)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def click_row(qtbot, tab: MembersTab, row: int) -> None:
    rect = tab.view.visualRect(tab.model.index(row, 0))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def listed(tab: MembersTab) -> list[int]:
    return [tab.model.member_id(r) for r in range(tab.model.rowCount())]


def choose_anna(qtbot, tab: MembersTab, audit: dict[str, int]) -> int:
    """Search 'Аудит' and click Anna, the second row."""
    type_text(tab.search, "Аудит")
    anna = audit["Аудитова Анна"]
    assert listed(tab) == [audit["Аудитов Борис"], anna, audit["Аудиторов Яков"]]
    click_row(qtbot, tab, 1)
    qtbot.waitUntil(lambda: tab.detail.name.text() == "Аудитова Анна")
    return anna


def assert_kept(tab: MembersTab, member_id: int) -> None:
    assert tab.search.text() == "Аудит"
    assert tab.selected_member_id() == member_id
    assert tab.member.member_id == member_id


def test_edit_keeps_the_search_and_the_member_then_cards_are_hers(qtbot, seeded, audit) -> None:
    tab = open_tab(qtbot, seeded)
    anna = choose_anna(qtbot, tab, audit)
    qtbot.mouseClick(tab.buttons["edit"], Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, MemberDialog)
    assert dialog.windowTitle() == "Edit customer: Аудитова Анна"
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "anna@audit.ru")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert store.member_by_id(seeded.shop.db, anna).email == "anna@audit.ru"
    assert_kept(tab, anna)
    assert "anna@audit.ru" in tab.detail.contact.text()
    qtbot.mouseClick(tab.buttons["cards"], Qt.MouseButton.LeftButton)
    cards = tab.dialog
    assert isinstance(cards, MemberCardsDialog)
    assert cards.windowTitle() == "Cards of Аудитова Анна"
    assert cards.who.text() == "Аудитова Анна · +79165550002"
    own = [c.number for c in store.cards_of_member(seeded.shop.db, anna)]
    assert [cards.cards.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(cards.cards.count())] == own
    qtbot.mouseClick(cards.issue, Qt.MouseButton.LeftButton)
    cards.accept()
    assert len(store.cards_of_member(seeded.shop.db, anna)) == 2
    assert_kept(tab, anna)
    assert tab.detail.cards.rowCount() == 2


def test_a_renamed_member_stays_selected_where_their_row_moved(qtbot, seeded, audit) -> None:
    tab = open_tab(qtbot, seeded)
    anna = choose_anna(qtbot, tab, audit)
    tab.edit_member()
    tab.dialog.name.setText("Аудиторова Анна")  # now after Яков's 'Аудиторов'... and before
    qtbot.mouseClick(tab.dialog.save_button, Qt.MouseButton.LeftButton)
    assert listed(tab) == [audit["Аудитов Борис"], audit["Аудиторов Яков"], anna]
    assert_kept(tab, anna)
    assert tab.view.selectionModel().selectedRows()[0].row() == 2


def test_a_member_no_longer_matching_stays_on_screen_not_another(qtbot, seeded, audit) -> None:
    tab = open_tab(qtbot, seeded)
    anna = choose_anna(qtbot, tab, audit)
    tab.edit_member()
    tab.dialog.name.setText("Анна Борисова")
    qtbot.mouseClick(tab.dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.search.text() == "Аудит" and anna not in listed(tab)
    assert tab.selected_member_id() is None  # Борис (row 0) is not selected in her place
    assert tab.member.member_id == anna and tab.detail.name.text() == "Анна Борисова"
    qtbot.mouseClick(tab.buttons["cards"], Qt.MouseButton.LeftButton)
    assert tab.dialog.windowTitle() == "Cards of Анна Борисова"
    assert tab.dialog.member_id == anna


def test_adjust_keeps_the_member_and_names_them(qtbot, seeded, audit) -> None:
    tab = open_tab(qtbot, seeded)
    anna = choose_anna(qtbot, tab, audit)
    qtbot.mouseClick(tab.buttons["adjust"], Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, MemberAdjustDialog)
    assert dialog.windowTitle() == "Adjust points: Аудитова Анна"
    assert dialog.who.text() == "Аудитова Анна · +79165550002"
    dialog.points.setValue(40)
    qtbot.keyClicks(dialog.reason, "welcome gift")
    qtbot.keyClicks(dialog.pin, "9999")
    qtbot.mouseClick(dialog.apply, Qt.MouseButton.LeftButton)
    assert [e.points for e in ledger_store.entries_of(seeded.shop.db, anna)] == [40]
    assert_kept(tab, anna)
    assert "Points: 40" in tab.detail.points.text()
    audited = seeded.shop.db.execute("SELECT action FROM audit_log WHERE subject = ?",
                                     [f"member {anna}"]).fetchall()
    assert audited == [("adjust",)]  # one row per adjustment


def test_merge_keeps_the_survivor_selected_and_their_phones(qtbot, seeded, audit) -> None:
    tab = open_tab(qtbot, seeded)
    anna = choose_anna(qtbot, tab, audit)
    qtbot.mouseClick(tab.buttons["merge"], Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, MemberMergeDialog)
    assert dialog.windowTitle() == "Merge a duplicate into Аудитова Анна"
    type_text(dialog.find, "Яков")
    qtbot.mouseClick(dialog.merge, Qt.MouseButton.LeftButton)
    assert member_search.merged_into(seeded.shop.db, audit["Аудиторов Яков"]) == anna
    assert_kept(tab, anna)
    assert listed(tab) == [audit["Аудитов Борис"], anna]
    assert "+79165550002, +79165550003" in tab.detail.contact.text()
    tab.search.setText("916 555 00 03")  # Яков's phone finds Anna now
    assert listed(tab) == [anna]


def test_withdrawing_a_consent_keeps_the_member_and_shows_the_date(qtbot, seeded, audit) -> None:
    tab = open_tab(qtbot, seeded)
    anna = choose_anna(qtbot, tab, audit)
    tab.edit_member()
    assert tab.dialog.marketing.isChecked()
    box = tab.dialog.marketing  # clicked on its box, at the left (the widget is wider)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.mouseClick(tab.dialog.save_button, Qt.MouseButton.LeftButton)
    member = store.member_by_id(seeded.shop.db, anna)
    assert member.consent_marketing_at is None and member.consent_marketing_withdrawn_at
    assert_kept(tab, anna)
    offers = tab.detail.consents.text().splitlines()[1]
    assert offers.startswith("Offers: withdrawn ") and "(given " in offers  # both dates kept
    tab.edit_member()
    labels = [w.text() for w in tab.dialog.findChildren(type(tab.status))]
    assert any(t.strip().startswith("withdrawn") for t in labels)


def test_import_export_and_erase_keep_the_member(qtbot, seeded, audit, tmp_path) -> None:
    tab = open_tab(qtbot, seeded)
    anna = choose_anna(qtbot, tab, audit)
    csv_file = tmp_path / "new.csv"
    csv_file.write_text("name,phone,consent_data\nАудитов Аарон,+79165550009,yes\n",
                        encoding="utf-8")
    tab.choose_open_path = lambda: str(csv_file)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.dialog.choose, Qt.MouseButton.LeftButton)
    tab.dialog.accept()
    assert len(listed(tab)) == 4  # Аарон now listed first: Anna's row moved down
    assert_kept(tab, anna)
    tab.choose_save_path = lambda name: str(tmp_path / name)
    qtbot.mouseClick(tab.buttons["export"], Qt.MouseButton.LeftButton)
    data = json.loads((tmp_path / f"customer-{anna}.json").read_text(encoding="utf-8"))
    assert data["profile"]["name"] == "Аудитова Анна"
    assert_kept(tab, anna)
    qtbot.mouseClick(tab.buttons["erase"], Qt.MouseButton.LeftButton)
    assert tab.dialog.windowTitle() == "Erase personal data: Аудитова Анна"
    assert "Аудитова Анна" in tab.dialog.text()
    tab.dialog.button(QMessageBox.StandardButton.Yes).click()
    assert store.member_by_id(seeded.shop.db, anna).erased_at is not None
    assert tab.search.text() == "Аудит" and tab.member.member_id == anna
    assert tab.selected_member_id() is None  # erased: no longer found by name, nobody else chosen
    assert "erased" in tab.detail.name.text()


def test_birthday_is_typed_and_an_impossible_one_refused(qtbot, seeded, audit) -> None:
    tab = open_tab(qtbot, seeded)
    anna = choose_anna(qtbot, tab, audit)
    tab.edit_member()
    dialog = tab.dialog
    assert dialog.birthday.text() == "" and dialog.birthday.placeholderText()
    qtbot.keyClicks(dialog.birthday, "31.02.1990")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.text() == "Type the birthday like 26.05.1990, or leave it empty"
    assert store.member_by_id(seeded.shop.db, anna).birthday is None
    dialog.birthday.clear()
    qtbot.keyClicks(dialog.birthday, "01.01.2100")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "That birthday is not possible"
    dialog.birthday.clear()
    qtbot.keyClicks(dialog.birthday, "05.03.1990")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert store.member_by_id(seeded.shop.db, anna).birthday.isoformat() == "1990-03-05"
    assert "Birthday: 05.03.1990" in tab.detail.contact.text()
    tab.edit_member()
    assert tab.dialog.birthday.text() == "05.03.1990"
    tab.dialog.birthday.clear()  # empty: no birthday
    qtbot.mouseClick(tab.dialog.save_button, Qt.MouseButton.LeftButton)
    assert store.member_by_id(seeded.shop.db, anna).birthday is None
    assert_kept(tab, anna)


def test_detail_shows_tier_and_pending_points(qtbot, seeded, audit) -> None:
    tab = open_tab(qtbot, seeded)
    choose_anna(qtbot, tab, audit)
    assert tab.detail.points.text() == "Points: 0"
    assert tab.detail.pending.text() == "Pending: 0"  # shown when nothing is pending too
    assert tab.detail.tier.text().startswith("Tier: none")  # this program has no tiers
    db, now = seeded.shop.db, seeded.shop.clock()
    save_program(db, yearly_spend_tiers(), date(2026, 3, 1), now)
    ledger_store.append(db, [earn_entry(audit["Аудитова Анна"], "purchase", 30, now,
                                        hold_days=14)])
    tab.reload()
    assert tab.detail.pending.text() == "Pending: 30"
    first = yearly_spend_tiers().tiers.tiers[0].name
    assert tab.detail.tier.text().startswith(f"Tier: {first}")
