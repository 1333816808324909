"""The owner's member services: profile, consents, merging duplicates, export and erasure of
personal data, and points adjustment confirmed by the owner's PIN."""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlite_utils import Database

from loyalty.engine import engine
from loyalty.storage import contacts, ledger_store, search as member_search, store
from loyalty.ledger import wallet
from loyalty.members.card_numbers import classify
from loyalty.members.cards import bind_card, block_card, register_cards
from loyalty.members.enrolment import enrol
from loyalty.ledger.ledger import replay
from loyalty.storage.search import SaleRow
from loyalty.storage.contacts import ConsentEvent
from loyalty.members.states import member_state
from loyalty.model.models import Balance, Card, CardStatus, EntryKind, LedgerEntry, Member
from loyalty.model.program import Program
from pos.basket import Basket
from pos.clock import iso_local, local_date
from pos.errors import UserError
from pos.storage.db import checkpoint, write_transaction
from pos.storage.sale_store import scrub_parked
from pos.suspend import forget_phone
from pos.staff.pins import login
from pos.staff.model import Staff
from pos.staff.audit import AuditAction, SubjectKind, subject
from pos.storage.store import append_audit, scrub_audit


class MemberAdminError(UserError, ValueError):
    """``reason``: not_owner, no_such_member, same_member, merged, erased."""

    def __init__(self, reason: str, detail: object = None) -> None:
        super().__init__(f"member_admin.{reason}", value=detail)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class MemberProfile:
    """Everything the detail pane shows; ``merged`` are duplicates merged into this member
    (their sales are listed here too)."""

    member: Member
    balance: Balance
    tier_name: str
    cards: tuple[Card, ...]
    sales: tuple[SaleRow, ...]
    ledger: tuple[LedgerEntry, ...]
    merged: tuple[int, ...]
    other_phones: tuple[str, ...] = ()
    consents: tuple[ConsentEvent, ...] = ()


def member_profile(db: Database, member_id: int, program_for: Callable[[date], Program],
                   now: datetime, tz: str) -> MemberProfile:
    member = _member(db, member_id)
    merged = member_search.merged_from(db, member_id)
    today = local_date(now, tz)
    program = program_for(today)
    # the tier as the till would price an empty receipt now: the state read with the
    # program, as the till reads it, so the tier the member holds is the one shown
    state = member_state(db, member, now, tz, program)
    tier = engine.quote(Basket(basket_id="profile"), state, program, today).tier
    tier_name = (tier.tier_after_name or tier.tier_name) if tier else ""
    return MemberProfile(member, wallet.balance(db, member_id, now), tier_name,
                         store.cards_of_member(db, member_id),
                         member_search.member_sales(db, (member_id, *merged)),
                         tuple(reversed(ledger_store.entries_of(db, member_id))), merged,
                         contacts.other_phones(db, member_id),
                         contacts.consent_history(db, (member_id,)))


def with_consents(member: Member, data: bool, marketing: bool, at: datetime) -> Member:
    """Consents ticked now are dated now; kept ones keep their date; a withdrawn one is no
    longer current and its withdrawal is dated now (the history keeps when it was given)."""
    def dated(given: bool, since: datetime | None,
              withdrawn: datetime | None) -> tuple[datetime | None, datetime | None]:
        if given:
            return since or at, withdrawn
        return None, (at if since else withdrawn)
    data_at, data_off = dated(data, member.consent_data_at, member.consent_data_withdrawn_at)
    mark_at, mark_off = dated(marketing, member.consent_marketing_at,
                              member.consent_marketing_withdrawn_at)
    return replace(member, consent_data_at=data_at, consent_data_withdrawn_at=data_off,
                   consent_marketing_at=mark_at, consent_marketing_withdrawn_at=mark_off)


def _member(db: Database, member_id: int) -> Member:
    member = store.member_by_id(db, member_id)
    if member is None:
        raise MemberAdminError("no_such_member", member_id)
    return member


def _owner(by: Staff) -> None:
    if not by.is_owner:
        raise MemberAdminError("not_owner", by.name)


def _live(db: Database, member_id: int) -> Member:
    member = _member(db, member_id)
    if member_search.merged_into(db, member_id) is not None:
        raise MemberAdminError("merged", member_id)
    if member.erased_at is not None:
        raise MemberAdminError("erased", member_id)
    return member


# -- merging duplicates --------------------------------------------------------------

def merge_members(db: Database, keep_id: int, drop_id: int, by: Staff, at: datetime) -> int:
    """Merge the duplicate ``drop_id`` into ``keep_id``: its cards and points move (each open
    lot as a pair of transfer entries keeping its hold and expiry), its sales stay recorded
    under it and it is marked merged.  Returns the points moved."""
    _owner(by)
    if keep_id == drop_id:
        raise MemberAdminError("same_member", keep_id)
    with write_transaction(db):
        keep, drop = _live(db, keep_id), _live(db, drop_id)
        phones = _take_phones(db, keep, drop)
        wallet.expire_due(db, at, drop_id)
        cards = store.cards_of_member(db, drop_id)
        for card in cards:
            store.update_card(db, replace(card, member_id=keep_id))
        entries = _transfers(ledger_store.entries_of(db, drop_id), keep_id, drop_id, by, at)
        ledger_store.append(db, entries)
        moved = sum(e.points for e in entries if e.member_id == keep_id)
        member_search.insert_merge(db, drop_id, keep_id, at, by.staff_id)
        append_audit(db, at, by.staff_id, AuditAction.MEMBER_MERGED,
                     subject(SubjectKind.MEMBER, keep_id),
                     {"merged": drop_id, "points": moved, "cards": [c.number for c in cards],
                      "phones": list(phones)})
    return moved


def _take_phones(db: Database, keep: Member, drop: Member) -> tuple[str, ...]:
    """The duplicate's phones and consents become the survivor's, after the survivor's own:
    its phone keeps finding the customer.  A consent the survivor lacks is taken with its
    date, unless the survivor withdrew it after the duplicate gave it."""
    phones = tuple(p for p in (drop.phone, *contacts.other_phones(db, drop.member_id)) if p)
    contacts.remove_other_phones(db, drop.member_id)
    store.update_member(db, replace(drop, phone=None))
    own = phones if keep.phone else phones[1:]

    def taken(mine: datetime | None, off: datetime | None,
              theirs: datetime | None) -> datetime | None:
        return mine or (theirs if theirs and (off is None or theirs > off) else None)
    store.update_member(db, replace(
        keep, phone=keep.phone or (phones[0] if phones else None),
        consent_data_at=taken(keep.consent_data_at, keep.consent_data_withdrawn_at,
                              drop.consent_data_at),
        consent_marketing_at=taken(keep.consent_marketing_at, keep.consent_marketing_withdrawn_at,
                                   drop.consent_marketing_at)))
    contacts.add_other_phones(db, keep.member_id, own)
    return phones


def _transfers(entries: tuple[LedgerEntry, ...], keep_id: int, drop_id: int, by: Staff,
               at: datetime) -> list[LedgerEntry]:
    lots, debt = replay(entries)
    reason = f"merged member {drop_id} into {keep_id}"
    out: list[LedgerEntry] = []
    for lot in lots:
        out.append(LedgerEntry(0, drop_id, EntryKind.TRANSFER, -lot.remaining, at, lot.available_at,
                               lot_ref=lot.entry_id, staff_id=by.staff_id, reason=reason))
        out.append(LedgerEntry(0, keep_id, EntryKind.TRANSFER, lot.remaining, at, lot.available_at,
                               expires_at=lot.expires_at, staff_id=by.staff_id, reason=reason))
    if debt:  # a negative balance moves too, so the pair still sums to nothing
        out.append(LedgerEntry(0, drop_id, EntryKind.TRANSFER, debt, at, at, staff_id=by.staff_id,
                               reason=reason))
        out.append(LedgerEntry(0, keep_id, EntryKind.TRANSFER, -debt, at, at, staff_id=by.staff_id,
                               reason=reason))
    return out


# -- personal data (152-FZ) --------------------------------------------------------------

def export_personal_data(db: Database, member_id: int, by: Staff, at: datetime, tz: str,
                         deliver: Callable[[str], object] | None = None) -> str:
    """Everything held about the member, as JSON text; the export itself is audited.
    ``deliver`` (writing the file) gets the text inside the audit's transaction: an
    export that fails to be written is not recorded as made."""
    _owner(by)
    with write_transaction(db):
        text = _personal_data(db, member_id, at, tz)
        append_audit(db, at, by.staff_id, AuditAction.MEMBER_EXPORTED,
                     subject(SubjectKind.MEMBER, member_id), {})
        if deliver is not None:
            deliver(text)
    return text


def _personal_data(db: Database, member_id: int, at: datetime, tz: str) -> str:
    member = _member(db, member_id)
    cards = store.cards_of_member(db, member_id)
    sales = member_search.member_sales(db, (member_id,))
    entries = ledger_store.entries_of(db, member_id)
    t = lambda moment: iso_local(moment, tz) if moment else None  # noqa: E731
    data = {
        "exported_at": t(at),
        "profile": {"member_id": member.member_id, "name": member.name, "phone": member.phone,
                    "other_phones": list(contacts.other_phones(db, member_id)),
                    "email": member.email,
                    "birthday": member.birthday.isoformat() if member.birthday else None,
                    "enrolled_at": t(member.enrolled_at), "erased_at": t(member.erased_at)},
        "consents": {"data_processing_at": t(member.consent_data_at),
                     "marketing_at": t(member.consent_marketing_at),
                     "history": [{"consent": e.consent, "event": e.event, "time": t(e.at)}
                                 for e in contacts.consent_history(db, (member_id,))]},
        "cards": [{"number": c.number, "status": c.status, "issued_at": t(c.issued_at),
                   "blocked_at": t(c.blocked_at), "block_reason": c.block_reason} for c in cards],
        "sales": [{"sale_no": s.sale_no, "time": t(s.at), "kind": s.kind,
                   "net_minor": s.net_minor, "points_earned": s.points_earned,
                   "points_redeemed": s.points_redeemed, "card_number": s.card_number}
                  for s in sales],
        "ledger": [{"entry_id": e.entry_id, "time": t(e.at), "kind": e.kind,
                    "points": e.points, "sale_no": e.sale_no, "reason": e.reason}
                   for e in entries],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def erase_personal_data(db: Database, member_id: int, by: Staff, at: datetime) -> Member:
    """Clear name, phone, e-mail and birthday and what identified the member on their sales;
    the member stays (anonymous) so sales and ledger still add up.  Working cards are
    blocked: a card handed back to the shop must not feed an anonymous account."""
    _owner(by)
    with write_transaction(db):
        member = _member(db, member_id)
        if member.erased_at is not None:
            raise MemberAdminError("erased", member_id)
        erased = replace(member, name="", phone=None, email="", birthday=None, erased_at=at)
        contacts.remove_other_phones(db, member_id)
        store.update_member(db, erased)
        for card in store.cards_of_member(db, member_id):
            if card.status != CardStatus.BLOCKED:
                block_card(db, card.number, "personal data erased", at, staff_id=by.staff_id)
        member_search.clear_customer_refs(db, member_id)
        texts = _identifying_texts(member)
        if member.phone:
            forget_phone(db, member.phone)
        scrub_parked(db, texts)
        scrub_audit(db, texts)
        member_search.rebuild_search_index(db)
        append_audit(db, at, by.staff_id, AuditAction.MEMBER_ERASED,
                     subject(SubjectKind.MEMBER, member_id), {})
    checkpoint(db)  # the WAL still holds the pages as they were before
    return erased


def _identifying_texts(member: Member) -> tuple[str, ...]:
    """The values to remove wherever free text may hold them, as typed and as JSON writes
    them (a phone also as the digits a cashier types)."""
    values = {v for v in (member.name.strip(), member.phone or "", member.email.strip())
              if len(v) >= 2}
    if member.phone:
        values.add(member.phone.lstrip("+"))
    escaped = {json.dumps(v)[1:-1] for v in values}
    return tuple(sorted(values | escaped, key=len, reverse=True))


# -- manual adjustment -----------------------------------------------------------------

def adjust_with_pin(db: Database, member_id: int, points: int, reason: str, owner_pin: str,
                    at: datetime) -> LedgerEntry:
    """A manual correction confirmed by the owner re-entering their PIN, whoever is logged
    in; refusals: PointsError (no_reason, bad_points, insufficient, not_owner) or
    StaffError(wrong_pin)."""
    if not reason.strip():
        raise wallet.PointsError("no_reason")
    owner = login(db, owner_pin, at)  # throttled and counted like every PIN prompt
    with write_transaction(db):
        _live(db, member_id)
        # wallet.adjust audits it (as "adjust", by the owner whose PIN was typed)
        return wallet.adjust(db, member_id, points, reason, owner, at)


def attach_card(db: Database, raw: str, member_id: int, at: datetime,
                card_type_id: str | None = None, staff_id: int | None = None) -> Card:
    """Give the member a scanned or typed card: one registered earlier (a pre-printed range,
    a bearer card) is bound, keeping the type it was registered as if it has one; an
    unknown one is registered as ``card_type_id``.  CardNumberError for a wrong check
    digit, CardError when the card is taken or blocked."""
    number = classify(raw).number
    with write_transaction(db):
        _live(db, member_id)
        known = store.card_by_number(db, number)
        if known is not None:
            return bind_card(db, number, member_id, at,
                             None if known.card_type_id else card_type_id, staff_id=staff_id)
        return register_cards(db, [number], at, member_id=member_id, card_type_id=card_type_id,
                              staff_id=staff_id)[0]


def enrol_member(db: Database, member: Member, program_for: Callable[[date], Program],
                 at: datetime, *, tz: str, region: str, card: str, prefix: str,
                 staff_id: int | None) -> Member:
    """Enrol from the back office: the member, the welcome bonus and either the typed card
    (registered if the shop has not seen it) or a newly issued one, all or nothing."""
    with write_transaction(db):
        done = enrol(db, member, program_for(local_date(at, tz)), at, region=region, tz=tz,
                     issue_card_prefix=None if card.strip() else prefix, staff_id=staff_id)
        if card.strip():
            attach_card(db, card, done.member.member_id, at, staff_id=staff_id)
    return done.member
