"""Importing customers from CSV: every row checked first, then all rows or none.

Privacy (152-FZ) is the first check: a row that names a customer (a name, phone, e-mail or
birthday) needs consent to data processing, and consent to marketing needs it too; a row
with a card number and nothing personal enrols an anonymous customer with a bearer card,
as the till does without consent.
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import datetime

from loyalty.storage import store
from loyalty.members.card_numbers import CardNumberError, classify
from loyalty.members.cards import bind_card, register_cards
from loyalty.members.members import (MemberError, create_member, new_member, parse_birthday,
                                     validated)
from loyalty.model.models import CardKind, Member
from pos.catalogue.model import CsvImportError, CsvRows, RowError, read_csv_rows, refused
from pos.staff.audit import AuditAction, SubjectKind, subject
from pos.storage.db import write_transaction
from pos.storage.store import append_audit

# every column a file may have, and what it means: the members export's own names of the
# same things too; its other columns (None) cannot be imported: a new shop cannot take over
# member ids, points or tiers, and dropping them silently would lose them
COLUMNS = {"name": "name", "phone": "phone", "email": "email", "birthday": "birthday",
           "card_number": "card", "card_numbers": "card", "card_type": "card_type",
           "consent_data": "consent_data", "consent_data_at": "consent_data",
           "consent_marketing": "consent_marketing",
           "consent_marketing_at": "consent_marketing",
           "member_id": None, "enrolled_at": None, "tier": None, "points_balance": None,
           "points_pending": None}
PERSONAL = ("name", "phone", "email", "birthday")
# the consent spellings the README documents; anything else is refused, never taken as no
CONSENT_WORDS = {"yes": True, "да": True, "1": True, "true": True,
                 "no": False, "нет": False, "0": False, "false": False, "": False}


@dataclass(frozen=True, slots=True)
class _Row:
    member: Member
    cards: tuple[str, ...]
    card_type: str | None


def _plausible_name(name: str) -> bool:
    """Some letters, and mostly letters: 'Иванов И.И.' and "O'Neil" are names; ';;;;;;;', a
    phone number or a line pasted whole are not."""
    marks = [c for c in name if not c.isspace()]
    return not marks or 2 * sum(c.isalpha() for c in marks) >= len(marks)


def _consent(row: dict[str, str], column: str, line: int, at: datetime,
             errors: list[RowError]) -> datetime | None:
    """When the consent of ``column`` ('consent_data' or its export name, with '_at') was
    given: now for yes, the export's own time for a time, None for no."""
    name = column if column in row else column + "_at"
    value = row.get(name, "")
    if name == column:
        if value.lower() not in CONSENT_WORDS:
            errors.append(RowError(line, name, "not_yes_no", value))
        return at if CONSENT_WORDS.get(value.lower()) else None
    try:
        given = datetime.fromisoformat(value) if value else None
    except ValueError:
        given = None
        errors.append(RowError(line, name, "not_a_time", value))
    if given is not None and (given.tzinfo is None or given > at):
        errors.append(RowError(line, name, "not_a_time", value))
        return None
    return given


def _consents(row: dict[str, str], line: int, at: datetime,
              errors: list[RowError]) -> tuple[datetime | None, datetime | None]:
    found: list[RowError] = []
    data_at = _consent(row, "consent_data", line, at, found)
    marketing_at = _consent(row, "consent_marketing", line, at, found)
    if not found and data_at is None:
        if any(row.get(c) for c in PERSONAL):
            found.append(RowError(line, "", "no_consent_data", ""))
        elif marketing_at is not None:
            found.append(RowError(line, "", "marketing_without_data", ""))
    errors += found
    return data_at, marketing_at


def _row_member(row: dict[str, str], line: int, at: datetime, region: str,
                errors: list[RowError]) -> Member | None:
    """The row's member, or None with every bad field of the row in ``errors``."""
    found: list[RowError] = []
    data_at, marketing_at = _consents(row, line, at, found)
    try:
        birthday = parse_birthday(row.get("birthday", ""))
    except MemberError:
        birthday = None
        found.append(RowError(line, "birthday", "not_a_date", row["birthday"]))
    member = replace(new_member(row.get("name", ""), row.get("phone", "") or None, at,
                                email=row.get("email", ""), birthday=birthday),
                     consent_data_at=data_at, consent_marketing_at=marketing_at)
    # each field checked alone, so a row with a bad phone and a bad e-mail lists both
    blank = replace(member, name="", phone=None, email="", birthday=None)
    plausible = _plausible_name(member.name)
    if not plausible:
        found.append(RowError(line, "name", "bad_name", member.name))
    for column, alone in (("name", replace(blank, name=member.name if plausible else "")),
                          ("phone", replace(blank, phone=member.phone)),
                          ("email", replace(blank, email=member.email)),
                          ("birthday", replace(blank, birthday=birthday))):
        try:
            validated(alone, region, at.date())
        except MemberError as error:
            found.append(RowError(line, column, error.reason, str(error.value)))
    errors += found
    return None if found else validated(member, region, at.date())


def _row_cards(db, row: dict[str, str], line: int, taken: set[str],
               errors: list[RowError]) -> tuple[str, ...]:
    """The row's card numbers (``card_numbers`` of an export: space separated), each
    checked, none already a member's or twice in the file."""
    column = "card_number" if "card_number" in row else "card_numbers"
    raw = row.get(column, "")
    cards: list[str] = []
    for number in (raw.split() if column == "card_numbers" else [raw] if raw else []):
        try:
            card = classify(number).number
        except CardNumberError as error:
            reason = "card_too_long" if error.reason == "too_long" else error.reason
            errors.append(RowError(line, column, reason, number))
            continue
        held = store.card_by_number(db, card)
        if card in taken:
            errors.append(RowError(line, column, "card_twice", card))
        elif held is not None and held.member_id is not None:
            errors.append(RowError(line, column, "taken", card))
        taken.add(card)
        cards.append(card)
    return tuple(cards)


def _checked_rows(db, table: CsvRows, at: datetime, region: str,
                  card_types: Collection[str]) -> list[_Row]:
    errors = list(table.faults)
    parsed: list[_Row] = []
    phones: set[str] = set()
    cards: set[str] = set()
    for line, row in table.rows:
        if not any(row.get(c) for c in ("name", "phone", "card_number", "card_numbers")):
            errors.append(RowError(line, "", "no_identity", ""))
            continue
        member = _row_member(row, line, at, region, errors)
        numbers = _row_cards(db, row, line, cards, errors)
        card_type = row.get("card_type", "") or None
        if card_type and card_type not in card_types:
            errors.append(RowError(line, "card_type", "unknown_card_type", card_type))
        elif card_type and not numbers:
            errors.append(RowError(line, "card_type", "no_card_number", card_type))
        phone = member.phone if member else None
        if phone and phone in phones:
            errors.append(RowError(line, "phone", "phone_twice", phone))
        elif phone and store.member_by_phone(db, phone):
            errors.append(RowError(line, "phone", "phone_taken", phone))
        phones.update([phone] if phone else [])
        if member:
            parsed.append(_Row(member, numbers, card_type))
    if errors:
        raise refused(errors)
    return parsed


def _store_row(db, row: _Row, region: str, at: datetime) -> None:
    member = create_member(db, row.member, region)
    for number in row.cards:
        if store.card_by_number(db, number):
            card = bind_card(db, number, member.member_id, at, row.card_type, audited=False)
        else:
            (card,) = register_cards(db, [number], at, member_id=member.member_id,
                                     card_type_id=row.card_type, audited=False)
        if member.consent_data_at is None:  # anonymous: whoever holds the card uses it
            store.update_card(db, replace(card, kind=CardKind.BEARER))


def import_customers(db, text: str, at: datetime, region: str,
                     card_types: Collection[str] = (), staff_id: int | None = None) -> int:
    """Import every row or raise CsvImportError listing each fault (CsvFileError for a file
    without rows).  Columns: ``COLUMNS``; ``card_type`` is one of ``card_types`` (the
    program's ids) for the row's card, blank for the program's default type."""
    table = read_csv_rows(text, COLUMNS, "unknown_customer_column")
    if not {"name", "phone", "card_number", "card_numbers"} & set(table.header):
        raise CsvImportError((RowError(1, "", "missing_identity_column", ""),))
    parsed = _checked_rows(db, table, at, region, card_types)
    with write_transaction(db):
        for row in parsed:  # one audit row for the file, not one a row
            _store_row(db, row, region, at)
        append_audit(db, at, staff_id, AuditAction.MEMBERS_IMPORTED,
                     subject(SubjectKind.COUNT, len(parsed)),
                     {"count": len(parsed), "cards": sum(len(row.cards) for row in parsed)})
    return len(parsed)
