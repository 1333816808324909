"""Staff members, their roles and PINs (salted PBKDF2, back-off), and the owner's staff
administration.  Imports ``pos`` only.
"""
