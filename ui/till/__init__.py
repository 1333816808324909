"""The cashier's till window, its F-key actions and dialogs, the basket table, the customer
panel and the totals.
"""
