"""The loyalty domain's schema migrations: numbered, literal SQL, frozen once released.

Three sets, named as existing databases recorded them, a module each: ``loyalty`` (members,
cards, the ledger: ``core``), ``loyalty_rules`` (the rule engine's memory: ``rules``) and
``loyalty_report`` (the reports' indexes and aggregates: ``report``); the shop network's
set is ``loyalty.storage.sync_migrations``.  A released migration is never edited; a change
is a new one at the end of its set.
"""
from loyalty.storage.migrations.core import migrations
from loyalty.storage.migrations.report import report_migrations
from loyalty.storage.migrations.rules import rules_migrations

__all__ = ["migrations", "report_migrations", "rules_migrations"]
