"""The cashier's till window, its F-key actions and dialogs, the basket table, the customer
panel and the totals.  What the till does is ``loyalty.till.Till``; the helpers (actions,
navigation, printing) talk to it and to the window's ``TillScreen`` interface only.
"""
