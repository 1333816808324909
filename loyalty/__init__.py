"""The loyalty domain on top of ``pos``: members and cards, the points ledger, programs and
the rule engine, coupons, reports, card printing and the demo shop.

May import ``pos``; never ``ui`` or Qt.  ``loyalty.shop.open_shop`` wires a shop's services
over one database file; ``loyalty.till.Till`` is the till's behaviour (scan, identify,
redeem, pay, park, return, enrol) as the window drives it.

What a script needs is importable from here (the README's "Scripting" section shows it)::

    from loyalty import open_shop, Till, login, Payment, Tender, export_csv, write_report

Each name is imported on first use, not with the package: every ``loyalty`` module imports
this package first, and the till must not pay at start-up for the reports and the demo.
"""
from __future__ import annotations

__all__ = (
    # a shop and its people
    "DEMO_PINS", "Shop", "build_demo", "login", "open_shop",
    # the till: quote, commit, return
    "Payment", "Tender", "Till",
    # what comes out: exports, reports, the program as JSON, the integrity check
    "export_csv", "import_program_file", "program_from_json", "program_to_json", "verify_shop",
    "write_period_report", "write_report",
)


def __getattr__(name: str) -> object:
    # plain import statements (no importlib), so the layer test sees each of them
    if name in ("Shop", "open_shop"):
        from loyalty import shop
        return getattr(shop, name)
    if name in ("DEMO_PINS", "build_demo"):
        from loyalty.demo import demo
        return getattr(demo, name)
    if name == "login":
        from pos.staff.pins import login
        return login
    if name in ("Payment", "Tender"):
        from pos import sale
        return getattr(sale, name)
    if name == "Till":
        from loyalty.till import Till
        return Till
    if name == "export_csv":
        from loyalty.reports.exports import export
        return export
    if name in ("write_report", "write_period_report"):
        from loyalty.reports import export
        return getattr(export, name)
    if name in ("program_to_json", "program_from_json"):
        from loyalty.program import json_format
        return getattr(json_format, name)
    if name == "import_program_file":
        from loyalty.program.editing import import_program_file
        return import_program_file
    if name == "verify_shop":  # not "verify": that is the module loyalty.verify
        from loyalty.verify import verify
        return verify
    raise AttributeError(f"module 'loyalty' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted((*globals(), *__all__))
