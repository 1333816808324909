"""The append-only points ledger's arithmetic (FIFO lots, expiry, balances, roll-forward)
and the wallet that turns earning, spending, adjusting and expiring into entries.
"""
