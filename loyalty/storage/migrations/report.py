"""The ``loyalty_report`` set: the reports' indexes, and the aggregates that triggers keep
as sales are written (derived, never shared by the network; verify recomputes them)."""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

report_migrations = Migrations("loyalty_report")


@report_migrations()
def m001_summary_indexes(db: Database) -> None:
    # covers the summary's purchase reads (kind, time, net; the sale number is the rowid),
    # so a range of months or the whole history is read from the index, in time order,
    # without touching the wide sales rows
    db.execute("CREATE INDEX sales_kind_at_net ON sales (kind, at, net_minor)")
    # the opening and pending points: sums over the whole ledger, read from the index alone
    db.execute("CREATE INDEX ledger_at_available_points ON ledger (at, available_at, points)")


@report_migrations()
def m002_period_indexes(db: Database) -> None:
    # a period's tier figures read each member's latest change before the period (by time,
    # from the index alone) and the period's changes in time order, not the whole history
    db.execute("CREATE INDEX tier_changes_member_at ON tier_changes (member_id, at, tier_id)")
    db.execute("CREATE INDEX tier_changes_at ON tier_changes (at)")
    # points pending at a month's end are among the entries with a hold only, not the
    # whole ledger before it
    db.execute("CREATE INDEX ledger_held ON ledger (available_at, at, points) "
               "WHERE available_at > at")


# a sale's instant (to_db's fixed-width UTC text) as whole µs since 1970, exactly: whole
# seconds, then the six digits after the point
def _us(at: str) -> str:
    return (f"(CAST(strftime('%s', substr({at}, 1, 19)) AS INTEGER) * 1000000 "
            f"+ CAST(substr({at}, 21, 6) AS INTEGER))")


# a member's purchases of one month (the sales' UTC month, 'YYYY-MM' of sales.at), from the
# member's sales as they are now: what the triggers rewrite when a sale or its link changes
def _member_months_of(member: str) -> str:
    return f"""
            DELETE FROM report_member_months WHERE member_id = {member};
            INSERT INTO report_member_months (member_id, month, purchases, net_minor, first_us,
                                              last_us)
                SELECT l.member_id, substr(s.at, 1, 7), COUNT(*), SUM(s.net_minor),
                       {_us('MIN(s.at)')}, {_us('MAX(s.at)')}
                FROM loyalty_sales l JOIN sales s ON s.sale_no = l.sale_no
                WHERE l.member_id = {member} AND s.kind = 'sale' GROUP BY substr(s.at, 1, 7);"""


# a member's tier spans: each change held from its time until the member's next change (by
# time, then id, as the report orders them), the last one until '9999' (for good)
def _tier_spans_of(member: str) -> str:
    return f"""
            DELETE FROM report_tier_spans WHERE member_id = {member};
            INSERT INTO report_tier_spans (change_id, member_id, tier_id, at, until_at)
                SELECT change_id, member_id, tier_id, at, COALESCE(LEAD(at) OVER (
                    PARTITION BY member_id ORDER BY at, change_id), '9999')
                FROM tier_changes WHERE member_id = {member};"""


@report_migrations()
def m003_member_months_tier_spans(db: Database) -> None:
    """What a report read from the whole history, kept as it is written: each member's
    purchases per month (a period's lifetimes start from them, not from every sale before
    it) and each tier change with the instant the member's next one replaced it (the tiers
    held at a month's end are the spans across it, counted from an index).  Derived data,
    never shared by the shop network: kept by triggers, so every writer (the till, returns,
    the demo, records applied from other tills) keeps them right; verify recomputes them."""
    db.executescript(
        """
        CREATE TABLE report_member_months (
            member_id INTEGER NOT NULL,
            month TEXT NOT NULL,
            purchases INTEGER NOT NULL,
            net_minor INTEGER NOT NULL,
            first_us INTEGER NOT NULL,
            last_us INTEGER NOT NULL,
            PRIMARY KEY (member_id, month)
        ) WITHOUT ROWID;
        INSERT INTO report_member_months (member_id, month, purchases, net_minor, first_us,
                                          last_us)
            SELECT l.member_id, substr(s.at, 1, 7), COUNT(*), SUM(s.net_minor), """
        + _us("MIN(s.at)") + ", " + _us("MAX(s.at)") + """
            FROM sales s CROSS JOIN loyalty_sales l ON l.sale_no = s.sale_no
            WHERE s.kind = 'sale' GROUP BY l.member_id, substr(s.at, 1, 7);
        -- a sale is linked to its member after its row is written: counted then, in place
        CREATE TRIGGER report_member_months_linked AFTER INSERT ON loyalty_sales BEGIN
            INSERT INTO report_member_months (member_id, month, purchases, net_minor,
                                              first_us, last_us)
                SELECT new.member_id, substr(s.at, 1, 7), 1, s.net_minor, """
        + _us("s.at") + ", " + _us("s.at") + """
                FROM sales s WHERE s.sale_no = new.sale_no AND s.kind = 'sale'
                ON CONFLICT (member_id, month) DO UPDATE SET
                    purchases = purchases + 1, net_minor = net_minor + excluded.net_minor,
                    first_us = MIN(first_us, excluded.first_us),
                    last_us = MAX(last_us, excluded.last_us);
        END;
        CREATE TRIGGER report_member_months_relinked AFTER UPDATE OF sale_no, member_id
        ON loyalty_sales BEGIN"""
        + _member_months_of("old.member_id") + _member_months_of("new.member_id") + """
        END;
        CREATE TRIGGER report_member_months_unlinked AFTER DELETE ON loyalty_sales BEGIN"""
        + _member_months_of("old.member_id") + """
        END;
        CREATE TRIGGER report_member_months_sale_changed AFTER UPDATE OF kind, at, net_minor
        ON sales BEGIN"""
        + _member_months_of("(SELECT member_id FROM loyalty_sales WHERE sale_no = new.sale_no)")
        + """
        END;
        CREATE TRIGGER report_member_months_sale_deleted AFTER DELETE ON sales BEGIN"""
        + _member_months_of("(SELECT member_id FROM loyalty_sales WHERE sale_no = old.sale_no)")
        + """
        END;
        CREATE TABLE report_tier_spans (
            change_id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL,
            tier_id TEXT,
            at TEXT NOT NULL,
            until_at TEXT NOT NULL
        );
        INSERT INTO report_tier_spans (change_id, member_id, tier_id, at, until_at)
            SELECT change_id, member_id, tier_id, at, COALESCE(LEAD(at) OVER (
                PARTITION BY member_id ORDER BY at, change_id), '9999')
            FROM tier_changes;
        CREATE INDEX report_tier_spans_member ON report_tier_spans (member_id);
        -- the spans across an instant: until it or later, begun before it
        CREATE INDEX report_tier_spans_until ON report_tier_spans (until_at, at, tier_id,
                                                                   member_id);
        -- a change may be dated before one written earlier (a recalculation): the member's
        -- few spans are made again whenever one of their changes is written or changed
        CREATE TRIGGER report_tier_spans_added AFTER INSERT ON tier_changes BEGIN"""
        + _tier_spans_of("new.member_id") + """
        END;
        CREATE TRIGGER report_tier_spans_changed AFTER UPDATE OF member_id, tier_id, at
        ON tier_changes BEGIN"""
        + _tier_spans_of("old.member_id") + _tier_spans_of("new.member_id") + """
        END;
        CREATE TRIGGER report_tier_spans_removed AFTER DELETE ON tier_changes BEGIN"""
        + _tier_spans_of("old.member_id") + """
        END;
        """
    )


@report_migrations()
def m004_ledger_months(db: Database) -> None:
    """The points written per month (the entries' UTC month, 'YYYY-MM' of ledger.at): a
    period's opening points are the months before it plus the start of its own, not a sum
    over the whole ledger.  The ledger is append-only, so an entry is counted once, as it
    is written, whoever writes it; verify recomputes the months."""
    db.executescript(
        """
        CREATE TABLE report_ledger_months (
            month TEXT PRIMARY KEY,
            points INTEGER NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO report_ledger_months (month, points)
            SELECT substr(at, 1, 7), SUM(points) FROM ledger GROUP BY substr(at, 1, 7);
        CREATE TRIGGER report_ledger_months_entry AFTER INSERT ON ledger BEGIN
            INSERT INTO report_ledger_months (month, points)
                VALUES (substr(new.at, 1, 7), new.points)
                ON CONFLICT (month) DO UPDATE SET points = points + excluded.points;
        END;
        """
    )


# a member's lifetime purchases made again from their months (a few dozen rows at most), or
# dropped once no month is left: after a month is removed or shrank
def _member_life_of(member: str) -> str:
    return f"""
            DELETE FROM report_member_lives WHERE member_id = {member};
            INSERT INTO report_member_lives (member_id, purchases, net_minor, first_us, last_us)
                SELECT member_id, SUM(purchases), SUM(net_minor), MIN(first_us), MAX(last_us)
                FROM report_member_months WHERE member_id = {member} GROUP BY member_id;"""


@report_migrations()
def m005_member_lives(db: Database) -> None:
    """Each member's purchases over their whole life (count, net, first and last instant in
    µs), kept from their months: a report's lifetimes before its period are these less the
    few months from the period on, not a sum over every member's months.  Kept by triggers
    on ``report_member_months`` itself, so whatever rewrites a month (a sale, a re-dated or
    relinked sale, a record applied from another till) keeps it right; a month that only
    grew (a sale added, the till's case) is added in place, any other change makes the
    member's row again from their months.  Verify recomputes it."""
    db.executescript(
        """
        CREATE TABLE report_member_lives (
            member_id INTEGER PRIMARY KEY,
            purchases INTEGER NOT NULL,
            net_minor INTEGER NOT NULL,
            first_us INTEGER NOT NULL,
            last_us INTEGER NOT NULL
        );
        INSERT INTO report_member_lives (member_id, purchases, net_minor, first_us, last_us)
            SELECT member_id, SUM(purchases), SUM(net_minor), MIN(first_us), MAX(last_us)
            FROM report_member_months GROUP BY member_id;
        -- the months from a period on, by month (the member is the key's other half)
        CREATE INDEX report_member_months_month ON report_member_months (month);
        CREATE TRIGGER report_member_lives_month_added AFTER INSERT ON report_member_months
        BEGIN
            INSERT INTO report_member_lives (member_id, purchases, net_minor, first_us, last_us)
                VALUES (new.member_id, new.purchases, new.net_minor, new.first_us, new.last_us)
                ON CONFLICT (member_id) DO UPDATE SET
                    purchases = purchases + excluded.purchases,
                    net_minor = net_minor + excluded.net_minor,
                    first_us = MIN(first_us, excluded.first_us),
                    last_us = MAX(last_us, excluded.last_us);
        END;
        CREATE TRIGGER report_member_lives_month_grew AFTER UPDATE ON report_member_months
        WHEN new.member_id = old.member_id AND new.purchases >= old.purchases
             AND new.first_us <= old.first_us AND new.last_us >= old.last_us
        BEGIN
            UPDATE report_member_lives SET
                purchases = purchases + new.purchases - old.purchases,
                net_minor = net_minor + new.net_minor - old.net_minor,
                first_us = MIN(first_us, new.first_us), last_us = MAX(last_us, new.last_us)
            WHERE member_id = new.member_id;
        END;
        CREATE TRIGGER report_member_lives_month_changed AFTER UPDATE ON report_member_months
        WHEN NOT (new.member_id = old.member_id AND new.purchases >= old.purchases
                  AND new.first_us <= old.first_us AND new.last_us >= old.last_us)
        BEGIN"""
        + _member_life_of("old.member_id") + _member_life_of("new.member_id") + """
        END;
        CREATE TRIGGER report_member_lives_month_removed AFTER DELETE ON report_member_months
        BEGIN"""
        + _member_life_of("old.member_id") + """
        END;
        """
    )


@report_migrations()
def m006_tier_spans_appended(db: Database) -> None:
    """A tier change written as the member's latest (the till's upgrade, most recalculations)
    closes the member's open span at its time and opens its own: two rows, not the member's
    whole history of spans made again (a member with ten years of monthly recalculations has
    a hundred of them, and a recalculation writes thousands of changes at once).  A change
    dated before one already written still makes the member's spans again, as before."""
    later = """EXISTS (SELECT 1 FROM tier_changes WHERE member_id = new.member_id
                   AND at >= new.at AND (at > new.at OR change_id > new.change_id))"""
    db.executescript(
        f"""
        DROP TRIGGER report_tier_spans_added;
        -- a member's open span found by the index, not among all their spans
        DROP INDEX report_tier_spans_member;
        CREATE INDEX report_tier_spans_member_until ON report_tier_spans (member_id, until_at);
        CREATE TRIGGER report_tier_spans_appended AFTER INSERT ON tier_changes
        WHEN NOT {later}
        BEGIN
            UPDATE report_tier_spans SET until_at = new.at
                WHERE member_id = new.member_id AND until_at = '9999';
            INSERT INTO report_tier_spans (change_id, member_id, tier_id, at, until_at)
                VALUES (new.change_id, new.member_id, new.tier_id, new.at, '9999');
        END;
        CREATE TRIGGER report_tier_spans_added AFTER INSERT ON tier_changes
        WHEN {later}
        BEGIN"""
        + _tier_spans_of("new.member_id") + """
        END;
        """
    )
