"""SQL schema that keeps the monthly summary fast on a shop-scale database: its indexes."""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("loyalty_report")


@migrations()
def m001_summary_indexes(db: Database) -> None:
    # covers the summary's purchase reads (kind, time, net; the sale number is the rowid),
    # so a range of months or the whole history is read from the index, in time order,
    # without touching the wide sales rows
    db.execute("CREATE INDEX sales_kind_at_net ON sales (kind, at, net_minor)")
    # the opening and pending points: sums over the whole ledger, read from the index alone
    db.execute("CREATE INDEX ledger_at_available_points ON ledger (at, available_at, points)")
