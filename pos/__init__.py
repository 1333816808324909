"""The till core, usable without loyalty: money, clock, catalogue, basket, checkout and returns,
parking and the scanner's timing, with staff, settings, printing and storage as sub-packages.

Imports only the standard library and third-party libraries; never ``loyalty``, ``ui`` or Qt.
Loyalty plugs in through the checkout's adjusters and sale hooks.
"""
