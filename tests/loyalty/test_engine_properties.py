"""Invariants of the rule engine over generated programs, members and baskets."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import pytest

from engine_builders import TODAY, baskets, coupon_sets, members, programs
from loyalty.engine.engine import quote
from loyalty.model.member_state import MemberState
from loyalty.model.program import Program
from loyalty.engine.redemption import RedemptionError
from pos.basket import Basket
from pos.money import BP_PER_100_PCT

inputs = st.tuples(baskets, st.one_of(st.none(), members), programs, coupon_sets)


@settings(max_examples=300, deadline=None)
@given(inputs)
def test_discounts_stay_within_what_they_apply_to(case) -> None:
    goods, buyer, prog, coupons = case
    q = quote(goods, buyer, prog, TODAY, coupons=coupons)
    for line, priced in zip(goods.lines, q.lines):
        assert 0 <= priced.discount_minor <= line.gross_minor
        assert priced.net_minor == line.gross_minor - priced.discount_minor >= 0
        assert sum(d.amount_minor for d in q.discounts if d.line_no == line.line_no) \
            == priced.discount_minor
    assert all(d.amount_minor > 0 for d in q.discounts)
    assert q.gross_minor == goods.gross_minor
    assert q.net_minor == q.gross_minor - q.discount_minor >= 0
    assert q.discount_minor == sum(line.discount_minor for line in q.lines)
    if prog.limits.max_discount_bp is not None:
        assert q.discount_minor * BP_PER_100_PCT <= q.gross_minor * prog.limits.max_discount_bp


def _excluded_from(prog: Program, goods: Basket) -> tuple[set[int], set[int]]:
    no_discount = {l.line_no for l in goods.lines
                   if l.no_discount or prog.exclusions.no_discount.matches(l)}
    no_points = {l.line_no for l in goods.lines
                 if l.no_points or prog.exclusions.no_points.matches(l)}
    return no_discount, no_points


@settings(max_examples=300, deadline=None)
@given(inputs)
def test_excluded_lines_are_never_discounted_and_never_earn(case) -> None:
    goods, buyer, prog, coupons = case
    q = quote(goods, buyer, prog, TODAY, coupons=coupons)
    no_discount, no_points = _excluded_from(prog, goods)
    for priced in q.lines:
        if priced.line_no in no_discount:
            assert priced.discount_minor == 0
        if priced.line_no in no_points:
            assert priced.points == 0
        assert priced.points >= 0
    assert all(a.points > 0 for a in q.awards)


@settings(max_examples=300, deadline=None)
@given(baskets, members, programs, st.data())
def test_redemption_never_breaks_a_limit(goods: Basket, buyer: MemberState, prog: Program,
                                         data: st.DataObject) -> None:
    limits = quote(goods, buyer, prog, TODAY).redeem_limits
    assert 0 <= limits.max_points <= buyer.spendable_points
    if limits.max_points:
        assert prog.points is not None
        rule = prog.points.redemption
        assert buyer.spendable_points >= rule.min_balance_points
        assert limits.max_points % rule.step_points == 0
    requested = data.draw(st.integers(0, limits.max_points))
    requested -= requested % limits.step_points
    q = quote(goods, buyer, prog, TODAY, redeem_points=requested)
    assert 0 <= q.redeem_value_minor <= q.net_minor
    assert sum(line.redeemed_minor for line in q.lines) == q.redeem_value_minor
    if prog.points is not None and requested:
        rule = prog.points.redemption
        assert q.redeem_value_minor * BP_PER_100_PCT <= q.net_minor * rule.cap_bp
        if rule.keep_one_minor:
            assert q.pay_money_minor >= 1
    with pytest.raises(RedemptionError):
        quote(goods, buyer, prog, TODAY, redeem_points=limits.max_points + limits.step_points)


@settings(max_examples=200, deadline=None)
@given(inputs)
def test_quote_is_deterministic(case) -> None:
    goods, buyer, prog, coupons = case
    assert quote(goods, buyer, prog, TODAY, coupons=coupons) == \
        quote(goods, buyer, prog, TODAY, coupons=coupons)


@settings(max_examples=200, deadline=None)
@given(baskets, st.one_of(st.none(), members))
def test_empty_program_sells_with_no_discount_and_no_points(goods: Basket,
                                                            buyer: MemberState | None) -> None:
    q = quote(goods, buyer, Program.empty(), TODAY)
    assert (q.discount_minor, q.awards, q.net_minor) == (0, (), goods.gross_minor)
