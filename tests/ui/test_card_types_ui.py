"""Card types in the windows: the till names the scanned card's type and shows its discount,
the program editor marks the default type, the card dialogs pick a type by name, and a
change of type on the member's cards dialog is audited."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from loyalty.members.cards import issue_cards
from loyalty.model.program import CardType, CardTypeId, FixedDiscount
from loyalty.program.programs import save_program
from loyalty.storage import store
from pos.storage import store as pos_store
from tests.ui.conftest import Seeded
from tests.ui.test_office_program import save_and_answer
from tests.ui.test_office_cards import finish, open_tab as open_cards_tab, save_list
from tests.ui.test_office_members import _cards_dialog, _open as open_member_tabs
from tests.ui.test_office_program import TODAY, open_tab as open_program_tab
from tests.ui.test_till_sale import open_till, scan



@pytest.fixture(autouse=True)
def _close_member_tabs(seeded: Seeded):
    """Member tabs close before the shop does (as in the members tab's own tests)."""
    yield
    while open_member_tabs:
        open_member_tabs.pop().close()


PERSONAL = CardType(CardTypeId("personal"), "Personal 5 %", 500)
VIP = CardType(CardTypeId("vip"), "VIP 10 %", 1_000)


def with_card_types(seeded: Seeded) -> None:
    shop = seeded.shop
    program = shop.programs.program_for(TODAY)
    save_program(shop.db, replace(program, progressive=None, fixed_discount=FixedDiscount(
        (PERSONAL, VIP), default_card_type_id=CardTypeId("personal"))), date(2026, 1, 1),
        shop.clock())


def test_the_till_shows_the_scanned_cards_type_and_its_discount(qtbot, seeded: Seeded) -> None:
    with_card_types(seeded)
    (vip,) = issue_cards(seeded.shop.db, 1, "29", seeded.shop.clock(),
                         member_id=seeded.anna.member_id, card_type_id="vip")
    w = open_till(qtbot, seeded)
    scan(qtbot, w, "4601234567893")  # a croissant, 150.00
    scan(qtbot, w, vip.number)
    assert w.customer.card_type.text() == "Card type: VIP 10 %"
    assert w.customer.card_type.isVisible()
    # the receipt's sentence, in the shop's language (one wording source)
    assert "Скидка по карте «VIP 10 %» 10\u00a0% −15,00\u00a0₽" in w.totals.lines()
    assert "135,00" in w.totals.to_pay.text()


def test_an_untyped_card_shows_the_default_type_at_the_till(qtbot, seeded: Seeded) -> None:
    with_card_types(seeded)
    w = open_till(qtbot, seeded)
    scan(qtbot, w, "4601234567893")
    scan(qtbot, w, seeded.anna_card.number)  # issued before the program had card types
    assert w.customer.card_type.text() == "Card type: Personal 5 %"
    assert any("Personal 5 %" in line and "7,50" in line for line in w.totals.lines())


def test_the_program_editor_saves_one_default_type(qtbot, seeded: Seeded) -> None:
    with_card_types(seeded)
    tab = open_program_tab(qtbot, seeded)
    rows = tab.discounts.card_types
    assert [rows.text(r, 0) for r in range(rows.count())] == ["Personal 5 %", "VIP 10 %"]
    assert [rows.ticked(r, 3) for r in range(rows.count())] == [True, False]
    rows.table.item(1, 3).setCheckState(Qt.CheckState.Checked)  # two defaults: refused
    assert tab.save() is False
    assert "only one card type can be the default" in tab.errors.text()
    rows.table.item(0, 3).setCheckState(Qt.CheckState.Unchecked)
    save_and_answer(qtbot, tab)  # Save, then Yes to the list of what changes
    saved = seeded.shop.programs.program_for(TODAY)
    assert saved.fixed_discount.default_card_type_id == "vip"


def test_the_cards_dialog_issues_by_type_name_and_audits_a_change(qtbot, seeded: Seeded) -> None:
    with_card_types(seeded)
    _, dialog = _cards_dialog(qtbot, seeded)
    db = seeded.shop.db
    names = [dialog.card_type.itemText(i) for i in range(dialog.card_type.count())]
    assert names == ["The program's default", "Personal 5 %", "VIP 10 %"]
    assert dialog.card_type.currentData() == "personal"  # the program's default, preselected
    dialog.card_type.setCurrentIndex(dialog.card_type.findText("VIP 10 %"))
    qtbot.mouseClick(dialog.issue, Qt.MouseButton.LeftButton)
    issued = dialog.cards.currentItem().data(Qt.ItemDataRole.UserRole)
    assert store.card_by_number(db, issued).card_type_id == "vip"
    assert "VIP 10 %" in dialog.cards.currentItem().text()
    dialog.card_type.setCurrentIndex(dialog.card_type.findText("Personal 5 %"))
    qtbot.mouseClick(dialog.change_type, Qt.MouseButton.LeftButton)
    assert store.card_by_number(db, issued).card_type_id == "personal"
    assert "new type" in dialog.message.text()
    (entry,) = [e for e in pos_store.audit_entries(db, None, None, None, None, 50)
                if e.action == "card_type"]
    assert entry.detail == {"from": "vip", "to": "personal"}
    assert entry.staff_name == seeded.owner.name
    dialog.accept()


def test_the_printing_tab_issues_new_cards_of_the_chosen_type(qtbot, seeded: Seeded,
                                                              tmp_path: Path) -> None:
    with_card_types(seeded)
    tab = open_cards_tab(qtbot, seeded)
    assert tab.card_type.findText("VIP 10 %") > 0
    tab.card_type.setCurrentIndex(tab.card_type.findText("VIP 10 %"))
    tab.count.setValue(2)
    pdf, listing = tmp_path / "cards.pdf", tmp_path / "cards.csv"
    tab.start(tab.request(pdf))
    finish(qtbot, tab)
    save_list(tab, listing)
    numbers = [line.split(",")[0] for line in listing.read_text("utf-8").splitlines()[1:]]
    assert len(numbers) == 2
    assert {store.card_by_number(seeded.shop.db, n).card_type_id for n in numbers} == {"vip"}


def test_the_import_dialog_reads_the_card_type_column(qtbot, seeded: Seeded,
                                                     tmp_path: Path) -> None:
    from tests.ui.test_office_members import open_tab as open_members_tab
    from ui.office.members.import_dialog import MemberImportDialog
    with_card_types(seeded)
    tab = open_members_tab(qtbot, seeded)
    bad = tmp_path / "bad.csv"
    bad.write_text("name,phone,card_number,card_type,consent_data\n"
                   "Vera,+79031112233,4006381333931,gold,yes\n", encoding="utf-8")
    tab.choose_open_path = lambda: str(bad)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, MemberImportDialog)
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    # the reason in the shop's language (the seeded shop's is Russian), as the command line says it
    assert (dialog.errors.item(0, 1).text(), dialog.errors.item(0, 2).text()) == (
        "card_type", "в программе нет типа карты «gold»")
    dialog.import_text("name,phone,card_number,card_type,consent_data\n"
                       "Vera,+79031112233,4006381333931,vip,yes\n")
    assert dialog.message.text() == "1 customers imported"
    assert store.card_by_number(seeded.shop.db, "4006381333931").card_type_id == "vip"
    dialog.accept()
