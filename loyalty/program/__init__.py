"""The shop's program over time: versions with effective dates, sanity checks and bounds, the
rehearsal of sample sales before a save, the editor's parsing, the changes between versions,
JSON import/export (its shape checked first) and the presets an owner starts from.
"""
