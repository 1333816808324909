"""The shop's settings as one frozen value, and the service that checks and saves them
(audited).  Imports ``pos`` only.
"""
