"""SQLite of the loyalty domain: migrations, members and cards, the ledger, the rule
engine's memory (coupons, stamps, tiers), the summary's queries and the member search index.

The only place in ``loyalty`` that runs SQL; rows leave it as values.
"""
