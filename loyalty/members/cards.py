"""Cards: issuing, registering pre-printed ones, activation, replacement, blocking, lookup.

Each change writes its audit row in its own transaction.  A caller that audits a larger
change made of these (an enrolment, a replacement, an import) passes ``audited=False``, so
the log holds one row for what the owner did, not one per step."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from sqlite_utils import Database

from loyalty.storage import store
from loyalty.members.card_numbers import CardNumberError, classify, ean13_range, new_ean13
from loyalty.model.models import Card, CardKind, CardStatus, Member
from loyalty.model.program import CardType, Program
from loyalty.storage import sync_store
from pos.storage.db import write_transaction
from pos.errors import UserError
from pos.staff.audit import AuditAction, SubjectKind, subject
from pos.storage.store import append_audit


class CardError(UserError, ValueError):
    """A card refused at lookup or in the back office.

    ``reason``: unknown, blocked, expired, taken, not_bound, already_bound,
    same_card, unknown_type (``number`` is then the card type's id); ``card`` is
    the card when one was found (its ``block_reason`` says why it was blocked).
    """

    def __init__(self, reason: str, number: str, card: Card | None = None) -> None:
        super().__init__(f"card.{reason}", number=number,
                         why=card.block_reason if card is not None else "")
        self.reason = reason
        self.number = number
        self.card = card


def _audit_cards(db: Database, action: AuditAction, cards: tuple[Card, ...], at: datetime,
                 staff_id: int | None, detail: dict[str, object]) -> None:
    """One row for the cards: about the card (and so its customer) when there is one, else
    how many."""
    if len(cards) == 1:
        append_audit(db, at, staff_id, action, subject(SubjectKind.CARD, cards[0].number), detail)
    else:
        append_audit(db, at, staff_id, action, subject(SubjectKind.COUNT, len(cards)),
                     {"count": len(cards), **detail})


def issue_cards(db: Database, count: int, prefix: str, at: datetime, *,
                member_id: int | None = None, randbelow: Callable[[int], int] | None = None,
                card_type_id: str | None = None, staff_id: int | None = None,
                audited: bool = True) -> tuple[Card, ...]:
    """``count`` new EAN-13 cards of ``card_type_id``: bearer cards when no member is given,
    else personal."""
    if not 0 < count <= 100_000:
        raise CardNumberError("bad_count", str(count))
    kwargs = {"randbelow": randbelow} if randbelow else {}
    prefix += sync_store.card_block(db)
    with write_transaction(db):
        taken: set[str] = set()
        numbers: list[str] = []
        while len(numbers) < count:
            batch = {new_ean13(prefix, taken, **kwargs) for _ in range(count - len(numbers))}
            fresh = batch - store.existing_card_numbers(db, tuple(batch)) - taken
            taken |= fresh
            numbers.extend(sorted(fresh))
        cards = tuple(_new_card(n, "ean13", member_id, at, card_type_id) for n in numbers)
        store.insert_cards(db, cards)
        if audited:
            _audit_cards(db, AuditAction.CARDS_ISSUED, cards, at, staff_id,
                         {"card_type": card_type_id})
    return cards


def _new_card(number: str, symbology: str, member_id: int | None, at: datetime,
              card_type_id: str | None) -> Card:
    if member_id is None:
        return Card(number, symbology, None, CardKind.BEARER, CardStatus.UNASSIGNED, at,
                    card_type_id=card_type_id)
    return Card(number, symbology, member_id, CardKind.PERSONAL, CardStatus.ACTIVE, at,
                activated_at=at, card_type_id=card_type_id)


def register_cards(db: Database, raw_numbers: list[str], at: datetime,
                   member_id: int | None = None, card_type_id: str | None = None, *,
                   staff_id: int | None = None, audited: bool = True) -> tuple[Card, ...]:
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
        cards = tuple(_new_card(c.number, c.symbology, member_id, at, card_type_id)
                      for c in codes)
        store.insert_cards(db, cards)
        if audited:
            _audit_cards(db, AuditAction.CARDS_REGISTERED, cards, at, staff_id,
                         {"card_type": card_type_id})
    return cards


def register_range(db: Database, first: str, count: int, at: datetime,
                   card_type_id: str | None = None, *, staff_id: int | None = None
                   ) -> tuple[Card, ...]:
    return register_cards(db, list(ean13_range(first, count)), at, card_type_id=card_type_id,
                          staff_id=staff_id)


def find_card(db: Database, raw: str, today: date) -> tuple[Card, Member | None]:
    """The card a scan names and its member (None: a blank bearer card), refusing
    malformed, unknown, blocked and expired ones."""
    code = classify(raw)
    found = store.card_and_member(db, code.number)
    if found is None:
        raise CardError("unknown", code.number)
    card = found[0]
    if card.status == CardStatus.BLOCKED:
        raise CardError("blocked", card.number, card)
    if card.expires_on and card.expires_on < today:
        raise CardError("expired", card.number, card)
    return found


def activate_bearer(db: Database, card: Card, at: datetime,
                    default_type_id: str | None = None, staff_id: int | None = None
                    ) -> tuple[Card, Member]:
    """First scan of a blank bearer card: it gets an anonymous member that holds its points,
    and keeps the type it was printed as (a card registered without one takes
    ``default_type_id``, so its discount no longer follows later program edits)."""
    with write_transaction(db):
        member = Member(0, "", None, "", None, at)
        member = replace(member, member_id=store.insert_member(db, member))
        card = replace(card, member_id=member.member_id, status=CardStatus.ACTIVE, activated_at=at,
                       card_type_id=card.card_type_id or default_type_id)
        store.update_card(db, card)
        append_audit(db, at, staff_id, AuditAction.CARD_ACTIVATED,
                     subject(SubjectKind.CARD, card.number), {"member": member.member_id})
    return card, member


def bind_card(db: Database, number: str, member_id: int, at: datetime,
              card_type_id: str | None = None, *, staff_id: int | None = None,
              audited: bool = True) -> Card:
    """Give an unassigned card to a member (a bearer card stays bearer, but named); it keeps
    the type it was registered as unless ``card_type_id`` names another."""
    card = store.card_by_number(db, number)
    if card is None:
        raise CardError("unknown", number)
    if card.status == CardStatus.BLOCKED:
        raise CardError("blocked", number, card)
    if card.member_id is not None:
        raise CardError("already_bound", number, card)
    card = replace(card, member_id=member_id, status=CardStatus.ACTIVE, activated_at=at,
                   kind=CardKind.PERSONAL, card_type_id=card_type_id or card.card_type_id)
    with write_transaction(db):
        store.update_card(db, card)
        if audited:
            append_audit(db, at, staff_id, AuditAction.CARD_BOUND,
                         subject(SubjectKind.CARD, number), {"member": member_id})
    return card


def block_card(db: Database, number: str, reason: str, at: datetime, *,
               staff_id: int | None = None) -> Card:
    card = store.card_by_number(db, number)
    if card is None:
        raise CardError("unknown", number)
    if card.status == CardStatus.BLOCKED:
        raise CardError("blocked", number, card)
    card = replace(card, status=CardStatus.BLOCKED, blocked_at=at,
                   block_reason=reason.strip() or "blocked")
    with write_transaction(db):
        store.update_card(db, card)
        append_audit(db, at, staff_id, AuditAction.CARD_BLOCKED,
                     subject(SubjectKind.CARD, number), {"reason": card.block_reason})
    return card


def replace_card(db: Database, old_number: str, at: datetime, *, new_number: str | None = None,
                 prefix: str = "29", staff_id: int | None = None) -> Card:
    """A lost card: the new one serves the same member (points, tier and history are the
    member's, so they carry over untouched); the old one is blocked forever."""
    with write_transaction(db):
        old = store.card_by_number(db, old_number)
        if old is None:
            raise CardError("unknown", old_number)
        if old.status == CardStatus.BLOCKED:
            raise CardError("blocked", old_number, old)
        if old.member_id is None:
            raise CardError("not_bound", old_number, old)
        if new_number is None:
            new = issue_cards(db, 1, prefix, at, member_id=old.member_id, audited=False)[0]
        else:
            new = register_cards(db, [new_number], at, member_id=old.member_id,
                                 audited=False)[0]
        if new.number == old.number:
            raise CardError("same_card", new.number)
        new = replace(new, kind=old.kind, card_type_id=old.card_type_id)
        store.update_card(db, new)
        store.update_card(db, replace(old, status=CardStatus.BLOCKED, blocked_at=at,
                                      block_reason="replaced", replaced_by=new.number))
        append_audit(db, at, staff_id, AuditAction.CARD_REPLACED,
                     subject(SubjectKind.CARD, old.number), {"new_card": new.number})
    return new


def card_type_of(program: Program, card_type_id: str | None) -> CardType | None:
    """The card type a card gives under ``program``: its own, or the program's default when
    it has none (or its type is no longer in the program); None without discount cards."""
    fixed = program.fixed_discount
    if fixed is None:
        return None
    types = {str(t.card_type_id): t for t in fixed.card_types}
    own = types.get(card_type_id) if card_type_id else None
    default = (types.get(str(fixed.default_card_type_id)) if fixed.default_card_type_id
               else None)
    return own or default


def customer_card_type(db: Database, program: Program, member_id: int,
                       card: Card | None = None) -> CardType | None:
    """The type a customer's card discount comes from: the scanned card's, else (found by
    phone) their newest working card's; None for a customer without a card."""
    card = card or next((c for c in reversed(store.cards_of_member(db, member_id))
                         if c.status == CardStatus.ACTIVE), None)
    return card_type_of(program, card.card_type_id) if card else None


def program_card_types(program: Program) -> tuple[CardType, ...]:
    """The types a card can be issued as (listed even while the discount is switched off)."""
    return program.fixed_discount.card_types if program.fixed_discount else ()


def check_card_type(program: Program, card_type_id: str | None) -> str | None:
    """``card_type_id`` if the program has it (None passes: the default applies)."""
    if card_type_id is not None and card_type_id not in {
            str(t.card_type_id) for t in program_card_types(program)}:
        raise CardError("unknown_type", card_type_id)
    return card_type_id


def change_card_type(db: Database, number: str, card_type_id: str | None, program: Program,
                     at: datetime, staff_id: int | None) -> Card:
    """Give a card another type, from its next sale on; the audit log keeps the old one."""
    check_card_type(program, card_type_id)
    with write_transaction(db):
        card = store.card_by_number(db, number)
        if card is None:
            raise CardError("unknown", number)
        if card.status == CardStatus.BLOCKED:
            raise CardError("blocked", number, card)
        changed = replace(card, card_type_id=card_type_id)
        store.update_card(db, changed)
        append_audit(db, at, staff_id, AuditAction.CARD_TYPE_CHANGED,
                     subject(SubjectKind.CARD, number),
                     {"from": card.card_type_id, "to": card_type_id})
    return changed
