"""One sync round of a till: upload the outbox in batches, then apply the other tills'
records by the server's sequence; and the background loop that repeats it.

Exactly once whatever is killed or retried: an uploaded batch is one server transaction
that stores each id once, and the till forgets a record only after the server holds it;
a downloaded batch is applied, skipping ids already held, in one local transaction with
the cursor.  Uploading first means a till's own changes take their place in the server's
order before it reads the others' (which is what "latest by server order wins" needs).
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass

from sqlite_utils import Database

from loyalty.network import server_store
from loyalty.network.errors import NetworkError
from loyalty.storage import sync_apply, sync_store
from pos.clock import Clock

BATCH = 500
PASSWORD_VARIABLE = "POSLOYALTY_PG_PASSWORD"


@dataclass(frozen=True, slots=True)
class RoundResult:
    uploaded: int
    downloaded: int
    pending: int


def till_password() -> str | None:
    """The till role's password: $POSLOYALTY_PG_PASSWORD, else what libpq finds itself
    ($PGPASSWORD, ~/.pgpass or %APPDATA%/postgresql/pgpass.conf)."""
    return os.environ.get(PASSWORD_VARIABLE) or None


def member_of_network(db: Database) -> sync_store.Membership:
    m = sync_store.membership(db)
    if m is None:
        raise NetworkError("not_member")
    return m


def open_server(m: sync_store.Membership, timeout_s: int = server_store.CONNECT_TIMEOUT_S,
                password: str | None = None):
    return server_store.connect(m.url, password or till_password(), timeout_s)


def sync_round(db: Database, clock: Clock, batch: int = BATCH,
               password: str | None = None) -> RoundResult:
    m = member_of_network(db)
    try:
        conn = open_server(m, password=password)
    except server_store.ServerUnreachable as error:
        raise NetworkError("unreachable", error.detail) from error
    try:
        uploaded = downloaded = 0
        while sent := sync_store.outbox_batch(db, m, batch):
            sync_store.acknowledge(db, sent, server_store.upload(conn, m.till, sent))
            uploaded += len(sent)
        cursor = m.cursor
        while records := server_store.download(conn, m.till, m.shop, cursor, batch):
            cursor = records[-1].seq
            downloaded += sync_apply.apply_batch(db, records, cursor)
        pending = sync_store.pending_count(db)
        server_store.report_contact(conn, cursor, pending)
    except server_store.psycopg.OperationalError as error:
        raise NetworkError("unreachable", server_store.first_line(error)) from error
    finally:
        conn.close()
    sync_store.record_contact(db, clock())
    return RoundResult(uploaded, downloaded, pending)


class BackgroundSync:
    """Rounds every ``interval_s`` on a thread of its own, never on the scan path; a round
    that finds the server away waits for the next one.  ``last`` is what the last round
    did (a RoundResult or the NetworkError)."""

    def __init__(self, open_db, clock: Clock, interval_s: float = 5.0) -> None:
        self.open_db, self.clock, self.interval_s = open_db, clock, interval_s
        self.last: RoundResult | NetworkError | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="sync")

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        db = self.open_db()  # its own connection: SQLite connections stay on their thread
        try:
            while not self._stop.is_set():
                try:
                    self.last = sync_round(db, self.clock)
                except NetworkError as error:
                    self.last = error
                self._stop.wait(self.interval_s)
        finally:
            db.close()
