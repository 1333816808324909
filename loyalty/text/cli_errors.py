"""One-line English sentences for the errors a command-line user can cause."""
from __future__ import annotations

import sqlite3

from loyalty.backups import BackupError
from loyalty.members.card_batches import CardBatchError
from loyalty.printing.card_layout import CardLayoutError
from loyalty.members.card_numbers import CardNumberError
from loyalty.members.cards import CardError
from loyalty.coupons import CouponError
from loyalty.members.members import MemberError
from loyalty.program.checks import ProgramError
from loyalty.printing.receipts import ReceiptNotFound
from loyalty.reports.period_summary import MAX_MONTHS, PeriodError
from loyalty.engine.redemption import RedemptionError
from loyalty.ledger.wallet import PointsError
from pos.basket import BasketError
from pos.catalogue import CsvImportError
from pos.checkout import CheckoutError
from pos.storage.db import StoreBusyError
from pos.money import MoneyFormatError
from pos.staff.pins import StaffError

_CARD = {"unknown": "unknown card {n}", "blocked": "card {n} is blocked",
         "expired": "card {n} has expired", "taken": "card {n} is already registered",
         "not_bound": "card {n} belongs to no member", "already_bound":
         "card {n} already belongs to a member", "same_card": "card {n} cannot replace itself"}
_NUMBER = {"malformed": "{n!r} is not a card number",
           "bad_check_digit": "{n} has a wrong check digit (mistyped?)"}


def describe(error: BaseException) -> str | None:
    """The sentence for ``error``, or None for a programming error (which must surface)."""
    if isinstance(error, CsvImportError):
        rows = "; ".join(f"row {e.row} {e.field}: {e.reason.replace('_', ' ')} ({e.value!r})"
                         for e in error.errors[:10])
        more = f" and {len(error.errors) - 10} more" if len(error.errors) > 10 else ""
        return f"nothing imported, {len(error.errors)} bad row(s): {rows}{more}"
    if isinstance(error, CardError):
        return _CARD.get(error.reason, "card {n}: " + error.reason).format(n=error.number)
    if isinstance(error, CardNumberError):
        return _NUMBER.get(error.reason, "{n}: " + error.reason).format(n=error.number)
    if isinstance(error, BackupError):
        return f"{error.path} failed verification: {'; '.join(error.problems[:3])}"
    if isinstance(error, (MemberError, CheckoutError, BasketError, StaffError, PointsError)):
        return str(error).replace("_", " ")
    if isinstance(error, RedemptionError):
        return str(error)
    if isinstance(error, PeriodError):
        return _period_sentence(error)
    if isinstance(error, MoneyFormatError):
        return f"{error.text!r} is not an amount of money"
    if isinstance(error, StoreBusyError):
        return "the database is busy in another program; try again"
    if isinstance(error, (FileNotFoundError, FileExistsError, IsADirectoryError,
                          PermissionError)):
        return f"{error.strerror or 'cannot use'}: {error.filename}"
    if isinstance(error, (ReceiptNotFound, CardBatchError, CardLayoutError, CouponError,
                          ProgramError)):
        return str(error)
    if isinstance(error, sqlite3.DatabaseError):
        return f"the database cannot be read: {error}"
    return None


def _period_sentence(error: PeriodError) -> str:
    if error.reason == "future":
        year, month = error.detail
        return f"{year}-{month:02d} has not begun yet: a report covers months up to this one"
    if error.reason == "reversed":
        (y1, m1), (y2, m2) = error.detail
        return f"--from {y1}-{m1:02d} is after --to {y2}-{m2:02d}"
    return f"a report covers at most {MAX_MONTHS} months"
