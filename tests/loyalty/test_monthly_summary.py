"""Monthly summary on small shops built through the real checkout: every figure worked by hand."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from fractions import Fraction

import pytest

from loyalty.storage import ledger_store
from loyalty.members.cards import issue_cards, replace_card
from loyalty.reports.member_metrics import DAYS_PER_MONTH
from loyalty.members.members import create_member, new_member
from loyalty.reports.period_summary import monthly_summary
from loyalty.model.program import (
    Expiry, PointsRule, Program, ProgressiveDiscount, ReceiptBand, EarnBp, Redemption)
from loyalty.program.programs import save_program
from loyalty.ledger.wallet import adjust, earn_entry
from pos import basket as B
from pos.storage import store
from pos.catalogue.model import Product
from pos.storage.db import write_transaction
from pos.sale import Payment, Sale
from pos.staff.pins import add_staff
from pos.money import round_half_up

BREAD, CAKE = "4600000000011", "4600000000028"
PROGRAM = Program(
    version=0, effective_from=date(2020, 1, 1),
    points=PointsRule(earn=EarnBp(500), point_value_minor=Fraction(100),
                      redemption=Redemption(cap_bp=5_000), expiry=Expiry(days=80)),
    progressive=ProgressiveDiscount((ReceiptBand(1_000_00, 1_000),)))


def utc(y: int, m: int, d: int, h: int = 9) -> datetime:
    return datetime(y, m, d, h, tzinfo=timezone.utc)


@dataclass
class ShopBuilder:
    """Drives the real services of a shop with a hand-moved clock."""

    shop: object
    clock: object
    phones: int = 0
    cards: dict[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        save_program(self.shop.db, PROGRAM, date(2020, 1, 1), self.clock())
        with write_transaction(self.shop.db):
            store.upsert_products(self.shop.db, (
                Product(None, BREAD, "Хлеб", 100_00, "bread"),
                Product(None, CAKE, "Торт", 1_000_00, "cake")))

    def at(self, moment: datetime) -> ShopBuilder:
        self.clock.now = moment
        return self

    def member(self, name: str) -> int:
        self.phones += 1
        m = create_member(self.shop.db, new_member(name, f"+7 912 {self.phones:07d}",
                                                   self.clock()), "RU")
        card = issue_cards(self.shop.db, 1, "29", self.clock(), member_id=m.member_id)[0]
        self.cards[m.member_id] = card.number
        return m.member_id

    def sell(self, member_id: int | None, *items: tuple[str, int], redeem: int = 0) -> Sale:
        b = B.new_basket()
        for barcode, qty in items:
            b = B.add_product(b, store.product_by_barcode(self.shop.db, barcode), qty)
        if member_id is not None:
            b = B.set_customer(b, self.cards[member_id])
        if redeem:
            b = B.set_redeem_points(b, redeem)
        q = self.shop.checkout.quote(b)
        paid = q.details[0].quote.redeem_value_minor if redeem else 0
        payments = ((Payment("points", paid, points=redeem),) if redeem else ()) + (
            (Payment("cash", q.net_minor - paid),) if q.net_minor > paid else ())
        return self.shop.checkout.commit(b, q, payments, None)

    def redeemable(self, member_id: int, *items: tuple[str, int]) -> int:
        """The most points the till would let this member spend on these items."""
        b = B.set_customer(B.new_basket(), self.cards[member_id])
        for barcode, qty in items:
            b = B.add_product(b, store.product_by_barcode(self.shop.db, barcode), qty)
        return self.shop.checkout.quote(b).details[0].quote.redeem_limits.max_points

    def give_back(self, sale_no: int, lines: dict[int, int] | None = None) -> Sale:
        return self.shop.returns.commit(self.shop.returns.quote(sale_no, lines), None)

    def welcome(self, member_id: int, points: int) -> None:
        with write_transaction(self.shop.db):
            ledger_store.append(self.shop.db, [earn_entry(member_id, "welcome", points,
                                                          self.clock(), reason="welcome")])

    def replace(self, member_id: int) -> None:
        self.cards[member_id] = replace_card(self.shop.db, self.cards[member_id],
                                             self.clock()).number


@pytest.fixture
def build(shop, clock) -> ShopBuilder:
    clock.now = utc(2025, 12, 1)
    return ShopBuilder(shop, clock)


def march_shop(b: ShopBuilder, on_march_1: Callable[[], None] = lambda: None) -> dict[str, int]:
    """The worked shop (Moscow time, 1 point = 1 ₽, 5 % back, points expire after 80 days,
    10 % off receipts from 1,000 ₽ for members)."""
    c = b.at(utc(2025, 12, 19)).member("Вера")
    b.at(utc(2025, 12, 20)).sell(c, (BREAD, 2))            # 10 pts, expire 10 Mar
    a = b.at(utc(2026, 1, 5)).member("Анна")
    b.at(utc(2026, 1, 10)).sell(a, (BREAD, 1))             # 5 pts, expire 31 Mar
    bo = b.at(utc(2026, 2, 1)).member("Борис")
    b.at(utc(2026, 2, 2)).sell(bo, (BREAD, 1))             # 5 pts
    cake = b.at(utc(2026, 2, 20)).sell(a, (CAKE, 1))       # 900 ₽ after 100 ₽ off, 45 pts
    b.at(utc(2026, 2, 25)).member("Евгений")               # enrolled in February, never buys
    b.at(utc(2026, 3, 1, 12))
    on_march_1()
    d = b.at(utc(2026, 3, 3)).member("Дмитрий")             # enrolled in March, never buys
    b.welcome(d, 50)
    b.at(utc(2026, 3, 5)).sell(a, (BREAD, 2))              # 10 pts
    b.at(utc(2026, 3, 7)).sell(None, (BREAD, 1))
    b.at(utc(2026, 3, 8)).sell(None, (CAKE, 1))            # no member, no discount
    b.at(utc(2026, 3, 10)).replace(bo)                     # lost card: points stay with Борис
    b.at(utc(2026, 3, 12)).sell(bo, (BREAD, 3), redeem=5)  # 295 ₽ paid in money → 14 pts
    f = b.at(utc(2026, 3, 14)).member("Фёдор")
    b.sell(f, (BREAD, 1))
    b.at(utc(2026, 3, 15)).give_back(cake.sale_no)         # February's cake comes back
    owner = add_staff(b.shop.db, "Владелец", "owner", "4321", b.clock())
    adjust(b.shop.db, c, 7, "goodwill", owner, b.at(utc(2026, 3, 20)).clock())
    b.at(utc(2026, 3, 28)).sell(f, (BREAD, 1))
    b.at(utc(2026, 4, 20))
    return {"a": a, "b": bo, "c": c, "d": d, "f": f}


def test_march_points_roll_forward_by_hand(build: ShopBuilder) -> None:
    march_shop(build)
    r = monthly_summary(build.shop, 2026, 3).roll
    # opening: Анна 5 + 45, Борис 5, Вера 10
    assert r.opening == 65
    assert dict(r.earned) == {"purchase": 10 + 14 + 5 + 5, "welcome": 50, "birthday": 0,
                              "referral": 0, "mission": 0}
    assert (r.redeemed, r.expired, r.adjusted, r.reversed) == (5, 10 + 5, 7, -45)
    assert r.closing == 65 + 34 + 50 - 5 - 15 + 7 - 45 == 91
    assert r.holds() and r.pending_closing == 0
    # the closing equals the sum of every member's balance: Анна 10, Борис 14, Вера 7,
    # Дмитрий 50, Фёдор 10
    assert sum(ledger_store.sums_by_member(build.shop.db).values()) == 91


def test_march_money_and_sales_by_hand(build: ShopBuilder) -> None:
    march_shop(build)
    s = monthly_summary(build.shop, 2026, 3)
    assert s.liability_closing_minor == 91_00
    assert [(r.key, r.money_minor) for r in s.points_rows][-1] == ("closing", 91_00)
    sa = s.sales
    assert (sa.sales_count, sa.sales_with_card_count, sa.returns_count) == (6, 4, 1)
    assert sa.revenue_net_minor == (200 + 100 + 1000 + 300 + 100 - 900 + 100) * 100
    assert sa.revenue_members_minor == (200 + 300 + 100 - 900 + 100) * 100
    assert sa.revenue_non_members_minor == 1_100_00
    assert sa.avg_check_members_minor == 175_00          # 700 ₽ over 4 member receipts
    assert sa.avg_check_non_members_minor == 550_00
    assert sa.avg_check_minor == 300_00
    assert sa.card_usage_rate_pct == Decimal("66.67")
    assert sa.members_share_of_revenue_pct == Decimal("-22.22")  # −200 of 900
    # the cake's 100 ₽ discount goes back in March, under its mechanism
    assert s.discounts.total_minor == -100_00
    assert s.discounts.by_mechanism == (("progressive", -100_00),)
    assert s.tiers is None and s.discounts.coupons_issued == 0  # no tiers, no coupons here


def test_march_members_by_hand(build: ShopBuilder) -> None:
    march_shop(build)
    m = monthly_summary(build.shop, 2026, 3).members
    # active at 1 Mar: bought in (1 Dec, 1 Mar] → Анна, Борис, Вера;
    # at 1 Apr: (1 Jan, 1 Apr] → Анна, Борис, Фёдор
    assert (m.active_start, m.active_end, m.retained) == (3, 3, 2)
    assert (m.retention_rate_pct, m.churn_rate_pct) == (Decimal("66.67"), Decimal("33.33"))
    # Дмитрий and Фёдор got their first card in March; Борис's replacement is no enrolment
    assert (m.new_members, m.enrolled_members) == (1, 2)
    assert (m.buying_members, m.returning_members) == (3, 2)
    assert m.loyalty_index_pct == Decimal("66.67")
    # returning members' net: Анна 200 − 900, Борис 300 → −400 of 900
    assert m.existing_customers_sales_share_pct == Decimal("-44.44")
    assert m.repeat_purchase_rate_pct == Decimal("33.33")  # Фёдор only
    # LTV: m = 175 ₽, a = 4/3, t = mean(54 d, 38 d, 1 month) (Анна 10 Jan…5 Mar,
    # Борис 2 Feb…12 Mar, Фёдор under a month counts as one)
    t = (Fraction(54) / DAYS_PER_MONTH + Fraction(38) / DAYS_PER_MONTH + 1) / 3
    assert m.ltv_minor == round_half_up(175_00 * Fraction(4, 3) * t) == 31_287
    # Pareto ranks the month's buyers only: Анна (200 − 900 ₽, counted as nothing, not
    # less), Борис 300 ₽, Фёдор 200 ₽; the top ⌈20 % of 3⌉ = 1 member, Борис: 300 / 500
    assert m.pareto_top20_share_pct == Decimal("60.00")


def test_february_is_not_changed_by_march(build: ShopBuilder) -> None:
    early = []
    march_shop(build, lambda: early.append(monthly_summary(build.shop, 2026, 2)))
    feb = monthly_summary(build.shop, 2026, 2)
    assert feb == early[0]
    # opening: Вера 10 + Анна 5; Борис 5 and Анна 45 earned; nothing expires before March
    assert (feb.roll.opening, feb.roll.closing, feb.roll.expired) == (15, 65, 0)
    assert feb.discounts.by_mechanism == (("progressive", 100_00),)
    assert feb.sales.revenue_net_minor == 1_000_00
    assert (feb.members.enrolled_members, feb.members.buying_members) == (2, 2)


def test_same_month_twice_is_identical(build: ShopBuilder) -> None:
    march_shop(build)
    first = monthly_summary(build.shop, 2026, 3)
    build.at(utc(2026, 9, 1))
    assert monthly_summary(build.shop, 2026, 3) == first


def test_replaced_card_keeps_points_with_member(build: ShopBuilder) -> None:
    ids = march_shop(build)
    cards = ledger_store.loyalty_sales_by_no(build.shop.db, None, None)
    boris = [v for v in cards.values() if v.member_id == ids["b"]]
    assert len({v.card_number for v in boris}) == 2  # two card numbers, one member
    assert ledger_store.balance(build.shop.db, ids["b"], build.clock()).total == 14


def test_month_without_sales_gives_dashes_not_errors(build: ShopBuilder) -> None:
    build.at(utc(2026, 1, 5)).member("Анна")
    build.at(utc(2026, 3, 2))  # February is over: a month to come is refused
    s = monthly_summary(build.shop, 2026, 2)
    sa, m = s.sales, s.members
    assert (sa.sales_count, sa.revenue_net_minor, s.discounts.total_minor) == (0, 0, 0)
    assert sa.avg_check_members_minor is None and sa.avg_check_non_members_minor is None
    assert sa.card_usage_rate_pct is None and sa.members_share_of_revenue_pct is None
    assert m.retention_rate_pct is None and m.churn_rate_pct is None
    assert m.loyalty_index_pct is None and m.repeat_purchase_rate_pct is None
    assert m.ltv_minor is None and m.pareto_top20_share_pct is None
    assert m.existing_customers_sales_share_pct is None
    assert len(s.days) == 28 and s.roll.holds() and s.liability_closing_minor == 0


def test_enrolled_members_who_never_buy(build: ShopBuilder) -> None:
    for name in ("Анна", "Борис", "Вера"):
        build.at(utc(2026, 2, 3)).member(name)
    m = monthly_summary(build.shop, 2026, 2).members
    assert (m.enrolled_members, m.new_members, m.buying_members, m.active_end) == (3, 0, 0, 0)


def test_pareto_ranks_the_buyers_and_a_returns_only_member_is_not_among_them(
        build: ShopBuilder) -> None:
    a = build.at(utc(2026, 2, 2)).member("Анна")
    five = build.sell(a, (BREAD, 5))                       # 500 ₽ in February
    b, c, d = (build.member(n) for n in ("Борис", "Вера", "Дмитрий"))
    build.at(utc(2026, 3, 3)).give_back(five.sale_no, {1: 4})  # Анна only returns in March
    build.at(utc(2026, 3, 4)).sell(b, (BREAD, 1))
    build.sell(c, (BREAD, 3))
    build.sell(d, (BREAD, 1))
    build.at(utc(2026, 4, 2))
    m = monthly_summary(build.shop, 2026, 3).members
    # buyers Борис 100, Вера 300, Дмитрий 100 ₽; the top ⌈20 % of 3⌉ = Вера: 300 / 500.
    # Counting Анна's −400 ₽ in the whole would have made it 300 / 100 = 300 %.
    assert m.buying_members == 3
    assert m.pareto_top20_share_pct == Decimal("60.00")


def test_a_member_who_bought_today_is_not_at_risk_in_the_month_in_progress(
        build: ShopBuilder) -> None:
    regular, gone = build.at(utc(2026, 11, 1)).member("Анна"), build.member("Борис")
    for day in (1, 6, 11):                                  # every five days
        build.at(utc(2026, 11, day)).sell(regular, (BREAD, 1))
        build.sell(gone, (BREAD, 1))
    build.at(utc(2026, 12, 1, 7)).sell(regular, (BREAD, 1))  # this morning
    build.at(utc(2026, 12, 1, 10))                           # "now": 1 December, 13:00 in Moscow
    s = monthly_summary(build.shop, 2026, 12)
    assert s.in_progress and s.in_progress_until - utc(2026, 12, 1, 10) < timedelta(seconds=1)
    # read at the month's end (31 December) Анна would be 30 days overdue on a 10-day habit
    assert [r.member_id for r in s.at_risk] == [gone]
    assert s.at_risk[0].days_since_last == 20
