"""Widgets and Qt adapters shared by the screens: explanations and errors as translated
sentences, background jobs, the scanner filter, system printing, receipt output, card preview.
"""
