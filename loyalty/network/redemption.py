"""Redeeming points in a shop network: the server holds them under the member's row lock,
so two tills redeeming the same points at once cannot both succeed; a till that cannot
reach the server within a short timeout lets a member redeem up to its offline allowance.

Worst overdraft: each of k tills cut off from the server lets a member redeem at most the
allowance A between two contacts, and never more than the balance it shows, so the
member's points fall at most k × A below zero; such a balance stays negative and is shown
by `network status` and as a warning of `verify`.
"""
from __future__ import annotations

from sqlite_utils import Database

from loyalty.network.errors import NetworkError
from loyalty.storage import sync_store

HOLD_CONNECT_TIMEOUT_S = 2   # libpq's shortest; the quote never waits for it, only Pay


class RedemptionGuard:
    def __init__(self) -> None:
        self._held: set[str] = set()   # baskets whose points the server holds

    def reserve(self, db: Database, member_id: int, points: int, basket_id: str) -> None:
        """Before the sale's transaction: the server's hold, or nothing when offline.
        Raises NetworkError("points_taken") when the server says the points are gone."""
        m = sync_store.membership(db)
        if m is None or basket_id in self._held:
            return
        from loyalty.network import server_store
        from loyalty.network.sync import till_password
        gid = sync_store.member_gid(db, member_id)
        unsent = sync_store.unsent_points(db, member_id)
        try:
            conn = server_store.connect(m.url, till_password(), HOLD_CONNECT_TIMEOUT_S)
        except server_store.ServerUnreachable:
            return
        try:
            held = server_store.hold_points(conn, gid, points, basket_id, unsent)
        except server_store.psycopg.Error:
            return  # timed out or cut off: the offline allowance decides
        finally:
            conn.close()
        if not held:
            raise NetworkError("points_taken")
        self._held.add(basket_id)

    def check_offline(self, db: Database, sale_no: int, member_id: int, points: int,
                      basket_id: str) -> None:
        """Inside the sale's transaction: a redemption the server did not hold counts
        against the member's offline allowance at this till until it is uploaded."""
        m = sync_store.membership(db)
        if m is None or basket_id in self._held:
            return
        used = sync_store.offline_redeemed(db, member_id)
        if used + points > m.allowance_points:
            raise NetworkError("offline_allowance", str(max(0, m.allowance_points - used)))
        sync_store.record_offline_redeem(db, sale_no, member_id, points)
