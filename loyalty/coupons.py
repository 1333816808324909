"""Coupons: generating batches, looking codes up at the till, issuing one for the next visit."""
from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlite_utils import Database

from loyalty.storage import rules_store
from loyalty.model.program import Coupon
from loyalty.model.quote import CouponToIssue
from pos.staff.audit import AuditAction, SubjectKind, subject
from pos.storage.db import write_transaction
from pos.storage.store import append_audit
from pos.errors import UserError

# no 0/O or 1/I: a code read aloud or typed from paper is not mistaken
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 10
MAX_BATCH = 10_000


class CouponError(UserError, ValueError):
    """``reason``: unknown, bad_value, bad_count, bad_date."""

    def __init__(self, reason: str, value: object = None) -> None:
        super().__init__(f"coupon.{reason}", value=value)
        self.reason = reason
        self.value = value


class CouponRefused(UserError, ValueError):
    """A coupon the till does not take now.  ``reason``: unknown, used_up, returned (earned by
    a receipt since returned in full), expired,
    below_minimum (``min_receipt_minor`` says from what total), coupons_off, duplicate,
    nothing_to_discount, not_combinable (this coupon combines with none, and ``other`` is
    on the receipt) or other_not_combinable (``other``, on the receipt, combines with none)."""

    def __init__(self, code: str, reason: str, min_receipt_minor: int = 0,
                 other: str = "") -> None:
        super().__init__(f"coupon_refused.{reason}", code=code,
                         min_receipt_minor=min_receipt_minor, other=other)
        self.code, self.reason, self.min_receipt_minor = code, reason, min_receipt_minor
        self.other = other


@dataclass(frozen=True, slots=True)
class CouponTerms:
    """What every coupon of a batch gives: a fixed amount or a percentage (one of them)."""

    amount_minor: int = 0
    rate_bp: int = 0
    min_receipt_minor: int = 0
    valid_until: date | None = None
    max_uses: int | None = 1
    combinable: bool = True


# the batch every receipt-issued coupon joins; the office names it in the owner's words
NEXT_VISIT_BATCH = "next_visit"

def _check(terms: CouponTerms, today: date) -> None:
    if (terms.amount_minor > 0) == (terms.rate_bp > 0) or terms.amount_minor < 0 or \
            not 0 <= terms.rate_bp <= 10_000 or terms.amount_minor > 1_000_000_00:
        raise CouponError("bad_value", (terms.amount_minor, terms.rate_bp))
    if terms.min_receipt_minor < 0 or (terms.max_uses is not None and terms.max_uses < 1):
        raise CouponError("bad_value", terms.min_receipt_minor)
    if terms.valid_until is not None and terms.valid_until < today:
        raise CouponError("bad_date", terms.valid_until)


def _code(randbelow: Callable[[int], int]) -> str:
    return "".join(ALPHABET[randbelow(len(ALPHABET))] for _ in range(CODE_LENGTH))


def _fresh_codes(db: Database, count: int, randbelow: Callable[[int], int]) -> list[str]:
    codes: list[str] = []
    while len(codes) < count:
        code = _code(randbelow)
        if code not in codes and rules_store.coupon_by_code(db, code) is None:
            codes.append(code)
    return codes


def generate_coupons(db: Database, count: int, terms: CouponTerms, at: datetime, today: date,
                     batch: str = "", randbelow: Callable[[int], int] = secrets.randbelow,
                     staff_id: int | None = None) -> tuple[Coupon, ...]:
    """A batch of coupons with random codes, all stored or none, audited as one row."""
    if not 0 < count <= MAX_BATCH:
        raise CouponError("bad_count", count)
    _check(terms, today)
    with write_transaction(db):
        coupons = tuple(Coupon(code, terms.amount_minor, terms.rate_bp, terms.min_receipt_minor,
                               terms.valid_until, terms.max_uses, combinable=terms.combinable)
                        for code in _fresh_codes(db, count, randbelow))
        name = batch or at.strftime("%Y-%m-%d %H:%M")
        rules_store.insert_coupons(db, coupons, at, name)
        append_audit(db, at, staff_id, AuditAction.COUPONS_GENERATED,
                     subject(SubjectKind.COUPONS, name),
                     {"count": len(coupons),
                      **({"amount_minor": terms.amount_minor} if terms.amount_minor
                         else {"rate_bp": terms.rate_bp}),
                      "min_receipt_minor": terms.min_receipt_minor or None,
                      "valid_until": terms.valid_until.isoformat() if terms.valid_until else None,
                      "max_uses": terms.max_uses})
    return coupons


def coupons_for(db: Database, codes: tuple[str, ...]) -> tuple[Coupon, ...]:
    """The stored coupons behind the codes on a basket; an unknown code is refused."""
    found = []
    for code in codes:
        coupon = rules_store.coupon_by_code(db, code.strip().upper())
        if coupon is None:
            raise CouponError("unknown", code)
        found.append(coupon)
    return tuple(found)


def issue_for_next_visit(db: Database, offer: CouponToIssue, sale_no: int, at: datetime,
                         randbelow: Callable[[int], int] = secrets.randbelow) -> Coupon:
    """Store the coupon a receipt earned (inside the sale's transaction)."""
    (code,) = _fresh_codes(db, 1, randbelow)
    coupon = Coupon(code, offer.amount_minor, offer.rate_bp, offer.min_receipt_minor,
                    offer.valid_until, 1)
    rules_store.insert_coupons(db, (coupon,), at, NEXT_VISIT_BATCH, sale_no)
    return coupon

