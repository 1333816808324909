"""SQL of the points ledger and of the loyalty record kept for each sale."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime

from sqlite_utils import Database

from loyalty.ledger.chain import GENESIS, entry_hash
from loyalty.model.models import (
    Balance, ChainRow, EntryKind, LedgerEntry, LoyaltySaleRecord)
from pos.clock import from_db, to_db
from pos.storage.db import write_transaction
from pos.storage.sale_store import period_clause

_COLS = ("entry_id, member_id, kind, points, at, available_at, expires_at, sale_no, lot_ref, "
         "staff_id, reason")


# stored text -> member by a plain dict: EntryKind(text) costs a microsecond an entry, which
# a member's replay on each scan and a ledger export of a million entries would feel
_KINDS = {k.value: k for k in EntryKind}


def _entry(r: tuple) -> LedgerEntry:
    return LedgerEntry(entry_id=r[0], member_id=r[1], kind=_KINDS[r[2]], points=r[3],
                       at=from_db(r[4]),
                       available_at=from_db(r[5]), expires_at=from_db(r[6]) if r[6] else None,
                       sale_no=r[7], lot_ref=r[8], staff_id=r[9], reason=r[10])


# the values an entry's hash covers, as stored (the order is part of the hash)
_CHAINED = ("entry_id, member_id, kind, points, sale_no, at, available_at, expires_at, lot_ref, "
            "staff_id, reason")


def append(db: Database, entries: Iterable[LedgerEntry]) -> list[int]:
    """Append entries (their ``entry_id`` is ignored); returns the new ids in order.  Each
    entry's chain hash is written in the same transaction, so the chain never forks."""
    ids: list[int] = []
    entries = list(entries)
    if not entries:
        return ids
    with write_transaction(db):
        previous = _last_hash(db)
        hashes = []
        for e in entries:
            # RETURNING hands back the values as stored, so the hash needs no second read
            values = db.conn.execute(
                "INSERT INTO ledger (member_id, kind, points, at, available_at, expires_at, "
                "sale_no, lot_ref, staff_id, reason) VALUES (?,?,?,?,?,?,?,?,?,?) "
                f"RETURNING {_CHAINED}",
                [e.member_id, e.kind, e.points, to_db(e.at), to_db(e.available_at),
                 to_db(e.expires_at) if e.expires_at else None, e.sale_no, e.lot_ref,
                 e.staff_id, e.reason]).fetchone()
            previous = entry_hash(previous, tuple(values))
            hashes.append((values[0], previous))
            ids.append(values[0])
        # the hashes in one statement, in the transaction of their entries
        db.conn.executemany("INSERT INTO ledger_chain (entry_id, hash) VALUES (?, ?)", hashes)
    return ids


def seal_appended(db: Database, entry_id: int) -> None:
    """Seal an entry written by a generic insert (one downloaded from another till), inside
    the caller's transaction: the chain covers every entry the file holds."""
    _seal_entry(db, entry_id, _last_hash(db))


def _last_hash(db: Database) -> str:
    row = db.execute("SELECT hash FROM ledger_chain ORDER BY entry_id DESC LIMIT 1").fetchone()
    return row[0] if row else GENESIS


def _seal_entry(db: Database, entry_id: int, previous: str) -> str:
    values = db.execute(f"SELECT {_CHAINED} FROM ledger WHERE entry_id = ?", [entry_id]).fetchone()
    return _chain(db, tuple(values), previous)


def _chain(db: Database, values: tuple, previous: str) -> str:
    """Write the hash of an entry's stored ``values`` (``entry_id`` first) after ``previous``."""
    digest = entry_hash(previous, values)
    db.execute("INSERT INTO ledger_chain (entry_id, hash) VALUES (?, ?)", [values[0], digest])
    return digest


def seal_existing_entries(db: Database) -> None:
    """Hash every entry so far into the chain (the migration that adds the chain)."""
    previous = GENESIS
    for (entry_id,) in db.execute("SELECT entry_id FROM ledger ORDER BY entry_id").fetchall():
        previous = _seal_entry(db, entry_id, previous)


def chain_rows(db: Database, end: datetime | None = None) -> Iterator[ChainRow]:
    """Each entry's hashed values and stored hash in entry order, up to the last entry dated
    before ``end`` (every entry when None); entries are streamed, not loaded at once."""
    last = _last_entry_before(db, end) if end is not None else None
    where = "" if end is None else "WHERE l.entry_id <= ?"
    cols = ", ".join(f"l.{c.strip()}" for c in _CHAINED.split(","))
    for r in db.execute(f"SELECT {cols}, c.hash FROM ledger l LEFT JOIN ledger_chain c "
                        f"ON c.entry_id = l.entry_id {where} ORDER BY l.entry_id",
                        [] if end is None else [last or 0]):
        yield ChainRow(tuple(r[:-1]), r[-1])


def _last_entry_before(db: Database, end: datetime) -> int | None:
    return db.execute("SELECT MAX(entry_id) FROM ledger WHERE at < ?", [to_db(end)]).fetchone()[0]


def chain_head(db: Database, end: datetime) -> str:
    """The stored hash of the last entry dated before ``end``: the month's 'ledger seal'."""
    last = _last_entry_before(db, end)
    if last is None:
        return GENESIS
    row = db.execute("SELECT hash FROM ledger_chain WHERE entry_id = ?", [last]).fetchone()
    return row[0] if row else ""


def orphan_chain_hashes(db: Database) -> list[int]:
    """Hashes left for entries that no longer exist (a row deleted behind the till's back)."""
    return [r[0] for r in db.execute(
        "SELECT entry_id FROM ledger_chain WHERE entry_id NOT IN (SELECT entry_id FROM ledger)")]


def adjustments_without_staff_or_reason(db: Database) -> tuple[LedgerEntry, ...]:
    """Manual adjustments nobody signed or explained."""
    return tuple(_entry(r) for r in db.execute(
        f"SELECT {_COLS} FROM ledger WHERE kind = ? AND "
        "(staff_id IS NULL OR TRIM(reason) = '') ORDER BY entry_id", [EntryKind.ADJUST]))


def earned_expiring_at_once(db: Database) -> tuple[LedgerEntry, ...]:
    """Points that expire no later than they were earned (a program version that gave them
    a life of 0 days, saved before lifetimes had to be a day at least)."""
    return tuple(_entry(r) for r in db.execute(
        f"SELECT {_COLS} FROM ledger WHERE points > 0 AND expires_at IS NOT NULL "
        "AND expires_at <= at ORDER BY entry_id"))


def balance(db: Database, member_id: int, now: datetime) -> Balance:
    """One indexed query over ``ledger_member``."""
    total, pending = db.execute(
        "SELECT COALESCE(SUM(points), 0), COALESCE(SUM(CASE WHEN available_at > ? THEN points "
        "ELSE 0 END), 0) FROM ledger WHERE member_id = ?", [to_db(now), member_id]).fetchone()
    return Balance(spendable=total - pending, pending=pending)


def entries_of(db: Database, member_id: int) -> tuple[LedgerEntry, ...]:
    return tuple(_entry(r) for r in db.execute(
        f"SELECT {_COLS} FROM ledger WHERE member_id = ? ORDER BY at, entry_id", [member_id]))


def entries_after(db: Database, member_id: int, entry_id: int) -> tuple[LedgerEntry, ...]:
    """The member's entries written after ``entry_id``, in replay order (from the member's
    index: the unary + keeps SQLite off a rowid range that may span every member)."""
    return tuple(_entry(r) for r in db.execute(
        f"SELECT {_COLS} FROM ledger WHERE member_id = ? AND +entry_id > ? "
        "ORDER BY at, entry_id", [member_id, entry_id]))


def entries_of_sale(db: Database, sale_no: int) -> tuple[LedgerEntry, ...]:
    return tuple(_entry(r) for r in db.execute(
        f"SELECT {_COLS} FROM ledger WHERE sale_no = ? ORDER BY entry_id", [sale_no]))


def iter_entries(db: Database, start: datetime | None = None, end: datetime | None = None
                 ) -> Iterator[LedgerEntry]:
    clauses, args = [], []
    if start:
        clauses.append("at >= ?")
        args.append(to_db(start))
    if end:
        clauses.append("at < ?")
        args.append(to_db(end))
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    for r in db.execute(f"SELECT {_COLS} FROM ledger {where} ORDER BY at, entry_id", args):
        yield _entry(r)


def members_with_due_lots(db: Database, now: datetime) -> list[int]:
    """Members owning a positive entry whose expiry has passed and that no full expiry
    run has settled yet (the expiry run's candidates)."""
    through, last_id = _checked(db, 0)
    return [r[0] for r in db.execute(
        "SELECT member_id FROM ledger WHERE points > 0 AND expires_at > ? AND expires_at <= ? "
        # unary + keeps this half on the rowid range: entries written since the last run
        "UNION SELECT member_id FROM ledger WHERE entry_id > ? AND +points > 0 "
        "AND +expires_at <= ?",
        [through, to_db(now), last_id, to_db(now)])]


def has_due_lots(db: Database, member_id: int, now: datetime) -> bool:
    """Whether the member may own an expired lot without its expiry entry: one that
    expired after the last run covering the member, or was written after it.

    Two narrow reads instead of testing every lot the member ever had: lots expiring
    after the earlier run's horizon (indexed by member and expiry), and lots written
    after the later run (a short rowid range).  Any other lot was written before the
    later run, so that run settled it unless it expires after its horizon, which the
    first read finds.  Each candidate is then checked against both runs.
    """
    runs = _runs(db, member_id)
    if not runs:  # never checked: any lot past its expiry counts
        return db.execute("SELECT 1 FROM ledger WHERE member_id = ? AND points > 0 AND "
                          "expires_at <= ? LIMIT 1", [member_id, to_db(now)]).fetchone() is not None
    unsettled = " AND ".join(["NOT (expires_at <= ? AND entry_id <= ?)"] * len(runs))
    args = [v for run in runs for v in run]
    return db.execute(
        f"SELECT 1 FROM ledger WHERE member_id = ? AND points > 0 AND expires_at > ? "
        f"AND expires_at <= ? AND {unsettled} "
        f"UNION ALL SELECT 1 FROM ledger WHERE entry_id > ? AND +member_id = ? "
        f"AND +points > 0 AND +expires_at <= ? AND {unsettled} LIMIT 1",
        [member_id, min(r[0] for r in runs), to_db(now), *args,
         max(r[1] for r in runs), member_id, to_db(now), *args]).fetchone() is not None


def _runs(db: Database, member_id: int) -> list[tuple[str, int]]:
    """(expiring through, last entry id) of the last full run and of the member's own, as
    far as they happened: one read for the two."""
    return [(r[0], r[1]) for r in db.execute(
        "SELECT through, last_entry_id FROM expiry_checks WHERE member_id IN (0, ?)",
        [member_id])]


def _run(db: Database, member_id: int) -> tuple[str, int] | None:
    """(expiring through, last entry id) of the last expiry run for the member (0: all)."""
    row = db.execute("SELECT through, last_entry_id FROM expiry_checks WHERE member_id = ?",
                     [member_id]).fetchone()
    return (row[0], row[1]) if row else None


def _checked(db: Database, member_id: int) -> tuple[str, int]:
    return _run(db, member_id) or ("", 0)


def mark_expiry_checked(db: Database, member_id: int | None, now: datetime) -> None:
    """Record that every lot of the member (None: of every member) written so far and
    expiring by ``now`` is settled.  A run for an earlier moment than the last one
    records nothing: it settled less."""
    key = member_id or 0
    if _checked(db, key)[0] > to_db(now):
        return
    db.execute("INSERT OR REPLACE INTO expiry_checks (member_id, through, last_entry_id) "
               "VALUES (?, ?, (SELECT COALESCE(MAX(entry_id), 0) FROM ledger))",
               [key, to_db(now)])


def sum_before(db: Database, moment: datetime) -> int:
    return db.execute("SELECT COALESCE(SUM(points), 0) FROM ledger WHERE at < ?",
                      [to_db(moment)]).fetchone()[0]


def pending_at(db: Database, moment: datetime) -> int:
    """Points written before ``moment`` that only become spendable after it (such an entry
    has a hold: ``available_at > at`` names the partial index of those)."""
    return db.execute(
        "SELECT COALESCE(SUM(points), 0) FROM ledger WHERE at < ? AND available_at >= ? "
        "AND available_at > at", [to_db(moment), to_db(moment)]).fetchone()[0]


def sums_by_kind(db: Database, start: datetime, end: datetime) -> dict[str, int]:
    return {k: v for k, v in db.execute(
        "SELECT kind, SUM(points) FROM ledger WHERE at >= ? AND at < ? GROUP BY kind",
        [to_db(start), to_db(end)])}


def sums_by_member(db: Database) -> dict[int, int]:
    return {m: s for m, s in db.execute("SELECT member_id, SUM(points) FROM ledger GROUP BY member_id")}


# -- the loyalty record of each sale ------------------------------------------

def insert_loyalty_sale(db: Database, sale_no: int, member_id: int, card_number: str | None,
                        points_earned: int, points_redeemed: int, program_version: int) -> None:
    db.execute("INSERT INTO loyalty_sales (sale_no, member_id, card_number, points_earned, "
               "points_redeemed, program_version) VALUES (?,?,?,?,?,?)",
               [sale_no, member_id, card_number, points_earned, points_redeemed, program_version])


def insert_line_points(db: Database, sale_no: int, points_by_line: dict[int, int]) -> None:
    db.conn.executemany("INSERT INTO loyalty_sale_lines (sale_no, line_no, points) VALUES (?,?,?)",
                        [(sale_no, n, p) for n, p in sorted(points_by_line.items())])


def line_points(db: Database, sale_no: int) -> dict[int, int] | None:
    """The points each line of ``sale_no`` earned (every line has a row, nothing earned is 0);
    None for a sale recorded before lines kept their points."""
    rows = db.execute("SELECT line_no, points FROM loyalty_sale_lines WHERE sale_no = ?",
                      [sale_no]).fetchall()
    return {n: p for n, p in rows} if rows else None


def loyalty_sale(db: Database, sale_no: int) -> LoyaltySaleRecord | None:
    row = db.execute("SELECT member_id, card_number, points_earned, points_redeemed, "
                     "program_version FROM loyalty_sales WHERE sale_no = ?", [sale_no]).fetchone()
    return LoyaltySaleRecord(*row) if row else None


def loyalty_sales_by_no(db: Database, start: datetime | None, end: datetime | None
                        ) -> dict[int, LoyaltySaleRecord]:
    """The loyalty record of each sale in [start, end), by sale number."""
    where, args = period_clause(start, end)
    return {r[0]: LoyaltySaleRecord(*r[1:]) for r in db.execute(
        "SELECT l.sale_no, l.member_id, l.card_number, l.points_earned, l.points_redeemed, "
        "l.program_version "
        f"FROM loyalty_sales l JOIN sales s ON s.sale_no = l.sale_no {where}", args)}


def ledger_sale_mismatches(db: Database) -> list[str]:
    """Sales whose loyalty record disagrees with their ledger entries (verify's core check)."""
    rows = db.execute(
        "SELECT l.sale_no, l.points_earned, l.points_redeemed, "
        "COALESCE((SELECT SUM(g.points) FROM ledger g WHERE g.sale_no = l.sale_no AND "
        "(g.kind IN ('purchase', 'birthday', 'referral', 'mission') "
        "OR (g.kind = 'reversal' AND g.points < 0))), 0), "
        "COALESCE((SELECT -SUM(g.points) FROM ledger g WHERE g.sale_no = l.sale_no AND "
        "(g.kind = 'redeem' OR (g.kind = 'reversal' AND g.points > 0))), 0) "
        "FROM loyalty_sales l")
    return [f"sale {r[0]}: records {r[1]} earned / {r[2]} redeemed points, ledger has "
            f"{r[3]} / {r[4]}" for r in rows if (r[1], r[2]) != (r[3], r[4])]


def ledger_sale_time_mismatches(db: Database) -> list[str]:
    """Sales whose time differs from their ledger entries': every entry a sale or return
    writes carries the sale's own time, and the chain seals the entry, so a sale moved to
    another day (another month's report) shows here."""
    rows = db.execute("SELECT s.sale_no, s.at, MIN(g.at) FROM sales s JOIN ledger g "
                      "ON g.sale_no = s.sale_no GROUP BY s.sale_no "
                      "HAVING MIN(g.at) != s.at OR MAX(g.at) != s.at")
    return [f"sale {r[0]}: its time {r[1]} differs from its ledger entries' ({r[2]})"
            for r in rows]


def orphan_ledger_sales(db: Database) -> list[str]:
    rows = db.execute("SELECT DISTINCT g.sale_no FROM ledger g LEFT JOIN loyalty_sales l ON "
                      "l.sale_no = g.sale_no WHERE g.sale_no IS NOT NULL AND l.sale_no IS NULL")
    return [f"ledger entries of sale {r[0]} without its loyalty record" for r in rows]


def balances_all(db: Database, now: datetime) -> dict[int, Balance]:
    """The balance of every member with entries, by member id."""
    return {m: Balance(spendable=t - p, pending=p) for m, t, p in db.execute(
        "SELECT member_id, SUM(points), SUM(CASE WHEN available_at > ? THEN points ELSE 0 END) "
        "FROM ledger GROUP BY member_id", [to_db(now)])}


def customer_sales_without_record(db: Database) -> list[str]:
    rows = db.execute("SELECT s.sale_no FROM sales s LEFT JOIN loyalty_sales l ON "
                      "l.sale_no = s.sale_no WHERE s.customer_ref IS NOT NULL AND l.sale_no IS NULL")
    return [f"sale {r[0]} names a customer but has no loyalty record" for r in rows]


def points_payment_mismatches(db: Database) -> list[str]:
    """Points paid on a sale's payments must equal the points its loyalty record redeemed."""
    rows = db.execute(
        "SELECT l.sale_no, l.points_redeemed, COALESCE((SELECT SUM(p.points) FROM payments p "
        "WHERE p.sale_no = l.sale_no AND p.tender = 'points'), 0) FROM loyalty_sales l")
    return [f"sale {r[0]}: paid {r[2]} points but redeemed {r[1]}" for r in rows if r[1] != r[2]]


def missing_append_only_guards(db: Database) -> list[str]:
    triggers = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return [n for n in ("ledger_append_only_update", "ledger_append_only_delete",
                        "ledger_chain_append_only_update", "ledger_chain_append_only_delete")
            if n not in triggers]


def last_entry_id(db: Database, member_id: int) -> int:
    """The member's newest entry: what a replay of their entries is good up to."""
    return db.execute("SELECT COALESCE(MAX(entry_id), 0) FROM ledger WHERE member_id = ?",
                      [member_id]).fetchone()[0]


def last_entry_at(db: Database, member_id: int, kind: str) -> datetime | None:
    row = db.execute("SELECT MAX(at) FROM ledger WHERE member_id = ? AND kind = ?",
                     [member_id, kind]).fetchone()
    return from_db(row[0]) if row and row[0] else None
