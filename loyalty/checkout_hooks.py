"""Loyalty plugged into the till: the checkout adjuster and the hooks that write points.

Quoting asks the pure rule engine; committing writes the ledger entries in the
sale's own transaction, so a sale never exists without its points or the
points without their sale.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from fractions import Fraction

from sqlite_utils import Database

from loyalty.engine import engine
from loyalty.storage import ledger_store, rules_store, standing_store
from loyalty.ledger import wallet
from loyalty.members.cards import CardError, activate_bearer, customer_card_type, find_card
from loyalty.coupons import coupons_for, issue_for_next_visit
from loyalty.ledger.ledger import due_expiries, replay
from loyalty.model.member_state import MemberState
from loyalty.members.states import member_state
from loyalty.members.members import (MemberError, find_by_phone, looks_like_phone, meant_as_phone,
                                     region_for)
from loyalty.model.models import Balance, Card, EntryKind, LedgerEntry, Member, ReceiptStanding
from loyalty.model.program import CardType, Program
from loyalty.model.quote import Quote
from loyalty.network.redemption import RedemptionGuard
from loyalty.network.returns import ReturnGuard
from loyalty.ledger.wallet import program_earn_entry, spend_entry
from pos.basket import Basket
from pos.checkout import AdjusterQuote, CheckoutError, SaleQuote
from pos.clock import local_date
from pos.money import round_half_up
from pos.returns import ReturnQuote
from pos.sale import Discount, Explanation, Payment, Sale, Tender
from pos.settings.model import ShopSettings

ProgramFor = Callable[[date], Program]


@dataclass(frozen=True, slots=True)
class Customer:
    member: Member
    card: Card | None


@dataclass(frozen=True, slots=True)
class LoyaltyDetail:
    """What loyalty adds to a sale quote: who the customer is, what the rules knew of them
    (their points among it, so the till shows the balance the quote used without asking
    again), the card type their card gives and the engine's quote."""

    customer: Customer | None
    quote: Quote
    program_version: int
    state: MemberState | None = None
    card_type: CardType | None = None


@dataclass(frozen=True, slots=True)
class TakeBack:
    """Earned points a return takes back: ``own`` from what is left of the sale's own lot
    (pending or not), ``rest`` from the member's spendable points."""

    lot: LedgerEntry
    own: int
    rest: int


@dataclass(frozen=True, slots=True)
class ReturnDetail:
    member_id: int
    take_back: tuple[TakeBack, ...]
    give_back: int
    shortfall: int

    @property
    def taken(self) -> int:
        return sum(t.own + t.rest for t in self.take_back)


class LoyaltyHooks:
    def __init__(self, db: Database, settings: Callable[[], ShopSettings],
                 program_for: ProgramFor) -> None:
        self.db, self.settings, self.program_for = db, settings, program_for
        self.lots = wallet.LotCache()
        self.redemptions = RedemptionGuard()
        self.returns = ReturnGuard()

    # -- identifying the customer -------------------------------------------

    def identify(self, ref: str, at: datetime, activate: bool = True,
                 staff_id: int | None = None, settings: ShopSettings | None = None
                 ) -> Customer:
        """The customer a scanned card or typed phone names.  A blank bearer card is
        activated here, at its first scan (by ``staff_id``, the cashier who scanned it).
        ``settings``: the shop's, when the caller has just read them.
        Raises CardError or MemberError."""
        s = settings or self.settings()
        if looks_like_phone(ref, region_for(s)):
            member = find_by_phone(self.db, ref, region_for(s))
            if member is None or member.erased_at:
                raise MemberError("no_such_member", ref)
            return Customer(member, None)
        if meant_as_phone(ref):
            raise MemberError("bad_phone", ref)
        today = local_date(at, s.timezone)
        card, member = find_card(self.db, ref, today)
        if card.member_id is None:
            if not activate:
                raise CardError("unknown", card.number, card)
            fixed = self.program_for(today).fixed_discount
            card, member = activate_bearer(self.db, card, at,
                                           fixed.default_card_type_id if fixed else None,
                                           staff_id)
        return Customer(member, card)

    # -- quoting (pos Adjuster) -----------------------------------------------

    def quote_sale(self, basket: Basket, at: datetime) -> AdjusterQuote:
        s = self.settings()
        today = local_date(at, s.timezone)
        program = self.program_for(today)
        customer = (self.identify(basket.customer_ref, at, False, settings=s)
                    if basket.customer_ref else None)
        state = (member_state(self.db, customer.member, at, s.timezone, program, self.lots)
                 if customer else None)
        card_type = (customer_card_type(self.db, program, customer.member.member_id,
                                        customer.card) if customer else None)
        if state is not None and card_type is not None:
            state = replace(state, card_type_id=card_type.card_type_id)
        if basket.redeem_points and state is None:
            raise CheckoutError("points_need_member")
        q = engine.quote(basket, state, program, today, redeem_points=basket.redeem_points,
                         coupons=coupons_for(self.db, basket.coupon_codes))
        discounts = tuple(Discount(d.mechanism, d.line_no, d.amount_minor,
                                   Explanation(d.explanation.key, d.explanation.params))
                          for d in q.discounts)
        return AdjusterQuote(discounts, LoyaltyDetail(customer, q, program.version, state,
                                                      card_type))

    def check_payments(self, quote: SaleQuote, payments: tuple[Payment, ...]) -> None:
        detail = _detail(quote)
        points = [p for p in payments if p.tender == Tender.POINTS]
        if sum(p.points for p in points) != quote.basket.redeem_points or (
                sum(p.amount_minor for p in points) != detail.quote.redeem_value_minor):
            raise CheckoutError("points_payment_mismatch",
                                (quote.basket.redeem_points, detail.quote.redeem_value_minor))

    def reserve(self, quote: SaleQuote, payments: tuple[Payment, ...]) -> None:
        detail = _detail(quote)
        if quote.basket.redeem_points and detail.customer is not None:
            self.redemptions.reserve(self.db, detail.customer.member.member_id,
                                     quote.basket.redeem_points, quote.basket.basket_id)

    # -- committing (pos SaleHook) --------------------------------------------

    def on_sale(self, db: Database, sale: Sale, quote: SaleQuote) -> None:
        detail = _detail(quote)
        q = detail.quote
        rules_store.insert_coupon_uses(db, sale.sale_no, _coupon_uses(sale))
        if q.coupon_to_issue is not None:
            issue_for_next_visit(db, q.coupon_to_issue, sale.sale_no, sale.at)
        if detail.customer is None:
            return
        member_id = detail.customer.member.member_id
        rules_store.insert_stamp_events(db, sale.sale_no, member_id,
                                        [(str(st.stamp_card_id), st.stamps_after - st.stamps_before)
                                         for st in q.stamps])
        if q.tier is not None and q.tier.tier_after_id != q.tier.tier_id \
                and q.tier.tier_after_id is not None:
            rules_store.insert_tier_change(db, member_id, str(q.tier.tier_after_id), sale.at,
                                           "upgrade", sale.sale_no)
        program = self.program_for(local_date(sale.at, self.settings().timezone))
        # the quote counted points past their expiry as expired; write those expiries first,
        # in this transaction, so the redemption below spends what the quote showed
        wallet.settle_expiry(db, member_id, sale.at)
        entries = []
        if sale.points_paid:
            self.redemptions.check_offline(db, sale.sale_no, member_id, sale.points_paid,
                                           sale.basket_id)
            entries.append(spend_entry(member_id, EntryKind.REDEEM, sale.points_paid, sale.at,
                                       sale_no=sale.sale_no, staff_id=sale.staff_id))
        for award in detail.quote.awards:
            entries.append(self._earn(program, int(award.member_id), str(award.kind),
                                      award.points, sale))
        ledger_store.append(db, [e for e in entries if e.points])
        ledger_store.insert_line_points(db, sale.sale_no, {l.line_no: l.points for l in q.lines})
        card = detail.customer.card.number if detail.customer.card else None
        ledger_store.insert_loyalty_sale(db, sale.sale_no, member_id, card,
                                         sum(a.points for a in detail.quote.awards),
                                         sale.points_paid, detail.program_version)
        rules_store.add_to_member_totals(db, member_id, sale.net_minor, sale.at)
        standing_store.insert_standing(db, sale.sale_no, _standing(
            q, ledger_store.balance(db, member_id, sale.at)))

    def _earn(self, program: Program, member_id: int, kind: str, points: int,
              sale: Sale, hold: bool = True) -> LedgerEntry:
        return program_earn_entry(program, member_id, kind, points, sale.at,
                                  self.settings().timezone, hold=hold, sale_no=sale.sale_no,
                                  staff_id=sale.staff_id)

    # -- returns (pos ReturnAdjuster and ReturnHook) ----------------------------

    def quote_return(self, rq: ReturnQuote) -> tuple[int, object]:
        record = ledger_store.loyalty_sale(self.db, rq.original.sale_no)
        if record is None:
            return 0, None
        member_id = record.member_id
        balance = wallet.balance(self.db, member_id, rq.at)  # due expiries counted, not written
        plan = _take_back_plan(self.db, member_id, rq)
        shortfall = 0
        s = self.settings()
        if s.negative_balance_policy == "deduct_from_refund":
            own_spendable = sum(t.own for t in plan if t.lot.available_at <= rq.at)
            room = max(0, balance.spendable - own_spendable) + rq.points_back
            shortfall = max(0, sum(t.rest for t in plan) - room)
            plan = _reduce(plan, shortfall)
        program = self.program_for(local_date(rq.at, s.timezone))
        value = program.points.point_value_minor if program.points else 0
        withheld = round_half_up(shortfall * value) if shortfall else 0
        return withheld, ReturnDetail(member_id, tuple(plan), rq.points_back, shortfall)

    def reserve_return(self, rq: ReturnQuote) -> None:
        self.returns.reserve(self.db, rq.original.sale_no,
                             {l.original_line_no: -l.qty for l in rq.lines}, rq.return_id)

    def on_return(self, db: Database, ret: Sale, rq: ReturnQuote) -> None:
        detail = next((d for d in rq.details if isinstance(d, ReturnDetail)), None)
        if detail is None:
            return
        wallet.settle_expiry(db, detail.member_id, ret.at)
        entries = []
        if detail.give_back:
            # points given back are spendable at once: they were spendable when redeemed
            program = self.program_for(local_date(ret.at, self.settings().timezone))
            entries.append(self._earn(program, detail.member_id, EntryKind.REVERSAL,
                                      detail.give_back, ret, hold=False))
        for t in detail.take_back:
            if t.own:  # dated like its lot, so taking back pending points lowers pending
                entries.append(spend_entry(detail.member_id, EntryKind.REVERSAL, t.own, ret.at,
                                           sale_no=ret.sale_no, staff_id=ret.staff_id,
                                           lot_ref=t.lot.entry_id, available_at=t.lot.available_at))
            if t.rest:
                entries.append(spend_entry(detail.member_id, EntryKind.REVERSAL, t.rest, ret.at,
                                           sale_no=ret.sale_no, staff_id=ret.staff_id))
        ledger_store.append(db, entries)
        record = ledger_store.loyalty_sale(db, rq.original.sale_no)
        ledger_store.insert_loyalty_sale(db, ret.sale_no, detail.member_id, record.card_number,
                                         -detail.taken, -detail.give_back,
                                         record.program_version)
        rules_store.add_to_member_totals(db, detail.member_id, ret.net_minor, None)
        balance = ledger_store.balance(db, detail.member_id, ret.at)
        standing_store.insert_standing(db, ret.sale_no,
                                       ReceiptStanding(balance.spendable, balance.pending))


# the order a sale's lots take on the points its lines earned (the rest is receipt-level)
_LINE_KINDS = (EntryKind.PURCHASE, EntryKind.BIRTHDAY)


def _take_back_plan(db: Database, member_id: int, rq: ReturnQuote) -> list[TakeBack]:
    """The points the returned lines earned, taken back from the sale's lots.

    Cumulatively, so partial returns add up to one full return; points of the sale
    that already expired are not taken twice.  Points the lines earned fill the
    purchase lot first, then the birthday lot; what a lot holds beyond them (a
    mission or welcome bonus the receipt as a whole earned) goes back only with the
    last unit of the sale.  A sale recorded before lines kept their points gives back
    by the share of money returned.
    """
    entries = ledger_store.entries_of(db, member_id)
    left = {lot.entry_id: lot.remaining for lot in replay(entries)[0]}
    expired: dict[int, int] = {}
    for e in entries:
        if e.kind == EntryKind.EXPIRE and e.lot_ref is not None:
            expired[e.lot_ref] = expired.get(e.lot_ref, 0) - e.points
    # expiries due but not yet written count as written: the commit writes them first
    for lot, points in due_expiries(entries, rq.at):
        expired[lot.entry_id] = expired.get(lot.entry_id, 0) + points
        left[lot.entry_id] -= points
    lots = sorted((e for e in entries if e.sale_no == rq.original.sale_no and e.points > 0
                   and e.kind != EntryKind.REVERSAL),
                  key=lambda e: (_LINE_KINDS.index(e.kind) if e.kind in _LINE_KINDS
                                 else len(_LINE_KINDS), e.entry_id))
    earned = ledger_store.line_points(db, rq.original.sale_no)
    took_before = _line_points_back(rq, earned, False)
    took_after = _line_points_back(rq, earned, True)
    line_total, offset = sum(earned.values()) if earned else 0, 0
    plan = []
    for lot in lots:
        if earned is None:
            before = round_half_up(lot.points * rq.before)
            after = round_half_up(lot.points * rq.after)
        else:
            by_lines = min(lot.points, max(0, line_total - offset))
            before = min(max(took_before - offset, 0), by_lines)
            after = (min(max(took_after - offset, 0), by_lines)
                     + (lot.points - by_lines if rq.completes_sale else 0))
            offset += by_lines
        eligible = lot.points - expired.get(lot.entry_id, 0)
        take = min(after, eligible) - min(before, eligible)
        own = min(take, left.get(lot.entry_id, 0))
        plan.append(TakeBack(lot, own, take - own))
    return plan


def _line_points_back(rq: ReturnQuote, earned: dict[int, int] | None, including_this: bool
                      ) -> int:
    """Points the original's lines earned on the units returned so far, each line's share
    rounded on its own cumulative count, so a line wholly returned gives back all of it."""
    if earned is None:
        return 0
    return sum(round_half_up(Fraction(earned.get(l.line_no, 0)
                                      * rq.units_returned(l.line_no, including_this), l.qty))
               for l in rq.original.lines)


def _reduce(plan: list[TakeBack], by: int) -> list[TakeBack]:
    """Take ``by`` fewer points from the spendable side, starting from the last lot."""
    out = []
    for t in reversed(plan):
        cut = min(by, t.rest)
        by -= cut
        out.append(TakeBack(t.lot, t.own, t.rest - cut))
    return list(reversed(out))


def _standing(q: Quote, balance: Balance) -> ReceiptStanding:
    """What the receipt prints of the member after this sale: the tier it leaves them in,
    the way to the next one and each stamp card, from the quote the sale was made on, and
    the balance with the sale's entries written."""
    tier = q.tier
    following = tier is not None and tier.remaining is not None
    return ReceiptStanding(
        balance.spendable, balance.pending, tier_name=tier.tier_after_name if tier else "",
        next_tier_name=tier.next_tier_name if following else "",
        next_tier_metric=tier.metric if following else "",
        next_tier_remaining=(tier.remaining or 0) if following else 0,
        stamps=tuple((s.name, s.stamps_after, s.buy) for s in q.stamps))


def _coupon_uses(sale: Sale) -> list[tuple[str, int]]:
    """Each coupon applied on the sale with the discount it gave."""
    uses: dict[str, int] = {}
    for d in sale.discounts:
        if d.explanation.key == "coupon":
            code = str(dict(d.explanation.params)["code"])
            uses[code] = uses.get(code, 0) + d.amount_minor
    return sorted(uses.items())


def _detail(quote: SaleQuote) -> LoyaltyDetail:
    return next(d for d in quote.details if isinstance(d, LoyaltyDetail))

