"""Sample sales quoted under a program before it is saved, so nothing saved can fail at the till.

The bounds (``loyalty.program.bounds``) stop each absurd number; the rehearsal
stops their combinations: it quotes small, typical and the largest baskets the
till accepts, for customers without a card, new, typical, at each tier, with
each card type, on their birthday and one purchase before a mission, with and
without paying in points, and makes the ledger entries the commit would make.
Any failure is a refusal (``fails_at_till``), so nothing is saved.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from loyalty.engine import engine
from loyalty.engine.bonuses import welcome_award
from loyalty.engine.calendar_rules import window_start
from loyalty.ledger.wallet import program_earn_entry
from loyalty.model.member_state import MemberId, MemberState, StampProgress
from loyalty.model.program import Coupon, Program
from loyalty.model.quote import PointsAward, Quote
from loyalty.program.bounds import LATEST_DATE
from loyalty.program.checks import ProgramError
from pos.basket import MAX_LINE_MINOR, MAX_QTY, Basket, add_free_amount, add_product, new_basket
from pos.catalogue.model import Product

# SQLite keeps 64-bit integers; a quarter of that leaves room for sums over many sales
_STORABLE = 2**61
_AMOUNTS_MINOR = (1, 100_00, 1_000_00, MAX_LINE_MINOR)
_SAMPLE_COUPON = Coupon("REHEARSAL", rate_bp=1_000)
_UNUSED_ID = 10**15 + 1


def _categories(program: Program) -> list[str]:
    found: list[str] = []
    rule = program.points
    if rule is not None:
        found += [r.category for r in rule.category_rates]
    for scope in (program.exclusions.no_discount, program.exclusions.no_points):
        found += list(scope.categories)
    found += [c for s in program.stamp_cards for c in s.scope.categories]
    if program.tiers is not None:
        found += list(program.tiers.unit_scope.categories)
    return list(dict.fromkeys(found))[:20]


def _product_ids(program: Program) -> list[int]:
    rule = program.points
    found: list[int] = [r.product_id for r in rule.product_rates] if rule is not None else []
    found += [p for s in program.stamp_cards for p in s.scope.product_ids]
    found += list(program.exclusions.no_discount.product_ids)
    return list(dict.fromkeys(found))[:20]


def _baskets(program: Program) -> Iterator[Basket]:
    for amount in _AMOUNTS_MINOR:
        yield add_free_amount(new_basket(), "sample", amount)
    mixed = new_basket()
    # ids above every bounded product id, so a category's sample line matches no product rule
    products = [(Product(_UNUSED_ID + i, f"rehearsal-{i}", "sample", MAX_LINE_MINOR // MAX_QTY,
                         category), MAX_QTY)
                for i, category in enumerate(_categories(program) or ["sample"])]
    products += [(Product(pid, f"rehearsal-p{pid}", "sample", 100_00, "sample"), 3)
                 for pid in _product_ids(program)]
    for product, qty in products:
        mixed = add_product(mixed, product, qty)
    yield mixed


def _members(program: Program, day: date) -> Iterator[MemberState | None]:
    yield None
    typical = MemberState(MemberId(1), enrolled_on=day - timedelta(days=400),
                          spendable_points=10**9, pending_points=1_000,
                          lifetime_spend_minor=10**11, last_purchase_on=day - timedelta(days=3))
    yield replace(typical, enrolled_on=day, spendable_points=0, lifetime_spend_minor=0,
                  last_purchase_on=None, is_first_purchase=True, referred_by=MemberId(2))
    yield typical
    yield replace(typical, birthday=date(1990, day.month, min(day.day, 28)),
                  last_purchase_on=day - timedelta(days=36_000))
    yield replace(typical, purchases_this_month=max(
        (m.purchases - 1 for m in program.missions), default=0),
        stamps=tuple(StampProgress(s.stamp_card_id, s.buy) for s in program.stamp_cards))
    if program.tiers is not None:
        for tier in program.tiers.tiers[:10] + program.tiers.tiers[-3:]:
            yield replace(typical, tier_id=tier.tier_id, tier_metric=tier.threshold,
                          birthday=date(1990, day.month, min(day.day, 28)))
    if program.fixed_discount is not None:
        for card_type in program.fixed_discount.card_types[:10]:
            yield replace(typical, card_type_id=card_type.card_type_id)


def _days(program: Program, day: date) -> list[date]:
    """The save's day and the day the last mechanism starts, when everything is switched on."""
    starts = [m.starts_on for m in (program.fixed_discount, program.cumulative, program.tiers,
                                    program.progressive, program.points, program.welcome,
                                    program.birthday, program.referral, program.coupons,
                                    *program.missions, *program.stamp_cards) if m is not None]
    latest = min(max(starts, default=day), LATEST_DATE)
    return sorted({day, max(day, latest)})


def _earn(program: Program, award: PointsAward, at: datetime, tz: str, hold: bool = True) -> None:
    """The ledger entry the commit (or an enrolment) would write: its dates and its points."""
    entry = program_earn_entry(program, int(award.member_id), str(award.kind), award.points, at,
                               tz, hold=hold)
    if abs(entry.points) >= _STORABLE:
        raise OverflowError(f"{award.points} points")


def _commit_like(program: Program, quote: Quote, at: datetime, tz: str) -> None:
    """What the commit computes beyond the quote: ledger dates and storable integers."""
    for award in quote.awards:
        _earn(program, award, at, tz)
    for figure in (quote.gross_minor, quote.net_minor, quote.discount_minor,
                   quote.redeem_limits.max_points):
        if abs(figure) >= _STORABLE:
            raise OverflowError(f"{figure}")


def _one_day(program: Program, day: date, tz: str) -> None:
    at = datetime.combine(day, time(12), ZoneInfo(tz))
    if program.tiers is not None:
        window_start(program.tiers.window, day)
    welcome = welcome_award(program, MemberId(1), day)
    if welcome is not None:
        _earn(program, welcome, at, tz, hold=False)
    for member in _members(program, day):
        for basket in _baskets(program):
            quote = engine.quote(basket, member, program, day, coupons=(_SAMPLE_COUPON,))
            _commit_like(program, quote, at, tz)
            most = quote.redeem_limits.max_points
            if member is not None and most > 0:
                paid = engine.quote(basket, member, program, day, redeem_points=most)
                _commit_like(program, paid, at, tz)


def rehearse(program: Program, day: date, tz: str = "UTC") -> Program:
    """Return the program unchanged, or raise ProgramError('', 'fails_at_till', detail=…)."""
    try:
        for each in _days(program, day):
            _one_day(program, each, tz)
    except ProgramError:
        raise
    except Exception as error:  # any failure here would have been a failed sale at the till
        raise ProgramError("", "fails_at_till", detail=f"{type(error).__name__}: {error}"[:200]) \
            from error
    return program
