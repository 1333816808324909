"""The shop's services wired over one database file: what the UI and the command line use."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from loyalty.storage import report_store, rules_store
from loyalty.storage import store as loyalty_store
from loyalty.checkout_hooks import LoyaltyHooks
from loyalty.program.programs import ProgramBook
from pos.storage import store as pos_store
from pos.checkout import Checkout
from pos.clock import Clock, system_clock
from pos.storage.db import connect, data_version, write_transaction
from pos.returns import Returns
from pos.settings.model import ShopSettings, default_settings_for

MIGRATIONS = (pos_store.migrations, loyalty_store.migrations, rules_store.migrations,
              report_store.migrations)


@dataclass
class Shop:
    path: Path
    db: Database
    clock: Clock
    programs: ProgramBook
    loyalty: LoyaltyHooks
    checkout: Checkout
    returns: Returns
    _settings: ShopSettings | None = None
    _seen: tuple[int, int] | None = None

    @property
    def settings(self) -> ShopSettings:
        """Cached, and read again once another connection has written to the file (a
        restore into it, or the back office in another process): a running till never
        serves the settings of a shop that is no longer there."""
        seen = (getattr(self.db, "reopened", 0), data_version(self.db))
        if self._settings is None or seen != self._seen:
            self._settings, self._seen = pos_store.load_settings(self.db), seen
        return self._settings

    def save_settings(self, settings: ShopSettings) -> None:
        with write_transaction(self.db):
            pos_store.save_settings(self.db, settings)
        self._settings, self._seen = settings, None

    def close(self) -> None:
        self.db.close()


def open_shop(path: str | Path, clock: Clock = system_clock, language: str = "ru") -> Shop:
    """Open (creating and migrating if needed) the shop at ``path``."""
    db = connect(path, MIGRATIONS)
    if not pos_store.has_settings(db):
        with write_transaction(db):
            pos_store.save_settings(db, default_settings_for(language))
    programs = ProgramBook(db)
    shop: Shop
    hooks = LoyaltyHooks(db, lambda: shop.settings, programs.program_for)
    shop = Shop(path=Path(path), db=db, clock=clock, programs=programs, loyalty=hooks,
                checkout=Checkout(db, clock, [hooks], [hooks]),
                returns=Returns(db, clock, [hooks], [hooks]))
    return shop
