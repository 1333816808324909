"""The back office's members screen driven through its widgets, checked in the database."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from loyalty.storage import ledger_store, search as member_search, store
from loyalty.ledger import wallet
from pos.catalogue.gtin import check_digit
from tests.ui.conftest import Seeded
from ui.office.members.adjust_dialog import MemberAdjustDialog
from ui.office.members.cards_dialog import MemberCardsDialog
from ui.office.members.edit_dialog import MemberDialog
from ui.office.members.import_dialog import MemberImportDialog
from ui.office.members.merge_dialog import MemberMergeDialog
from ui.office.members.tab import MembersTab


_open: list[MembersTab] = []


@pytest.fixture(autouse=True)
def _close_tabs(seeded: Seeded):
    """Tabs close before the shop does: a detail still pending must not outlive the file."""
    yield
    while _open:
        _open.pop().close()


def open_tab(qtbot, seeded: Seeded, owner: bool = True) -> MembersTab:
    tab = MembersTab(seeded.shop, seeded.owner if owner else seeded.cashier)
    qtbot.addWidget(tab)
    _open.append(tab)
    tab.resize(1024, 700)
    tab.show()
    return tab


def shown_names(tab: MembersTab) -> list[str]:
    m = tab.model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def count_members(seeded: Seeded) -> int:
    return store.member_count(seeded.shop.db)


def test_search_as_you_type_shows_the_customer(qtbot, seeded: Seeded) -> None:
    tab = open_tab(qtbot, seeded)
    assert tab.count.text() == "Members: 2"
    qtbot.keyClicks(tab.search, "ann")
    assert shown_names(tab) == ["Anna Petrova"]
    qtbot.waitUntil(lambda: tab.detail.name.text() == "Anna Petrova")  # once typing pauses
    assert "Points: 300" in tab.detail.points.text()
    assert tab.detail.cards.item(0, 0).text() == seeded.anna_card.number
    tab.search.setText("")
    qtbot.keyClicks(tab.search, "916123")
    assert shown_names(tab) == ["Anna Petrova"]
    tab.search.setText(seeded.blocked_card.number)
    assert shown_names(tab) == ["Ivan"]


def test_new_customer_then_edit_with_consents(qtbot, seeded: Seeded) -> None:
    tab = open_tab(qtbot, seeded)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, MemberDialog)
    dialog.name.setText("Мария Иванова")
    qtbot.keyClicks(dialog.phone, "8 903 555-12-34")
    dialog.consent.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    maria = store.member_by_phone(seeded.shop.db, "+79035551234")
    assert maria.name == "Мария Иванова" and maria.consent_data_at is not None
    assert [c.status for c in store.cards_of_member(seeded.shop.db, maria.member_id)] == ["active"]
    assert tab.detail.name.text() == "Мария Иванова"
    qtbot.mouseClick(tab.buttons["edit"], Qt.MouseButton.LeftButton)
    tab.dialog.email.setText("maria@example.ru")
    tab.dialog.marketing.setChecked(True)
    qtbot.mouseClick(tab.dialog.save_button, Qt.MouseButton.LeftButton)
    edited = store.member_by_id(seeded.shop.db, maria.member_id)
    assert edited.email == "maria@example.ru"
    assert edited.consent_data_at == maria.consent_data_at and edited.consent_marketing_at
    assert "maria@example.ru" in tab.detail.contact.text()


def test_duplicate_phone_is_refused_and_nothing_saved(qtbot, seeded: Seeded) -> None:
    tab = open_tab(qtbot, seeded)
    before = count_members(seeded)
    tab.new_member()
    tab.dialog.name.setText("Anna again")
    tab.dialog.phone.setText("+7 916 123-45-67")
    qtbot.mouseClick(tab.dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.dialog.isVisible()
    assert tab.dialog.message.text() == "This phone number is already enrolled"
    assert count_members(seeded) == before


def _cards_dialog(qtbot, seeded: Seeded) -> tuple[MembersTab, MemberCardsDialog]:
    tab = open_tab(qtbot, seeded)
    tab.search.setText("Anna")
    qtbot.mouseClick(tab.buttons["cards"], Qt.MouseButton.LeftButton)
    assert isinstance(tab.dialog, MemberCardsDialog)
    return tab, tab.dialog


def test_cards_wrong_check_digit_refused_then_register_replace_block(qtbot, seeded: Seeded) -> None:
    tab, dialog = _cards_dialog(qtbot, seeded)
    db, anna = seeded.shop.db, seeded.anna.member_id
    body = "460000000001"
    wrong = body + str((int(check_digit(body)) + 1) % 10)
    qtbot.keyClicks(dialog.number, wrong)
    qtbot.mouseClick(dialog.register, Qt.MouseButton.LeftButton)
    assert "wrong check digit" in dialog.message.text()
    assert store.card_by_number(db, wrong) is None
    dialog.number.setText(body + check_digit(body))
    qtbot.mouseClick(dialog.register, Qt.MouseButton.LeftButton)
    assert store.card_by_number(db, body + check_digit(body)).member_id == anna
    before = wallet.balance(db, anna, seeded.shop.clock())
    dialog.cards.setCurrentRow(0)  # the card issued at enrolment
    qtbot.mouseClick(dialog.replace, Qt.MouseButton.LeftButton)
    old = store.card_by_number(db, seeded.anna_card.number)
    assert old.status == "blocked" and old.replaced_by
    assert store.card_by_number(db, old.replaced_by).member_id == anna
    assert wallet.balance(db, anna, seeded.shop.clock()) == before
    qtbot.mouseClick(dialog.block, Qt.MouseButton.LeftButton)  # no reason yet
    assert store.card_by_number(db, old.replaced_by).status == "active"
    dialog.reason.setText("damaged")
    qtbot.mouseClick(dialog.block, Qt.MouseButton.LeftButton)
    assert store.card_by_number(db, old.replaced_by).block_reason == "damaged"
    dialog.accept()
    assert tab.detail.cards.rowCount() == 3


def _adjust_dialog(qtbot, tab: MembersTab) -> MemberAdjustDialog:
    tab.search.setText("Anna")
    qtbot.mouseClick(tab.buttons["adjust"], Qt.MouseButton.LeftButton)
    assert isinstance(tab.dialog, MemberAdjustDialog)
    return tab.dialog


def test_adjustment_needs_a_reason_and_the_owners_pin(qtbot, seeded: Seeded, clock) -> None:
    tab = open_tab(qtbot, seeded, owner=False)  # a cashier at the desk, the owner beside
    dialog = _adjust_dialog(qtbot, tab)
    db, anna = seeded.shop.db, seeded.anna.member_id
    entries = len(ledger_store.entries_of(db, anna))
    dialog.points.setValue(50)
    qtbot.keyClicks(dialog.pin, "9999")
    qtbot.mouseClick(dialog.apply, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Enter the reason for the adjustment"
    qtbot.keyClicks(dialog.reason, "birthday gift")
    qtbot.keyClicks(dialog.pin, "1111")  # the cashier's own PIN
    qtbot.mouseClick(dialog.apply, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "That PIN is not the owner's"
    qtbot.keyClicks(dialog.pin, "4321")
    qtbot.mouseClick(dialog.apply, Qt.MouseButton.LeftButton)
    assert "Wrong PIN" in dialog.message.text()
    assert len(ledger_store.entries_of(db, anna)) == entries
    qtbot.keyClicks(dialog.pin, "9999")  # at once: even the right PIN waits out the pause
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert "locked" in dialog.message.text() and len(ledger_store.entries_of(db, anna)) == entries
    clock.advance(seconds=2)
    qtbot.keyClicks(dialog.pin, "9999")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    last = ledger_store.entries_of(db, anna)[-1]
    assert (last.kind, last.points, last.reason, last.staff_id) == (
        "adjust", 50, "birthday gift", seeded.owner.staff_id)
    assert "Points: 350" in tab.detail.points.text()


def test_cashier_is_refused_owner_actions_and_nothing_changes(qtbot, seeded: Seeded, tmp_path) -> None:
    tab = open_tab(qtbot, seeded, owner=False)
    audited = seeded.shop.db.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    tab.search.setText("Anna")
    tab.choose_save_path = lambda name: str(tmp_path / name)
    qtbot.mouseClick(tab.buttons["export"], Qt.MouseButton.LeftButton)
    assert tab.status.text() == "Only the owner may do this"
    assert not list(tmp_path.glob("customer-*.json"))
    qtbot.mouseClick(tab.buttons["erase"], Qt.MouseButton.LeftButton)
    tab.dialog.button(QMessageBox.StandardButton.Yes).click()
    assert tab.status.text() == "Only the owner may do this"
    assert store.member_by_id(seeded.shop.db, seeded.anna.member_id).name == "Anna Petrova"
    qtbot.mouseClick(tab.buttons["merge"], Qt.MouseButton.LeftButton)
    assert tab.status.text() == "Only the owner may do this"
    assert seeded.shop.db.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0] == audited


def test_owner_merges_a_duplicate(qtbot, seeded: Seeded) -> None:
    tab = open_tab(qtbot, seeded)
    db = seeded.shop.db
    tab.search.setText("Anna")
    qtbot.mouseClick(tab.buttons["merge"], Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, MemberMergeDialog)
    qtbot.keyClicks(dialog.find, "Ivan")
    assert dialog.hits.count() == 1
    ivan = store.member_by_phone(db, "+79160000001")
    qtbot.mouseClick(dialog.merge, Qt.MouseButton.LeftButton)
    assert member_search.merged_into(db, ivan.member_id) == seeded.anna.member_id
    # Ivan's phone stays, after Anna's own, and now finds Anna
    assert store.member_by_phone(db, "+79160000001").member_id == seeded.anna.member_id
    assert "+79161234567, +79160000001" in tab.detail.contact.text()
    assert store.card_by_number(db, seeded.blocked_card.number).member_id == seeded.anna.member_id
    assert "Duplicate merged" in tab.status.text()
    assert "#%d" % ivan.member_id in tab.detail.tier.text()
    tab.search.setText("")
    assert shown_names(tab) == ["Anna Petrova"]


def test_owner_exports_then_erases_personal_data(qtbot, seeded: Seeded, tmp_path) -> None:
    tab = open_tab(qtbot, seeded)
    db, anna = seeded.shop.db, seeded.anna.member_id
    tab.search.setText("Anna")
    tab.choose_save_path = lambda name: str(tmp_path / name)
    qtbot.mouseClick(tab.buttons["export"], Qt.MouseButton.LeftButton)
    exported = tmp_path / f"customer-{anna}.json"
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["profile"]["name"] == "Anna Petrova" and data["ledger"][0]["points"] == 300
    assert exported.stat().st_mode & 0o777 == 0o600  # personal data: its owner's only
    from pos.storage.store import audit_entries
    audited = len(audit_entries(db, action="member_export"))
    assert audited == 1
    tab.choose_save_path = lambda name: str(tmp_path / "no-such-folder" / name)
    qtbot.mouseClick(tab.buttons["export"], Qt.MouseButton.LeftButton)  # cannot be written
    assert tab.status.property("kind") == "error" and "no-such-folder" in tab.status.text()
    assert len(audit_entries(db, action="member_export")) == audited  # not recorded
    qtbot.mouseClick(tab.buttons["erase"], Qt.MouseButton.LeftButton)
    tab.dialog.button(QMessageBox.StandardButton.Cancel).click()
    assert store.member_by_id(db, anna).name == "Anna Petrova"
    qtbot.mouseClick(tab.buttons["erase"], Qt.MouseButton.LeftButton)
    tab.dialog.button(QMessageBox.StandardButton.Yes).click()
    gone = store.member_by_id(db, anna)
    assert gone.name == "" and gone.phone is None and gone.erased_at is not None
    assert len(ledger_store.entries_of(db, anna)) == 1
    assert tab.status.text() == "Personal data erased"
    assert not tab.buttons["edit"].isEnabled()


def test_csv_import_lists_bad_rows_and_imports_nothing(qtbot, seeded: Seeded, tmp_path) -> None:
    tab = open_tab(qtbot, seeded)
    before = count_members(seeded)
    bad = tmp_path / "bad.csv"
    bad.write_text("name,phone,email,consent_data\nOk,+79031112233,,yes\nBad,12,,yes\n"
                   "Dup,+79161234567,x@,yes\n", encoding="utf-8")
    tab.choose_open_path = lambda: str(bad)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, MemberImportDialog)
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    rows = [(dialog.errors.item(r, 0).text(), dialog.errors.item(r, 1).text())
            for r in range(dialog.errors.rowCount())]
    assert ("3", "phone") in rows and ("4", "email") in rows
    assert "Nothing imported" in dialog.message.text()
    assert count_members(seeded) == before
    dialog.import_text("name,phone,consent_data\nOk,+79031112233,да\nAlso,+79031112244,да\n")
    assert dialog.message.text() == "2 customers imported"
    dialog.accept()
    assert count_members(seeded) == before + 2
    assert tab.count.text() == "Members: 4"


def test_the_last_digits_of_a_phone_or_a_card_find_the_customer(qtbot, seeded: Seeded) -> None:
    """A QA tester typed a phone's last four digits, as customers say them: nothing found
    (the index finds numbers by their start)."""
    tab = open_tab(qtbot, seeded)
    qtbot.keyClicks(tab.search, "4567")  # Anna's phone +7 916 123-45-67 ends so
    assert shown_names(tab) == ["Anna Petrova"]
    assert tab.count.text() == "Members: 1"
    tab.search.clear()
    qtbot.keyClicks(tab.search, seeded.anna_card.number[5:11])  # inside her card number
    assert shown_names(tab) == ["Anna Petrova"]
