"""The bookkeeper's reports window and its tables.
"""
