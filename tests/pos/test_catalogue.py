"""Product CSV: every bad row reported, nothing imported when any row is bad."""
from __future__ import annotations

import pytest

from pos.storage import store
from pos.catalogue.model import CsvImportError, parse_products_csv


def test_good_csv_with_semicolons_and_russian_flags() -> None:
    text = "\ufeffbarcode;name;price;category;no_discount;no_points\n" \
           "4600000000011;Молоко;89,90;dairy;нет;нет\n4600000000035;Сигареты;250;tobacco;да;да\n"
    milk, cigarettes = parse_products_csv(text)
    assert (milk.name, milk.price_minor, milk.no_discount) == ("Молоко", 89_90, False)
    assert (cigarettes.no_discount, cigarettes.no_points) == (True, True)


def test_broken_rows_are_each_reported() -> None:
    text = ("barcode,name,price\n4600000000011,Milk,89.90\n,Nameless,10\n"
            "4600000000028,,abc\n4600000000011,Again,5\n4600000000042,Free,-1\n")
    with pytest.raises(CsvImportError) as error:
        parse_products_csv(text)
    found = {(e.row, e.field, e.reason) for e in error.value.errors}
    assert found == {(3, "barcode", "empty_or_invalid"), (4, "name", "empty"),
                     (4, "price", "not_a_price"), (5, "barcode", "duplicate"),
                     (6, "price", "not_a_price")}


def test_missing_column_is_reported() -> None:
    with pytest.raises(CsvImportError) as error:
        parse_products_csv("code,title\n1,x\n")
    assert {e.field for e in error.value.errors} == {"barcode", "name", "price"}


def test_upsert_updates_by_barcode(shop) -> None:
    from pos.storage.db import write_transaction
    with write_transaction(shop.db):
        store.upsert_products(shop.db, parse_products_csv("barcode,name,price\n1,Milk,89\n"))
        store.upsert_products(shop.db, parse_products_csv("barcode,name,price\n1,Milk 2%,95\n"))
    assert store.product_by_barcode(shop.db, "1").price_minor == 95_00
    assert [p.name for p in store.search_products(shop.db, "milk")] == ["Milk 2%"]
