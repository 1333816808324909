"""SQL of applying the other tills' records at a till: each once, in the server's order,
with the outbox triggers silenced, in one transaction with the download cursor."""
from __future__ import annotations

from sqlite_utils import Database

from loyalty.network.records import BY_TABLE
from loyalty.storage import ledger_store, rules_store
from loyalty.storage.sync_store import Incoming, SyncError, select_rows
from pos.clock import from_db
from pos.storage.db import write_transaction


def apply_batch(db: Database, records: list[Incoming], cursor: int) -> int:
    """Apply each record not yet held, and move the cursor, in one transaction: a kill
    at any point leaves all of the batch or none of it.  Returns the records applied."""
    applied = 0
    with write_transaction(db):
        db.execute("INSERT INTO sync_applying (one) VALUES (1)")
        for rec in records:
            held = db.execute("SELECT key FROM sync_gids WHERE gid = ?", [rec.gid]).fetchone()
            if held is not None:
                if rec.tbl == "ledger":
                    _align_scheduled_entry(db, int(held[0]), rec)
                elif rec.tbl == "tier_changes":  # one recalculation a day: the server's tier
                    db.execute("UPDATE tier_changes SET tier_id = ? WHERE change_id = ?",
                               [rec.payload["tier_id"], int(held[0])])
                continue
            if rec.kind == "event":
                _apply_event(db, rec)
                db.execute("INSERT INTO sync_gids (gid, tbl, key) VALUES (?, 'event', ?)",
                           [rec.gid, rec.gid])
            else:
                _apply_row(db, rec)
            applied += 1
        db.execute("UPDATE sync_till SET cursor = ?", [cursor])
        db.execute("DELETE FROM sync_applying")
    return applied


def _local(db: Database, gid: str) -> str:
    row = db.execute("SELECT key FROM sync_gids WHERE gid = ?", [gid]).fetchone()
    if row is None:
        raise SyncError(f"a downloaded record points at {gid}, which this till does not hold")
    return row[0]


def _in_refs(db: Database, row: dict, refs: tuple[tuple[str, str], ...]) -> dict:
    for column, target in refs:
        if row.get(column) is None:
            continue
        if BY_TABLE[target].shop_scoped:  # another shop's product: the line keeps its name
            held = db.execute("SELECT key FROM sync_gids WHERE gid = ?", [row[column]]).fetchone()
            row[column] = held[0] if held else None
        else:
            row[column] = _local(db, row[column])
    return row


def _insert(db: Database, table: str, row: dict) -> int:
    cols = ", ".join(row)
    marks = ", ".join("?" * len(row))
    return db.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values())).lastrowid


def _apply_row(db: Database, rec: Incoming) -> None:
    spec = BY_TABLE[rec.tbl]
    row = dict(rec.payload)
    children = {c.table: row.pop("_" + c.table, []) for c in spec.children}
    if spec.table == "ledger":
        row.pop("basket_id", None)
    row = _in_refs(db, row, spec.refs)
    duplicate = _phone_taken(db, rec, row) if spec.table == "members" else None
    if spec.table == "programs" and db.execute("SELECT 1 FROM programs WHERE version = ?",
                                               [row["version"]]).fetchone():
        row["version"] = db.execute("SELECT MAX(version) + 1 FROM programs").fetchone()[0]
    rowid = _insert(db, spec.table, row)
    key = row[spec.key] if spec.key in row else rowid
    db.execute("INSERT INTO sync_gids (gid, tbl, key, version) VALUES (?, ?, ?, ?)",
               [rec.gid, spec.table, str(key), rec.seq])
    if spec.table == "ledger":
        ledger_store.seal_appended(db, rowid)
    if duplicate is not None:
        db.execute("INSERT OR REPLACE INTO sync_duplicates (member_id, other_id, phone) "
                   "VALUES (?, ?, ?)", _pair(duplicate, rowid))
    for child in spec.children:
        for r in children[child.table]:
            r = _in_refs(db, dict(r), child.refs)
            r[child.parent] = key
            _insert(db, child.table, r)
            if child.table == "loyalty_sales":
                rules_store.add_to_member_totals(db, int(r["member_id"]), row["net_minor"],
                                                 from_db(row["at"]) if row["kind"] == "sale"
                                                 else None)


def _phone_taken(db: Database, rec: Incoming, row: dict) -> tuple[bool, int, str] | None:
    """A member arriving with a phone a member here holds: enrolled twice while the tills
    were offline.  The phone goes to the one enrolled first (then by global id), the same
    at every till, and the other keeps its points without it until the owner merges them.
    Returns (whether the arriving member keeps the phone, the member here, the phone)."""
    phone = row.get("phone")
    if not phone:
        return None
    here = db.execute("SELECT member_id, enrolled_at FROM members WHERE phone = ?",
                      [phone]).fetchone()
    if here is None:
        if db.execute("SELECT 1 FROM member_phones WHERE phone = ?", [phone]).fetchone():
            row["phone"] = None  # a merged customer's other phone: it stays theirs
        return None
    gid = db.execute("SELECT gid FROM sync_gids WHERE tbl = 'members' AND key = ?",
                     [str(here[0])]).fetchone()
    unsent = db.execute("SELECT 1 FROM sync_outbox WHERE tbl = 'members' AND key = ?",
                        [str(here[0])]).fetchone()
    arrives_first = (row["enrolled_at"], rec.gid) < (here[1], gid[0] if gid else "")
    if arrives_first and not unsent:  # (one still to upload keeps what it will send)
        db.execute("UPDATE members SET phone = NULL WHERE member_id = ?", [here[0]])
        return True, here[0], phone
    row["phone"] = None
    return False, here[0], phone


def _pair(duplicate: tuple[bool, int, str], arrived: int) -> list:
    """(member without the phone, member holding it, phone)."""
    keeps, here, phone = duplicate
    return [here, arrived, phone] if keeps else [arrived, here, phone]


def _align_scheduled_entry(db: Database, entry_id: int, rec: Incoming) -> None:
    """A scheduled entry (an expiry) has one id in the whole network, but two tills may
    have written it with different points (a redemption from the lot was still offline at
    one of them).  The server kept the first; a till whose own copy lost appends the
    difference, local to it (never uploaded: the others hold the server's copy), so every
    till's points add up to the same."""
    row = db.execute("SELECT member_id, kind, points, lot_ref FROM ledger WHERE entry_id = ?",
                     [entry_id]).fetchone()
    difference = rec.payload["points"] - row[2]
    if difference == 0:
        return
    entry_id = _insert(db, "ledger", {
        "member_id": row[0], "kind": row[1], "points": difference, "at": rec.payload["at"],
        "available_at": rec.payload["available_at"], "expires_at": None, "lot_ref": row[3],
        "reason": "network: " + rec.gid})
    ledger_store.seal_appended(db, entry_id)


def _apply_event(db: Database, rec: Incoming) -> None:
    """A mutable row's state from another till: taken if it is newer by server order than
    what this till holds and this till has no change of its own still to send."""
    spec = BY_TABLE[rec.tbl]
    held = db.execute("SELECT key, version FROM sync_gids WHERE gid = ?", [rec.row_gid]).fetchone()
    if held is None:
        return  # a row of another shop's catalogue
    key, version = held
    if rec.seq <= version or db.execute("SELECT 1 FROM sync_outbox WHERE tbl = ? AND key = ?",
                                        [spec.table, key]).fetchone():
        return
    row = _in_refs(db, dict(rec.payload), spec.refs)
    row.pop(spec.key, None)
    current = select_rows(db, spec.table, spec.key, key)[0]
    if spec.table == "cards" and current["status"] == "blocked":
        for column in ("status", "blocked_at", "block_reason"):  # a block is never undone
            row[column] = current[column]
    if spec.table == "members" and row.get("phone") != current["phone"] and db.execute(
            "SELECT 1 FROM members WHERE phone = ? UNION SELECT 1 FROM member_phones "
            "WHERE phone = ?", [row.get("phone"), row.get("phone")]).fetchone():
        row["phone"] = current["phone"]
    sets = ", ".join(f"{c} = ?" for c in row)
    db.execute(f"UPDATE {spec.table} SET {sets} WHERE {spec.key} = ?", [*row.values(), key])
    db.execute("UPDATE sync_gids SET version = ? WHERE gid = ?", [rec.seq, rec.row_gid])
