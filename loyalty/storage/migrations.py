"""The loyalty domain's schema migrations: numbered, literal SQL, frozen once released.

Three sets, named as existing databases recorded them: ``loyalty`` (members, cards, the
ledger), ``loyalty_rules`` (the rule engine's memory) and ``loyalty_report`` (the summary's
indexes); the shop network's set is ``sync_migrations``.  A released migration is never
edited; a change is a new one at the end of its set.
"""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("loyalty")
rules_migrations = Migrations("loyalty_rules")
report_migrations = Migrations("loyalty_report")


@migrations()
def m001_members_cards_ledger(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE members (
            member_id INTEGER PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            phone TEXT UNIQUE,
            email TEXT NOT NULL DEFAULT '',
            birthday TEXT,
            enrolled_at TEXT NOT NULL,
            consent_data_at TEXT,
            consent_marketing_at TEXT,
            referred_by INTEGER REFERENCES members (member_id),
            erased_at TEXT
        );
        CREATE INDEX members_name ON members (name COLLATE NOCASE);
        CREATE INDEX members_enrolled ON members (enrolled_at);
        CREATE TABLE cards (
            number TEXT PRIMARY KEY,
            symbology TEXT NOT NULL,
            member_id INTEGER REFERENCES members (member_id),
            kind TEXT NOT NULL CHECK (kind IN ('personal', 'bearer')),
            status TEXT NOT NULL CHECK (status IN ('unassigned', 'active', 'blocked')),
            issued_at TEXT NOT NULL,
            activated_at TEXT,
            expires_on TEXT,
            blocked_at TEXT,
            block_reason TEXT NOT NULL DEFAULT '',
            replaced_by TEXT REFERENCES cards (number)
        );
        CREATE INDEX cards_member ON cards (member_id);
        CREATE TABLE ledger (
            entry_id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members (member_id),
            kind TEXT NOT NULL CHECK (kind IN ('purchase', 'welcome', 'birthday', 'referral', 'mission', 'redeem', 'expire', 'adjust', 'reversal', 'transfer')),
            points INTEGER NOT NULL CHECK (points != 0),
            sale_no INTEGER REFERENCES sales (sale_no),
            at TEXT NOT NULL,
            available_at TEXT NOT NULL,
            expires_at TEXT,
            lot_ref INTEGER REFERENCES ledger (entry_id),
            staff_id INTEGER REFERENCES staff (staff_id),
            reason TEXT NOT NULL DEFAULT ''
        );
        -- a member's balance (total, and pending by available_at) from the index alone
        CREATE INDEX ledger_member ON ledger (member_id, available_at, points);
        CREATE INDEX ledger_at ON ledger (at);
        CREATE INDEX ledger_sale ON ledger (sale_no) WHERE sale_no IS NOT NULL;
        CREATE INDEX ledger_expiring ON ledger (expires_at) WHERE points > 0;
        CREATE TRIGGER ledger_append_only_update BEFORE UPDATE ON ledger
            BEGIN SELECT RAISE(ABORT, 'the points ledger is append-only'); END;
        CREATE TRIGGER ledger_append_only_delete BEFORE DELETE ON ledger
            BEGIN SELECT RAISE(ABORT, 'the points ledger is append-only'); END;
        CREATE TABLE loyalty_sales (
            sale_no INTEGER PRIMARY KEY REFERENCES sales (sale_no),
            member_id INTEGER NOT NULL REFERENCES members (member_id),
            card_number TEXT,
            points_earned INTEGER NOT NULL,
            points_redeemed INTEGER NOT NULL,
            program_version INTEGER NOT NULL
        );
        CREATE INDEX loyalty_sales_member ON loyalty_sales (member_id, sale_no);
        CREATE TABLE programs (
            version INTEGER PRIMARY KEY,
            effective_from TEXT NOT NULL,
            program_json TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        """
    )


@migrations()
def m002_expiry_checks(db: Database) -> None:
    """How far expiry has been run, so finding the lots still to expire does not rescan
    (and replay) every lot that expired years ago; derived data, never the ledger itself."""
    db.executescript(
        """
        CREATE TABLE expiry_checks (
            member_id INTEGER PRIMARY KEY,  -- 0: a run over every member
            through TEXT NOT NULL,          -- lots expiring up to here...
            last_entry_id INTEGER NOT NULL  -- ...written up to this entry are settled
        );
        """
    )


@migrations()
def m003_member_search(db: Database) -> None:
    """The back office's instant member search (FTS5, kept in step by triggers), and the
    record of merged duplicates (which leave it)."""
    db.executescript(
        """
        CREATE VIRTUAL TABLE member_search USING fts5(
            name, email, phone, cards,
            tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
        CREATE TABLE member_merges (
            member_id INTEGER PRIMARY KEY REFERENCES members (member_id),
            into_id INTEGER NOT NULL REFERENCES members (member_id),
            at TEXT NOT NULL,
            staff_id INTEGER REFERENCES staff (staff_id)
        );
        CREATE INDEX member_merges_into ON member_merges (into_id);
        CREATE TRIGGER member_search_insert AFTER INSERT ON members BEGIN
            INSERT INTO member_search (rowid, name, email, phone, cards)
            VALUES (new.member_id, replace(replace(new.name, 'ё', 'е'), 'Ё', 'Е'), new.email, COALESCE(substr(new.phone, 2) || ' ' || substr(new.phone, 3), ''), '');
        END;
        CREATE TRIGGER member_search_update AFTER UPDATE OF name, email, phone ON members BEGIN
            UPDATE member_search SET name = replace(replace(new.name, 'ё', 'е'), 'Ё', 'Е'), email = new.email, phone = COALESCE(substr(new.phone, 2) || ' ' || substr(new.phone, 3), '')
            WHERE rowid = new.member_id;
        END;
        CREATE TRIGGER member_search_delete AFTER DELETE ON members BEGIN
            DELETE FROM member_search WHERE rowid = old.member_id;
        END;
        CREATE TRIGGER member_search_card_insert AFTER INSERT ON cards
        WHEN new.member_id IS NOT NULL BEGIN
            UPDATE member_search SET cards = COALESCE((SELECT group_concat(number, ' ') FROM cards WHERE member_id = new.member_id), '')
            WHERE rowid = new.member_id;
        END;
        CREATE TRIGGER member_search_card_update AFTER UPDATE OF member_id ON cards BEGIN
            UPDATE member_search SET cards = COALESCE((SELECT group_concat(number, ' ') FROM cards WHERE member_id = old.member_id), '')
            WHERE rowid = old.member_id;
            UPDATE member_search SET cards = COALESCE((SELECT group_concat(number, ' ') FROM cards WHERE member_id = new.member_id), '')
            WHERE rowid = new.member_id;
        END;
        CREATE TRIGGER member_search_merged AFTER INSERT ON member_merges BEGIN
            DELETE FROM member_search WHERE rowid = new.member_id;
        END;
        INSERT INTO member_search (rowid, name, email, phone, cards)
            SELECT m.member_id, replace(replace(m.name, 'ё', 'е'), 'Ё', 'Е'), m.email, COALESCE(substr(m.phone, 2) || ' ' || substr(m.phone, 3), ''), COALESCE((SELECT group_concat(number, ' ') FROM cards WHERE member_id = m.member_id), '')
            FROM members m;
        """
    )



@migrations()
def m004_ledger_chain(db: Database) -> None:
    """Each ledger entry's hash chained to the one before (append-only like the ledger);
    the entries written before it are hashed here."""
    db.executescript(
        """
        CREATE TABLE ledger_chain (
            entry_id INTEGER PRIMARY KEY REFERENCES ledger (entry_id),
            hash TEXT NOT NULL
        );
        CREATE TRIGGER ledger_chain_append_only_update BEFORE UPDATE ON ledger_chain
            BEGIN SELECT RAISE(ABORT, 'the ledger chain is append-only'); END;
        CREATE TRIGGER ledger_chain_append_only_delete BEFORE DELETE ON ledger_chain
            BEGIN SELECT RAISE(ABORT, 'the ledger chain is append-only'); END;
        """)
    from loyalty.storage.ledger_store import seal_existing_entries  # the chain's hash formula
    seal_existing_entries(db)


@migrations()
def m005_card_type(db: Database) -> None:
    """Each card carries the program's card type it was issued as (NULL: the default type)."""
    db.execute("ALTER TABLE cards ADD COLUMN card_type_id TEXT")


@migrations()
def m006_line_points(db: Database) -> None:
    """The points each line of a sale earned, so a return takes back exactly what its lines
    earned; sales made before this have no rows and are taken back by share of money."""
    db.executescript(
        """
        CREATE TABLE loyalty_sale_lines (
            sale_no INTEGER NOT NULL REFERENCES sales (sale_no),
            line_no INTEGER NOT NULL,
            points INTEGER NOT NULL,
            PRIMARY KEY (sale_no, line_no)
        );
        """
    )


@migrations()
def m007_consent_history(db: Database) -> None:
    """Withdrawing a consent records when (beside the current consent's date, which the
    members export reads and which is empty while withdrawn); every consent given and
    withdrawn is kept in ``consent_history``, written by triggers so every writer keeps it."""
    db.executescript("""
        ALTER TABLE members ADD COLUMN consent_data_withdrawn_at TEXT;
        ALTER TABLE members ADD COLUMN consent_marketing_withdrawn_at TEXT;
        CREATE TABLE consent_history (
            entry_id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members (member_id),
            consent TEXT NOT NULL CHECK (consent IN ('data', 'marketing')),
            event TEXT NOT NULL CHECK (event IN ('given', 'withdrawn')),
            at TEXT NOT NULL
        );
        CREATE INDEX consent_history_member ON consent_history (member_id, at);
        INSERT INTO consent_history (member_id, consent, event, at)
            SELECT member_id, 'data', 'given', consent_data_at FROM members
            WHERE consent_data_at IS NOT NULL;
        INSERT INTO consent_history (member_id, consent, event, at)
            SELECT member_id, 'marketing', 'given', consent_marketing_at FROM members
            WHERE consent_marketing_at IS NOT NULL;
    """ + "".join(_consent_triggers(kind) for kind in ("data", "marketing")))


def _consent_triggers(kind: str) -> str:
    given, withdrawn = f"consent_{kind}_at", f"consent_{kind}_withdrawn_at"
    return f"""
        CREATE TRIGGER consent_{kind}_enrolled AFTER INSERT ON members
        WHEN new.{given} IS NOT NULL BEGIN
            INSERT INTO consent_history (member_id, consent, event, at)
            VALUES (new.member_id, '{kind}', 'given', new.{given});
        END;
        CREATE TRIGGER consent_{kind}_changed AFTER UPDATE OF {given}, {withdrawn} ON members
        BEGIN
            INSERT INTO consent_history (member_id, consent, event, at)
                SELECT new.member_id, '{kind}', 'withdrawn', new.{withdrawn}
                WHERE new.{withdrawn} IS NOT NULL AND new.{withdrawn} IS NOT old.{withdrawn};
            INSERT INTO consent_history (member_id, consent, event, at)
                SELECT new.member_id, '{kind}', 'given', new.{given}
                WHERE new.{given} IS NOT NULL AND new.{given} IS NOT old.{given};
        END;
    """


@migrations()
def m008_member_phones(db: Database) -> None:
    """A member may have several phones (a merged duplicate's phone keeps finding the
    customer); the search index lists them all."""
    from loyalty.storage.search import index_other_phones

    db.executescript("""
        CREATE TABLE member_phones (
            phone TEXT PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members (member_id),
            position INTEGER NOT NULL  -- 1, 2, ... after the member's own phone
        );
        CREATE INDEX member_phones_member ON member_phones (member_id, position);
        -- one phone names one customer, whichever of the two places holds it
        CREATE TRIGGER member_phones_unique BEFORE INSERT ON member_phones
        WHEN EXISTS (SELECT 1 FROM members WHERE phone = new.phone) BEGIN
            SELECT RAISE(ABORT, 'phone already on file');
        END;
        CREATE TRIGGER members_phone_unique_insert BEFORE INSERT ON members
        WHEN EXISTS (SELECT 1 FROM member_phones WHERE phone = new.phone) BEGIN
            SELECT RAISE(ABORT, 'phone already on file');
        END;
        CREATE TRIGGER members_phone_unique_update BEFORE UPDATE OF phone ON members
        WHEN EXISTS (SELECT 1 FROM member_phones WHERE phone = new.phone) BEGIN
            SELECT RAISE(ABORT, 'phone already on file');
        END;
    """)
    index_other_phones(db)


@migrations()
def m009_receipt_standings(db: Database) -> None:
    """The member's standing as the receipt printed it, written with the sale: a reprint
    shows the tier, the way to the next one, stamps and balance as they were at the sale,
    not as they are at the reprint.  Sales made before this have no row (reprinted with
    the standing of the day).  ``stamps`` is JSON: [[card name, stamps, stamps needed]]."""
    db.executescript(
        """
        CREATE TABLE receipt_standings (
            sale_no INTEGER PRIMARY KEY REFERENCES sales (sale_no),
            balance_points INTEGER NOT NULL,
            pending_points INTEGER NOT NULL,
            tier_name TEXT NOT NULL DEFAULT '',
            next_tier_name TEXT NOT NULL DEFAULT '',
            next_tier_metric TEXT NOT NULL DEFAULT '',
            next_tier_remaining INTEGER NOT NULL DEFAULT 0,
            stamps TEXT NOT NULL DEFAULT '[]'
        );
        """
    )


@migrations()
def m010_lot_checkpoints(db: Database) -> None:
    """Each member's lots as the last expiry settlement left them, so counting points
    that expired since (at the till's first scan of the day) replays only the entries
    written after it, not ten years of them; derived data, never the ledger itself."""
    db.executescript("""
        CREATE TABLE lot_checkpoints (
            member_id INTEGER PRIMARY KEY REFERENCES members (member_id),
            last_entry_id INTEGER NOT NULL,  -- the member's entries up to here replayed...
            last_at TEXT NOT NULL,           -- ...the latest of them dated this
            debt INTEGER NOT NULL,
            lots TEXT NOT NULL  -- JSON [[entry_id, available_at, expires_at, remaining], ...]
        );
    """)

# -- the rule engine's memory

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


# -- the monthly summary's indexes

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
