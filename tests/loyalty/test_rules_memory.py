"""What the rules remember between visits: coupons, stamps, tiers, birthday and referral."""
from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from builders import BREAD, MILK, basket_with, loyalty_quote, member_with_card, points_program, \
    seed, sell
from loyalty.storage import ledger_store, rules_store
from loyalty.coupons import ALPHABET, CouponError, CouponTerms, generate_coupons
from loyalty.members.enrolment import enrol
from loyalty.members.members import new_member
from loyalty.program.presets import fifth_coffee_free
from loyalty.model.program import (
    BirthdayBonus, BirthdayKind, CouponIssue, CouponPolicy, ReferralBonus, Scope, StampCard,
    StampCardId, Tier, TierId, TierMetric, TierProgram, TierWindow, WindowKind)
from loyalty.tier_runs import recalculate_tiers
from pos import basket as b
from pos.catalogue.model import Product
from pos.clock import local_date
from pos.storage.db import write_transaction
from pos.storage import store

COFFEE = Product(None, "4600000000042", "Капучино", 190_00, "coffee")


def _today(shop) -> date:
    return local_date(shop.clock(), shop.settings.timezone)


def test_coupon_batch_discounts_once_and_records_its_use(shop) -> None:
    seed(shop, replace(points_program(), coupons=CouponPolicy()))
    rng = random.Random(5)
    coupons = generate_coupons(shop.db, 20, CouponTerms(amount_minor=50_00, min_receipt_minor=100_00),
                               shop.clock(), _today(shop), "spring", rng.randrange)
    assert len({c.code for c in coupons}) == 20
    assert all(len(c.code) == 10 and set(c.code) <= set(ALPHABET) for c in coupons)
    code = coupons[0].code
    sale = sell(shop, b.add_coupon(basket_with(shop, (MILK, 2)), code))
    assert sale.discount_minor == 50_00
    assert rules_store.coupon_uses(shop.db, code)[0].sale_no == sale.sale_no
    again = loyalty_quote(shop.checkout.quote(b.add_coupon(basket_with(shop, (MILK, 2)), code)))
    assert again.discount_minor == 0 and again.coupons_rejected[0].reason == "used_up"


def test_unknown_coupon_is_refused_and_nothing_changes(shop) -> None:
    seed(shop, replace(points_program(), coupons=CouponPolicy()))
    with pytest.raises(CouponError) as error:
        shop.checkout.quote(b.add_coupon(basket_with(shop, (MILK, 1)), "NOSUCHCODE"))
    assert error.value.reason == "unknown"
    for terms in (CouponTerms(), CouponTerms(amount_minor=10_00, rate_bp=500),
                  CouponTerms(rate_bp=10_001)):
        with pytest.raises(CouponError):
            generate_coupons(shop.db, 1, terms, shop.clock(), _today(shop))
    assert rules_store.coupon_batches(shop.db) == ()


def test_stamps_add_up_across_visits_and_the_fifth_coffee_is_free(shop) -> None:
    seed(shop, replace(points_program(), stamp_cards=fifth_coffee_free().stamp_cards))
    with write_transaction(shop.db):
        store.upsert_products(shop.db, (COFFEE,))
    member, card = member_with_card(shop)
    for visit in range(4):
        sale = sell(shop, basket_with(shop, (COFFEE, 1), card=card))
        assert sale.discount_minor == 0
    assert rules_store.stamp_progress(shop.db, member.member_id) == {"coffee": 4}
    fifth = sell(shop, basket_with(shop, (COFFEE, 1), card=card))
    assert (fifth.discount_minor, fifth.net_minor, fifth.payments) == (190_00, 0, ())
    assert rules_store.stamp_progress(shop.db, member.member_id) == {"coffee": 0}


def _tier_program():
    tiers = TierProgram((Tier(TierId("silver"), "Silver", 0, discount_bp=0),
                         Tier(TierId("gold"), "Gold", 1_000_00, discount_bp=1_000)),
                        TierMetric.SPEND, TierWindow(WindowKind.CALENDAR_MONTH))
    return replace(points_program(), tiers=tiers)


def test_tier_upgrade_is_immediate_and_downgrade_waits_for_month_end(shop, clock) -> None:
    seed(shop, _tier_program())
    member, card = member_with_card(shop)
    sell(shop, basket_with(shop, (MILK, 12), card=card))  # 1,068.00 this month: gold now
    assert rules_store.current_tier(shop.db, member.member_id) == "gold"
    gold = sell(shop, basket_with(shop, (BREAD, 1), card=card))
    assert gold.discount_minor == 5_50  # 10 % while gold
    clock.now = datetime(2026, 4, 2, 9, tzinfo=timezone.utc)  # March closed with gold spend
    assert recalculate_tiers(shop.db, shop.programs.program_for(date(2026, 4, 2)),
                             date(2026, 4, 2), clock(), shop.settings.timezone) == 0
    assert rules_store.current_tier(shop.db, member.member_id) == "gold"
    clock.now = datetime(2026, 5, 2, 9, tzinfo=timezone.utc)  # April: nothing bought
    recalculate_tiers(shop.db, shop.programs.program_for(date(2026, 5, 2)), date(2026, 5, 2),
                      clock(), shop.settings.timezone)
    assert rules_store.current_tier(shop.db, member.member_id) == "silver"
    assert sell(shop, basket_with(shop, (BREAD, 1), card=card)).discount_minor == 0


def test_next_visit_coupon_is_issued_with_the_sale(shop) -> None:
    program = replace(points_program(), coupons=CouponPolicy(
        CouponIssue(min_net_minor=500_00, amount_minor=100_00, valid_days=30)))
    seed(shop, program)
    small = sell(shop, basket_with(shop, (MILK, 1)))
    assert rules_store.coupon_issued_on_sale(shop.db, small.sale_no) is None
    big = sell(shop, basket_with(shop, (MILK, 6)))
    coupon = rules_store.coupon_issued_on_sale(shop.db, big.sale_no)
    assert (coupon.amount_minor, coupon.max_uses) == (100_00, 1)
    assert coupon.valid_until == date(2026, 4, 9)


def test_birthday_points_are_given_once_per_birthday(shop, clock) -> None:
    program = replace(points_program(), birthday=BirthdayBonus(BirthdayKind.POINTS,
                                                               window_days=3, points=200))
    seed(shop, program)
    e = enrol(shop.db, new_member("Вера", "+79123456700", clock(), birthday=date(1990, 3, 11)),
              program, clock(), region="RU", tz=shop.settings.timezone, issue_card_prefix="29")
    card = e.card.number
    first = sell(shop, basket_with(shop, (MILK, 1), card=card))
    second = sell(shop, basket_with(shop, (MILK, 1), card=card))
    kinds = lambda sale: [x.kind for x in ledger_store.entries_of_sale(shop.db, sale.sale_no)]
    assert "birthday" in kinds(first) and "birthday" not in kinds(second)


def test_referral_bonus_goes_to_the_referrer_on_the_first_purchase(shop) -> None:
    program = replace(points_program(), referral=ReferralBonus(referrer_points=300))
    seed(shop, program)
    referrer, _ = member_with_card(shop)
    e = enrol(shop.db, new_member("Друг", "+79123456701", shop.clock(),
                                  referred_by=referrer.member_id),
              program, shop.clock(), region="RU", tz=shop.settings.timezone,
              issue_card_prefix="29")
    sell(shop, basket_with(shop, (MILK, 1), card=e.card.number))
    sell(shop, basket_with(shop, (MILK, 1), card=e.card.number))
    referral = [x for x in ledger_store.entries_of(shop.db, referrer.member_id)
                if x.kind == "referral"]
    assert [x.points for x in referral] == [300]


def test_member_totals_follow_sales_and_returns_exactly(shop) -> None:
    from loyalty.verify import verify
    seed(shop)
    member, card = member_with_card(shop)
    first = sell(shop, basket_with(shop, (MILK, 3), card=card))
    sell(shop, basket_with(shop, (BREAD, 2), card=card))
    shop.returns.commit(shop.returns.quote(first.sale_no, {1: 1}), None)
    totals = rules_store.member_totals(shop.db, member.member_id)
    assert (totals.spend_minor, totals.purchases) == (3 * 89_00 + 2 * 55_00 - 89_00, 2)
    assert rules_store.purchases_since(shop.db, member.member_id, first.at) == 2
    assert verify(shop, str(shop.path), shop.clock()) == []


@pytest.mark.parametrize("window", [TierWindow(WindowKind.CALENDAR_MONTH),
                                    TierWindow(WindowKind.ROLLING_DAYS, 60)])
def test_one_read_of_recent_sales_gives_the_month_and_the_window_as_the_full_queries(
        shop, clock, window) -> None:
    from loyalty.members.states import member_state
    from loyalty.tier_runs import window_from
    program = replace(_tier_program(), tiers=replace(_tier_program().tiers, window=window))
    seed(shop, program)
    member, card = member_with_card(shop)
    clock.now = datetime(2025, 12, 20, 9, tzinfo=timezone.utc)
    sell(shop, basket_with(shop, (MILK, 1), card=card))  # outside both windows
    clock.now = datetime(2026, 2, 25, 9, tzinfo=timezone.utc)
    february = sell(shop, basket_with(shop, (BREAD, 2), card=card))  # in the 60 days only
    clock.now = datetime(2026, 3, 5, 9, tzinfo=timezone.utc)
    march = sell(shop, basket_with(shop, (MILK, 3), card=card))
    shop.returns.commit(shop.returns.quote(march.sale_no, {1: 1}), None)
    sell(shop, basket_with(shop, (BREAD, 1), card=card))
    at, tz = clock(), shop.settings.timezone
    today = local_date(at, tz)
    state = member_state(shop.db, member, at, tz, program, shop.loyalty.lots)
    start = window_from(program.tiers, today, tz)
    full = rules_store.tier_metrics(shop.db, "spend", Scope(), start, at)  # every member's sum
    assert state.tier_metric == full[member.member_id] == (
        3 * 89_00 - 89_00 + 55_00 + (2 * 55_00 if window.days else 0))
    assert state.purchases_this_month == 2 == rules_store.purchases_since(
        shop.db, member.member_id, datetime(2026, 2, 28, 21, tzinfo=timezone.utc))
    assert february.at < start or window.days
