"""The ledger's hash chain (pure): each entry sealed with the hash of the one before it.

A raw edit of the file (an INSERT behind the till's back, triggers dropped, a row changed and
the triggers re-created) leaves the ledger consistent but breaks the chain at that entry;
an attacker who recomputes the whole chain is caught by a seal printed in an earlier
monthly report (``verify --seal YYYY-MM=HASH``).
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

from loyalty.model.models import ChainRow

GENESIS = "0" * 64


def entry_hash(previous: str, row: tuple) -> str:
    """SHA-256 of the previous hash and the entry's stored values, in a fixed text form."""
    body = json.dumps(list(row), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{previous}\n{body}".encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """The first entry whose stored hash is missing or not what its values give."""

    entry_id: int
    problem: str  # "unsealed" (no hash: written behind the till's back) or "altered"


def first_break(rows: Iterable[ChainRow]) -> ChainBreak | None:
    """Walk the rows in entry order; their values start with ``entry_id``."""
    previous = GENESIS
    for row in rows:
        expected = entry_hash(previous, row.values)
        if row.stored_hash is None:
            return ChainBreak(row.values[0], "unsealed")
        if row.stored_hash != expected:
            return ChainBreak(row.values[0], "altered")
        previous = row.stored_hash
    return None


def recomputed_head(rows: Iterable[ChainRow]) -> str:
    """The chain's head recomputed from the values alone (what a seal is checked against)."""
    head = GENESIS
    for row in rows:
        head = entry_hash(head, row.values)
    return head
