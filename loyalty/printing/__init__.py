"""Loyalty output made outside Qt: card layouts and their PDF, coupon sheets, the monthly
summary PDF and the receipt of a committed sale.  reportlab stays in the PDF modules.
"""
