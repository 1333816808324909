"""Every action the code base writes is one ``AuditAction``, and each has its words in both
languages; every kind of subject is named in words."""
from __future__ import annotations

import ast
from datetime import datetime, timezone
from pathlib import Path

import pytest

from loyalty.audit_log import readable_rows
from loyalty.text.audit import ACTION_LABELS, action_label
from pos.staff.audit import AuditAction, SubjectKind, parse_subject, subject
from pos.storage import store
from pos.storage.db import write_transaction

ROOT = Path(__file__).resolve().parents[2]
AT = datetime(2026, 3, 1, 9, tzinfo=timezone.utc)


def _product_modules() -> list[Path]:
    return sorted(p for package in ("pos", "loyalty", "ui") for p in (ROOT / package).rglob("*.py")
                  ) + [ROOT / "main.py"]


def _action_arguments() -> list[tuple[str, ast.expr]]:
    """The action argument of every ``append_audit(db, at, staff_id, action, …)`` call."""
    found = []
    for path in _product_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(
                    node.func, "id", None)) == "append_audit":
                action = next((k.value for k in node.keywords if k.arg == "action"),
                              node.args[3] if len(node.args) > 3 else None)
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}", action))
    return found


def test_every_call_site_names_its_action_from_the_enum() -> None:
    calls = _action_arguments()
    assert len(calls) >= 25  # the scan sees the call sites (not a vacuous pass)
    for where, action in calls:
        assert action is not None, where
        if isinstance(action, ast.Attribute):  # AuditAction.CARD_BLOCKED
            assert isinstance(action.value, ast.Name) and action.value.id == "AuditAction", where
            assert action.attr in AuditAction.__members__, where
        else:  # a helper's parameter, typed AuditAction, or a choice between two members
            assert isinstance(action, (ast.Name, ast.IfExp)), where
            for name in ast.walk(action):
                assert not isinstance(name, (ast.Constant, ast.JoinedStr)), where


def test_an_action_outside_the_enum_is_refused_and_writes_nothing(shop) -> None:
    with pytest.raises(ValueError):
        with write_transaction(shop.db):
            store.append_audit(shop.db, AT, None, "points_adjust", subject(SubjectKind.MEMBER, 1),
                               {})  # type: ignore[arg-type]
    assert store.audit_entries(shop.db) == ()


@pytest.mark.parametrize("action", list(AuditAction))
def test_every_action_has_a_label_in_english_and_russian(action: AuditAction) -> None:
    english = action_label(action, "en")
    assert english == ACTION_LABELS[action] and english != str(action)
    russian = action_label(action, "ru")
    assert russian != english and any("а" <= c <= "я" for c in russian.lower())


def test_labels_are_distinct_so_the_filter_can_tell_them_apart() -> None:
    for language in ("en", "ru"):
        labels = [action_label(a, language) for a in AuditAction]
        assert len(set(labels)) == len(labels)


@pytest.mark.parametrize("kind", list(SubjectKind))
def test_every_kind_of_subject_reads_as_words(shop, kind: SubjectKind) -> None:
    about = subject(kind, "7")
    assert parse_subject(about.text) == about
    with write_transaction(shop.db):
        store.append_audit(shop.db, AT, None, AuditAction.BACKUP_MADE, about, {})
    (entry,) = store.audit_entries(shop.db)
    for language in ("en", "ru"):  # English may read as stored ("file 7"), Russian never
        (row,) = readable_rows(shop.db, (entry,), language, "UTC", "RUB")
        assert row.subject and "{" not in row.subject
        assert language == "en" or row.subject != about.text


def test_codes_in_details_read_as_words(shop) -> None:
    with write_transaction(shop.db):
        store.append_audit(shop.db, AT, None, AuditAction.PRODUCTS_IMPORTED,
                           subject(SubjectKind.COUNT, 3), {"count": 3, "source": "command line"})
        store.append_audit(shop.db, AT, None, AuditAction.STAFF_ROLE_CHANGED,
                           subject(SubjectKind.STAFF, 99), {"role": ["cashier", "owner"]})
    rows = readable_rows(shop.db, store.audit_entries(shop.db), "ru", "UTC", "RUB")
    assert [(r.subject, r.details) for r in rows] == [
        ("#99", "роль: кассир → владелец"),
        ("всего 3", "количество: 3; откуда: командная строка")]


def test_a_subject_written_before_kinds_reads_as_stored(shop) -> None:
    shop.db.execute("INSERT INTO audit_log (at, staff_id, action, subject, detail) VALUES "
                    "('2026-01-01T00:00:00+00:00', NULL, 'product_added', 'Хлеб', '{}')")
    (row,) = readable_rows(shop.db, store.audit_entries(shop.db), "ru", "UTC", "RUB")
    assert (row.who, row.action, row.subject) == ("система", "Товар добавлен", "Хлеб")
