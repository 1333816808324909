"""A receipt from one till returned at another: found by the number the receipt prints,
returned once across the network (online the server holds the units), its points taken
back from the member's network balance; offline a till returns only its own sales."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from loyalty.network.errors import NetworkError
from loyalty.printing.receipts import build_receipt
from loyalty.shop import open_shop
from loyalty.till import Till
from pos.checkout import CheckoutError
from pos.storage import sale_store
from tests.network.tcp_proxy import TcpProxy
from tests.network.test_redemption import _through
from tests.network.tills import balances, first_till, join, problems, sell_to, sync
from ui.till.return_dialog import ReturnDialog
from ui.widgets.explain import Explainer


def _printed(path, sale_no: int) -> str:
    shop = open_shop(path)
    try:
        return build_receipt(shop, sale_no).number
    finally:
        shop.close()


def _return(path, printed: str, units: dict[int, int] | None = None):
    """The return a cashier makes at the till of ``path`` from a receipt's number."""
    shop = open_shop(path)
    try:
        till = Till(shop, None)
        return till.make_return(till.quote_return(till.find_sale(printed), units))
    finally:
        shop.close()


def _sold_at_a_then_b_joins(tmp_path, pg_url):
    """Till A's sale to a member (2 milk, 1 bread) on the server, then till B joins."""
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    cards = first_till(a, pg_url, members=1, sales=False)
    sale = sell_to(a, cards[0])
    sync(a)
    join(b, pg_url)
    return a, b, sale, _printed(a, sale.sale_no)


def _points_back(path) -> list[int]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute(
            "SELECT points FROM ledger WHERE kind = 'reversal' ORDER BY points")]


def _returned_units(path) -> list[tuple[int, int]]:
    """(original line, units) of every return line the till holds."""
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT l.original_line_no, -l.qty FROM sale_lines l JOIN sales s "
                            "USING (sale_no) WHERE s.kind = 'return' ORDER BY 1").fetchall()


def test_a_receipt_of_till_a_is_returned_at_till_b_by_its_printed_number(tmp_path, pg_url):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    cards = first_till(a, pg_url, members=1, sales=False)
    sale = sell_to(a, cards[0])
    printed = _printed(a, sale.sale_no)
    assert printed == f"1-{sale.sale_no}"   # till 1's sale, as the receipt prints it
    sync(a)
    join(b, pg_url)
    assert _printed(b, _local(b, printed)) == printed  # a reprint at B prints the same
    before = balances(a)

    ret = _return(b, printed)               # the whole sale comes back at till B
    assert _printed(b, ret.sale_no).startswith("2-")
    shop = open_shop(b)
    assert build_receipt(shop, ret.sale_no).original_number == printed
    shop.close()
    for till in (b, a):
        sync(till)
    assert balances(a) == balances(b) != before  # the points taken back, everywhere
    assert sum(balances(a).values()) == sum(before.values()) + sum(_points_back(a))
    assert _points_back(a) == _points_back(b) and _points_back(a)[0] < 0
    with pytest.raises(CheckoutError) as nothing:  # A knows it came back at B
        _return(a, printed)
    assert nothing.value.reason == "nothing_to_return"
    with pytest.raises(CheckoutError):       # a number no receipt printed
        _return(b, "7-1")
    assert problems(a) == [] and problems(b) == []


def _local(path, printed: str) -> int:
    shop = open_shop(path)
    try:
        return Till(shop, None).find_sale(printed)
    finally:
        shop.close()


def test_two_tills_returning_the_same_line_online_the_second_is_refused(tmp_path, pg_url):
    a, b, c = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    cards = first_till(a, pg_url, members=1, sales=False)
    sale = sell_to(a, cards[0])             # 2 milk (line 1), 1 bread (line 2)
    sync(a)
    join(b, pg_url)
    join(c, pg_url, till="C")
    printed = _printed(a, sale.sale_no)
    _return(b, printed, {1: 1})             # held on the server, not uploaded yet
    with pytest.raises(NetworkError) as refused:  # C has not seen B's return: the server has
        _return(c, printed, {1: 2})
    assert refused.value.reason == "returned_elsewhere"
    _return(c, printed, {1: 1})             # the one milk left still comes back
    sync(b)                                 # B's return on the server now, not at A
    with pytest.raises(NetworkError):
        _return(a, printed, {1: 1})
    _return(a, printed, {2: 1})             # the bread: another line
    for till in (a, b, c, a, b):
        sync(till)
    assert _returned_units(a) == _returned_units(b) == _returned_units(c) == [
        (1, 1), (1, 1), (2, 1)]
    assert balances(a) == balances(b) == balances(c)
    assert problems(a) == [] and problems(b) == [] and problems(c) == []


def test_offline_a_till_returns_its_own_sales_only(tmp_path, pg_server, pg_url):
    a, b, sale, printed = _sold_at_a_then_b_joins(tmp_path, pg_url)
    proxies = [TcpProxy(pg_server.host, pg_server.port) for _ in (a, b)]
    try:
        for till, proxy in zip((a, b), proxies):
            _through(till, proxy)
            proxy.partition()
        with pytest.raises(NetworkError) as refused:
            _return(b, printed, {1: 1})
        assert refused.value.reason == "return_needs_server" and refused.value.detail == "1"
        _return(a, printed, {1: 1})         # till A's own receipt: returned offline
        for proxy in proxies:
            proxy.heal()
        for till in (a, b, a):
            sync(till)
    finally:
        for proxy in proxies:
            proxy.close()
    assert _returned_units(a) == _returned_units(b) == [(1, 1)]
    assert balances(a) == balances(b)


def test_the_return_dialog_takes_the_number_printed_at_another_till(qtbot, tmp_path, pg_url):
    a, b, sale, printed = _sold_at_a_then_b_joins(tmp_path, pg_url)
    shop = open_shop(b)
    try:
        dialog = ReturnDialog(Till(shop, None), Explainer("RUB", "en"))
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.number, "9-99")
        qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
        assert dialog.message.text() == "No sale with this number"
        dialog.number.clear()
        qtbot.keyClicks(dialog.number, printed)
        qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
        assert dialog.table.rowCount() == 2 and dialog.confirm.isEnabled()
        dialog.confirm.click()
        assert dialog.sale is not None and dialog.result() == ReturnDialog.DialogCode.Accepted
        original = sale_store.load_sale(shop.db, dialog.sale.original_sale_no)
        assert original.lines == sale.lines
    finally:
        shop.close()
