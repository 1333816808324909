"""Enrolling a customer: the member, their card and the welcome bonus in one transaction."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlite_utils import Database

from loyalty.storage import ledger_store, store
from loyalty.engine.bonuses import welcome_award
from loyalty.members.cards import bind_card, issue_cards
from loyalty.model.member_state import MemberId
from loyalty.members.members import create_member
from loyalty.model.models import Card, CardKind, EntryKind, Member
from loyalty.model.program import Program
from loyalty.ledger.wallet import program_earn_entry
from pos.clock import local_date
from pos.staff.audit import AuditAction, SubjectKind, subject
from pos.storage.db import write_transaction
from pos.storage.store import append_audit


@dataclass(frozen=True, slots=True)
class Enrolment:
    member: Member
    card: Card | None
    welcome_points: int


def enrol(db: Database, member: Member, program: Program, at: datetime, *, region: str,
          tz: str, card_number: str | None = None, issue_card_prefix: str | None = None,
          staff_id: int | None = None, bearer: bool = False) -> Enrolment:
    """Create the member, bind a scanned card or issue a new one, and credit the welcome
    bonus — all or nothing.  ``bearer``: the card is anonymous (no consent to keep
    personal data), whoever holds it uses it."""
    with write_transaction(db):
        member = create_member(db, member, region)
        card = None
        # the member's row below says which card they got: the card steps write none
        if card_number:
            card = bind_card(db, card_number, member.member_id, at, audited=False)
        elif issue_card_prefix:
            card = issue_cards(db, 1, issue_card_prefix, at, member_id=member.member_id,
                               audited=False)[0]
        if card is not None and bearer:
            card = replace(card, kind=CardKind.BEARER)
            store.update_card(db, card)
        award = welcome_award(program, MemberId(member.member_id), local_date(at, tz))
        points = award.points if award else 0
        if points:
            ledger_store.append(db, [program_earn_entry(
                program, member.member_id, EntryKind.WELCOME, points, at, tz, hold=False,
                staff_id=staff_id, reason="welcome")])
        append_audit(db, at, staff_id, AuditAction.MEMBER_CREATED,
                     subject(SubjectKind.MEMBER, member.member_id),
                     {"card": card.number if card else None, "bearer": bearer or None,
                      "welcome_points": points or None})
    return Enrolment(member, card, points)
