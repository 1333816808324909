"""The program editor speaks the owner's words: presets named in the shop's language, categories
and products picked by their names (the program keeps their codes), no internal codes shown —
and what is picked is what the till applies once the shop is opened again."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from loyalty.shop import open_shop
from loyalty.till import Till
from pos.catalogue.model import Category
from pos.storage import store
from pos.storage.db import write_transaction
from tests.ui.conftest import PRODUCTS, Seeded
from tests.ui.test_office_program import load_preset, save_and_answer
from ui.app import install_translator
from ui.office.program.fields import Pick, Rows
from ui.office.program.scope_picker import NameChoice, ScopeButton
from ui.office.program.tab import ProgramTab

TODAY = date(2026, 3, 10)
COFFEE = PRODUCTS[1]  # "Coffee beans 250 g", 650.00, category "coffee"


def named_categories(seeded: Seeded) -> None:
    """The seeded products' categories get the names an owner gave them in the catalogue."""
    with write_transaction(seeded.shop.db):
        store.save_category(seeded.shop.db, Category("coffee", "Кофе"))
        store.save_category(seeded.shop.db, Category("bakery", "Выпечка"))


def open_tab(qtbot, seeded: Seeded) -> ProgramTab:
    tab = ProgramTab(seeded.shop, seeded.owner)
    qtbot.addWidget(tab)
    tab.resize(1024, 740)
    tab.show()
    return tab


def quote_anna_buying_coffee(seeded: Seeded, db_path, clock):
    """The shop opened afresh, as a till starts: Anna's card and one coffee."""
    shop = open_shop(db_path, clock)
    try:
        till = Till(shop, seeded.cashier)
        till.enter_code(seeded.anna_card.number)
        till.enter_code(COFFEE.barcode)
        return till.detail.quote
    finally:
        shop.close()


@pytest.mark.parametrize("language, names", [
    ("ru", ["Базовый", "Серебро", "Золото", "Платина"]),
    ("en", ["Base", "Silver", "Gold", "Platinum"]),
])
def test_a_preset_names_its_tiers_in_the_shops_language(qtbot, seeded: Seeded, language: str,
                                                        names: list[str]) -> None:
    seeded.shop.save_settings(replace(seeded.shop.settings, language=language))
    tab = open_tab(qtbot, seeded)
    load_preset(qtbot, tab, "yearly_spend_tiers")
    rows = tab.tiers.rows
    assert [rows.text(r, 0) for r in range(rows.count())] == names
    load_preset(qtbot, tab, "fifth_coffee_free", "add")
    assert tab.stamps.stamps.text(0, 0) == {"ru": "Кофе", "en": "Coffee"}[language]


def test_no_table_shows_an_internal_code(qtbot, seeded: Seeded) -> None:
    tab = open_tab(qtbot, seeded)
    load_preset(qtbot, tab, "yearly_spend_tiers")
    headers = [h for rows in tab.findChildren(Rows) for h in rows.headers]
    assert "Id" not in headers and "Product id" not in headers
    assert "silver" not in [tab.tiers.rows.text(r, c) for r in range(4) for c in range(5)]


def test_a_category_picked_by_name_earns_its_rate_at_the_till(qtbot, seeded: Seeded, db_path,
                                                             clock) -> None:
    named_categories(seeded)
    assert quote_anna_buying_coffee(seeded, db_path, clock).lines[0].points == 30  # 5 % of 617.50
    tab = open_tab(qtbot, seeded)
    tab.form_tabs.setCurrentWidget(tab.form_tabs.widget(2))
    rates = tab.points.categories
    add = next(b for b in rates.findChildren(type(tab.save_button)) if b.text() == "Add")
    add.click()
    picker = rates.table.cellWidget(0, 0)
    assert isinstance(picker, NameChoice)
    assert [picker.itemText(i) for i in range(picker.count())] == ["Выпечка", "Кофе"]
    picker.setCurrentIndex(picker.findText("Кофе"))
    rates.table.item(0, 1).setText("10")
    save_and_answer(qtbot, tab)
    saved = seeded.shop.programs.program_for(TODAY)
    assert [(r.category, r.rate.rate_bp) for r in saved.points.category_rates] == [("coffee", 1_000)]
    assert quote_anna_buying_coffee(seeded, db_path, clock).lines[0].points == 61  # 10 % now


def test_a_stamp_card_counts_the_category_ticked_by_name(qtbot, seeded: Seeded, db_path,
                                                         clock) -> None:
    named_categories(seeded)
    tab = open_tab(qtbot, seeded)
    tab.form_tabs.setCurrentWidget(tab.form_tabs.widget(4))
    cards = tab.stamps.stamps
    next(b for b in cards.findChildren(type(tab.save_button)) if b.text() == "Add").click()
    cards.table.item(0, 0).setText("Кофейная карта")
    scope = cards.table.cellWidget(0, 3)
    assert isinstance(scope, ScopeButton) and scope.text() == "nothing chosen"
    scope.click()
    dialog = scope.dialog
    assert [dialog.categories.item(i).text() for i in range(dialog.categories.count())] == [
        "Выпечка", "Кофе"]
    coffee = dialog.categories.findItems("Кофе", Qt.MatchFlag.MatchExactly)[0]
    coffee.setCheckState(Qt.CheckState.Checked)
    dialog.ok.click()
    assert scope.text() == "Кофе"
    save_and_answer(qtbot, tab)
    card = seeded.shop.programs.program_for(TODAY).stamp_cards[0]
    assert (card.stamp_card_id, card.name, card.scope.categories, card.buy) == (
        "kofeinaia_karta", "Кофейная карта", ("coffee",), 4)
    stamps = quote_anna_buying_coffee(seeded, db_path, clock).stamps
    assert [(s.name, s.stamps_earned) for s in stamps] == [("Кофейная карта", 1)]


def test_a_product_excluded_by_name_is_never_discounted(qtbot, seeded: Seeded, db_path,
                                                       clock) -> None:
    assert quote_anna_buying_coffee(seeded, db_path, clock).lines[0].discount_minor == 32_50
    tab = open_tab(qtbot, seeded)
    tab.limits.no_discount.click()
    dialog = tab.limits.no_discount.dialog
    qtbot.keyClicks(dialog.find, "coffee")
    shown = [dialog.products.item(i).text() for i in range(dialog.products.count())
             if not dialog.products.item(i).isHidden()]
    assert shown == ["Coffee beans 250 g"]
    dialog.tick("Coffee beans 250 g")
    dialog.ok.click()
    save_and_answer(qtbot, tab)
    product_id = store.product_by_barcode(seeded.shop.db, COFFEE.barcode).product_id
    assert seeded.shop.programs.program_for(TODAY).exclusions.no_discount.product_ids == (
        product_id,)
    assert quote_anna_buying_coffee(seeded, db_path, clock).lines[0].discount_minor == 0


@pytest.mark.parametrize("language", ["ru", "en"])
def test_no_program_table_header_is_cut_in_either_language(qtbot, seeded: Seeded,
                                                           language: str) -> None:
    seeded.shop.save_settings(replace(seeded.shop.settings, language=language))
    app = QApplication.instance()
    translators = install_translator(app, language)
    try:
        tab = open_tab(qtbot, seeded)
        load_preset(qtbot, tab, "yearly_spend_tiers", "add")
        load_preset(qtbot, tab, "fifth_coffee_free", "add")
        tab.points.categories.add_row([Pick("category", "bakery"), "10", "", "", False])
        tab.points.products.add_row([Pick("product", 1), "", "2", "100", True])
        for i in range(tab.form_tabs.count()):
            tab.form_tabs.setCurrentIndex(i)
            qtbot.wait(10)
            for rows in tab.form_tabs.widget(i).findChildren(Rows):
                header = rows.table.horizontalHeader()
                for col in range(header.count()):
                    assert header.sectionSize(col) >= header.sectionSizeFromContents(col).width(), (
                        rows.title, rows.headers[col])
                assert header.length() <= rows.table.viewport().width(), rows.title
    finally:
        for translator in translators:
            app.removeTranslator(translator)
