"""The loyalty domain on top of ``pos``: members and cards, the points ledger, programs and
the rule engine, coupons, reports, card printing and the demo shop.

May import ``pos``; never ``ui`` or Qt.  ``loyalty.shop.open_shop`` wires a shop's services
over one database file and is where scripts start; ``loyalty.till.Till`` is the till's
behaviour (scan, identify, redeem, pay, park, return, enrol) as the window drives it.
"""
