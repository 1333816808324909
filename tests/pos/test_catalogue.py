"""Product CSV: every bad row reported, nothing imported when any row is bad."""
from __future__ import annotations

import pytest

from pos.storage import store
from pos.catalogue.model import CsvImportError, parse_products_csv


def test_good_csv_with_semicolons_and_russian_flags() -> None:
    text = "\ufeffbarcode;name;price;category;no_discount;no_points\n" \
           "4600000000015;Молоко;89,90;dairy;нет;нет\n4600000000039;Сигареты;250;tobacco;да;да\n"
    milk, cigarettes = parse_products_csv(text)
    assert (milk.name, milk.price_minor, milk.no_discount) == ("Молоко", 89_90, False)
    assert (cigarettes.no_discount, cigarettes.no_points) == (True, True)


def test_broken_rows_are_each_reported() -> None:
    text = ("barcode,name,price\n4600000000015,Milk,89.90\n,Nameless,10\n"
            "4600000000022,,abc\n4600000000015,Again,5\n4600000000046,Free,-1\n")
    with pytest.raises(CsvImportError) as error:
        parse_products_csv(text)
    found = {(e.row, e.field, e.reason) for e in error.value.errors}
    assert found == {(3, "barcode", "empty"), (4, "name", "empty"),
                     (4, "price", "not_a_price"), (5, "barcode", "duplicate"),
                     (6, "price", "not_a_price")}


def test_missing_column_is_reported() -> None:
    with pytest.raises(CsvImportError) as error:
        parse_products_csv("code,title\n1,x\n")
    assert {(e.field, e.reason) for e in error.value.errors} == {
        ("code", "unknown_product_column"), ("title", "unknown_product_column"),
        ("barcode", "missing_column"), ("name", "missing_column"), ("price", "missing_column")}


def test_upsert_updates_by_barcode(shop) -> None:
    from pos.storage.db import write_transaction
    with write_transaction(shop.db):
        store.upsert_products(shop.db, parse_products_csv("barcode,name,price\n1,Milk,89\n"))
        store.upsert_products(shop.db, parse_products_csv("barcode,name,price\n1,Milk 2%,95\n"))
    assert store.product_by_barcode(shop.db, "1").price_minor == 95_00
    assert [p.name for p in store.search_products(shop.db, "milk")] == ["Milk 2%"]


def faults(text: str) -> list[tuple[int, str, str]]:
    with pytest.raises(CsvImportError) as error:
        parse_products_csv(text)
    return [(e.row, e.field, e.reason) for e in error.value.errors]


@pytest.mark.parametrize("barcode, reason", [
    ("4601234567890", "bad_check_digit"),  # EAN-13: the right check digit is 3
    ("46000003", "bad_check_digit"),  # EAN-8: 2
    ("036000291453", "bad_check_digit"),  # UPC-A: 2
    ("Хлеб-1", "bad_barcode"), ("B 12", "bad_barcode")])
def test_a_barcode_the_catalogue_screen_refuses_is_refused_in_a_file(barcode, reason) -> None:
    assert faults(f"barcode,name,price\n{barcode},Тест,12.50\n") == [(2, "barcode", reason)]
    assert parse_products_csv("barcode,name,price\n4601234567893,Тест,12.50\n"
                              "46000002,a,1\n036000291452,b,1\nB-12,c,1\n")[0].price_minor == 12_50


def test_the_header_must_name_known_columns_once() -> None:
    assert faults("barcode,name,price,colour,,name\n4601234567893,a,1,red,,b\n") == [
        (1, "colour", "unknown_product_column"), (1, "", "nameless_column"),
        (1, "name", "duplicate_column")]


def test_a_row_of_more_or_fewer_fields_or_an_open_quote_is_refused_at_its_first_line() -> None:
    text = ('barcode,name,price\n4601234567893,a\n,,\n46000002,b,1,extra\n'
            '"036000291452,c,1\nB-12,d,1\n')
    assert faults(text) == [(2, "", "field_count"), (4, "", "field_count"),
                            (5, "", "quote_not_closed")]
    # a quoted cell over two lines is refused at the line where it begins
    assert faults('barcode,name,price\n4601234567893,"Milk\n2%",1\n') == [
        (2, "", "quote_not_closed")]


def test_blank_rows_are_skipped_and_a_file_of_none_else_is_refused() -> None:
    from pos.csv_files import CsvFileError
    assert len(parse_products_csv("barcode,name,price\n,,\n4601234567893,a,1\n\n,,\n")) == 1
    with pytest.raises(CsvFileError) as error:
        parse_products_csv("barcode,name,price\n,,\n")
    assert error.value.reason == "no_rows"
