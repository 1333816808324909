"""The shop's services wired over one database file: what the UI and the command line use."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from loyalty.storage import migrations as loyalty_migrations
from loyalty.storage.sync_migrations import network_migrations
from loyalty.program.programs import ProgramBook
from pos.storage import migrations as pos_migrations
from pos.storage import store as pos_store
from pos.clock import Clock, system_clock
from pos.storage.db import connect, data_version, write_transaction
from pos.settings.model import ShopSettings, default_settings_for
from pos.settings.service import adopt_legacy_logo

if TYPE_CHECKING:
    from loyalty.checkout_hooks import LoyaltyHooks
    from pos.checkout import Checkout
    from pos.returns import Returns

MIGRATIONS = (pos_migrations.migrations, loyalty_migrations.migrations,
              loyalty_migrations.rules_migrations, loyalty_migrations.report_migrations,
              network_migrations)


@dataclass
class Shop:
    path: Path
    db: Database
    clock: Clock
    programs: ProgramBook
    _settings: ShopSettings | None = None
    _seen: tuple[int, tuple[int, int], int] = (0, (0, 0), 0)
    _till: tuple[LoyaltyHooks, Checkout, Returns] | None = None

    # the till's services are made when first used: a report or an export from the
    # command line never loads the checkout, the rule engine and their modules
    @property
    def loyalty(self) -> LoyaltyHooks:
        return self._till_services()[0]

    @property
    def checkout(self) -> Checkout:
        return self._till_services()[1]

    @property
    def returns(self) -> Returns:
        return self._till_services()[2]

    def _till_services(self) -> tuple[LoyaltyHooks, Checkout, Returns]:
        if self._till is None:
            from loyalty.checkout_hooks import LoyaltyHooks
            from pos.checkout import Checkout
            from pos.returns import Returns
            hooks = LoyaltyHooks(self.db, lambda: self.settings, self.programs.program_for)
            self._till = (hooks, Checkout(self.db, self.clock, [hooks], [hooks]),
                          Returns(self.db, self.clock, [hooks], [hooks]))
        return self._till

    @property
    def settings(self) -> ShopSettings:
        """Cached, and read again once another connection has written to the file (a
        restore into it, or the back office in another process): a running till never
        serves the settings of a shop that is no longer there.  The usual check is one
        ``os.stat`` of the WAL (every commit moves it); only then ``PRAGMA data_version``
        tells another connection's commit from this one's."""
        db = self.db
        if self._settings is not None:
            db.ensure_current(main_too=False)
            reopened, stamp, version = self._seen
            if (db.reopened, db.wal_stamp) == (reopened, stamp):
                return self._settings
            now_version = data_version(db)
            if (db.reopened, now_version) == (reopened, version):  # only this connection wrote
                self._seen = (db.reopened, db.wal_stamp, version)
                return self._settings
        version = data_version(db)
        self._settings = pos_store.load_settings(db)
        self._seen = (db.reopened, db.wal_stamp, version)
        return self._settings

    def save_settings(self, settings: ShopSettings) -> None:
        with write_transaction(self.db):
            pos_store.save_settings(self.db, settings)
        self._settings = None  # read back on next use, with the file's new stamp

    def close(self) -> None:
        self.db.close()


def open_shop(path: str | Path, clock: Clock = system_clock, language: str = "ru",
              before_upgrade: Callable[[], None] | None = None) -> Shop:
    """Open (creating and migrating if needed) the shop at ``path``; ``before_upgrade`` is
    called first when a file of an older version is about to be brought up to date."""
    db = connect(path, MIGRATIONS, before_upgrade)
    if not pos_store.has_settings(db):
        with write_transaction(db):
            pos_store.save_settings(db, default_settings_for(language))
    shop = Shop(path=Path(path), db=db, clock=clock, programs=ProgramBook(db))
    adopt_legacy_logo(shop)
    return shop
