"""The owner's staff administration: add, change role, reset PIN, deactivate, read the audit log."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from pos.storage import store
from pos.clock import local_midnight
from pos.storage.db import write_transaction
from pos.staff.pins import StaffError, add_staff, set_pin
from pos.staff.audit import AuditAction, Subject, SubjectKind, subject
from pos.staff.model import ROLES, Staff
from pos.storage.store import AuditEntry

AUDIT_LIMIT = 1000


def require_owner(actor: Staff) -> None:
    """Staff administration is the owner's alone; anyone else gets ``not_allowed``."""
    if not (actor.active and actor.is_owner):
        raise StaffError("not_allowed", actor.role)


def _target(db: Database, staff_id: int) -> Staff:
    staff = store.staff_by_id(db, staff_id)
    if staff is None:
        raise StaffError("no_such_staff", staff_id)
    return staff


def _about(staff: Staff) -> Subject:
    return subject(SubjectKind.STAFF, staff.staff_id)


def _keeps_an_owner(db: Database, changed: Staff) -> bool:
    """Whether an active owner remains once ``changed`` replaces its stored row."""
    return any(s.active and s.is_owner for s in store.all_staff(db)
               if s.staff_id != changed.staff_id) or (changed.active and changed.is_owner)


def _write(db: Database, actor: Staff, changed: Staff, action: AuditAction,
           detail: dict[str, object], at: datetime) -> Staff:
    if not _keeps_an_owner(db, changed):
        # without an active owner nobody could ever open the back office again
        raise StaffError("last_owner", changed.name)
    store.update_staff(db, changed)
    store.append_audit(db, at, actor.staff_id, action, _about(changed), detail)
    return changed


def create_staff(db: Database, actor: Staff, name: str, role: str, pin: str,
                 at: datetime) -> Staff:
    require_owner(actor)
    with write_transaction(db):
        staff = add_staff(db, name, role, pin, at)
        store.append_audit(db, at, actor.staff_id, AuditAction.STAFF_ADDED, _about(staff),
                           {"role": role})
    return staff


def change_role(db: Database, actor: Staff, staff_id: int, role: str, at: datetime) -> Staff:
    require_owner(actor)
    if role not in ROLES:
        raise StaffError("bad_role", role)
    with write_transaction(db):
        staff = _target(db, staff_id)
        return _write(db, actor, replace(staff, role=role), AuditAction.STAFF_ROLE_CHANGED,
                      {"role": [staff.role, role]}, at)


def check_deactivate(db: Database, staff_id: int) -> None:
    """StaffError now, before anyone is asked to confirm, when ``deactivate`` would refuse."""
    staff = _target(db, staff_id)
    if not _keeps_an_owner(db, replace(staff, active=False)):
        raise StaffError("last_owner", staff.name)


def deactivate(db: Database, actor: Staff, staff_id: int, at: datetime) -> Staff:
    """The person can no longer log in; their sales and audit rows keep their name."""
    require_owner(actor)
    with write_transaction(db):
        staff = _target(db, staff_id)
        return _write(db, actor, replace(staff, active=False), AuditAction.STAFF_DEACTIVATED,
                      {"role": staff.role}, at)


def reset_pin(db: Database, actor: Staff, staff_id: int, pin: str, at: datetime) -> Staff:
    """A new PIN for someone who forgot theirs; the audit row never holds the PIN."""
    require_owner(actor)
    with write_transaction(db):
        staff = _target(db, staff_id)
        if not staff.active:
            raise StaffError("inactive", staff.name)
        changed = set_pin(db, staff, pin)
        store.append_audit(db, at, actor.staff_id, AuditAction.PIN_RESET, _about(staff), {})
    return changed


def audit_log(db: Database, tz: str, staff_id: int | None = None, action: str | None = None,
              first_day: date | None = None, last_day: date | None = None,
              limit: int = AUDIT_LIMIT) -> tuple[AuditEntry, ...]:
    """Entries of the shop's local days first_day..last_day (both included), newest first."""
    start = local_midnight(first_day, tz) if first_day else None
    end = local_midnight(last_day + timedelta(days=1), tz) if last_day else None
    return store.audit_entries(db, staff_id, action, start, end, limit)


def default_audit_days(now: datetime, tz: str, span_days: int = 30) -> tuple[date, date]:
    """The audit filter's first view: the last ``span_days`` local days up to today."""
    today = now.astimezone(ZoneInfo(tz)).date()
    return today - timedelta(days=span_days), today
