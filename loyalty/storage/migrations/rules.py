"""The ``loyalty_rules`` set: the rule engine's memory (coupons, stamps, tiers)."""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

rules_migrations = Migrations("loyalty_rules")


@rules_migrations()
def m001_coupons_stamps_tiers(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE coupons (
            code TEXT PRIMARY KEY,
            amount_minor INTEGER NOT NULL DEFAULT 0,
            rate_bp INTEGER NOT NULL DEFAULT 0,
            min_receipt_minor INTEGER NOT NULL DEFAULT 0,
            valid_until TEXT,
            max_uses INTEGER,
            issued_at TEXT NOT NULL,
            issued_sale_no INTEGER REFERENCES sales (sale_no),
            batch TEXT NOT NULL DEFAULT '',
            CHECK ((amount_minor > 0) != (rate_bp > 0))
        );
        CREATE INDEX coupons_batch ON coupons (batch);
        CREATE TABLE coupon_uses (
            sale_no INTEGER NOT NULL REFERENCES sales (sale_no),
            code TEXT NOT NULL REFERENCES coupons (code),
            discount_minor INTEGER NOT NULL,
            PRIMARY KEY (sale_no, code)
        );
        CREATE INDEX coupon_uses_code ON coupon_uses (code);
        CREATE TABLE stamp_events (
            sale_no INTEGER NOT NULL REFERENCES sales (sale_no),
            member_id INTEGER NOT NULL REFERENCES members (member_id),
            stamp_card_id TEXT NOT NULL,
            delta INTEGER NOT NULL,
            PRIMARY KEY (sale_no, stamp_card_id)
        );
        CREATE INDEX stamp_events_member ON stamp_events (member_id, stamp_card_id);
        CREATE TABLE tier_changes (
            change_id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members (member_id),
            tier_id TEXT,
            at TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (reason IN ('upgrade', 'recalculation')),
            sale_no INTEGER REFERENCES sales (sale_no)
        );
        CREATE INDEX tier_changes_member ON tier_changes (member_id, change_id);
        CREATE TABLE tier_runs (run_on TEXT PRIMARY KEY, at TEXT NOT NULL);
        """
    )


@rules_migrations()
def m002_member_totals(db: Database) -> None:
    """Per-member running totals, kept with each sale in its own transaction, so a
    regular with thousands of visits is quoted as fast as a newcomer (derived data:
    verify recomputes it from the sales); and indexes for the two other per-member
    questions a quote asks (when birthday points were last given, which lots may have
    expired) and a covering one for stamp progress."""
    db.executescript(
        """
        CREATE TABLE member_totals (
            member_id INTEGER PRIMARY KEY REFERENCES members (member_id),
            spend_minor INTEGER NOT NULL,
            purchases INTEGER NOT NULL,
            last_purchase_at TEXT
        );
        INSERT INTO member_totals (member_id, spend_minor, purchases, last_purchase_at)
            SELECT l.member_id, SUM(s.net_minor), SUM(s.kind = 'sale'),
                   MAX(CASE WHEN s.kind = 'sale' THEN s.at END)
            FROM loyalty_sales l JOIN sales s ON s.sale_no = l.sale_no GROUP BY l.member_id;
        CREATE INDEX ledger_member_kind_at ON ledger (member_id, kind, at);
        CREATE INDEX ledger_member_expiring ON ledger (member_id, expires_at) WHERE points > 0;
        CREATE INDEX stamp_events_progress ON stamp_events (member_id, stamp_card_id, delta);
        DROP INDEX stamp_events_member;
        """
    )


@rules_migrations()
def m003_coupon_combinable(db: Database) -> None:
    """A coupon of a batch marked 'not combinable' is never used with another coupon on the
    same receipt; every coupon issued before combines, as it did."""
    db.execute("ALTER TABLE coupons ADD COLUMN combinable INTEGER NOT NULL DEFAULT 1 "
               "CHECK (combinable IN (0, 1))")


@rules_migrations()
def m004_coupon_issued_sale_index(db: Database) -> None:
    # the coupon a sale issued (printed on its receipt, and the demo's next visit) was found
    # by scanning every coupon ever issued: milliseconds a sale in a shop of a million
    db.execute("CREATE INDEX coupons_issued_sale ON coupons (issued_sale_no) "
               "WHERE issued_sale_no IS NOT NULL")
