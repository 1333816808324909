"""The shop's program over time: versions with effective dates, sanity checks, the editor's
parsing and diffing, JSON import/export and the presets an owner starts from.
"""
