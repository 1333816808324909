"""Enrolling and finding members; phone numbers normalised to E.164."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

import phonenumbers
from sqlite_utils import Database

from loyalty.storage import contacts, store
from loyalty.model.models import Member
from pos.catalogue.gtin import is_ascii_digits
from pos.staff.audit import AuditAction, SubjectKind, subject
from pos.storage.db import write_transaction
from pos.storage.store import append_audit
from pos.settings.model import ShopSettings
from pos.errors import UserError
from pos.wording import date_from_text

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_NAME = 120


class MemberError(UserError, ValueError):
    """``reason``: bad_phone, phone_taken, bad_email, bad_birthday, not_a_date, bad_name,
    no_such_member."""

    def __init__(self, reason: str, value: object = None) -> None:
        super().__init__(f"member.{reason}", value=value)
        self.reason = reason
        self.value = value


def normalise_phone(raw: str, region: str = "RU") -> str:
    """'8 (912) 345-67-89' -> '+79123456789'.  libphonenumber knows every country's
    trunk prefixes and lengths, which hand-written rules get wrong."""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException as error:
        raise MemberError("bad_phone", raw) from error
    if not phonenumbers.is_valid_number(number):
        raise MemberError("bad_phone", raw)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# The shop's country, from its currency (a shop's money is national) or, for a shared
# currency, its time zone; numbers with + are read as written anywhere.
_REGION_BY_CURRENCY = {"RUB": "RU", "GBP": "GB", "USD": "US", "KZT": "KZ", "BYN": "BY",
                       "UAH": "UA", "CAD": "CA", "AUD": "AU", "CHF": "CH", "PLN": "PL"}
_REGION_BY_ZONE = {"Europe/London": "GB", "Europe/Dublin": "IE", "Europe/Berlin": "DE",
                   "Europe/Paris": "FR", "Europe/Madrid": "ES", "Europe/Rome": "IT",
                   "Europe/Amsterdam": "NL", "Europe/Helsinki": "FI", "Europe/Riga": "LV",
                   "Europe/Tallinn": "EE", "Europe/Vilnius": "LT", "Europe/Moscow": "RU"}


def region_for(settings: ShopSettings) -> str:
    """The country where a phone typed in national form (8 916…, 07911…) is read."""
    return (_REGION_BY_CURRENCY.get(settings.currency)
            or _REGION_BY_ZONE.get(settings.timezone)
            or ("RU" if settings.language == "ru" else "US"))


def meant_as_phone(text: str) -> bool:
    """Typed as a phone (a '+' or brackets and dashes around digits), whatever its length:
    a 40-digit '+7…' is a wrong phone number, not an unknown card."""
    stripped = text.strip()
    digits = re.sub(r"[\s()+\-]", "", stripped)
    return (is_ascii_digits(digits) and digits != stripped
            and (stripped.startswith("+") or bool(re.search(r"[()\-]", stripped))))
def looks_like_phone(text: str, region: str = "RU") -> bool:
    """+…, 8 (…) and ten digits; a leading trunk 0 (07911 123456) is national too."""
    digits = re.sub(r"[\s()+\-]", "", text)
    if not (is_ascii_digits(digits) and 10 <= len(digits) <= 15):
        return False
    if (text.strip().startswith(("+", "8", "(")) or len(digits) == 10
            or (digits.startswith("0") and len(digits) == 11)):
        return True
    # the international number typed without its '+' ('79160000045'): only when it starts
    # with the shop's own country code and is a real number there, so a card stays a card
    code = str(phonenumbers.country_code_for_region(region))
    return digits.startswith(code) and _is_number_of("+" + digits, region)


def _is_number_of(e164: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return False
    return (phonenumbers.is_valid_number(number)
            and phonenumbers.region_code_for_number(number) == region)


BIRTHDAY_FORMATS = ("%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%d")


def parse_birthday(text: str) -> date | None:
    """A typed birthday: day.month.year (slashes too), ISO year-month-day or as the English
    screens show it (26 May 1990); empty means
    none given.  MemberError not_a_date for anything else (the range is checked on save)."""
    typed = text.strip()
    if not typed:
        return None
    for fmt in BIRTHDAY_FORMATS:
        try:
            return datetime.strptime(typed, fmt).date()
        except ValueError:
            continue
    shown_back = date_from_text(typed)  # the English screens' own form, '26 May 1990'
    if shown_back is None:
        raise MemberError("not_a_date", text)
    return shown_back


def validated(member: Member, region: str, today: date) -> Member:
    """The member with its phone normalised, or MemberError for the first bad field."""
    name = member.name.strip()
    if len(name) > MAX_NAME or not name.isprintable():
        raise MemberError("bad_name", member.name)
    phone = normalise_phone(member.phone, region) if member.phone else None
    email = member.email.strip()
    if email and not _EMAIL.match(email):
        raise MemberError("bad_email", email)
    if member.birthday and not (date(1900, 1, 1) <= member.birthday <= today):
        raise MemberError("bad_birthday", member.birthday)
    return replace(member, name=name, phone=phone, email=email)


def create_member(db: Database, member: Member, region: str) -> Member:
    """Insert a validated member; a phone already on file is refused."""
    member = validated(member, region, member.enrolled_at.date())
    with write_transaction(db):
        if member.phone and store.member_by_phone(db, member.phone):
            raise MemberError("phone_taken", member.phone)
        if member.referred_by and not store.member_by_id(db, member.referred_by):
            raise MemberError("no_such_member", member.referred_by)
        return replace(member, member_id=store.insert_member(db, member))


# what an edit may change; the audit row names the fields, never their personal values
EDITABLE = ("name", "phone", "email", "birthday", "consent_data_at", "consent_marketing_at")


def edit_member(db: Database, member: Member, region: str, today: date, *, at: datetime,
                staff_id: int | None) -> Member:
    """Save the edited member with an audit row naming the fields changed; a phone typed
    that is one of their other phones swaps places with their own (neither is lost)."""
    member = validated(member, region, today)
    with write_transaction(db):
        other = store.member_by_phone(db, member.phone) if member.phone else None
        if other and other.member_id != member.member_id:
            raise MemberError("phone_taken", member.phone)
        before = store.member_by_id(db, member.member_id)
        swapped = member.phone in contacts.other_phones(db, member.member_id)
        if swapped:
            contacts.remove_other_phones(db, member.member_id, (member.phone,))
        store.update_member(db, member)
        if swapped and before and before.phone:
            contacts.add_other_phones(db, member.member_id, (before.phone,))
        changed = [f for f in EDITABLE if before and getattr(before, f) != getattr(member, f)]
        if changed:
            append_audit(db, at, staff_id, AuditAction.MEMBER_EDITED,
                         subject(SubjectKind.MEMBER, member.member_id), {"fields": changed})
    return member


def new_member(name: str, phone: str | None, at: datetime, *, email: str = "",
               birthday: date | None = None, consent_data: bool = False,
               consent_marketing: bool = False, referred_by: int | None = None) -> Member:
    """An unsaved member value; consents are dated now when given."""
    return Member(member_id=0, name=name, phone=phone or None, email=email, birthday=birthday,
                  enrolled_at=at, consent_data_at=at if consent_data else None,
                  consent_marketing_at=at if consent_marketing else None, referred_by=referred_by)


def find_by_phone(db: Database, raw: str, region: str) -> Member | None:
    return store.member_by_phone(db, normalise_phone(raw, region))
