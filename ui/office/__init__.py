"""The owner's back office: one window with a tab per job (members, program, coupons, card
printing, staff and audit, settings, backup).
"""
