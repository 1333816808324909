"""The ``loyalty`` set: members, cards and the points ledger."""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("loyalty")


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
