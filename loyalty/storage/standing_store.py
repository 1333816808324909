"""SQL of the standing each receipt printed (tier, next tier, stamps, balance), kept per sale."""
from __future__ import annotations

import json

from sqlite_utils import Database

from loyalty.model.models import ReceiptStanding


def insert_standing(db: Database, sale_no: int, standing: ReceiptStanding) -> None:
    """Inside the sale's transaction: the receipt's standing is stored with the sale or not
    at all."""
    db.execute(
        "INSERT INTO receipt_standings (sale_no, balance_points, pending_points, tier_name, "
        "next_tier_name, next_tier_metric, next_tier_remaining, stamps) VALUES (?,?,?,?,?,?,?,?)",
        [sale_no, standing.balance_points, standing.pending_points, standing.tier_name,
         standing.next_tier_name, standing.next_tier_metric, standing.next_tier_remaining,
         json.dumps([list(s) for s in standing.stamps], ensure_ascii=False)])


def standing_of_sale(db: Database, sale_no: int) -> ReceiptStanding | None:
    """None for a sale made before standings were kept (or without a member)."""
    row = db.execute(
        "SELECT balance_points, pending_points, tier_name, next_tier_name, next_tier_metric, "
        "next_tier_remaining, stamps FROM receipt_standings WHERE sale_no = ?",
        [sale_no]).fetchone()
    if row is None:
        return None
    stamps = tuple((str(name), int(have), int(need)) for name, have, need in json.loads(row[6]))
    return ReceiptStanding(row[0], row[1], row[2], row[3], row[4], row[5], stamps)
