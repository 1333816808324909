"""Returns in a shop network: finding a sale by the number its receipt prints at any till,
and making each returned unit come back once across the network.

Online, the server holds the units being returned under the sale's row lock before the
return is written, so two tills returning the same line at once cannot both refund it:
the second is refused.  A till that cannot reach the server returns only its own sales
(their receipts name it): another till's sale might already be returned elsewhere, and
that till's receipts can wait for the server.  Worst case: a unit comes back twice, once
at its own till while that till is cut off and once at another till online before that
return reached the server; `network status` and `verify` then list the sale.
"""
from __future__ import annotations

import re

from sqlite_utils import Database

from loyalty.network.errors import NetworkError
from loyalty.storage import sync_store

HOLD_CONNECT_TIMEOUT_S = 2   # as for redemptions: only at the refund, never while quoting

# '2-3626' (till 2, its sale 3626) as the receipt prints it; '2/3626' and spaces forgiven
_PRINTED = re.compile(r"(\d{1,4})\s*[-/]\s*(\d{1,12})")


def find_sale(db: Database, text: str) -> int | None:
    """The local number of the sale a receipt's number names, or None."""
    text = text.strip()
    m = sync_store.membership(db)
    printed = _PRINTED.fullmatch(text)
    if printed:  # outside a network no receipt carries a till's number
        return (sync_store.sale_by_receipt_number(db, m.till, int(printed[1]), int(printed[2]))
                if m is not None else None)
    if not text.isascii() or not text.isdigit() or len(text) > 12:
        return None
    # a plain number is one of this till's own receipts (printed before it joined, or
    # outside a network)
    return sync_store.sale_by_receipt_number(db, m.till if m else None, None, int(text))


class ReturnGuard:
    def __init__(self) -> None:
        self._held: set[str] = set()   # returns whose units the server holds

    def reserve(self, db: Database, sale_no: int, units: dict[int, int], return_id: str) -> None:
        """Before the return's transaction: the server's hold of ``units`` (per original
        line) of sale ``sale_no``.  Raises NetworkError("returned_elsewhere") when the server
        says they already came back at another till, NetworkError("return_needs_server")
        when the server cannot be reached and the sale is another till's."""
        m = sync_store.membership(db)
        if m is None or return_id in self._held:
            return
        if sync_store.in_outbox(db, "sales", sale_no):
            return  # not uploaded yet: no other till has seen this sale
        gid = sync_store.sale_gid(db, sale_no)
        own = gid.startswith(m.till + ":")
        from loyalty.network import server_store
        from loyalty.network.sync import till_password
        unsent = sync_store.unsent_returned(db, sale_no)
        try:
            conn = server_store.connect(m.url, till_password(), HOLD_CONNECT_TIMEOUT_S)
        except server_store.ServerUnreachable:
            return self._offline(own, gid)
        try:
            held = server_store.hold_return(conn, gid, units, return_id, unsent)
        except server_store.psycopg.Error:
            return self._offline(own, gid)
        finally:
            conn.close()
        if not held:
            raise NetworkError("returned_elsewhere")
        self._held.add(return_id)

    @staticmethod
    def _offline(own: bool, gid: str) -> None:
        if not own:
            raise NetworkError("return_needs_server", gid.split(":")[0][1:])
