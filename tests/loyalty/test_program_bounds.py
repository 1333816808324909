"""Bounded programs at the till: absurd numbers are never saved (so sales keep working), a
program at every bound sells, and points for each whole amount are earned and taken back."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from fractions import Fraction

import pytest

from builders import (
    BREAD, MILK, basket_with, give_back, member_with_card, points_program, seed, sell)
from loyalty.engine import engine
from loyalty.ledger import wallet
from loyalty.model.models import Balance
from loyalty.model.member_state import MemberId, MemberState
from loyalty.model.program import (
    BirthdayBonus, BirthdayKind, CardType, CardTypeId, CategoryRate, CouponIssue, CouponPolicy,
    CumulativeDiscount, CumulativeFormula, EarnBp, EarnPerAmount, Expiry, FixedDiscount, Limits,
    MissionBonus, MissionId, PointsRule, ProgressiveDiscount, Program, ReceiptBand, Redemption,
    ReferralBonus, Scope, StampCard, StampCardId, Tier, TierId, TierMetric, TierProgram,
    TierWindow, WelcomeBonus, WindowKind)
from loyalty.program.bounds import MONEY_MAX_MINOR, NAME_MAX, POINTS_MAX
from loyalty.program.checks import ProgramError
from loyalty.program.json_format import program_from_json, program_to_json
from loyalty.program.programs import save_program
from loyalty.storage import ledger_store
from loyalty.storage.store import last_program_version
from pos.basket import add_free_amount, new_basket

DAY = date(2026, 3, 10)


def _earned(shop, sale) -> int:
    return ledger_store.loyalty_sale(shop.db, sale.sale_no).points_earned


def _absurd(base: Program) -> list[tuple[Program, str]]:
    points = base.points
    return [
        (replace(base, points=replace(points, hold_days=3_000_000)), "points.hold_days"),
        (replace(base, points=replace(points, hold_days=2**63)), "points.hold_days"),
        (replace(base, points=replace(points, expiry=Expiry(days=10_000_000))),
         "points.expiry.days"),
        (replace(base, welcome=WelcomeBonus(2**63)), "welcome.points"),
        (replace(base, points=replace(points, point_value_minor=Fraction(1, 10**9))),
         "points.point_value_minor"),
        (replace(base, birthday=BirthdayBonus(BirthdayKind.MULTIPLIER, 3, multiplier=Fraction(
            10**6))), "birthday.multiplier"),
        (replace(base, points=replace(points, earn=EarnPerAmount(10**9, 1))), "points.earn.points"),
        (replace(base, points=replace(points, starts_on=date(9999, 12, 31))), "points.starts_on"),
        (replace(base, stamp_cards=(StampCard(StampCardId("c"), "x" * 5000, Scope(), 4),)),
         "stamp_cards[0].name"),
    ]


def test_absurd_programs_are_never_saved_and_sales_keep_working(shop) -> None:
    seed(shop)
    member, card = member_with_card(shop)
    before = last_program_version(shop.db)
    for program, path in _absurd(points_program()):
        with pytest.raises(ProgramError) as refused:
            save_program(shop.db, program, DAY, shop.clock())
        assert refused.value.path == path
    assert last_program_version(shop.db) == before
    sale = sell(shop, basket_with(shop, (MILK, 2), card=card))
    assert _earned(shop, sale) == 8  # 5 % of 178.00 under the program still in effect


def maximal_program(start: date) -> Program:
    """Every mechanism switched on, every number at its bound."""
    tiers = (Tier(TierId("base"), "B" * NAME_MAX, 0, discount_bp=10_000,
                  points_multiplier=Fraction(10)),
             Tier(TierId("top"), "Top", MONEY_MAX_MINOR, discount_bp=10_000,
                  points_multiplier=Fraction(10), instant_upgrade_from_minor=MONEY_MAX_MINOR))
    return Program(
        1, start,
        fixed_discount=FixedDiscount((CardType(CardTypeId("vip"), "VIP", 10_000),)),
        cumulative=CumulativeDiscount(formula=CumulativeFormula(10_000, 10_000, 1, 10_000),
                                      decay_after_days=36_600),
        tiers=TierProgram(tiers, TierMetric.SPEND, TierWindow(WindowKind.ROLLING_DAYS, 36_600)),
        progressive=ProgressiveDiscount((ReceiptBand(MONEY_MAX_MINOR, 10_000),)),
        points=PointsRule(EarnBp(10_000), point_value_minor=Fraction(1, 1_000),
                          category_rates=(CategoryRate("dairy", EarnPerAmount(1_000, 1, True)),),
                          no_points_on_redeemed=False,
                          redemption=Redemption(10_000, 0, 1, True), hold_days=3_660,
                          expiry=Expiry(36_600)),  # held ten years: the following
                          # year's end would come first and the points never be spendable
        welcome=WelcomeBonus(POINTS_MAX),
        birthday=BirthdayBonus(BirthdayKind.MULTIPLIER, 183, multiplier=Fraction(10)),
        referral=ReferralBonus(POINTS_MAX, POINTS_MAX),
        missions=(MissionBonus(MissionId("m"), "Visits", 1_000, POINTS_MAX),),
        stamp_cards=(StampCard(StampCardId("s"), "Stamps", Scope(("bread",)), 1_000),),
        coupons=CouponPolicy(CouponIssue(MONEY_MAX_MINOR, 0, 10_000, MONEY_MAX_MINOR, 3_660)),
        limits=Limits(max_discount_bp=10_000))


def test_a_program_at_every_bound_is_saved_and_a_member_sale_commits(shop) -> None:
    seed(shop)
    member, card = member_with_card(shop)
    save_program(shop.db, maximal_program(date(2026, 1, 1)), date(2026, 3, 10), shop.clock())
    assert shop.programs.program_for(DAY).welcome.points == POINTS_MAX
    sale = sell(shop, basket_with(shop, (MILK, 9_999), card=card))
    # the rolling tier and cumulative discounts take 100 %: nothing paid, nothing earned
    assert sale.net_minor == 0
    give_back(shop, sale.sale_no)
    no_discount = replace(maximal_program(date(2026, 1, 1)), limits=Limits(max_discount_bp=0))
    save_program(shop.db, no_discount, DAY, shop.clock())
    sale = sell(shop, basket_with(shop, (MILK, 9_999), (BREAD, 3), card=card))
    assert sale.net_minor == 9_999 * 89_00 + 3 * 55_00
    # 1,000 points a kopeck (100 % back at 1/1000 kopeck a point), ×10 at the base tier
    assert _earned(shop, sale) == sale.net_minor * 1_000 * 10
    assert wallet.balance(shop.db, member.member_id, shop.clock()).pending == _earned(shop, sale)
    give_back(shop, sale.sale_no)  # held for ten years, and taken back whole
    assert wallet.balance(shop.db, member.member_id, shop.clock()) == Balance(0, 0)


def test_every_preset_and_the_maximal_program_rehearse() -> None:
    from loyalty.demo.demo import demo_program
    from loyalty.program.presets import presets
    from loyalty.program.rehearsal import rehearse
    for program in [demo_program(DAY), maximal_program(DAY)] + [p.program for p in presets()]:
        assert rehearse(program_from_json(program_to_json(program)), DAY) is not None


# -- points for each whole amount ---------------------------------------------------------

WHOLE = EarnPerAmount(points=50, per_minor=1_000_00, whole=True)
MEMBER = MemberState(MemberId(1), enrolled_on=date(2025, 1, 1))


@pytest.mark.parametrize("paid_minor, whole, pro_rata", [
    (999_99, 0, 49), (1_000_00, 50, 50), (1_500_00, 50, 75), (1_999_99, 50, 99),
    (2_000_00, 100, 100)])
def test_whole_amounts_against_pro_rata(paid_minor: int, whole: int, pro_rata: int) -> None:
    basket = add_free_amount(new_basket(), "Goods", paid_minor)
    for earn, expected in ((WHOLE, whole), (replace(WHOLE, whole=False), pro_rata)):
        program = Program(1, date(2020, 1, 1), points=PointsRule(earn))
        assert engine.quote(basket, MEMBER, program, DAY).points_earned == expected


def test_whole_amounts_count_over_the_receipt_not_per_line() -> None:
    basket = new_basket()
    for _ in range(3):
        basket = add_free_amount(basket, "Bun", 60_00)
    program = Program(1, date(2020, 1, 1), points=PointsRule(EarnPerAmount(1, 100_00, True)))
    quote = engine.quote(basket, MEMBER, program, DAY)
    assert quote.points_earned == 1 and sum(line.points for line in quote.lines) == 1


def test_whole_amounts_in_json_and_old_files_stay_pro_rata() -> None:
    program = Program(1, date(2020, 1, 1), points=PointsRule(WHOLE))
    text = program_to_json(program)
    assert '"whole": true' in text and program_from_json(text) == program
    old = text.replace(',\n      "whole": true', "")
    assert '"whole"' not in old and program_from_json(old).points.earn.whole is False


def test_whole_amounts_at_the_till_earn_and_a_return_takes_back_exactly(shop) -> None:
    seed(shop, replace(points_program(), points=replace(points_program().points, earn=WHOLE)))
    member, card = member_with_card(shop)
    sale = sell(shop, basket_with(shop, (MILK, 12), (BREAD, 8), card=card))  # 1,508.00
    assert _earned(shop, sale) == 50  # one whole 1,000.00; pro rata would give 75
    earned = [e for e in ledger_store.entries_of(shop.db, member.member_id)
              if e.kind == "purchase"]
    assert [e.points for e in earned] == [50]
    for qty in ({1: 12}, None):
        give_back(shop, sale.sale_no, qty)
    assert wallet.balance(shop.db, member.member_id, shop.clock()).spendable == 0
    reversals = [e.points for e in ledger_store.entries_of(shop.db, member.member_id)
                 if e.kind == "reversal"]
    assert sum(reversals) == -50


def test_the_rehearsal_refuses_what_would_fail_at_the_till_even_past_the_bounds() -> None:
    from loyalty.program.rehearsal import rehearse
    base = points_program()
    for unchecked in (replace(base, points=replace(base.points, hold_days=3_000_000)),
                      replace(base, welcome=WelcomeBonus(2**63)),
                      replace(base, points=replace(base.points, expiry=Expiry(days=10**7)))):
        with pytest.raises(ProgramError) as refused:
            rehearse(unchecked, DAY)  # the bounds are not asked here: the sample sales fail
        assert refused.value.reason == "fails_at_till"
        assert "Overflow" in refused.value.detail
