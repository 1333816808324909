"""SQL of the members screen: the full-text search index, list rows, sale history and merges."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from pos.clock import from_db, to_db
from pos.folding import fold

MAX_RESULTS = 1000

# E.164 '+79123456789' indexed as '79123456789 9123456789': the digits as typed
# internationally and without a one-digit country code (+7, +1: the shipped
# locales), so '912 345' and '7912' both find the member by prefix.
_PHONE_TOKENS = "COALESCE(substr({p}, 2) || ' ' || substr({p}, 3), '')"
# ё is written е as often as not, and unicode61 folds only Latin diacritics
_NAME = "replace(replace({n}, 'ё', 'е'), 'Ё', 'Е')"
_CARDS_OF = "COALESCE((SELECT group_concat(number, ' ') FROM cards WHERE member_id = {m}), '')"


# a member's own phone first, then those kept from merged duplicates
_OTHER_PHONES = ("COALESCE((SELECT ' ' || group_concat(substr(phone, 2) || ' ' || "
                 "substr(phone, 3), ' ') FROM member_phones WHERE member_id = {m}), '')")


def _all_phones(member: str) -> str:
    return (f"{_PHONE_TOKENS.format(p=member + '.phone')} || "
            f"{_OTHER_PHONES.format(m=member + '.member_id')}")


def index_other_phones(db: Database) -> None:
    """Migration step: the index's phone column holds every phone of a member."""
    name_new = _NAME.format(n="new.name")
    owner_phones = _all_phones("m")
    db.executescript(f"""
        DROP TRIGGER member_search_update;
        CREATE TRIGGER member_search_update AFTER UPDATE OF name, email, phone ON members BEGIN
            UPDATE member_search SET name = {name_new}, email = new.email,
                phone = {_all_phones("new")}
            WHERE rowid = new.member_id;
        END;
        CREATE TRIGGER member_search_phone_insert AFTER INSERT ON member_phones BEGIN
            UPDATE member_search SET phone = (SELECT {owner_phones} FROM members m
                                              WHERE m.member_id = new.member_id)
            WHERE rowid = new.member_id;
        END;
        CREATE TRIGGER member_search_phone_delete AFTER DELETE ON member_phones BEGIN
            UPDATE member_search SET phone = (SELECT {owner_phones} FROM members m
                                              WHERE m.member_id = old.member_id)
            WHERE rowid = old.member_id;
        END;
    """)


# -- searching ----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SearchResult:
    """The matches in name order.  ``member_ids`` None means every member, listed a page at
    a time (``listed_page``) because reading 100,000 ids alone takes longer than a
    keystroke; ``complete`` is False when only the first MAX_RESULTS matches are listed."""

    member_ids: tuple[int, ...] | None
    total: int
    complete: bool = True


def match_expression(text: str) -> str | None:
    """The FTS5 query for what was typed: a phone-like run of digits matches phone and card
    numbers by prefix (a leading trunk 8 or 0 also without it); words match by prefix."""
    if re.fullmatch(r"[\d\s()+\-]+", text) and sum(c.isdigit() for c in text) >= 3:
        digits = re.sub(r"\D", "", text)
        terms = [f'{{phone cards}} : "{digits}"*']
        if digits[0] in "08" and len(digits) > 3:
            terms.append(f'phone : "{digits[1:]}"*')
        return " OR ".join(terms)
    words = re.findall(r"\w+", fold(text))  # the index folds case itself (unicode61)
    return " AND ".join(f'"{w}"*' for w in words) if words else None


def search(db: Database, text: str) -> SearchResult:
    """Members whose name, phone, e-mail or a card matches ``text``; every member when empty."""
    expression = match_expression(text)
    if expression is None:
        return SearchResult(None, db.execute(
            "SELECT (SELECT COUNT(*) FROM members) - (SELECT COUNT(*) FROM member_merges)"
        ).fetchone()[0])
    ids = tuple(r[0] for r in db.execute(
        "SELECT member_id FROM members WHERE member_id IN (SELECT rowid FROM member_search "
        "WHERE member_search MATCH ? LIMIT ?) ORDER BY name COLLATE NOCASE, member_id",
        [expression, MAX_RESULTS + 1]))
    digits = re.sub(r"\D", "", text)
    if not ids and len(digits) >= 4 and re.fullmatch(r"[\d\s()+\-]+", text):
        ids = _inside_numbers(db, digits)
    return SearchResult(ids[:MAX_RESULTS], min(len(ids), MAX_RESULTS), len(ids) <= MAX_RESULTS)


def _inside_numbers(db: Database, digits: str) -> tuple[int, ...]:
    """Members with ``digits`` anywhere in a phone or a card number: the last four digits of
    a phone, as customers say them, which the index (by prefix) cannot find.  A scan, so only
    when the index found nothing."""
    pattern = f"%{digits}%"
    # each number column scanned once, apart (an OR of them walked the members by name,
    # testing every row: 200 ms on 100,000 members, against some 30 ms)
    return tuple(r[0] for r in db.execute(
        f"SELECT member_id FROM members WHERE {_LISTED} AND member_id IN ("
        "SELECT member_id FROM members WHERE phone LIKE ? UNION "
        "SELECT member_id FROM member_phones WHERE phone LIKE ? UNION "
        "SELECT member_id FROM cards WHERE number LIKE ?) "
        "ORDER BY name COLLATE NOCASE, member_id LIMIT ?",
        [pattern, pattern, pattern, MAX_RESULTS + 1]))


_LISTED = "member_id NOT IN (SELECT member_id FROM member_merges)"


def listed_page(db: Database, start: int, count: int) -> tuple[int, ...]:
    """Ids at positions [start, start + count) of the whole list (merged duplicates left out)."""
    return tuple(r[0] for r in db.execute(
        f"SELECT member_id FROM members WHERE {_LISTED} ORDER BY name COLLATE NOCASE, member_id "
        "LIMIT ? OFFSET ?", [count, start]))


def listed_position(db: Database, member_id: int) -> int | None:
    """Where the member stands in the whole list, None when not listed."""
    row = db.execute(f"SELECT name FROM members WHERE member_id = ? AND {_LISTED}",
                     [member_id]).fetchone()
    if row is None:
        return None
    return db.execute(
        f"SELECT COUNT(*) FROM members WHERE {_LISTED} AND (name < ? COLLATE NOCASE OR "
        "(name = ? COLLATE NOCASE AND member_id < ?))", [row[0], row[0], member_id]).fetchone()[0]


@dataclass(frozen=True, slots=True)
class MemberRow:
    """One line of the members list; ``points`` are the spendable ones as stored."""

    member_id: int
    name: str
    phone: str | None
    cards: str
    points: int
    erased: bool


def list_rows(db: Database, member_ids: tuple[int, ...], now: datetime) -> tuple[MemberRow, ...]:
    """The list's rows for ``member_ids`` (one page), in the order given."""
    if not member_ids:
        return ()
    marks = ",".join("?" * len(member_ids))
    rows = {r[0]: MemberRow(r[0], r[1], r[2], r[3] or "", r[4], bool(r[5])) for r in db.execute(
        "SELECT m.member_id, m.name, m.phone, (SELECT group_concat(number, ' ') FROM cards c "
        "WHERE c.member_id = m.member_id AND c.status != 'blocked'), (SELECT "
        "COALESCE(SUM(points), 0) FROM ledger l WHERE l.member_id = m.member_id AND "
        f"l.available_at <= ?), m.erased_at IS NOT NULL FROM members m WHERE m.member_id IN ({marks})",
        [to_db(now), *member_ids])}
    return tuple(rows[i] for i in member_ids if i in rows)


# -- sales history ------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SaleRow:
    sale_no: int
    at: datetime
    kind: str
    net_minor: int
    points_earned: int
    points_redeemed: int
    card_number: str | None
    member_id: int


def member_sales(db: Database, member_ids: tuple[int, ...]) -> tuple[SaleRow, ...]:
    """Sales and returns recorded for these members, newest first."""
    marks = ",".join("?" * len(member_ids))
    return tuple(SaleRow(r[0], from_db(r[1]), r[2], r[3], r[4], r[5], r[6], r[7]) for r in db.execute(
        "SELECT s.sale_no, s.at, s.kind, s.net_minor, l.points_earned, l.points_redeemed, "
        "l.card_number, l.member_id FROM loyalty_sales l JOIN sales s ON s.sale_no = l.sale_no "
        f"WHERE l.member_id IN ({marks}) ORDER BY s.at DESC, s.sale_no DESC", list(member_ids)))


def clear_customer_refs(db: Database, member_id: int) -> int:
    """Forget what identified the member at the till (a typed phone) on their sales; card
    numbers stay, they name a card rather than a person."""
    return db.execute(
        "UPDATE sales SET customer_ref = NULL WHERE sale_no IN (SELECT sale_no FROM "
        "loyalty_sales WHERE member_id = ?) AND customer_ref IS NOT NULL AND customer_ref NOT IN "
        "(SELECT number FROM cards)", [member_id]).rowcount


def rebuild_search_index(db: Database) -> None:
    """Rewrite the FTS5 index from the members as they are now: an update leaves the old
    tokens in the index's segments until they merge, and erased data must not linger there."""
    db.execute("INSERT INTO member_search (member_search) VALUES ('rebuild')")


# -- merges ---------------------------------------------------------------------

def insert_merge(db: Database, member_id: int, into_id: int, at: datetime,
                 staff_id: int | None) -> None:
    db.execute("INSERT INTO member_merges (member_id, into_id, at, staff_id) VALUES (?,?,?,?)",
               [member_id, into_id, to_db(at), staff_id])


def merged_into(db: Database, member_id: int) -> int | None:
    row = db.execute("SELECT into_id FROM member_merges WHERE member_id = ?",
                     [member_id]).fetchone()
    return row[0] if row else None


def merged_from(db: Database, member_id: int) -> tuple[int, ...]:
    """Every duplicate merged into this member, directly or through an earlier merge."""
    return tuple(r[0] for r in db.execute(
        "WITH RECURSIVE m(id) AS (SELECT member_id FROM member_merges WHERE into_id = ? "
        "UNION SELECT g.member_id FROM member_merges g JOIN m ON g.into_id = m.id) "
        "SELECT id FROM m ORDER BY id", [member_id]))
