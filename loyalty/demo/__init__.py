"""A demo shop: products, staff, a program, members and months of sales made through the
real checkout path.
"""
