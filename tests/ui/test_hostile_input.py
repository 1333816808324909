"""Hostile input at the till and in the back office, through the real widgets and the till's
own scan path: a Windows-1251 import, refused files said in a sentence, generated CSV files
and scanner codes (figures printed: run with -s, FUZZ_INPUTS=N)."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from fuzz_inputs import csv_files, fingerprint, scan_codes
from loyalty.text.cli_errors import describe
from pos.errors import UserError
from pos.basket import BasketError
from pos.checkout import CheckoutError
from pos.sale import Payment
from tests.ui.conftest import Seeded
from ui.office.members.import_dialog import MemberImportDialog
from ui.office.members.tab import MembersTab
from loyalty.till import Till
from ui.widgets.explain import Explainer

USER_ERRORS = UserError  # every refusal a user can cause


@pytest.fixture
def tab(qtbot, seeded: Seeded):
    tab = MembersTab(seeded.shop, seeded.owner)
    qtbot.addWidget(tab)
    tab.resize(1024, 700)
    tab.show()
    yield tab
    tab.close()


def _import_file(qtbot, tab: MembersTab, path) -> MemberImportDialog:
    tab.choose_open_path = lambda: str(path)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, MemberImportDialog)
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    return dialog


def test_a_windows_1251_file_with_semicolons_imports(qtbot, tab, seeded: Seeded, tmp_path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("name;phone;email;consent_data\r\n"
                     "Зинаида Петровна;+79031112299;zina@example.org;да\r\n".encode("cp1251"))
    dialog = _import_file(qtbot, tab, path)
    assert dialog.message.text() == "1 customers imported"
    assert seeded.shop.db.execute("SELECT name FROM members WHERE phone = '+79031112299'"
                                  ).fetchone()[0] == "Зинаида Петровна"


@pytest.mark.parametrize("data, says", [
    (b"name,phone\nAnna,+7916\x981112233\n", "байт 0x98 в строке 2, позиция 11"),
    (b"name,phone\nAn\x00na,+79161112233\n", "нулевой байт (строка 2, позиция 3)"),
    (b"", "файл пуст"),
    (b"name,phone,consent_data\n,,\n", "в файле нет строк"),
    ("name,phone,consent_data\nИван Петров,+79161110001,да\n".encode("koi8_r"),
     "файл похож на KOI8-R; сохраните его в UTF-8")])
def test_a_refused_file_is_a_sentence_and_nothing_changes(qtbot, tab, seeded: Seeded, tmp_path,
                                                          data, says) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(data)
    before = fingerprint(seeded.shop.path)
    dialog = _import_file(qtbot, tab, path)
    # the seeded shop speaks Russian
    assert says in dialog.message.text() and dialog.message.text().startswith("Ничего не импорт")
    assert fingerprint(seeded.shop.path) == before


def test_every_error_of_a_row_is_listed(qtbot, tab, tmp_path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("name,phone,email,birthday,consent_data\nBad,12,x@,31.02.1990,yes\n",
                    encoding="utf-8")
    dialog = _import_file(qtbot, tab, path)
    columns = {dialog.errors.item(r, 1).text() for r in range(dialog.errors.rowCount())}
    assert columns == {"phone", "email", "birthday"}


def test_generated_files_in_the_import_screen(qtbot, tab, seeded: Seeded, tmp_path) -> None:
    tried, tracebacks, changed_on_refusal, started = 0, [], 0, time.monotonic()
    for n, data in enumerate(csv_files(61, "customers")):
        path = tmp_path / f"{n}.csv"
        path.write_bytes(data)
        before = fingerprint(seeded.shop.path)
        with qtbot.capture_exceptions() as raised:
            dialog = _import_file(qtbot, tab, path)
        tried += 1
        tracebacks += [(n, repr(e[1])[:200]) for e in raised]
        accepted = dialog.message.text().endswith("customers imported")
        if not accepted and fingerprint(seeded.shop.path) != before:
            changed_on_refusal += 1
        assert dialog.message.text(), n  # a refused file always says why
        assert len(dialog.message.text()) < 500
        dialog.close()
    print(f"\nmember import screen: {tried} inputs in {time.monotonic() - started:.1f} s, "
          f"{len(tracebacks)} tracebacks, {changed_on_refusal} refused inputs changed the database")
    assert tracebacks == [] and changed_on_refusal == 0


def test_generated_scans_route_or_refuse_in_a_short_sentence(seeded: Seeded) -> None:
    session = Till(seeded.shop, seeded.cashier)
    explainer = Explainer("RUB", "en")
    known = (seeded.anna_card.number, seeded.blocked_card.number, "4601234567893",
             "+79161234567")
    tried, routed, tracebacks, changed_on_refusal, started = 0, 0, [], 0, time.monotonic()
    for code in scan_codes(7, known):
        before = fingerprint(seeded.shop.path)
        tried += 1
        try:
            session.enter_code(code)
            routed += 1
            continue
        except USER_ERRORS as error:
            for message in (describe(error), explainer.error(error)):
                assert message and len(message) < 200 and "\n" not in message, (code[:80], message)
        except Exception as error:  # noqa: BLE001 - counting exactly these is the point
            tracebacks.append((code[:80], repr(error)[:200]))
        if fingerprint(seeded.shop.path) != before:
            changed_on_refusal += 1
    print(f"\ntill scan: {tried} inputs in {time.monotonic() - started:.1f} s, {routed} routed, "
          f"{len(tracebacks)} tracebacks, {changed_on_refusal} refused inputs changed the database")
    assert tracebacks == [] and changed_on_refusal == 0


@pytest.mark.parametrize("code, says", [
    ("٤٦٠١٢٣٤٥٦٧٨٩٣", "Unknown card"),            # Arabic-Indic digits are no EAN
    ("+7" + "9" * 40, "Not a valid phone number"),  # a 40-digit phone is a phone
    ("7" * 40, "Too long for a card or a phone number"),
    ("X" * 100_000, "Too long for a card")])
def test_scans_say_what_the_input_is_and_echo_it_cut(seeded: Seeded, code, says) -> None:
    session = Till(seeded.shop, seeded.cashier)
    with pytest.raises(USER_ERRORS) as error:
        session.enter_code(code, customer_only=True)
    message = Explainer("RUB", "en").error(error.value)
    assert says in message and len(message) < 120


def test_the_checkout_refuses_nothing_paid_bools_and_control_characters(seeded: Seeded) -> None:
    session = Till(seeded.shop, seeded.cashier)
    session.enter_code("4601234567893")
    due = session.quote.net_minor
    with pytest.raises(CheckoutError) as error:
        session.shop.checkout.commit(session.basket, session.quote,
                                     (Payment("coupon", due, reference="FREE"),), None)
    assert error.value.reason == "coupon_not_on_basket"
    with pytest.raises(CheckoutError):
        session.shop.checkout.commit(session.basket, session.quote,
                                     (Payment("cash", True, tendered_minor=True),), None)
    for change in (lambda: session.set_qty(1, True), lambda: session.add_free_amount("x", True),
                   lambda: session.add_free_amount("Tea\x00", 100_00),
                   lambda: session.redeem(True)):
        with pytest.raises(BasketError):
            change()
    assert seeded.shop.db.execute("SELECT COUNT(*) FROM sales").fetchone()[0] == 0


def test_true_is_no_number_of_points_or_returned_items(seeded: Seeded) -> None:
    from loyalty.ledger.wallet import PointsError, adjust
    with pytest.raises(PointsError):
        adjust(seeded.shop.db, seeded.anna.member_id, True, "gift", seeded.owner,
               seeded.shop.clock())
    session = Till(seeded.shop, seeded.cashier)
    session.enter_code("4601234567893")
    sale = session.shop.checkout.commit(session.basket, session.quote,
                                        (Payment("cash", session.quote.net_minor),), None)
    with pytest.raises(CheckoutError) as error:
        seeded.shop.returns.quote(sale.sale_no, {1: True})
    assert error.value.reason == "return_qty"


def test_a_named_customer_without_consent_is_refused_in_the_screen(qtbot, tab, seeded: Seeded,
                                                                   tmp_path) -> None:
    path = tmp_path / "no_consent.csv"
    path.write_text("name,phone,consent_data,consent_marketing\nAnna,+79161110001,no,yes\n"
                    "Boris,+79161110002,maybe,\n", encoding="utf-8")
    before = fingerprint(seeded.shop.path)
    dialog = _import_file(qtbot, tab, path)
    rows = [tuple(dialog.errors.item(r, c).text() for c in range(3))
            for r in range(dialog.errors.rowCount())]
    # the reasons in the shop's language (Russian), the words the command line uses
    assert rows == [("2", "", "нет согласия на обработку данных для покупателя с личными "
                              "данными"),
                    ("3", "consent_data", "«maybe» — не «да» и не «нет» (yes/no, да/нет, 1/0, "
                                          "true/false)")]
    assert dialog.message.text() == "Nothing imported: 2 rows need correcting"
    assert fingerprint(seeded.shop.path) == before
