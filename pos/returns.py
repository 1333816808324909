"""Returns by sale number: what goes back, in proportion, and committing it once.

Exact to the kopeck: a return's lines give back their net; the points the
customer redeemed on the sale go back in whole points in proportion to the
share returned, and the money refund is the rest, so money + the given-back
points' value always equals the returned net.  Each return counts what earlier
ones gave back and the last gives back all that is left, so several partial
returns add up to one full return.
"""
from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from fractions import Fraction
from typing import Protocol

from sqlite_utils import Database

from pos.storage import sale_store, store
from pos.basket import is_count
from pos.checkout import CheckoutError
from pos.clock import Clock
from pos.staff.audit import AuditAction, SubjectKind, subject
from pos.storage.db import write_transaction
from pos.money import round_half_up
from pos.sale import MONEY_TENDERS, Payment, Sale, SaleKind, SaleLine, Tender


@dataclass(frozen=True, slots=True)
class ReturnQuote:
    """What a return would do.  Amounts on ``lines`` are negative, as they are stored.

    ``before`` and ``after`` are the share of the original sale's net returned
    before and including this return; ``returned_before`` how many units of each
    original line (line_no, units) earlier returns took back.  Loyalty takes back
    earned points by them, so that several partial returns add up to exactly one
    full return.  ``points_back_minor`` is what the ``points_back`` whole points
    paid on the sale (their value at the sale's own rate).
    """

    original: Sale
    return_id: str
    at: datetime
    lines: tuple[SaleLine, ...]
    before: Fraction
    after: Fraction
    points_back: int
    points_back_minor: int
    withheld_minor: int = 0
    details: tuple[object, ...] = ()
    returned_before: tuple[tuple[int, int], ...] = ()

    def units_returned(self, line_no: int, including_this: bool = True) -> int:
        """Units of original line ``line_no`` returned before (and with) this return."""
        before = dict(self.returned_before).get(line_no, 0)
        now = -sum(l.qty for l in self.lines if l.original_line_no == line_no)
        return before + (now if including_this else 0)

    @property
    def completes_sale(self) -> bool:
        """Whether every unit of the original sale is back once this return is made."""
        return all(self.units_returned(l.line_no) == l.qty for l in self.original.lines)

    @property
    def net_minor(self) -> int:
        return sum(l.net_minor for l in self.lines)

    @property
    def refund_money_minor(self) -> int:
        """Money handed back to the customer (positive)."""
        return -self.net_minor - self.points_back_minor - self.withheld_minor


class ReturnAdjuster(Protocol):
    def quote_return(self, quote: ReturnQuote) -> tuple[int, object]:
        """(money withheld from the refund, detail shown to the cashier)."""

    def reserve_return(self, quote: ReturnQuote) -> None:
        """Before the return's transaction, ask what may take time (a shop network's server
        holding the units being returned); may refuse.  Never called while quoting."""


class ReturnHook(Protocol):
    def on_return(self, db: Database, ret: Sale, quote: ReturnQuote) -> None: ...


def _cum(total: int, share: Fraction) -> int:
    return round_half_up(total * share)


def _returned_qty(previous: Sequence[Sale]) -> dict[int, int]:
    done: dict[int, int] = {}
    for ret in previous:
        for l in ret.lines:
            done[l.original_line_no] = done.get(l.original_line_no, 0) - l.qty
    return done


def _share(original: Sale, qty_done: Mapping[int, int]) -> Fraction:
    """Share of the original returned, weighted by net (by gross if the net was nil)."""
    weight = (lambda l: l.net_minor) if original.net_minor else (lambda l: l.gross_minor)
    total = sum(weight(l) for l in original.lines)
    if total == 0:
        return Fraction(0)
    return sum((Fraction(weight(l) * qty_done.get(l.line_no, 0), l.qty)
                for l in original.lines), Fraction(0)) / total


def _return_lines(original: Sale, done: Mapping[int, int], qty_by_line: Mapping[int, int]
                  ) -> tuple[SaleLine, ...]:
    lines = []
    for n, (line_no, qty) in enumerate(sorted(qty_by_line.items()), start=1):
        line = next((l for l in original.lines if l.line_no == line_no), None)
        if line is None:
            raise CheckoutError("no_such_line", line_no)
        left = line.qty - done.get(line_no, 0)
        if not is_count(qty) or qty <= 0 or qty > left:
            raise CheckoutError("return_qty", (line_no, qty, left))
        # the discount goes back by cumulative share, so partial returns never
        # give back more (or less) discount than the sale granted in total
        before, after = done.get(line_no, 0), done.get(line_no, 0) + qty
        disc = (_cum(line.discount_minor, Fraction(after, line.qty))
                - _cum(line.discount_minor, Fraction(before, line.qty)))
        gross = line.unit_price_minor * qty
        lines.append(replace(line, line_no=n, qty=-qty, gross_minor=-gross,
                             discount_minor=-disc, net_minor=-(gross - disc),
                             original_line_no=line_no))
    return tuple(lines)


@dataclass(frozen=True, slots=True)
class _SoFar:
    """What earlier returns of a sale gave back: net, and redeemed points with their value."""

    net_minor: int = 0
    points: int = 0
    points_minor: int = 0


def _so_far(previous: Sequence[Sale]) -> _SoFar:
    paid = [p for r in previous for p in r.payments if p.tender == Tender.POINTS]
    return _SoFar(-sum(r.net_minor for r in previous), -sum(p.points for p in paid),
                  -sum(p.amount_minor for p in paid))


def _points_given_back(original: Sale, so_far: _SoFar, share: Fraction, net_minor: int,
                       complete: bool) -> tuple[int, int]:
    """(points, their money) of the redeemed points this return gives back; ``share`` is
    the part of the sale returned once it is made, ``net_minor`` this return's net.

    Whole points in proportion to the share, and never worth more than this return's
    net (the money refund is never negative) nor, in all, leaving more money refunded
    than was paid in money, when whole points allow both.  The last return gives back
    every point left, so partial returns add up to one full return, unless its lines are worth
    less than those points: then as many as they carry, and the rest comes back as money.  ``k`` points are
    worth ``floor(value * k / points)``: all of them what the sale took for them.
    """
    points = sum(p.points for p in original.payments if p.tender == Tender.POINTS)
    value = sum(p.amount_minor for p in original.payments if p.tender == Tender.POINTS)
    if points <= 0:
        return 0, 0
    if value <= 0:
        if complete:
            return points - so_far.points, 0
        return max(0, round_half_up(points * share) - so_far.points), 0
    # most: worth at most this return's net more than what was given back so far
    most = min(points, -(-(so_far.points_minor + net_minor + 1) * points // value) - 1)
    if complete:
        if value - so_far.points_minor <= net_minor:
            return points - so_far.points, value - so_far.points_minor
        # The last pieces are worth less than the points still out (a point of 1.00 and
        # lines of 0.51): no refund may be negative, so the most whole points they carry go
        # back and the rest of the net is money, at the points' own value; the refund is
        # still the net exactly.
        give = max(most, so_far.points)
        return give - so_far.points, value * give // points - so_far.points_minor
    # least: the money refunded in all stays within the money paid
    net_after = so_far.net_minor + net_minor
    least = max(so_far.points, -(-(net_after - (original.net_minor - value)) * points // value))
    give = most if least > most else min(max(round_half_up(points * share), least), most)
    return give - so_far.points, value * give // points - so_far.points_minor


class Returns:
    def __init__(self, db: Database, clock: Clock, adjusters: Sequence[ReturnAdjuster] = (),
                 hooks: Sequence[ReturnHook] = ()) -> None:
        self.db, self.clock = db, clock
        self.adjusters, self.hooks = tuple(adjusters), tuple(hooks)

    def remaining(self, sale_no: int) -> tuple[Sale, dict[int, int]]:
        """The original sale and, per line, how many units can still be returned."""
        original, left, _ = self._state(sale_no)
        return original, left

    def _state(self, sale_no: int) -> tuple[Sale, dict[int, int], _SoFar]:
        """The original, the units left per line, and what earlier returns gave back."""
        original = sale_store.load_sale(self.db, sale_no)
        if original is None:
            raise CheckoutError("no_such_sale", sale_no)
        if original.kind != SaleKind.SALE:  # its sale is what comes back, not the return
            raise CheckoutError("is_a_return", sale_no)
        previous = sale_store.returns_of(self.db, sale_no)
        done = _returned_qty(previous)
        return (original, {l.line_no: l.qty - done.get(l.line_no, 0) for l in original.lines},
                _so_far(previous))

    def quote(self, sale_no: int, qty_by_line: Mapping[int, int] | None = None,
              return_id: str | None = None) -> ReturnQuote:
        """Quote returning ``qty_by_line`` (all that is left when None)."""
        original, left, so_far = self._state(sale_no)
        if qty_by_line is None:
            qty_by_line = {n: q for n, q in left.items() if q > 0}
        if not qty_by_line:
            raise CheckoutError("nothing_to_return", sale_no)
        done = {n: l.qty - left[n] for n, l in ((l.line_no, l) for l in original.lines)}
        after_qty = {n: done[n] + qty_by_line.get(n, 0) for n in done}
        before, after = _share(original, done), _share(original, after_qty)
        lines = _return_lines(original, done, qty_by_line)
        complete = all(after_qty[l.line_no] == l.qty for l in original.lines)
        points_back, points_back_minor = _points_given_back(
            original, so_far, after, -sum(l.net_minor for l in lines), complete)
        rq = ReturnQuote(
            original=original, return_id=return_id or uuid.uuid4().hex, at=self.clock(),
            lines=lines, before=before, after=after,
            points_back=points_back, points_back_minor=points_back_minor,
            returned_before=tuple(sorted((n, q) for n, q in done.items() if q)))
        results = [a.quote_return(rq) for a in self.adjusters]
        withheld = min(sum(w for w, _ in results), -rq.net_minor - rq.points_back_minor)
        return replace(rq, withheld_minor=withheld, details=tuple(d for _, d in results))

    def commit(self, shown: ReturnQuote, staff_id: int | None,
               tender: Tender = Tender.CASH) -> Sale:
        """Record the return; the same quote committed twice makes one return."""
        if tender not in MONEY_TENDERS:
            raise CheckoutError("bad_tender", tender)
        qty = {l.original_line_no: -l.qty for l in shown.lines}
        if sale_store.sale_no_for_basket(self.db, shown.return_id) is None:
            for adjuster in self.adjusters:  # outside the write lock, as a sale's reserve
                adjuster.reserve_return(shown)
        with write_transaction(self.db):
            existing = sale_store.sale_no_for_basket(self.db, shown.return_id)
            if existing is not None:
                return sale_store.load_sale(self.db, existing)
            fresh = self.quote(shown.original.sale_no, qty, shown.return_id)
            if (fresh.lines, fresh.points_back, fresh.withheld_minor) != (
                    shown.lines, shown.points_back, shown.withheld_minor):
                raise CheckoutError("quote_changed")
            ret = Sale(sale_no=0, basket_id=fresh.return_id, kind=SaleKind.RETURN, at=fresh.at,
                       staff_id=staff_id, customer_ref=fresh.original.customer_ref,
                       lines=fresh.lines, discounts=(), payments=_refund_payments(fresh, tender),
                       original_sale_no=fresh.original.sale_no)
            ret = replace(ret, sale_no=sale_store.insert_sale(self.db, ret))
            for hook in self.hooks:
                hook.on_return(self.db, ret, fresh)
            store.append_audit(self.db, ret.at, staff_id, AuditAction.RETURN,
                               subject(SubjectKind.SALE, fresh.original.sale_no),
                               {"return_sale_no": ret.sale_no,
                                "refund_money_minor": fresh.refund_money_minor,
                                "points_back": fresh.points_back})
        return ret


def _refund_payments(rq: ReturnQuote, tender: Tender) -> tuple[Payment, ...]:
    payments = []
    if rq.points_back_minor or rq.points_back:
        payments.append(Payment(Tender.POINTS, -rq.points_back_minor, points=-rq.points_back))
    if rq.withheld_minor:
        payments.append(Payment(Tender.WITHHELD, -rq.withheld_minor))
    if rq.refund_money_minor:
        payments.append(Payment(tender, -rq.refund_money_minor))
    return tuple(payments)
