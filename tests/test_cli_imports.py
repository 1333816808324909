"""import-customers and import-products fed hostile files, end to end on a demo shop's copy:
each refusal is one Russian line naming the line and the column, exit 1, nothing changed."""
from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from main import main
from tests.fuzz_inputs import fingerprint
from tests.cli_shops import copied, made_demo, owner_pin  # noqa: F401 (a fixture)

HEADER = "name,phone,email,birthday,card_number,card_type,consent_data,consent_marketing\n"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    return made_demo(tmp_path_factory.mktemp("demo"), "--members", "30", "--months", "1")


@pytest.fixture
def shop_db(demo_db: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo shop (Russian), as the QA tester made one per repro."""
    return copied(demo_db, tmp_path)


def refused(capsys, db: Path, command: str, data: bytes, tmp_path: Path) -> str:
    """The one line ``command`` says about a file of ``data``, after checking that it
    exits 1 and changes nothing."""
    path = tmp_path / "in.csv"
    path.write_bytes(data)
    before = fingerprint(db)
    capsys.readouterr()
    assert main([command, str(path), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert fingerprint(db) == before
    assert err.count("\n") == 1 and err.startswith(("ошибка: ничего не загружено",
                                                     "ошибка: ничего не импортировано"))
    return err


def imported(capsys, db: Path, command: str, text: str, tmp_path: Path) -> str:
    path = tmp_path / "in.csv"
    path.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert main([command, str(path), "--db", str(db)]) == 0
    return capsys.readouterr().out


def members(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT name, phone, consent_data_at IS NOT NULL, "
                            "consent_marketing_at IS NOT NULL FROM members "
                            "ORDER BY member_id DESC LIMIT 1").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("row", [
    "A,+79161110001,,,,,no,yes\n",  # the QA repro: name and phone, marketing but no data consent
    "Анна,+79161110001,,,,,,\n",  # consent left empty
    "Анна,,anna@example.ru,,,,нет,\n"])  # an e-mail is personal data too
def test_a_named_customer_without_consent_to_data_is_refused(capsys, shop_db, tmp_path,
                                                             row) -> None:
    err = refused(capsys, shop_db, "import-customers", (HEADER + row).encode(), tmp_path)
    assert "строка 2: нет согласия на обработку данных для покупателя с личными данными" in err


def test_without_the_consent_column_every_named_row_is_refused(capsys, shop_db, tmp_path) -> None:
    err = refused(capsys, shop_db, "import-customers",
                  "name,phone\nАнна,+79161110001\nБорис,+79161110002\n".encode(), tmp_path)
    assert "строка 2: нет согласия" in err and "строка 3: нет согласия" in err


def test_an_unknown_consent_value_is_refused_not_taken_as_no(capsys, shop_db, tmp_path) -> None:
    err = refused(capsys, shop_db, "import-customers",
                  (HEADER + "Анна,+79161110001,,,,,maybe,\n").encode(), tmp_path)
    assert "строка 2, consent_data: «maybe» — не «да» и не «нет»" in err


def test_marketing_consent_needs_data_consent_even_without_a_name(capsys, shop_db,
                                                                  tmp_path) -> None:
    err = refused(capsys, shop_db, "import-customers",
                  (HEADER + ",,,,4601234567893,,no,yes\n").encode(), tmp_path)
    assert "строка 2: согласие на рассылки требует согласия на обработку данных" in err


@pytest.mark.parametrize("consent", ["yes", "YES", "да", "Да", "1", "true"])
def test_the_documented_consent_spellings_import(capsys, shop_db, tmp_path, consent) -> None:
    out = imported(capsys, shop_db, "import-customers",
                   HEADER + f"Анна Смирнова,+79161110001,,,,,{consent},{consent}\n", tmp_path)
    assert out == "1 customers imported\n"
    assert members(shop_db) == [("Анна Смирнова", "+79161110001", 1, 1)]


def test_a_card_without_personal_data_is_an_anonymous_bearer_card(capsys, shop_db,
                                                                  tmp_path) -> None:
    assert imported(capsys, shop_db, "import-customers", HEADER + ",,,,4601234567893,,,\n",
                    tmp_path) == "1 customers imported\n"
    assert members(shop_db) == [("", None, 0, 0)]
    conn = sqlite3.connect(shop_db)
    assert conn.execute("SELECT kind FROM cards WHERE number = '4601234567893'").fetchone() == (
        "bearer",)
    conn.close()


@pytest.mark.parametrize("header, says", [
    ("name,phone,colour,consent_data", "строка 1, colour: «colour» — не столбец загрузки "
                                       "покупателей (её столбцы: name, phone, email"),
    ("name,phone,name,consent_data", "строка 1, name: «name» повторяет столбец «name»"),
    ("name,phone,consent_data,consent_data_at", "строка 1, consent_data_at: "
                                                "«consent_data_at» повторяет столбец"),
    ("name,phone,points_balance,consent_data", "столбец «points_balance» выгрузки участников "
                                               "не загружается")])
def test_an_unknown_repeated_or_unimportable_column_is_refused(capsys, shop_db, tmp_path,
                                                               header, says) -> None:
    err = refused(capsys, shop_db, "import-customers",
                  f"{header}\nАнна,+79161110001,x,yes\n".encode(), tmp_path)
    assert says in err


def test_the_members_export_is_refused_whole_then_imports_exactly_without_points(
        capsys, demo_db, tmp_path) -> None:
    """The QA repro: the export into an empty shop said '300 customers imported' and
    dropped cards and consents.  It is refused naming the columns that cannot come along;
    without them every name, card and consent comes along exactly."""
    export = tmp_path / "members.csv"
    assert main(["export", "members", "--out", str(export), "--db", str(demo_db)]) == 0
    empty = tmp_path / "empty.db"
    from loyalty.shop import open_shop
    open_shop(empty, language="ru").close()  # a new shop, made as the app makes one
    err = refused(capsys, demo_db, "import-customers", export.read_bytes(), tmp_path)
    for column in ("member_id", "enrolled_at", "tier", "points_balance"):
        assert f"строка 1, {column}:" in err
    rows = list(csv.DictReader(io.StringIO(export.read_text(encoding="utf-8"))))
    kept = ["name", "phone", "email", "birthday", "card_numbers", "consent_data_at",
            "consent_marketing_at"]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(kept)
    writer.writerows([r[c] for c in kept] for r in rows)
    assert imported(capsys, empty, "import-customers", out.getvalue(), tmp_path) == (
        f"{len(rows)} customers imported\n")
    # consents come along dated as given, to the second (the export's precision)
    figures = ("SELECT COUNT(*), COUNT(consent_data_at), COUNT(consent_marketing_at), "
               "GROUP_CONCAT(substr(consent_data_at, 1, 19) || phone) FROM members "
               "WHERE name != ''")
    cards = "SELECT COUNT(*) FROM cards WHERE member_id IS NOT NULL AND status != 'blocked'"
    with sqlite3.connect(demo_db) as old, sqlite3.connect(empty) as new:
        assert (new.execute(figures).fetchone() == old.execute(figures).fetchone())
        assert new.execute(cards).fetchone() == old.execute(cards).fetchone()


@pytest.mark.parametrize("row, says", [
    ('"A,+79161110001,,,,,yes,no\n', "строка 2: кавычка не закрыта"),
    (";;;;;;;\n", "строка 2: полей: 1, а в заголовке: 8"),
    ("Анна,+79161110001,,,,,yes\n", "строка 2: полей: 7, а в заголовке: 8"),
    (",,,,,,yes,\n", "строка 2: в строке нужно имя, телефон или номер карты"),
    ("+79161110001,,,,,,yes,\n", "строка 2, name: «+79161110001» — невозможное имя"),
    ("Анна,12,,,,,yes,\n", "строка 2, phone: «12» — не номер телефона"),
    ("Анна,+79161110001,,31.02.1990,,,yes,\n", "строка 2, birthday: «31.02.1990» — не дата"),
    ("Анна,+79161110001,,,4601234567890,,yes,\n",
     "строка 2, card_number: у 4601234567890 неверная контрольная цифра")])
def test_a_broken_row_is_refused_in_russian_at_its_first_line(capsys, shop_db, tmp_path,
                                                              row, says) -> None:
    err = refused(capsys, shop_db, "import-customers", (HEADER + row).encode(), tmp_path)
    assert says in err


def test_rows_of_empty_cells_are_skipped(capsys, shop_db, tmp_path) -> None:
    text = HEADER + ",,,,,,,\nАнна,+79161110001,,,,,yes,\n;;\n".replace(";;\n", ",,,,,,,\n")
    assert imported(capsys, shop_db, "import-customers", text,
                    tmp_path) == "1 customers imported\n"


def test_a_card_taken_in_the_shop_is_refused_in_russian(capsys, shop_db, tmp_path) -> None:
    conn = sqlite3.connect(shop_db)
    (number,) = conn.execute("SELECT number FROM cards WHERE member_id IS NOT NULL").fetchone()
    conn.close()
    err = refused(capsys, shop_db, "import-customers",
                  (HEADER + f"Анна,+79161110001,,,{number},,yes,\n").encode(), tmp_path)
    assert f"строка 2, card_number: карта {number} уже принадлежит участнику" in err


@pytest.mark.parametrize("command, header", [("import-customers", HEADER),
                                             ("import-products", "barcode,name,price\n")])
def test_a_header_without_rows_is_refused_and_not_audited(capsys, shop_db, tmp_path, command,
                                                          header) -> None:
    err = refused(capsys, shop_db, command, header.encode(), tmp_path)
    assert err == "ошибка: ничего не импортировано: в файле нет строк\n"


@pytest.mark.parametrize("text, says", [
    ("barcode,name,price\n4601234567890,Тест,12.50\n",
     "строка 2, barcode: у 4601234567890 неверная контрольная цифра (опечатка?)"),
    ("barcode,name,price\n4601234567893,Тест,abc\n",
     "строка 2, price: «abc» — не цена больше нуля и не более 100 000 000"),
    ("barcode,name,price,colour\n4601234567893,Тест,12.50,red\n",
     "строка 1, colour: «colour» — не столбец загрузки товаров"),
    ("barcode,name\n4601234567893,Тест\n", "строка 1, price: в файле нужен столбец «price»"),
    ('barcode,name,price\n4601234567893,"Тест,12.50\n', "строка 2: кавычка не закрыта")])
def test_a_bad_products_file_is_refused_in_russian(capsys, shop_db, tmp_path, text,
                                                   says) -> None:
    assert says in refused(capsys, shop_db, "import-products", text.encode(), tmp_path)


@pytest.mark.parametrize("data, says", [
    ("name,phone,consent_data\nИван Петров,+79161110001,да\n".encode("koi8_r"),
     "файл похож на KOI8-R; сохраните его в UTF-8"),
    (b"name,phone,consent_data\n\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd\xff,+79161110001,yes\n",
     "байт 0xff в строке 2, позиция 5 — не UTF-8"),
    ("name,phone,consent_data\nАнна Смирнова,+79161110001,да\n".encode()
     + "Пётр Иванов,+79161110002,да\n".encode("cp1251"), "в строке 3, позиция 2 — не UTF-8")])
def test_a_file_of_another_encoding_is_refused_where_it_breaks(capsys, shop_db, tmp_path, data,
                                                               says) -> None:
    assert says in refused(capsys, shop_db, "import-customers", data, tmp_path)


def test_a_windows_1251_file_still_imports(capsys, shop_db, tmp_path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("name;phone;consent_data\r\nИван Петров;+79161110001;да\r\n"
                     .encode("cp1251"))
    assert main(["import-customers", str(path), "--db", str(shop_db)]) == 0
    assert members(shop_db) == [("Иван Петров", "+79161110001", 1, 0)]


def test_every_fault_of_a_file_is_listed_in_the_order_of_its_lines(capsys, shop_db,
                                                                   tmp_path) -> None:
    text = (HEADER + "Анна,+79161110001,,,4601234567893,,yes,\nБорис,12,,,,,yes,\n"
            "Вера,+79161110001,,,4601234567893,,yes,\n" + '"Галина,+79161110004,,,,,yes,\n')
    err = refused(capsys, shop_db, "import-customers", text.encode(), tmp_path)
    assert err.index("строка 3, phone: «12»") < err.index(
        "строка 4, card_number: карта 4601234567893 в файле дважды") < err.index(
        "строка 4, phone: телефон +79161110001 в файле дважды") < err.index(
        "строка 5: кавычка не закрыта")
