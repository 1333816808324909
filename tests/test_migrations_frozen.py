"""Released migrations are frozen: each keeps its exact source, and new ones only follow them."""
from __future__ import annotations

import hashlib
import inspect

from loyalty.storage import migrations as loyalty_migrations
from pos.storage import migrations as pos_migrations

# (set, migration) -> first 16 hex digits of the SHA-256 of its source, as released.
# A migration that has shipped is never edited (a database that ran it would differ from a
# new one): add a new migration at the end of its set instead, then its line here.
RELEASED = {
    ("pos", "m001_core"): "7a4187efce6f1b18",
    ("loyalty", "m001_members_cards_ledger"): "7da6ae20735a4545",
    ("loyalty", "m002_expiry_checks"): "35ecaa35f82fda35",
    ("loyalty", "m003_member_search"): "368a2fce03be792d",
    ("loyalty_rules", "m001_coupons_stamps_tiers"): "2894827653d33d7a",
    ("loyalty_rules", "m002_member_totals"): "e9de256448d8b8d4",
    ("loyalty_report", "m001_summary_indexes"): "ae32d477d88dfe4b",
}
SETS = (pos_migrations.migrations, loyalty_migrations.migrations,
        loyalty_migrations.rules_migrations, loyalty_migrations.report_migrations)


def _digests() -> list[tuple[tuple[str, str], str]]:
    return [((s.name, m.name), hashlib.sha256(inspect.getsource(m.fn).encode()).hexdigest()[:16])
            for s in SETS for m in s._migrations]


def test_released_migrations_are_unchanged_and_come_first() -> None:
    found = _digests()
    for key, digest in RELEASED.items():
        assert dict(found).get(key) == digest, f"released migration {key} was edited or removed"
    for s in SETS:  # within a set, the released ones precede every new one
        names = [m.name for m in s._migrations]
        released = [n for n in names if (s.name, n) in RELEASED]
        assert names[:len(released)] == released


def test_migrations_read_no_live_constant() -> None:
    """Literal SQL only: a migration's body names no module-level constant of the product."""
    for s in SETS:
        for m in s._migrations:
            assert not {n for n in m.fn.__code__.co_names if n.isupper()}, m.name
