"""The till's side of the shop network in SQLite: its identity, the global id of every shared
row, the outbox the triggers fill in the transaction of each change, and the customers two
tills enrolled with one phone.  Released migrations are literal SQL and frozen, like the
rest of the loyalty package's (``loyalty.storage.migrations``); this set is its own module
because its triggers alone outweigh every other migration.
"""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

network_migrations = Migrations("loyalty_network")


@network_migrations()
def m001_outbox(db: Database) -> None:
    """The till's part of the shop network: its identity, the global id of every shared row
    (its own and those downloaded), and the outbox the triggers fill in the transaction of
    each change, so a sale and its record to upload are written together or not at all.
    The triggers stay silent until the till joins a network, and while downloaded records
    are being applied (``sync_applying`` holds a row inside that transaction only)."""
    db.executescript(
        """
        CREATE TABLE sync_till (
            one INTEGER PRIMARY KEY CHECK (one = 1),
            till TEXT NOT NULL,             -- the till's code, the prefix of its global ids
            till_no INTEGER NOT NULL,       -- its number in the network: its card numbers' block
            shop TEXT NOT NULL,
            url TEXT NOT NULL,              -- the server, without a password
            cursor INTEGER NOT NULL DEFAULT 0,   -- the server sequence applied up to here
            allowance_points INTEGER NOT NULL,   -- offline redemption per member between contacts
            last_contact_at TEXT
        );
        CREATE TABLE sync_gids (
            gid TEXT PRIMARY KEY,
            tbl TEXT NOT NULL,
            key TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 0,  -- server sequence of the state applied last
            UNIQUE (tbl, key)
        );
        CREATE TABLE sync_outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            gid TEXT UNIQUE,                -- NULL for an event: '<till>:event:<seq>'
            tbl TEXT NOT NULL,
            key TEXT NOT NULL
        );
        CREATE INDEX sync_outbox_row ON sync_outbox (tbl, key);
        CREATE TABLE sync_applying (one INTEGER PRIMARY KEY);
        CREATE TABLE sync_offline_redeems (
            sale_no INTEGER PRIMARY KEY REFERENCES sales (sale_no),
            member_id INTEGER NOT NULL REFERENCES members (member_id),
            points INTEGER NOT NULL
        );
        CREATE TRIGGER sync_staff_insert AFTER INSERT ON staff WHEN EXISTS (SELECT 1 FROM sync_till) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
            INSERT OR IGNORE INTO sync_gids (gid, tbl, key) VALUES ((SELECT till FROM sync_till) || ':staff:' || new.staff_id, 'staff', new.staff_id);
            INSERT OR IGNORE INTO sync_outbox (gid, tbl, key)
                SELECT gid, tbl, key FROM sync_gids WHERE tbl = 'staff' AND key = new.staff_id;
        END;
        CREATE TRIGGER sync_categories_insert AFTER INSERT ON categories WHEN EXISTS (SELECT 1 FROM sync_till) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
            INSERT OR IGNORE INTO sync_gids (gid, tbl, key) VALUES ('category:' || (SELECT shop FROM sync_till) || ':' || new.code, 'categories', new.code);
            INSERT OR IGNORE INTO sync_outbox (gid, tbl, key)
                SELECT gid, tbl, key FROM sync_gids WHERE tbl = 'categories' AND key = new.code;
        END;
        CREATE TRIGGER sync_products_insert AFTER INSERT ON products WHEN EXISTS (SELECT 1 FROM sync_till) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
            INSERT OR IGNORE INTO sync_gids (gid, tbl, key) VALUES ('product:' || (SELECT shop FROM sync_till) || ':' || new.barcode, 'products', new.product_id);
            INSERT OR IGNORE INTO sync_outbox (gid, tbl, key)
                SELECT gid, tbl, key FROM sync_gids WHERE tbl = 'products' AND key = new.product_id;
        END;
        CREATE TRIGGER sync_programs_insert AFTER INSERT ON programs WHEN EXISTS (SELECT 1 FROM sync_till) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
            INSERT OR IGNORE INTO sync_gids (gid, tbl, key) VALUES ((SELECT till FROM sync_till) || ':programs:' || new.version, 'programs', new.version);
            INSERT OR IGNORE INTO sync_outbox (gid, tbl, key)
                SELECT gid, tbl, key FROM sync_gids WHERE tbl = 'programs' AND key = new.version;
        END;
        CREATE TRIGGER sync_members_insert AFTER INSERT ON members WHEN EXISTS (SELECT 1 FROM sync_till) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
            INSERT OR IGNORE INTO sync_gids (gid, tbl, key) VALUES ((SELECT till FROM sync_till) || ':members:' || new.member_id, 'members', new.member_id);
            INSERT OR IGNORE INTO sync_outbox (gid, tbl, key)
                SELECT gid, tbl, key FROM sync_gids WHERE tbl = 'members' AND key = new.member_id;
        END;
        CREATE TRIGGER sync_cards_insert AFTER INSERT ON cards WHEN EXISTS (SELECT 1 FROM sync_till) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
            INSERT OR IGNORE INTO sync_gids (gid, tbl, key) VALUES ('card:' || new.number, 'cards', new.number);
            INSERT OR IGNORE INTO sync_outbox (gid, tbl, key)
                SELECT gid, tbl, key FROM sync_gids WHERE tbl = 'cards' AND key = new.number;
        END;
        CREATE TRIGGER sync_member_merges_insert AFTER INSERT ON member_merges WHEN EXISTS (SELECT 1 FROM sync_till) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
            INSERT OR IGNORE INTO sync_gids (gid, tbl, key) VALUES ((SELECT till FROM sync_till) || ':member_merges:' || new.member_id, 'member_merges', new.member_id);
            INSERT OR IGNORE INTO sync_outbox (gid, tbl, key)
                SELECT gid, tbl, key FROM sync_gids WHERE tbl = 'member_merges' AND key = new.member_id;
        END;
        CREATE TRIGGER sync_sales_insert AFTER INSERT ON sales WHEN EXISTS (SELECT 1 FROM sync_till) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
            INSERT OR IGNORE INTO sync_gids (gid, tbl, key) VALUES ((SELECT till FROM sync_till) || ':sales:' || new.sale_no, 'sales', new.sale_no);
            INSERT OR IGNORE INTO sync_outbox (gid, tbl, key)
                SELECT gid, tbl, key FROM sync_gids WHERE tbl = 'sales' AND key = new.sale_no;
        END;
        CREATE TRIGGER sync_coupons_insert AFTER INSERT ON coupons
        WHEN new.issued_sale_no IS NULL AND EXISTS (SELECT 1 FROM sync_till)
            AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
            INSERT OR IGNORE INTO sync_gids (gid, tbl, key) VALUES ('coupon:' || new.code, 'coupons', new.code);
            INSERT OR IGNORE INTO sync_outbox (gid, tbl, key)
                SELECT gid, tbl, key FROM sync_gids WHERE tbl = 'coupons' AND key = new.code;
        END;
        CREATE TRIGGER sync_ledger_insert AFTER INSERT ON ledger WHEN EXISTS (SELECT 1 FROM sync_till) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
            INSERT OR IGNORE INTO sync_gids (gid, tbl, key) VALUES (CASE WHEN new.kind = 'expire' AND new.lot_ref IS NOT NULL
                 THEN 'expire:' || (SELECT gid FROM sync_gids WHERE tbl = 'ledger' AND key = new.lot_ref)
                 ELSE (SELECT till FROM sync_till) || ':ledger:' || new.entry_id END, 'ledger', new.entry_id);
            INSERT OR IGNORE INTO sync_outbox (gid, tbl, key)
                SELECT gid, tbl, key FROM sync_gids WHERE tbl = 'ledger' AND key = new.entry_id;
        END;
        CREATE TRIGGER sync_tier_changes_insert AFTER INSERT ON tier_changes WHEN EXISTS (SELECT 1 FROM sync_till) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
            INSERT OR IGNORE INTO sync_gids (gid, tbl, key) VALUES (CASE WHEN new.reason = 'recalculation'
                 THEN 'tier:' || (SELECT gid FROM sync_gids WHERE tbl = 'members' AND key = new.member_id) || ':' || substr(new.at, 1, 10)
                 ELSE (SELECT till FROM sync_till) || ':tier_changes:' || new.change_id END, 'tier_changes', new.change_id);
            INSERT OR IGNORE INTO sync_outbox (gid, tbl, key)
                SELECT gid, tbl, key FROM sync_gids WHERE tbl = 'tier_changes' AND key = new.change_id;
        END;
        CREATE TRIGGER sync_staff_update AFTER UPDATE ON staff WHEN EXISTS (SELECT 1 FROM sync_till) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
            INSERT INTO sync_outbox (tbl, key) VALUES ('staff', new.staff_id);
        END;
        CREATE TRIGGER sync_categories_update AFTER UPDATE ON categories WHEN EXISTS (SELECT 1 FROM sync_till) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
            INSERT INTO sync_outbox (tbl, key) VALUES ('categories', new.code);
        END;
        CREATE TRIGGER sync_products_update AFTER UPDATE ON products WHEN EXISTS (SELECT 1 FROM sync_till) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
            INSERT INTO sync_outbox (tbl, key) VALUES ('products', new.product_id);
        END;
        CREATE TRIGGER sync_members_update AFTER UPDATE ON members WHEN EXISTS (SELECT 1 FROM sync_till) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
            INSERT INTO sync_outbox (tbl, key) VALUES ('members', new.member_id);
        END;
        CREATE TRIGGER sync_cards_update AFTER UPDATE ON cards WHEN EXISTS (SELECT 1 FROM sync_till) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
            INSERT INTO sync_outbox (tbl, key) VALUES ('cards', new.number);
        END;

        """
    )


@network_migrations()
def m002_duplicate_members(db: Database) -> None:
    """A phone enrolled at two tills while they were offline makes two members; the phone
    stays with the one enrolled first and the other arrives without it.  Each such pair is
    kept here for the owner to merge (both keep their points until then)."""
    db.executescript(
        """
        CREATE TABLE sync_duplicates (
            member_id INTEGER PRIMARY KEY REFERENCES members (member_id),  -- without the phone
            other_id INTEGER NOT NULL REFERENCES members (member_id),      -- holding it
            phone TEXT NOT NULL
        );
        """
    )


@network_migrations()
def m003_outbox_triggers_when_joined(db: Database) -> None:
    """The outbox triggers only on a till that has joined a network (``become_till`` creates
    them then): silent or not, each one fired on every insert of a sale, a ledger entry, a
    member, and cost as much as the insert itself.  A till already joined keeps them."""
    if db.execute("SELECT 1 FROM sync_till").fetchone() is not None:
        return
    db.executescript(
        """
        DROP TRIGGER IF EXISTS sync_staff_insert;
        DROP TRIGGER IF EXISTS sync_categories_insert;
        DROP TRIGGER IF EXISTS sync_products_insert;
        DROP TRIGGER IF EXISTS sync_programs_insert;
        DROP TRIGGER IF EXISTS sync_members_insert;
        DROP TRIGGER IF EXISTS sync_cards_insert;
        DROP TRIGGER IF EXISTS sync_member_merges_insert;
        DROP TRIGGER IF EXISTS sync_sales_insert;
        DROP TRIGGER IF EXISTS sync_coupons_insert;
        DROP TRIGGER IF EXISTS sync_ledger_insert;
        DROP TRIGGER IF EXISTS sync_tier_changes_insert;
        DROP TRIGGER IF EXISTS sync_staff_update;
        DROP TRIGGER IF EXISTS sync_categories_update;
        DROP TRIGGER IF EXISTS sync_products_update;
        DROP TRIGGER IF EXISTS sync_members_update;
        DROP TRIGGER IF EXISTS sync_cards_update;
        """
    )
