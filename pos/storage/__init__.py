"""SQLite of the till core: opening the file (WAL, locks, migrations, write transactions) and
the SQL of settings, staff, products, the audit log and sales.

The only place in ``pos`` that runs SQL; rows leave it as frozen dataclasses.
Imports ``pos`` values only.
"""
