"""SQL of the lot checkpoints: each member's lots as the last expiry settlement left them."""
from __future__ import annotations

import json

from sqlite_utils import Database

from loyalty.ledger.ledger import Lot, LotCheckpoint
from pos.clock import from_db, to_db


def checkpoint_of(db: Database, member_id: int) -> LotCheckpoint | None:
    row = db.execute("SELECT last_entry_id, last_at, debt, lots FROM lot_checkpoints "
                     "WHERE member_id = ?", [member_id]).fetchone()
    if row is None:
        return None
    lots = tuple(Lot(entry_id, from_db(available), from_db(expires) if expires else None,
                     remaining) for entry_id, available, expires, remaining in json.loads(row[3]))
    return LotCheckpoint(row[0], from_db(row[1]), row[2], lots)


def save_checkpoint(db: Database, member_id: int, checkpoint: LotCheckpoint) -> None:
    lots = [[lot.entry_id, to_db(lot.available_at),
             to_db(lot.expires_at) if lot.expires_at else None, lot.remaining]
            for lot in checkpoint.lots]
    db.execute("INSERT OR REPLACE INTO lot_checkpoints (member_id, last_entry_id, last_at, debt, "
               "lots) VALUES (?, ?, ?, ?, ?)",
               [member_id, checkpoint.last_entry_id, to_db(checkpoint.last_at), checkpoint.debt,
                json.dumps(lots, separators=(",", ":"))])


def checkpointed_members(db: Database) -> list[int]:
    return [r[0] for r in db.execute("SELECT member_id FROM lot_checkpoints ORDER BY member_id")]
