"""Benchmarks of the till and back office on shop-scale data (source checkout only, never
shipped): ``python main.py bench`` runs them.
"""
