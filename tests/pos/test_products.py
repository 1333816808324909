"""The owner's catalogue service on a real shop file: checks, audit, retire, categories, CSV."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pos.catalogue import admin as products
from builders import basket_with, sell
from pos.catalogue.model import Product
from pos.catalogue.admin import ProductError
from pos.staff.pins import StaffError, add_staff
from pos.storage import sale_store, store


@pytest.fixture
def owner(shop):
    return add_staff(shop.db, "Boris", "owner", "9999", shop.clock())


def bread(**changes) -> Product:
    return replace(Product(None, "4600000000015", "Хлеб ржаной", 85_00), **changes)


def audit_actions(shop) -> list[str]:
    return [e.action for e in store.audit_entries(shop.db)]


def test_a_product_is_added_checked_and_audited(shop, owner) -> None:
    added = products.add_product(shop.db, owner, bread(name="  Хлеб   ржаной "), shop.clock())
    assert added.product_id and added.name == "Хлеб ржаной"
    assert store.product_by_barcode(shop.db, "4600000000015") == added
    assert audit_actions(shop) == ["product_added"]


@pytest.mark.parametrize("product, reason", [
    (bread(barcode="4600000000018"), "bad_check_digit"),
    (bread(barcode="12345678"), "bad_check_digit"),   # EAN-8 shaped, wrong digit
    (bread(barcode="хлеб"), "bad_barcode"),
    (bread(barcode="٤٦٠٠٠٠٠٠٠٠٠١٨"), "bad_barcode"),  # Arabic-Indic digits are no EAN
    (bread(barcode=" "), "barcode_empty"),
    (bread(name=""), "name_empty"),
    (bread(name="x\x00y"), "bad_name"),
    (bread(price_minor=0), "bad_price"),
    (bread(price_minor=True), "bad_price"),
    (bread(price_minor=10**15), "bad_price"),
    (bread(category="nowhere"), "unknown_category"),
])
def test_bad_products_are_refused_and_change_nothing(shop, owner, product, reason) -> None:
    with pytest.raises(ProductError) as refused:
        products.add_product(shop.db, owner, product, shop.clock())
    assert refused.value.reason == reason
    assert store.catalogue(shop.db) == () and audit_actions(shop) == []


def test_shop_codes_and_taken_barcodes(shop, owner) -> None:
    products.add_product(shop.db, owner, bread(barcode="B-12"), shop.clock())
    with pytest.raises(ProductError, match="barcode_taken"):
        products.add_product(shop.db, owner, bread(barcode="B-12", name="Other"), shop.clock())


def test_only_an_owner_changes_the_catalogue(shop) -> None:
    cashier = add_staff(shop.db, "Olga", "cashier", "1111", shop.clock())
    with pytest.raises(StaffError):
        products.add_product(shop.db, cashier, bread(), shop.clock())
    assert store.catalogue(shop.db) == ()


def test_a_price_change_applies_to_new_sales_only(shop, owner) -> None:
    added = products.add_product(shop.db, owner, bread(), shop.clock())
    sale = sell(shop, basket_with(shop, (added, 2)))
    products.update_product(shop.db, owner, replace(added, price_minor=99_00), shop.clock())
    assert sale_store.load_sale(shop.db, sale.sale_no).lines[0].unit_price_minor == 85_00
    assert shop.checkout.quote(basket_with(shop, (added, 1))).gross_minor == 99_00
    assert audit_actions(shop)[0] == "product_changed"


def test_retired_products_leave_the_till_but_keep_their_sales(shop, owner) -> None:
    added = products.add_product(shop.db, owner, bread(), shop.clock())
    sale = sell(shop, basket_with(shop, (added, 1)))
    products.set_retired(shop.db, owner, added.product_id, True, shop.clock())
    assert store.product_by_barcode(shop.db, added.barcode) is None
    assert store.search_products(shop.db, "Хлеб") == ()
    assert sale_store.load_sale(shop.db, sale.sale_no).lines[0].name == "Хлеб ржаной"
    assert not store.catalogue(shop.db)[0].active
    products.set_retired(shop.db, owner, added.product_id, False, shop.clock())
    assert store.product_by_barcode(shop.db, added.barcode).active


def test_categories_have_names_and_stable_codes(shop, owner) -> None:
    category = products.save_category(shop.db, owner, "Выпечка", shop.clock())
    assert category.code == "category" or category.code.isascii()
    renamed = products.save_category(shop.db, owner, "Хлеб и выпечка", shop.clock(), category.code)
    assert renamed.code == category.code
    assert [c.name for c in store.categories(shop.db)] == ["Хлеб и выпечка"]
    with pytest.raises(ProductError, match="category_taken"):
        products.save_category(shop.db, owner, "хлеб И выпечка", shop.clock())
    added = products.add_product(shop.db, owner, bread(category=category.code), shop.clock())
    assert added.category == category.code


def test_the_exported_csv_imports_back_unchanged(shop, owner, tmp_path) -> None:
    products.add_product(shop.db, owner, bread(no_points=True), shop.clock())
    products.add_product(shop.db, owner, bread(barcode="B-12", name="Кофе, 250 г",
                                               price_minor=1234_56), shop.clock())
    text = products.products_csv(store.catalogue(shop.db), "RUB")
    before = store.catalogue(shop.db)
    assert products.import_products(shop.db, owner, text, "RUB", shop.clock()) == 2
    assert store.catalogue(shop.db) == before


def test_matching_folds_cyrillic_case() -> None:
    items = (bread(), bread(barcode="B-1", name="Кофе"))
    assert [p.name for p in products.matching(items, "хлеб")] == ["Хлеб ржаной"]
    assert [p.name for p in products.matching(items, "B-1")] == ["Кофе"]
