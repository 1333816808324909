"""Checking and saving the shop's settings: field errors come back as data, a save is audited."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, fields, replace
from datetime import datetime
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlite_utils import Database

from pos.storage import store
from pos.staff.audit import AuditAction, SubjectKind, subject
from pos.storage.db import write_transaction
from pos.printing.targets import ESCPOS_KINDS, TargetError, parse_target
from pos.settings.model import (
    CARD_DESIGNS, CODE_PAGES, NEGATIVE_BALANCE_POLICIES, RECEIPT_PAPERS, RECEIPT_PRINTERS,
    ShopSettings)
from pos.staff.model import Staff

CURRENCIES = ("RUB", "USD", "EUR", "GBP", "KZT", "BYN")
LANGUAGES = ("ru", "en")
CARD_PREFIXES = tuple(str(n) for n in range(20, 30))  # GS1 in-store range
MAX_NAME_CHARS = 60
MAX_RECEIPT_TEXT_CHARS = 500
MAX_ADDRESS_CHARS, MAX_ADDRESS_LINES = 160, 3
MAX_TAX_ID_CHARS = 20
_TAX_ID = re.compile(r"[0-9A-Za-z][0-9A-Za-z /-]*")  # an INN is digits; other countries add letters
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
LEGACY_LOGO_KEY = "logo_path"  # before m005 the logo was a path to a file outside the database
# fields the till writes itself; a form save must never roll them back
_NOT_FROM_FORM = ("last_backup_at",)


@dataclass(frozen=True, slots=True)
class FieldError:
    """``reason`` is a stable key the UI turns into a sentence; ``value`` is what was refused."""

    field: str
    reason: str
    value: object = None


@dataclass(frozen=True, slots=True)
class SaveResult:
    errors: tuple[FieldError, ...] = ()
    changed: tuple[str, ...] = ()

    @property
    def saved(self) -> bool:
        return not self.errors


class SettingsHolder(Protocol):
    """What a save needs: the database and the cached settings (the loyalty Shop is one)."""

    db: Database

    @property
    def settings(self) -> ShopSettings: ...

    def save_settings(self, settings: ShopSettings) -> None: ...


def _choice(field: str, value: str, allowed: tuple[str, ...]) -> list[FieldError]:
    return [] if value in allowed else [FieldError(field, "not_allowed", value)]


def _timezone_errors(tz: str) -> list[FieldError]:
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        return [FieldError("timezone", "unknown_timezone", tz)]
    return []


def _logo_errors(logo: bytes) -> list[FieldError]:
    # the imaging library is loaded when a logo is checked or read, not to open a shop
    from pos.settings.logo import logo_problem
    reason = logo_problem(logo) if logo else None
    return [FieldError("logo", reason)] if reason else []


_INN_WEIGHTS = {10: ((2, 4, 10, 3, 5, 9, 4, 6, 8),),
                12: ((7, 2, 4, 10, 3, 5, 9, 4, 6, 8), (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8))}


def inn_is_valid(inn: str) -> bool:
    """A Russian INN: 10 digits (a company) or 12 (a sole trader) whose check digits hold,
    each the weighted sum of the digits before it, modulo 11, modulo 10."""
    if not inn.isdigit() or len(inn) not in _INN_WEIGHTS:
        return False
    digits = [int(c) for c in inn]
    return all(sum(w * d for w, d in zip(weights, digits)) % 11 % 10 == digits[len(weights)]
               for weights in _INN_WEIGHTS[len(inn)])


def _shop_detail_errors(s: ShopSettings) -> list[FieldError]:
    errors = []
    if len(s.shop_address) > MAX_ADDRESS_CHARS:
        errors.append(FieldError("shop_address", "too_long", MAX_ADDRESS_CHARS))
    elif len([l for l in s.shop_address.splitlines() if l.strip()]) > MAX_ADDRESS_LINES:
        errors.append(FieldError("shop_address", "too_many_lines", MAX_ADDRESS_LINES))
    tax = s.tax_id.strip()
    if len(tax) > MAX_TAX_ID_CHARS:
        errors.append(FieldError("tax_id", "too_long", MAX_TAX_ID_CHARS))
    elif tax and not _TAX_ID.fullmatch(tax):
        errors.append(FieldError("tax_id", "bad_tax_id", tax))
    elif tax and s.currency == "RUB" and not inn_is_valid(tax):  # a shop in Russia: its INN
        errors.append(FieldError("tax_id", "bad_inn", tax))
    if not _COLOUR.fullmatch(s.shop_colour):
        errors.append(FieldError("shop_colour", "bad_colour", s.shop_colour))
    return errors + _choice("card_design", s.card_design, CARD_DESIGNS)


def _text_errors(s: ShopSettings) -> list[FieldError]:
    errors = []
    if not s.name.strip():
        errors.append(FieldError("name", "required"))
    elif len(s.name) > MAX_NAME_CHARS:
        errors.append(FieldError("name", "too_long", MAX_NAME_CHARS))
    for field in ("receipt_header", "receipt_footer"):
        if len(getattr(s, field)) > MAX_RECEIPT_TEXT_CHARS:
            errors.append(FieldError(field, "too_long", MAX_RECEIPT_TEXT_CHARS))
    return errors


def _printer_errors(s: ShopSettings) -> list[FieldError]:
    errors = _choice("receipt_printer", s.receipt_printer, RECEIPT_PRINTERS)
    errors += _choice("receipt_paper", s.receipt_paper, RECEIPT_PAPERS)
    errors += _choice("receipt_code_page", s.receipt_code_page, CODE_PAGES)
    if s.receipt_printer in ESCPOS_KINDS:
        if s.receipt_paper == "a4":
            errors.append(FieldError("receipt_paper", "a4_needs_system_printer"))
        try:
            parse_target(s.receipt_printer, s.receipt_printer_target)
        except TargetError as error:
            errors.append(FieldError("receipt_printer_target", error.reason,
                                     s.receipt_printer_target))
    return errors


def validate(s: ShopSettings) -> tuple[FieldError, ...]:
    errors = _text_errors(s) + _shop_detail_errors(s) + _logo_errors(s.logo)
    errors += _choice("currency", s.currency, CURRENCIES)
    errors += _timezone_errors(s.timezone)
    errors += _choice("language", s.language, LANGUAGES)
    errors += _choice("card_prefix", s.card_prefix, CARD_PREFIXES)
    errors += _choice("negative_balance_policy", s.negative_balance_policy,
                      NEGATIVE_BALANCE_POLICIES)
    if not 1 <= s.inactivity_days <= 3650:
        errors.append(FieldError("inactivity_days", "out_of_range", s.inactivity_days))
    return tuple(errors + _printer_errors(s))


def save(holder: SettingsHolder, actor: Staff, new: ShopSettings, at: datetime) -> SaveResult:
    """Validate and save ``new`` with an audit row of what changed, all or nothing.

    Only an owner may save; anyone else gets a ``staff`` field error and nothing changes.
    """
    if not (actor.active and actor.is_owner):
        return SaveResult((FieldError("staff", "owner_only", actor.role),))
    errors = validate(new)
    if errors:
        return SaveResult(errors)
    old = holder.settings
    new = replace(new, **{f: getattr(old, f) for f in _NOT_FROM_FORM})
    diff = {f.name: [_audited(getattr(old, f.name)), _audited(getattr(new, f.name))]
            for f in fields(ShopSettings) if getattr(old, f.name) != getattr(new, f.name)}
    if not diff:
        return SaveResult()
    with write_transaction(holder.db):
        # audit first: the holder caches what it saved, so its write comes last
        store.append_audit(holder.db, at, actor.staff_id, AuditAction.SETTINGS_CHANGED,
                           subject(SubjectKind.SETTINGS), diff)
        holder.save_settings(new)
    return SaveResult(changed=tuple(diff))



def _audited(value: object) -> object:
    """What the audit log keeps of a value: the logo by its size and digest, not its bytes."""
    if isinstance(value, bytes):
        return f"{len(value)} bytes sha256:{hashlib.sha256(value).hexdigest()[:16]}" if value else ""
    return value


def adopt_legacy_logo(holder: SettingsHolder) -> bool:
    """Copy the logo of an old ``logo_path`` setting into the database, once.

    The path points outside the database, so it is read as an ordinary file.  A file that
    is not there (yet: a drive not mounted) keeps the setting for the next start; one that
    is there is copied in if it is a sound image, and the old setting goes either way.
    Returns whether a logo was copied in."""
    path = store.setting_text(holder.db, LEGACY_LOGO_KEY)
    if path is None:
        return False
    if path.strip() and not Path(path).exists():
        return False
    from pos.settings.logo import LogoError, read_logo_file
    try:
        logo = read_logo_file(path) if path.strip() and not holder.settings.logo else b""
    except LogoError:
        logo = b""
    with write_transaction(holder.db):
        store.delete_setting(holder.db, LEGACY_LOGO_KEY)
        if logo:
            holder.save_settings(replace(holder.settings, logo=logo))
    return bool(logo)
