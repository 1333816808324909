"""Receipts and barcodes as output: the receipt model, its words, PDF and ESC/POS renderers,
the bar pattern every drawer uses, the shipped fonts and the printer's test print.

reportlab, python-barcode and python-escpos are imported only here; imports ``pos`` only.
"""
