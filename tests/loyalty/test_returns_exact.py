"""Returns exact to the kopeck and to the point, through the real till path: the points the
returned lines earned come back, redeemed points go back in whole points with the rest in
money, and partial returns add up to the full return."""
from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from datetime import datetime, timezone
from fractions import Fraction
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builders import loyalty_quote, member_with_card, points_program, seed, sell
from tests.conftest import StepClock
from loyalty.ledger import wallet
from loyalty.shop import open_shop
from loyalty.storage import ledger_store
from pos import basket as b
from pos.catalogue.model import Product
from pos.money import round_half_up

BIG_BREAD = Product(None, "4600000000042", "Хлеб праздничный", 1_000_00, "bread")
CIGARS = Product(None, "4600000000059", "Сигары", 300_00, "tobacco", no_discount=True,
                 no_points=True)


def _basket(card: str, *items: tuple[Product, int], redeem: int = 0) -> b.Basket:
    basket = b.new_basket()
    for product, qty in items:
        basket = b.add_product(basket, product, qty)
    return b.set_redeem_points(b.set_customer(basket, card), redeem)


def _taken_back(shop, ret) -> int:
    return -ledger_store.loyalty_sale(shop.db, ret.sale_no).points_earned


def test_a_return_takes_back_only_the_points_its_lines_earned(shop) -> None:
    seed(shop)
    _, card = member_with_card(shop)
    sale = sell(shop, _basket(card, (BIG_BREAD, 1), (CIGARS, 1)))
    assert ledger_store.loyalty_sale(shop.db, sale.sale_no).points_earned == 50  # 5 % of the bread only
    tobacco = shop.returns.commit(shop.returns.quote(sale.sale_no, {2: 1}), None)
    assert _taken_back(shop, tobacco) == 0
    bread = shop.returns.commit(shop.returns.quote(sale.sale_no, {1: 1}), None)
    assert _taken_back(shop, bread) == 50


def test_returning_the_bread_first_takes_all_its_points(shop) -> None:
    seed(shop)
    member, card = member_with_card(shop)
    sale = sell(shop, _basket(card, (BIG_BREAD, 1), (CIGARS, 1)))
    bread = shop.returns.commit(shop.returns.quote(sale.sale_no, {1: 1}), None)
    assert _taken_back(shop, bread) == 50
    assert wallet.balance(shop.db, member.member_id, shop.clock()).total == 0


def test_redeemed_points_go_back_whole_and_money_covers_the_rest(shop) -> None:
    seed(shop, points_program(welcome=1_000))
    _, card = member_with_card(shop)
    basket = b.add_free_amount(b.add_free_amount(b.new_basket(), "Торт", 1_377_50),
                               "Кекс", 622_50)
    sale = sell(shop, b.set_redeem_points(b.set_customer(basket, card), 93))
    rq = shop.returns.quote(sale.sale_no, {1: 1})
    # 93 points × 1,377.50 / 2,000.00 = 64.05 → 64 whole points, worth exactly 64.00
    assert (rq.points_back, rq.points_back_minor, rq.refund_money_minor) == (64, 64_00, 1_313_50)
    ret = shop.returns.commit(rq, None)
    assert [(p.tender, p.amount_minor, p.points) for p in ret.payments] == [
        ("points", -64_00, -64), ("cash", -1_313_50, 0)]
    assert -ret.net_minor == -ret.paid_money_minor + 64 * 100
    rest = shop.returns.commit(shop.returns.quote(sale.sale_no), None)
    assert (rest.points_paid, rest.paid_money_minor) == (-29, -(622_50 - 29_00))


def _line_points_back(lines, qty_by_no, before: dict[int, int], now: dict[int, int]) -> int:
    """What the lines earned on the units returned now, each line rounded cumulatively."""
    return sum(round_half_up(Fraction(l.points * (before.get(l.line_no, 0) + now.get(l.line_no, 0)),
                                      qty_by_no[l.line_no]))
               - round_half_up(Fraction(l.points * before.get(l.line_no, 0), qty_by_no[l.line_no]))
               for l in lines)


_LINE = st.tuples(st.integers(1, 2_500_00), st.integers(1, 4), st.booleans())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(_LINE, min_size=1, max_size=4),
       point_value=st.sampled_from([Fraction(100), Fraction(1)]),
       redeem_share=st.fractions(0, 1),
       data=st.data())
def test_refunds_are_exact_and_partial_returns_add_up(template_db, lines, point_value,
                                                      redeem_share, data) -> None:
    folder = Path(tempfile.mkdtemp())
    shutil.copy(template_db, folder / "shop.db")
    shop = open_shop(folder / "shop.db",
                     StepClock(datetime(2026, 3, 10, 9, 0, tzinfo=timezone.utc)))
    try:
        program = points_program(welcome=2_000_000)
        seed(shop, replace(program, points=replace(program.points, point_value_minor=point_value)))
        member, card = member_with_card(shop)
        basket = b.new_basket()
        for i, (price, qty, no_points) in enumerate(lines):
            product = Product(None, f"46{i:011d}", f"Товар {i}", price,
                              "tobacco" if no_points else "food", no_points=no_points)
            basket = b.add_product(basket, product, qty)
        basket = b.set_customer(basket, card)
        most = loyalty_quote(shop.checkout.quote(basket)).redeem_limits.max_points
        basket = b.set_redeem_points(basket, int(most * redeem_share))
        before_sale = wallet.balance(shop.db, member.member_id, shop.clock()).total
        quote = shop.checkout.quote(basket)
        lq = loyalty_quote(quote)
        sale = sell(shop, basket)
        earned, redeemed = lq.points_earned, sale.points_paid
        qty_by_no = {l.line_no: l.qty for l in sale.lines}
        done: dict[int, int] = {}
        totals = {"money": 0, "given": 0, "taken": 0, "net": 0}
        while any(done.get(n, 0) < q for n, q in qty_by_no.items()):
            left = {n: q - done.get(n, 0) for n, q in qty_by_no.items() if q > done.get(n, 0)}
            chosen = data.draw(st.lists(st.sampled_from(sorted(left)), min_size=1, unique=True))
            now = {n: data.draw(st.integers(1, left[n])) for n in chosen}
            rq = shop.returns.quote(sale.sale_no, now)
            ret = shop.returns.commit(rq, None)
            money, given = -ret.paid_money_minor, -ret.points_paid
            points_row = [p for p in ret.payments if p.tender == "points"]
            # the refund is the returned net exactly: money + whole points at their value
            assert money + given * point_value == -ret.net_minor
            assert all(p.amount_minor == p.points * point_value for p in points_row)
            # exactly what the returned lines earned is taken back
            assert _taken_back(shop, ret) == _line_points_back(lq.lines, qty_by_no, done, now)
            for n, q in now.items():
                done[n] = done.get(n, 0) + q
            totals = {"money": totals["money"] + money, "given": totals["given"] + given,
                      "taken": totals["taken"] + _taken_back(shop, ret),
                      "net": totals["net"] - ret.net_minor}
            balance = wallet.balance(shop.db, member.member_id, shop.clock()).total
            assert balance == before_sale + earned - redeemed - totals["taken"] + totals["given"]
        # all the partial returns together are the full return; only when the last pieces
        # were worth less than the points still out did those points come back as money
        short = redeemed - totals["given"]
        assert short >= 0 and totals["money"] == sale.paid_money_minor + short * point_value
        assert (totals["taken"], totals["net"]) == (earned, sale.net_minor)
        assert wallet.balance(shop.db, member.member_id, shop.clock()).total == before_sale - short
    finally:
        shop.close()
        shutil.rmtree(folder, ignore_errors=True)


def test_small_last_pieces_carry_what_points_they_can_and_the_rest_is_money(shop) -> None:
    """Found by the property test: 12.00 paid with 6 points of 1.00 and 6.00 cash, then
    returned in pieces of 10.97, 0.51, 0.01 and 0.51: the last point rides on no piece
    worth a point, so it comes back as money; no refund is negative, each is exact."""
    seed(shop, points_program(welcome=1_000))
    _, card = member_with_card(shop)
    basket = b.new_basket()
    for name, price in (("Торт", 10_97), ("Кекс", 51), ("Пакет", 1), ("Кекс 2", 51)):
        basket = b.add_free_amount(basket, name, price)
    sale = sell(shop, b.set_redeem_points(b.set_customer(basket, card), 6))
    assert (sale.points_paid, sale.paid_money_minor) == (6, 6_00)
    refunds = []
    for line_no in (1, 2, 3, 4):
        ret = shop.returns.commit(shop.returns.quote(sale.sale_no, {line_no: 1}), None)
        money, given = -ret.paid_money_minor, -ret.points_paid
        assert money >= 0 and money + given * 100 == -ret.net_minor
        refunds.append((given, money))
    assert refunds == [(5, 5_97), (0, 51), (0, 1), (0, 51)]


def test_a_receipt_bonus_goes_back_only_with_the_last_unit(shop) -> None:
    from datetime import date

    from loyalty.members.enrolment import enrol
    from loyalty.members.members import new_member
    from loyalty.model.program import BirthdayBonus, BirthdayKind
    seed(shop, replace(points_program(), birthday=BirthdayBonus(
        BirthdayKind.POINTS, window_days=3, points=200)))
    at = shop.clock()
    card = enrol(shop.db, new_member("Вера", "+79120000009", at, birthday=date(1990, 3, 10),
                                     consent_data=True),
                 shop.programs.program_for(date(2026, 3, 10)), at, region="RU",
                 tz=shop.settings.timezone, issue_card_prefix="29").card.number
    sale = sell(shop, _basket(card, (BIG_BREAD, 2)))
    kinds = sorted((e.kind, e.points) for e in ledger_store.entries_of_sale(shop.db, sale.sale_no))
    assert kinds == [("birthday", 200), ("purchase", 100)]
    first = shop.returns.commit(shop.returns.quote(sale.sale_no, {1: 1}), None)
    assert _taken_back(shop, first) == 50  # what one loaf earned; the birthday bonus stays
    last = shop.returns.commit(shop.returns.quote(sale.sale_no), None)
    assert _taken_back(shop, last) == 50 + 200


def test_a_sale_recorded_before_line_points_gives_back_by_share(shop) -> None:
    """Sales from before migration m005 have no per-line points: the share of money decides."""
    seed(shop)
    _, card = member_with_card(shop)
    sale = sell(shop, _basket(card, (BIG_BREAD, 1), (CIGARS, 1)))
    shop.db.execute("DELETE FROM loyalty_sale_lines WHERE sale_no = ?", [sale.sale_no])
    tobacco = shop.returns.commit(shop.returns.quote(sale.sale_no, {2: 1}), None)
    assert _taken_back(shop, tobacco) == 12  # 50 × 300.00 / 1,300.00, as before
    rest = shop.returns.commit(shop.returns.quote(sale.sale_no), None)
    assert _taken_back(shop, tobacco) + _taken_back(shop, rest) == 50
