"""The bookkeeper's figures: the monthly summary, member metrics and tier figures, the rows
both the PDF and the reports window show, and the CSV/JSON exports.
"""
