"""The product catalogue: products and categories as values read from CSV (``model``), the
owner's administration of them (``admin``), and GTIN check digits (``gtin``).  Imports
``pos`` only.
"""
