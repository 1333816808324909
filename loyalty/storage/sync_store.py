"""SQL of the till's side of the shop network: its identity, the outbox and the id map
(applying downloaded records is ``sync_apply``)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from loyalty.network.records import BY_TABLE, SHARED, Child, Shared
from pos.clock import from_db, to_db
from pos.storage.db import write_transaction


@dataclass(frozen=True, slots=True)
class Membership:
    till: str
    till_no: int
    shop: str
    url: str
    cursor: int
    allowance_points: int
    last_contact_at: datetime | None


@dataclass(frozen=True, slots=True)
class Outgoing:
    seq: int
    gid: str
    tbl: str
    kind: str           # "row" (a new shared row) or "event" (a mutable row's new state)
    row_gid: str
    shop: str | None
    payload: dict


@dataclass(frozen=True, slots=True)
class Incoming:
    seq: int
    gid: str
    tbl: str
    kind: str
    row_gid: str
    payload: dict


class SyncError(RuntimeError):
    """A downloaded record points at a row this till does not hold (a bug, never bad input)."""


def membership(db: Database) -> Membership | None:
    row = db.execute("SELECT till, till_no, shop, url, cursor, allowance_points, last_contact_at "
                     "FROM sync_till").fetchone()
    if row is None:
        return None
    return Membership(*row[:6], from_db(row[6]) if row[6] else None)


# the global id of each existing row, as the triggers make them (alias t for new)
_GID_SQL = {
    "staff": "m.till || ':staff:' || t.staff_id",
    "categories": "'category:' || m.shop || ':' || t.code",
    "products": "'product:' || m.shop || ':' || t.barcode",
    "programs": "m.till || ':programs:' || t.version",
    "members": "m.till || ':members:' || t.member_id",
    "cards": "'card:' || t.number",
    "member_merges": "m.till || ':member_merges:' || t.member_id",
    "coupons": "'coupon:' || t.code",
    "sales": "m.till || ':sales:' || t.sale_no",
    "ledger": "m.till || ':ledger:' || t.entry_id",
    "tier_changes": "m.till || ':tier_changes:' || t.change_id",
}
# the order of the first upload: what a row points at is sent before it
_BACKFILL_ORDER = {"cards": "t.issued_at DESC, t.rowid DESC", "categories": "t.rowid"}
_BACKFILL_WHERE = {"coupons": "t.issued_sale_no IS NULL"}


# the outbox triggers (as migration m001 of the network set made them on every shop): they
# fill the outbox in the transaction of each change of a shared row.  A shop outside any
# network has none (m003 dropped them): joining creates them.  Their global ids are the
# backfill's (_GID_SQL) read from the new row, but for the two kinds two tills may both
# write: an expiry of one lot and a day's tier recalculation of one member get one id.
_GID_OF_NEW = {
    "ledger": "CASE WHEN new.kind = 'expire' AND new.lot_ref IS NOT NULL "
              "THEN 'expire:' || (SELECT gid FROM sync_gids WHERE tbl = 'ledger' "
              "AND key = new.lot_ref) ELSE {plain} END",
    "tier_changes": "CASE WHEN new.reason = 'recalculation' THEN 'tier:' || (SELECT gid FROM "
                    "sync_gids WHERE tbl = 'members' AND key = new.member_id) || ':' || "
                    "substr(new.at, 1, 10) ELSE {plain} END",
}
_ONLY_IF = {"coupons": "new.issued_sale_no IS NULL AND "}  # a sale's coupons travel with it
# mutable rows travel again as events, on each update
_UPDATED = ("staff", "categories", "products", "members", "cards")
_ACTIVE = "EXISTS (SELECT 1 FROM sync_till) AND NOT EXISTS (SELECT 1 FROM sync_applying)"


def _insert_trigger(spec: Shared) -> str:
    table, key = spec.table, spec.key
    plain = (_GID_SQL[table].replace("m.till", "(SELECT till FROM sync_till)")
             .replace("m.shop", "(SELECT shop FROM sync_till)").replace("t.", "new."))
    gid = _GID_OF_NEW.get(table, "{plain}").format(plain=plain)
    return (f"CREATE TRIGGER sync_{table}_insert AFTER INSERT ON {table} "
            f"WHEN {_ONLY_IF.get(table, '')}{_ACTIVE} BEGIN "
            f"INSERT OR IGNORE INTO sync_gids (gid, tbl, key) VALUES ({gid}, '{table}', new.{key}); "
            f"INSERT OR IGNORE INTO sync_outbox (gid, tbl, key) SELECT gid, tbl, key FROM sync_gids "
            f"WHERE tbl = '{table}' AND key = new.{key}; END")


def _update_trigger(spec: Shared) -> str:
    return (f"CREATE TRIGGER sync_{spec.table}_update AFTER UPDATE ON {spec.table} "
            f"WHEN {_ACTIVE} BEGIN INSERT INTO sync_outbox (tbl, key) "
            f"VALUES ('{spec.table}', new.{spec.key}); END")


_OUTBOX_TRIGGERS = (*(_insert_trigger(spec) for spec in SHARED),
                    *(_update_trigger(BY_TABLE[table]) for table in _UPDATED))


def become_till(db: Database, m: Membership) -> int:
    """Make this file a till of the network; its history so far goes to the outbox, in an
    order where what a row points at goes first, and every change from now on follows it
    there (the outbox triggers).  Returns the records queued."""
    with write_transaction(db):
        db.execute("INSERT INTO sync_till (one, till, till_no, shop, url, allowance_points) "
                   "VALUES (1, ?, ?, ?, ?, ?)",
                   [m.till, m.till_no, m.shop, m.url, m.allowance_points])
        for trigger in _OUTBOX_TRIGGERS:
            db.execute(trigger)
        for spec in SHARED:
            where = _BACKFILL_WHERE.get(spec.table, "1")
            order = _BACKFILL_ORDER.get(spec.table, f"t.{spec.key}")
            db.execute(f"INSERT OR IGNORE INTO sync_gids (gid, tbl, key) "
                       f"SELECT {_GID_SQL[spec.table]}, '{spec.table}', t.{spec.key} "
                       f"FROM {spec.table} t, sync_till m WHERE {where} ORDER BY {order}")
        db.execute("INSERT INTO sync_outbox (gid, tbl, key) SELECT gid, tbl, key FROM sync_gids "
                   "ORDER BY rowid")
        return db.execute("SELECT COUNT(*) FROM sync_outbox").fetchone()[0]


def card_block(db: Database) -> str:
    """The digits a network till puts after the card prefix ('' outside a network)."""
    row = db.execute("SELECT till_no FROM sync_till").fetchone()
    return f"{row[0] % 100:02d}" if row else ""


def pending_count(db: Database) -> int:
    return db.execute("SELECT COUNT(*) FROM sync_outbox").fetchone()[0]


def gid_set(db: Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT gid FROM sync_gids")}


def record_contact(db: Database, at: datetime) -> None:
    with write_transaction(db):
        db.execute("UPDATE sync_till SET last_contact_at = ?", [to_db(at)])


# -- upload ---------------------------------------------------------------------------

def outbox_batch(db: Database, m: Membership, limit: int) -> list[Outgoing]:
    out = []
    for seq, gid, tbl, key in db.execute(
            "SELECT seq, gid, tbl, key FROM sync_outbox ORDER BY seq LIMIT ?", [limit]).fetchall():
        spec = BY_TABLE[tbl]
        row_gid = _gid_of(db, tbl, key)
        payload = _payload(db, spec, key, seq)
        shop = m.shop if spec.shop_scoped else None
        if gid is None:
            out.append(Outgoing(seq, f"{m.till}:event:{seq}", tbl, "event", row_gid, shop, payload))
        else:
            out.append(Outgoing(seq, gid, tbl, "row", gid, shop, payload))
    return out


def acknowledge(db: Database, sent: list[Outgoing], server_seq: dict[str, int]) -> None:
    """The server holds ``sent``: out of the outbox, and each row's state is now the
    server's as of its sequence (an older event from another till will not undo it)."""
    with write_transaction(db):
        for o in sent:
            db.execute("DELETE FROM sync_outbox WHERE seq = ?", [o.seq])
            if o.kind == "event":
                db.execute("INSERT OR IGNORE INTO sync_gids (gid, tbl, key) VALUES (?, 'event', ?)",
                           [o.gid, o.gid])
            db.execute("UPDATE sync_gids SET version = MAX(version, ?) WHERE gid = ?",
                       [server_seq[o.gid], o.row_gid])


def _gid_of(db: Database, tbl: str, key: object) -> str | None:
    row = db.execute("SELECT gid FROM sync_gids WHERE tbl = ? AND key = ?",
                     [tbl, str(key)]).fetchone()
    return row[0] if row else None


def select_rows(db: Database, table: str, where: str, value: object) -> list[dict]:
    cur = db.execute(f"SELECT * FROM {table} WHERE {where} = ? ORDER BY rowid", [value])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def _out_refs(db: Database, row: dict, refs: tuple[tuple[str, str], ...], seq: int) -> dict:
    """Local ids to global ones.  A record is read when it is sent, so a mutable row may by
    then point at a row sent after it (a card replaced before its first upload): that link
    is left out here and arrives with the event of the change that made it."""
    for column, target in refs:
        if row.get(column) is not None:
            gid = _gid_of(db, target, row[column])
            later = db.execute("SELECT 1 FROM sync_outbox WHERE gid = ? AND seq > ?",
                               [gid, seq]).fetchone()
            row[column] = None if later else gid
    return row


_SURROGATE = {"staff_id", "product_id", "member_id", "sale_no", "entry_id", "change_id"}


def _payload(db: Database, spec: Shared, key: str, seq: int) -> dict:
    rows = select_rows(db, spec.table, spec.key, key)
    if not rows:
        raise SyncError(f"{spec.table} {key} is in the outbox but not in the file")
    sale_no = rows[0].get("sale_no")
    row = _out_refs(db, rows[0], spec.refs, seq)
    if spec.key in _SURROGATE and spec.table != "member_merges":
        del row[spec.key]
    for child in spec.children:
        row["_" + child.table] = [_child_out(db, child, r, seq)
                                  for r in select_rows(db, child.table, child.parent, key)]
    if spec.table == "ledger" and sale_no is not None:  # lets the server end a sale's hold
        row["basket_id"] = db.execute("SELECT basket_id FROM sales WHERE sale_no = ?",
                                      [sale_no]).fetchone()[0]
    return row


def _child_out(db: Database, child: Child, row: dict, seq: int) -> dict:
    del row[child.parent]
    for column in child.drop:
        del row[column]
    return _out_refs(db, row, child.refs, seq)


# -- points across the network -----------------------------------------------------------

def member_gid(db: Database, member_id: int) -> str | None:
    return _gid_of(db, "members", member_id)


def unsent_points(db: Database, member_id: int) -> int:
    """The member's points in ledger entries this till has not uploaded yet."""
    return db.execute(
        "SELECT COALESCE(SUM(l.points), 0) FROM ledger l JOIN sync_outbox o "
        "ON o.tbl = 'ledger' AND o.key = CAST(l.entry_id AS TEXT) WHERE l.member_id = ?",
        [member_id]).fetchone()[0]


def offline_redeemed(db: Database, member_id: int) -> int:
    """Points redeemed offline (no hold from the server) and not yet uploaded."""
    return db.execute(
        "SELECT COALESCE(SUM(r.points), 0) FROM sync_offline_redeems r WHERE r.member_id = ? "
        "AND EXISTS (SELECT 1 FROM sync_outbox o WHERE o.tbl = 'sales' "
        "AND o.key = CAST(r.sale_no AS TEXT))", [member_id]).fetchone()[0]


def record_offline_redeem(db: Database, sale_no: int, member_id: int, points: int) -> None:
    db.execute("INSERT INTO sync_offline_redeems (sale_no, member_id, points) VALUES (?, ?, ?)",
               [sale_no, member_id, points])


def negative_balances(db: Database) -> list[tuple[int, int]]:
    """(member, points) of every member whose points add up below zero: an overdraft."""
    return [tuple(r) for r in db.execute(
        "SELECT member_id, SUM(points) FROM ledger GROUP BY member_id HAVING SUM(points) < 0 "
        "ORDER BY member_id")]


# -- returns across the network ------------------------------------------------------------

def receipt_number(db: Database, sale_no: int) -> str:
    """The number a receipt prints: in a network the number of the till that made the sale
    and the sale's number there ('2-3626', read from its global id 't2:sales:3626'), so any
    till of the network finds the sale by it; outside a network the sale's own number."""
    gid = _gid_of(db, "sales", sale_no)
    if gid is None:
        return str(sale_no)
    till, _, number = gid.split(":")
    return f"{till[1:]}-{number}"


def sale_by_receipt_number(db: Database, till: str | None, till_no: int | None,
                           number: int) -> int | None:
    """The local number of the sale a receipt names: ``till_no`` and ``number`` as printed
    ('2-3626'); a plain number (``till_no`` None) is one of this till's own receipts."""
    if till is None:
        row = db.execute("SELECT sale_no FROM sales WHERE sale_no = ?", [number]).fetchone()
        return row[0] if row else None
    code = till if till_no is None else f"t{till_no}"
    row = db.execute("SELECT key FROM sync_gids WHERE tbl = 'sales' AND gid = ?",
                     [f"{code}:sales:{number}"]).fetchone()
    return int(row[0]) if row else None


def sale_gid(db: Database, sale_no: int) -> str | None:
    return _gid_of(db, "sales", sale_no)


def in_outbox(db: Database, tbl: str, key: object) -> bool:
    return db.execute("SELECT 1 FROM sync_outbox WHERE tbl = ? AND key = ?",
                      [tbl, str(key)]).fetchone() is not None


def unsent_returned(db: Database, sale_no: int) -> dict[int, int]:
    """Units of each line of ``sale_no`` that this till's returns not yet uploaded took back."""
    return dict(db.execute(
        "SELECT l.original_line_no, -SUM(l.qty) FROM sales s JOIN sale_lines l USING (sale_no) "
        "JOIN sync_outbox o ON o.tbl = 'sales' AND o.key = CAST(s.sale_no AS TEXT) "
        "WHERE s.original_sale_no = ? GROUP BY l.original_line_no", [sale_no]).fetchall())


# -- what the owner is shown ---------------------------------------------------------------

def duplicate_members(db: Database) -> list[tuple[str, str, str, str, str]]:
    """(phone, name, cards, other's name, other's cards) of each pair of members one phone
    enrolled twice offline that nobody merged yet."""
    cards = ("(SELECT COALESCE(group_concat(number, ', '), '') FROM cards WHERE member_id = {})")
    return [tuple(r) for r in db.execute(
        f"SELECT d.phone, a.name, {cards.format('a.member_id')}, b.name, "
        f"{cards.format('b.member_id')} FROM sync_duplicates d "
        "JOIN members a ON a.member_id = d.member_id JOIN members b ON b.member_id = d.other_id "
        "WHERE NOT EXISTS (SELECT 1 FROM member_merges g WHERE g.member_id IN (a.member_id, "
        "b.member_id)) ORDER BY d.phone, d.member_id")]
