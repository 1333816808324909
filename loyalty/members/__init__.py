"""Members and their cards: enrolment, lookup by card or phone, card numbers and batches,
the owner's member services (profile, consents, merge, export, erasure) and CSV import.
"""
