"""The rule engine: ``quote(basket, member_state, program, today)`` and the pure functions of
each mechanism (discounts, points, bonuses, stamps, coupons, redemption, tiers, calendar).

No I/O, no clock read inside; imports ``loyalty.model`` and ``pos`` values only.
"""
