"""Qt widgets only: the till (cashier), the back office (owner), the reports (bookkeeper) and
shared widgets and Qt adapters.

May import ``loyalty`` and ``pos``; the only package that imports PySide6.  Widgets
receive their services through their constructors and compute no money, points or dates.
"""
