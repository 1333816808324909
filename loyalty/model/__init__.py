"""The loyalty domain's values: members, cards and ledger entries, the program (one frozen
value per mechanism), what the engine knows of a member, and the engine's quote.

Pure data, no I/O; imports ``pos`` values only.
"""
