"""Each stored kind, status, tender and role is a StrEnum listed once in its model module;
the tables' CHECK constraints (written in the released migrations, never from the enums)
must allow exactly the enum's values, so an enum and its column cannot drift apart."""
from __future__ import annotations

import re
from enum import StrEnum

import pytest

from loyalty.model.models import EARN_KINDS, CardKind, CardStatus, EntryKind
from pos.sale import TENDERS, SaleKind, Tender
from pos.staff.model import ROLES, Role

COLUMNS = [("staff", "role", Role), ("sales", "kind", SaleKind), ("payments", "tender", Tender),
           ("cards", "kind", CardKind), ("cards", "status", CardStatus),
           ("ledger", "kind", EntryKind)]


def _allowed(sql: str, column: str) -> set[str]:
    found = re.search(rf"\b{column}\s+TEXT NOT NULL CHECK \({column} IN \(([^)]*)\)\)", sql)
    assert found, f"no CHECK on {column}"
    return set(re.findall(r"'([^']*)'", found.group(1)))


@pytest.mark.parametrize(("table", "column", "enum"), COLUMNS,
                         ids=[f"{t}.{c}" for t, c, _ in COLUMNS])
def test_the_column_allows_exactly_the_enum(shop, table: str, column: str,
                                            enum: type[StrEnum]) -> None:
    (sql,) = shop.db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                             [table]).fetchone()
    assert _allowed(sql, column) == {e.value for e in enum}


def test_the_lists_derived_from_the_enums_keep_their_order() -> None:
    assert ROLES == ("cashier", "owner", "bookkeeper")  # the staff form's order
    assert TENDERS == ("cash", "card", "points", "coupon", "withheld")
    assert EARN_KINDS == ("purchase", "welcome", "birthday", "referral", "mission")
    assert all(isinstance(k, EntryKind) for k in EARN_KINDS)


def test_a_stored_row_comes_back_as_the_enum(shop, clock) -> None:
    from pos.staff.pins import add_staff
    from pos.storage import store
    owner = add_staff(shop.db, "Ольга", Role.OWNER, "1111", clock())
    (stored,) = store.all_staff(shop.db)
    assert stored == owner and type(stored.role) is Role and stored.role == "owner"
    assert f"{stored.role}" == "owner"  # formatted and written as the plain string
