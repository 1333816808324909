"""Stamp cards: every unit in scope is a stamp, and the unit after ``buy`` stamps is free."""
from __future__ import annotations

from datetime import date

from loyalty.engine.discounts import Remaining
from loyalty.model.member_state import MemberState
from loyalty.model.program import StampCard, active
from loyalty.model.quote import DiscountLine, Explanation, StampStatus
from pos.basket import BasketLine

STAMP = "stamp"


def count_free_units(stamps_before: int, units: int, buy: int) -> tuple[int, int]:
    """(free units, stamps after) when ``units`` are bought in a row.

    A unit bought with ``buy`` stamps on the card is the free one and clears it.
    """
    stamps, free = min(max(stamps_before, 0), buy), 0
    for _ in range(units):
        if stamps >= buy:
            free, stamps = free + 1, 0
        else:
            stamps += 1
    return free, stamps


def _free_pieces(card: StampCard, lines: list[BasketLine], free: int,
                 remaining: dict[int, int]) -> list[DiscountLine]:
    """The cheapest units are the free ones (the earlier line on equal prices)."""
    pieces: list[DiscountLine] = []
    for line in sorted(lines, key=lambda l: (l.unit_price_minor, l.line_no)):
        units = min(free, line.qty)
        amount = min(units * line.unit_price_minor, remaining[line.line_no])
        if amount > 0:
            remaining[line.line_no] -= amount
            pieces.append(DiscountLine(STAMP, line.line_no, amount, Explanation(
                "stamp_free_item", (("card", card.name), ("units", units)))))
        free -= units
    return pieces


def apply_stamp_cards(cards: tuple[StampCard, ...], member: MemberState | None,
                      lines: tuple[BasketLine, ...], remaining: Remaining, today: date
                      ) -> tuple[list[DiscountLine], dict[int, int], tuple[StampStatus, ...]]:
    """Free units and stamp progress; only discountable lines (``remaining``) collect stamps."""
    left = dict(remaining)
    if member is None:
        return [], left, ()
    pieces: list[DiscountLine] = []
    statuses: list[StampStatus] = []
    for card in cards:
        if not active(card, today):
            continue
        in_scope = [l for l in lines if l.line_no in left and card.scope.matches(l)]
        units = sum(l.qty for l in in_scope)
        before = member.stamps_for(card.stamp_card_id)
        free, after = count_free_units(before, units, card.buy)
        pieces += _free_pieces(card, in_scope, free, left)
        statuses.append(StampStatus(card.stamp_card_id, card.name, card.buy, before,
                                    units - free, free, after))
    return pieces, left, tuple(statuses)
