"""Cards: issuing, registering pre-printed ones, activation, replacement, blocking, lookup."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from sqlite_utils import Database

from loyalty.storage import store
from loyalty.members.card_numbers import CardNumberError, classify, ean13_range, new_ean13
from loyalty.model.models import Card, Member
from pos.storage.db import write_transaction
from pos.errors import UserError


class CardError(UserError, ValueError):
    """A card refused at lookup or in the back office.

    ``reason``: unknown, blocked, expired, taken, not_bound, already_bound,
    same_card; ``card`` is the card when one was found (its ``block_reason``
    says why it was blocked).
    """

    def __init__(self, reason: str, number: str, card: Card | None = None) -> None:
        super().__init__(f"card.{reason}", number=number,
                         why=card.block_reason if card is not None else "")
        self.reason = reason
        self.number = number
        self.card = card


def issue_cards(db: Database, count: int, prefix: str, at: datetime, *,
                member_id: int | None = None, randbelow: Callable[[int], int] | None = None
                ) -> tuple[Card, ...]:
    """``count`` new EAN-13 cards: bearer cards when no member is given, else personal."""
    if not 0 < count <= 100_000:
        raise CardNumberError("bad_count", str(count))
    kwargs = {"randbelow": randbelow} if randbelow else {}
    with write_transaction(db):
        taken: set[str] = set()
        numbers: list[str] = []
        while len(numbers) < count:
            batch = {new_ean13(prefix, taken, **kwargs) for _ in range(count - len(numbers))}
            fresh = batch - store.existing_card_numbers(db, tuple(batch)) - taken
            taken |= fresh
            numbers.extend(sorted(fresh))
        cards = tuple(_new_card(n, "ean13", member_id, at) for n in numbers)
        store.insert_cards(db, cards)
    return cards


def _new_card(number: str, symbology: str, member_id: int | None, at: datetime) -> Card:
    if member_id is None:
        return Card(number, symbology, None, "bearer", "unassigned", at)
    return Card(number, symbology, member_id, "personal", "active", at, activated_at=at)


def register_cards(db: Database, raw_numbers: list[str], at: datetime,
                   member_id: int | None = None) -> tuple[Card, ...]:
    """Register pre-printed cards (any symbology); all or nothing, duplicates refused."""
    codes = [classify(n) for n in raw_numbers]
    numbers = tuple(c.number for c in codes)
    if len(set(numbers)) != len(numbers):
        dup = next(n for n in numbers if numbers.count(n) > 1)
        raise CardError("taken", dup)
    with write_transaction(db):
        taken = store.existing_card_numbers(db, numbers)
        if taken:
            raise CardError("taken", sorted(taken)[0])
        cards = tuple(_new_card(c.number, c.symbology, member_id, at) for c in codes)
        store.insert_cards(db, cards)
    return cards


def register_range(db: Database, first: str, count: int, at: datetime) -> tuple[Card, ...]:
    return register_cards(db, list(ean13_range(first, count)), at)


def find_card(db: Database, raw: str, today: date) -> Card:
    """The card a scan names, refusing malformed, unknown, blocked and expired ones."""
    code = classify(raw)
    card = store.card_by_number(db, code.number)
    if card is None:
        raise CardError("unknown", code.number)
    if card.status == "blocked":
        raise CardError("blocked", card.number, card)
    if card.expires_on and card.expires_on < today:
        raise CardError("expired", card.number, card)
    return card


def activate_bearer(db: Database, card: Card, at: datetime) -> tuple[Card, Member]:
    """First scan of a blank bearer card: it gets an anonymous member that holds its points."""
    with write_transaction(db):
        member = Member(0, "", None, "", None, at)
        member = replace(member, member_id=store.insert_member(db, member))
        card = replace(card, member_id=member.member_id, status="active", activated_at=at)
        store.update_card(db, card)
    return card, member


def bind_card(db: Database, number: str, member_id: int, at: datetime) -> Card:
    """Give an unassigned card to a member (a bearer card stays bearer, but named)."""
    card = store.card_by_number(db, number)
    if card is None:
        raise CardError("unknown", number)
    if card.status == "blocked":
        raise CardError("blocked", number, card)
    if card.member_id is not None:
        raise CardError("already_bound", number, card)
    card = replace(card, member_id=member_id, status="active", activated_at=at, kind="personal")
    with write_transaction(db):
        store.update_card(db, card)
    return card


def block_card(db: Database, number: str, reason: str, at: datetime) -> Card:
    card = store.card_by_number(db, number)
    if card is None:
        raise CardError("unknown", number)
    if card.status == "blocked":
        raise CardError("blocked", number, card)
    card = replace(card, status="blocked", blocked_at=at, block_reason=reason.strip() or "blocked")
    with write_transaction(db):
        store.update_card(db, card)
    return card


def replace_card(db: Database, old_number: str, at: datetime, *, new_number: str | None = None,
                 prefix: str = "29") -> Card:
    """A lost card: the new one serves the same member (points, tier and history are the
    member's, so they carry over untouched); the old one is blocked forever."""
    with write_transaction(db):
        old = store.card_by_number(db, old_number)
        if old is None:
            raise CardError("unknown", old_number)
        if old.status == "blocked":
            raise CardError("blocked", old_number, old)
        if old.member_id is None:
            raise CardError("not_bound", old_number, old)
        if new_number is None:
            new = issue_cards(db, 1, prefix, at, member_id=old.member_id)[0]
        else:
            new = register_cards(db, [new_number], at, member_id=old.member_id)[0]
        if new.number == old.number:
            raise CardError("same_card", new.number)
        new = replace(new, kind=old.kind)
        store.update_card(db, new)
        store.update_card(db, replace(old, status="blocked", blocked_at=at,
                                      block_reason="replaced", replaced_by=new.number))
    return new
