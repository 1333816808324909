"""Importing customers from CSV: every row checked first, then all rows or none."""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from datetime import date, datetime

from loyalty.storage import store
from loyalty.members.card_numbers import CardNumberError, classify
from loyalty.members.cards import bind_card, register_cards
from loyalty.members.members import MemberError, create_member, new_member, validated
from loyalty.model.models import Member
from pos.catalogue.model import CsvImportError, RowError, read_csv_rows
from pos.staff.audit import AuditAction, SubjectKind, subject
from pos.storage.db import write_transaction
from pos.storage.store import append_audit

_YES = {"1", "yes", "y", "true", "да", "x", "+"}


def _birthday(text: str) -> date | None:
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


_FIELD_OF = {"bad_phone": "phone", "bad_email": "email", "bad_birthday": "birthday"}


def _row_member(row: dict[str, str], line: int, at: datetime, region: str,
                errors: list[RowError]) -> Member | None:
    """The row's member, or None with every bad field of the row in ``errors``."""
    found: list[RowError] = []
    try:
        birthday, not_a_date = _birthday(row.get("birthday", "")), None
    except ValueError:
        birthday = None
        not_a_date = RowError(line, "birthday", "not_a_date", row.get("birthday", ""))
    member = new_member(row.get("name", ""), row.get("phone", "") or None, at,
                        email=row.get("email", ""), birthday=birthday,
                        consent_data=row.get("consent_data", "").lower() in _YES,
                        consent_marketing=row.get("consent_marketing", "").lower() in _YES)
    # each field checked alone, so a row with a bad phone and a bad e-mail lists both
    blank = replace(member, name="", phone=None, email="", birthday=None)
    for alone in (replace(blank, name=member.name), replace(blank, phone=member.phone),
                  replace(blank, email=member.email), replace(blank, birthday=birthday)):
        try:
            validated(alone, region, at.date())
        except MemberError as error:
            found.append(RowError(line, _FIELD_OF.get(error.reason, "name"), error.reason,
                                  str(error.value)))
    found += [not_a_date] if not_a_date else []
    errors += found
    return None if found else validated(member, region, at.date())


def import_customers(db, text: str, at: datetime, region: str,
                     card_types: Collection[str] = (), staff_id: int | None = None) -> int:
    """Import every row (name, phone, email, birthday, card_number, card_type, consent_data,
    consent_marketing) or raise CsvImportError listing each bad row.  ``card_type`` is
    optional: one of ``card_types`` (the program's ids) for the row's card; blank gives the
    card the program's default type."""
    header, rows = read_csv_rows(text)
    if "name" not in header and "phone" not in header:
        raise CsvImportError((RowError(1, "name", "missing_column", ""),))
    errors: list[RowError] = []
    parsed: list[tuple[Member, str | None, str | None]] = []
    phones: set[str] = set()
    cards: set[str] = set()
    for line, row in rows:
        member = _row_member(row, line, at, region, errors)
        card = row.get("card_number", "") or None
        if card:
            try:
                card = classify(card).number
            except CardNumberError as error:
                errors.append(RowError(line, "card_number", error.reason, card))
            if card in cards or (card and store.card_by_number(db, card) and
                                 store.card_by_number(db, card).member_id is not None):
                errors.append(RowError(line, "card_number", "taken", card))
            cards.add(card)
        card_type = row.get("card_type", "").strip() or None
        if card_type and card_type not in card_types:
            errors.append(RowError(line, "card_type", "unknown_card_type", card_type))
        elif card_type and not card:
            errors.append(RowError(line, "card_type", "no_card_number", card_type))
        if member and member.phone:
            if member.phone in phones or store.member_by_phone(db, member.phone):
                errors.append(RowError(line, "phone", "phone_taken", member.phone))
            phones.add(member.phone)
        if member:
            parsed.append((member, card, card_type))
    if errors:
        raise CsvImportError(tuple(errors))
    with write_transaction(db):
        for member, card, card_type in parsed:  # one audit row for the file, not one a row
            member = create_member(db, member, region)
            if card and store.card_by_number(db, card):
                bind_card(db, card, member.member_id, at, card_type, audited=False)
            elif card:
                register_cards(db, [card], at, member_id=member.member_id, card_type_id=card_type,
                               audited=False)
        append_audit(db, at, staff_id, AuditAction.MEMBERS_IMPORTED,
                     subject(SubjectKind.COUNT, len(parsed)),
                     {"count": len(parsed), "cards": sum(1 for _, card, _ in parsed if card)})
    return len(parsed)
