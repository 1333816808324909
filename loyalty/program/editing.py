"""What the program editor needs besides widgets: parsing fields, checking, diffing, simulating, saving."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from fractions import Fraction

from loyalty.engine import engine
from loyalty.storage import store
from loyalty.model.member_state import MemberId, MemberState
from loyalty.members.cards import customer_card_type
from loyalty.members.states import member_state
from loyalty.model.models import Member
from loyalty.model.program import CardTypeId, Program, TierId
from loyalty.program.changes import MechanismChange, program_changes
from loyalty.program.json_format import program_from_json, program_to_json
from loyalty.program.bounds import EFFECTIVE_YEARS_AHEAD
from loyalty.program.json_shape import read_program_text
from loyalty.program.programs import save_program
from loyalty.model.quote import Quote
from loyalty.shop import Shop
from pos.basket import Basket
from pos.clock import local_date
from pos.storage.db import write_transaction
from pos.money import BP_PER_100_PCT, MoneyFormatError, parse_money
from pos.staff.model import Staff
from pos.staff.audit import AuditAction, SubjectKind, subject
from pos.storage.store import append_audit
from pos.errors import UserError
from pos.wording import bp_text

_PERCENT = re.compile(r"^(\d+)(?:[.,](\d+))?$")
_MECHANISMS = ("fixed_discount", "cumulative", "tiers", "progressive", "points", "welcome",
               "birthday", "referral", "missions", "stamp_cards", "coupons")


class FieldError(ValueError):
    """Text a field cannot hold; ``reason`` is a stable key the UI translates."""

    def __init__(self, reason: str, text: str = "") -> None:
        super().__init__(f"{reason}: {text!r}")
        self.reason, self.text = reason, text


class EditError(UserError, ValueError):
    """A save the editor refuses: ``not_owner``, ``date_in_past``, ``date_too_far`` (after
    ``latest``, an ISO date) or ``unchanged`` (the program in effect that day already)."""

    def __init__(self, reason: str, latest: str = "") -> None:
        super().__init__(f"edit.{reason}", latest=latest)
        self.reason = reason
        self.latest = latest


def _clean(text: str) -> str:
    return text.strip().replace("\u00a0", "").replace(" ", "")


def parse_percent_bp(text: str) -> int:
    """'5', '2,5', '12.75 %' → basis points; at most two decimals, 0…100 %."""
    cleaned = _clean(text).rstrip("%")
    if not cleaned:
        raise FieldError("required", text)
    if cleaned.startswith("-"):
        raise FieldError("negative", text)
    match = _PERCENT.match(cleaned)
    if not match:
        raise FieldError("not_a_percent", text)
    whole, frac = match.group(1), match.group(2) or ""
    if len(frac) > 2:
        raise FieldError("too_many_decimals", text)
    bp = int(whole) * 100 + int(frac.ljust(2, "0"))
    if bp > BP_PER_100_PCT:
        raise FieldError("above_100_pct", text)
    return bp


def percent_text(bp: int, language: str) -> str:
    """Basis points as a field shows them: '5', '2,5' (no sign: the label says %)."""
    return bp_text(bp, language, sign=False)


def parse_amount_minor(text: str, currency: str, *, positive: bool = False) -> int:
    """Money typed in the shop's currency, never negative (nor zero when ``positive``)."""
    if not _clean(text):
        raise FieldError("required", text)
    try:
        value = parse_money(text, currency)
    except MoneyFormatError:
        raise FieldError("not_money", text) from None
    if value < 0:
        raise FieldError("negative", text)
    if positive and value == 0:
        raise FieldError("must_be_positive", text)
    return value


def parse_count(text: str, *, minimum: int = 0) -> int:
    """A whole number (points, days, visits, units) of at least ``minimum``."""
    cleaned = _clean(text)
    if not cleaned:
        raise FieldError("required", text)
    if cleaned.startswith("-") and cleaned[1:].isdigit():
        raise FieldError("negative", text)
    if not cleaned.isdigit():
        raise FieldError("not_a_whole_number", text)
    value = int(cleaned)
    if value < minimum:
        raise FieldError("must_be_positive" if minimum == 1 else "too_small", text)
    return value


def parse_multiplier(text: str) -> Fraction:
    """A points multiplier: '2', '1,5' or '3/2'; at least 1."""
    cleaned = _clean(text).lstrip("×x")
    if not cleaned:
        raise FieldError("required", text)
    if cleaned.startswith("-"):
        raise FieldError("negative", text)
    try:
        value = Fraction(cleaned.replace(",", "."))
    except (ValueError, ZeroDivisionError):
        raise FieldError("not_a_number", text) from None
    if value < 1:
        raise FieldError("below_one", text)
    return value


def multiplier_text(value: Fraction, language: str) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    if 100 % value.denominator == 0:
        return percent_text(int(value * 100), language)
    return str(value)


def parse_name(text: str) -> str:
    """An id or a name: anything but blank."""
    if not text.strip():
        raise FieldError("required", text)
    return text.strip()


def checked(program: Program) -> Program:
    """The program exactly as it would be stored and read back; raises ProgramError."""
    return program_from_json(program_to_json(program))


def mechanisms_of(program: Program) -> tuple[str, ...]:
    """Keys of the mechanisms a program configures, in catalogue order (to describe a preset)."""
    return tuple(name for name in _MECHANISMS if getattr(program, name))


@dataclass(frozen=True, slots=True)
class DescribedMember:
    """A made-up customer for the simulator; ``tier_metric`` is in the tier program's unit."""

    lifetime_spend_minor: int = 0
    tier_id: TierId | None = None
    tier_metric: int = 0
    spendable_points: int = 0
    birthday: date | None = None
    card_type_id: CardTypeId | None = None
    purchases_this_month: int = 0

    def state(self, day: date) -> MemberState:
        # enrolled a year ago and bought last yesterday: no welcome bonus, no decay
        return MemberState(
            member_id=MemberId(0), enrolled_on=date(day.year - 1, 1, 1), birthday=self.birthday,
            card_type_id=self.card_type_id, spendable_points=self.spendable_points,
            lifetime_spend_minor=self.lifetime_spend_minor, last_purchase_on=day,
            tier_id=self.tier_id, tier_metric=self.tier_metric,
            purchases_this_month=self.purchases_this_month)


def find_member(shop: Shop, ref: str) -> Member:
    """The member a card number or phone names; raises CardError or MemberError."""
    return shop.loyalty.identify(ref, shop.clock(), activate=False).member


def simulate(shop: Shop, program: Program, member: int | DescribedMember | None, basket: Basket,
             day: date, redeem_points: int = 0) -> Quote:
    """The engine's quote under an unsaved program; a member id uses that member's real state.

    Raises ProgramError (bad program) or RedemptionError (too many points).
    """
    program = checked(program)
    state: MemberState | None = None
    if isinstance(member, DescribedMember):
        state = member.state(day)
    elif member is not None:
        found = store.member_by_id(shop.db, member)
        if found is not None:
            state = member_state(shop.db, found, shop.clock(), shop.settings.timezone, program)
            card_type = customer_card_type(shop.db, program, found.member_id)
            if card_type is not None:
                state = replace(state, card_type_id=card_type.card_type_id)
    return engine.quote(basket, state, program, day, redeem_points=redeem_points)


def today(shop: Shop) -> date:
    return local_date(shop.clock(), shop.settings.timezone)


def latest_effective(day: date) -> date:
    """The last day a version saved on ``day`` may take effect: a date years ahead is a typo,
    and the rehearsal's sample sales must stay inside the calendar."""
    try:
        return day.replace(year=day.year + EFFECTIVE_YEARS_AHEAD)
    except ValueError:  # 29 February
        return day.replace(year=day.year + EFFECTIVE_YEARS_AHEAD, day=28)


def check_effective(shop: Shop, effective_from: date) -> None:
    """Today or later, so no past sale changes its rules (the history is append-only), and
    not beyond ``latest_effective``; raises EditError."""
    day = today(shop)
    if effective_from < day:
        raise EditError("date_in_past")
    latest = latest_effective(day)
    if effective_from > latest:
        raise EditError("date_too_far", latest.isoformat())


def save_edited_program(shop: Shop, staff: Staff, program: Program, effective_from: date) -> Program:
    """Store the edited program as a new version with an audit entry, in one transaction.

    Only an owner may; the date is today or later, so no past sale changes its rules.
    """
    if not staff.is_owner:
        raise EditError("not_owner")
    return save_version(shop, staff.staff_id, program, effective_from, "office")


def import_program_file(shop: Shop, path: Path, effective_from: date, staff_id: int | None,
                        source: str) -> tuple[Program | None, tuple[MechanismChange, ...]]:
    """Read, check, rehearse and save a program file; returns the version and what changed.

    A file that changes nothing in the program in effect that day (the export read back,
    with a BOM, another version number or date) saves nothing: (None, ())."""
    check_effective(shop, effective_from)
    program = program_from_json(read_program_text(path, shop.path))
    changes = program_changes(shop.programs.program_for(effective_from), program)
    if not changes:
        return None, ()
    return save_version(shop, staff_id, program, effective_from, source), changes


def save_version(shop: Shop, staff_id: int | None, program: Program, effective_from: date,
                 source: str) -> Program:
    """Check, rehearse and store ``program`` in effect from ``effective_from``, audited.

    ``source`` says where it came from ('office', 'command line'); the audit entry
    lists each mechanism that changed. Raises EditError (also when nothing changes: a
    version the same as the one in effect would only lengthen the history) or ProgramError,
    saving nothing.
    """
    check_effective(shop, effective_from)
    at = shop.clock()
    program = checked(program)
    changes = program_changes(shop.programs.program_for(effective_from), program)
    if not changes:
        raise EditError("unchanged")
    with write_transaction(shop.db):
        saved = save_program(shop.db, program, effective_from, at, shop.settings.timezone)
        append_audit(shop.db, at, staff_id, AuditAction.PROGRAM_SAVED,
                     subject(SubjectKind.PROGRAM, saved.version),
                     {"effective_from": effective_from.isoformat(), "source": source,
                      "changed": [f"{c.kind} {c.key}" + (f" {c.label}" if c.label else "")
                                  for c in changes],
                      "fields": [f"{c.key}.{f.path}" if f.path else c.key
                                 for c in changes for f in c.fields][:200]})
    return saved
