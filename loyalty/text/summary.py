"""The monthly summary's wording (from the gettext catalogue) and number formats."""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from functools import cache

from pos.money import format_money
from pos.wording import N_, NC_, number_text, percent_text, translation

DASH = "—"

_MSGIDS: dict[str, str | tuple[str, str]] = {
    "title": N_("Loyalty programme summary"),
    "subtitle": N_("{month} {year} · {shop}"),
    "period": N_("Period: {start} — {end} ({tz}); activity window {days} days; "
                 "point value {value}"),
    "key_figures": N_("Key figures"),
    "roll_title": N_("Points roll-forward (liability)"),
    "discounts_title": N_("Discounts granted"),
    "sales_title": N_("Sales with and without a card"),
    "members_title": N_("Member metrics"),
    "charts_title": N_("Charts: the month by day and the last 12 months"),
    "at_risk_title": N_("Members at risk of leaving"),
    "col_item": NC_("summary table", "Item"), "col_points": N_("Points"), "col_money": N_("Amount"),
    "col_metric": N_("Metric"), "col_value": N_("Value"), "col_definition": N_("Definition"),
    "col_mechanism": N_("Mechanism"), "col_total": N_("Total"), "col_card": N_("With card"),
    "col_no_card": N_("Without card"),
    "opening": N_("Opening outstanding"),
    "earned_purchase": N_("+ Earned on purchases"), "earned_welcome": N_("+ Welcome bonus"),
    "earned_birthday": N_("+ Birthday bonus"), "earned_referral": N_("+ Referral bonus"),
    "earned_mission": N_("+ Mission bonus"),
    "redeemed": N_("− Redeemed as payment"), "expired": N_("− Expired"),
    "adjusted": N_("± Manual adjustments"), "reversed": N_("± Refund reversals"),
    "closing": N_("Closing outstanding"),
    "pending_closing": N_("of which pending (not yet spendable)"),
    "liability": N_("Liability at month end"),
    "identity_ok": N_("Check: opening + earned − redeemed − expired ± adjustments ± reversals "
                      "= closing — holds."),
    "identity_bad": N_("WARNING: the points roll-forward identity does not hold."),
    "discount_total": N_("Discounts in total (sales less returns)"),
    "discount_total_short": N_("Discounts in total"),
    "mech_card": N_("Card discount"), "mech_cumulative": N_("Cumulative discount"),
    "mech_tier": N_("Tier discount"), "mech_birthday": N_("Birthday discount"),
    "mech_progressive": N_("Receipt-total discount"), "mech_coupon": N_("Coupons"),
    "mech_stamp": N_("Stamp card (free item)"), "mech_other": N_("Other"),
    "by_tier": N_("Discounts to {tier} members"), "no_tiers": N_("the program has no tiers"),
    "by_tier_none": N_("Discounts by tier"),
    "coupons_redeemed": N_("Coupons redeemed"), "coupons_issued": N_("Coupons issued"),
    "no_discounts": N_("No discounts were granted this month."),
    "receipts": N_("Receipts (sales)"), "returns": N_("Returns"), "revenue": N_("Net revenue"),
    "avg_check": N_("Average check"), "card_usage": N_("Card usage rate"),
    "members_share": N_("Members' share of revenue"),
    "card_note": N_("'With card' means a member was identified, by card or phone. "
                    "Points redeemed are a means of payment, not a discount."),
    "retention": N_("Retention"), "churn": N_("Churn"), "active_start": N_("Active at start"),
    "active_end": N_("Active at end"), "retained": N_("Retained"),
    "new_members": N_("New (first purchase)"), "enrolled_members": N_("Enrolled (card issued)"),
    "buying_members": N_("Bought this month"), "returning_members": N_("Returning"),
    "loyalty_index": N_("Loyalty index"), "existing_share": N_("Existing customers' share"),
    "repeat_rate": N_("Repeat purchase rate"), "ltv": N_("LTV"),
    "pareto": N_("Pareto: share of the top 20\u00a0%"),
    "tier_distribution": N_("Tier distribution"), "tier_moves": N_("Upgrades / downgrades"),
    "def_active": N_("a purchase in the {days} days up to the instant, (t − D, t]"),
    "def_retained": N_("active both at the month's start and at its end"),
    "def_retention": N_("retained / active at start × 100"),
    "def_churn": N_("(active at start − retained) / active at start × 100"),
    "def_new": N_("the member's first purchase is in this month"),
    "def_enrolled": N_("the member's first card was issued this month"),
    "def_buying": N_("members with a purchase this month"),
    "def_returning": N_("bought this month and before it"),
    "def_loyalty": N_("returning / members who bought × 100"),
    "def_existing": N_("net revenue of returning members / all net revenue × 100"),
    "def_repeat": N_("members with ≥ 2 purchases / members who bought × 100"),
    "def_ltv": N_("average check × purchases per buyer × mean lifetime in months (≥ 1)"),
    "def_pareto": N_("share of the top ⌈20 %⌉ buyers of the month in the net revenue of the "
                     "buying members (only they: a member who only returned goods is not "
                     "among them; returns above purchases count as nothing), never above 100 %"),
    "def_tiers": N_("tier held at the month's end; upgrades at once, downgrades at the "
                    "window's end"),
    "chart_revenue": N_("Daily revenue, {currency}"), "chart_points": N_("Points by day"),
    "chart_active": N_("Active members at month end"),
    "chart_retention": N_("Retention in the month, %"),
    "legend_card": N_("with card"), "legend_no_card": N_("without card"),
    "legend_earned": N_("earned"), "legend_redeemed": N_("redeemed"),
    "risk_intro": N_("Regular members (≥ 3 purchases) whose days since the last purchase "
                     "exceed twice their usual interval ((last − first purchase) / "
                     "(purchases − 1)). Total: {count}."),
    "risk_more": N_("…and {count} more (the list is ranked by lifetime revenue)."),
    "risk_none": N_("No member is at risk."),
    "col_member": N_("Member"), "col_card_no": N_("Card"), "col_purchases": N_("Purchases"),
    "col_last": N_("Last"), "col_interval": N_("Usual, d"), "col_since": N_("Since, d"),
    "col_lifetime": N_("Lifetime revenue"),
    "anonymous": N_("no name"),
    "page": N_("Page {page} of {pages}"),
    "generated": N_("Produced by the till software; figures are reproducible for any past month."),
    "seal": N_("Ledger seal at month end: {seal}. To confirm nothing up to {month} changed: "
               "main.py verify --seal {month}=&lt;seal&gt;"),
    "in_progress": N_("Month in progress: figures up to {moment}"),
    "period_title": N_("Loyalty programme summary for a period"),
    "period_subtitle": N_("{first} – {last}"),
    "year_subtitle": N_("Year {year}"),
    "period_total": N_("The period's totals"),
    "period_chain": N_("Points roll-forward month by month"),
    "period_chain_ok": N_("Each month's closing is the next month's opening; the period's "
                          "movements are the months' added up."),
    "period_members_note": N_("Member figures of the period: active on its first day and at "
                              "its end, retention between them, LTV and Pareto over the whole "
                              "period's purchases."),
    "period_sales": N_("Sales month by month"),
    "col_month": N_("Month"),
    "earned_total": N_("Earned"),
    "chain_opening": N_("Opening"), "chain_closing": N_("Closing"),
    "chain_redeemed": N_("Redeemed"), "chain_expired": N_("Expired"),
    "chain_adjusted": N_("Adjusted"), "chain_reversed": N_("Reversals"),
    "month_page": N_("{month} {year}"),
}

# a period's totals say "period" where a month's say "month"
_PERIOD_MSGIDS: dict[str, str] = {
    "opening": N_("Opening outstanding of the period"),
    "closing": N_("Closing outstanding of the period"),
    "liability": N_("Liability at the period's end"),
    "buying_members": N_("Bought in the period"),
    "def_retained": N_("active both at the period's start and at its end"),
    "def_new": N_("the member's first purchase is in this period"),
    "def_enrolled": N_("the member's first card was issued in this period"),
    "def_buying": N_("members with a purchase in the period"),
    "def_returning": N_("bought in the period and before it"),
}


@cache
def texts(language: str) -> dict[str, str]:
    """The wording for ``language`` from the gettext catalogue; anything but Russian reads
    in English."""
    words = translation(language)
    return {key: words.pgettext(*msgid) if isinstance(msgid, tuple) else words.gettext(msgid)
            for key, msgid in _MSGIDS.items()}


def period_texts(language: str) -> dict[str, str]:
    """The wording of a period's totals: a month's, with "period" for "month"."""
    words = translation(language)
    return {**texts(language), **{key: words.gettext(msgid)
                                  for key, msgid in _PERIOD_MSGIDS.items()}}


class Formatter:
    """Numbers as the language writes them; None is a dash."""

    def __init__(self, currency: str, language: str) -> None:
        self.currency, self.language = currency, language

    def money(self, minor: int | None) -> str:
        return DASH if minor is None else format_money(minor, self.currency, self.language)

    def number(self, value: int | None) -> str:
        if value is None:
            return DASH
        return number_text(value, self.language)

    def pct(self, value: Decimal | None) -> str:
        if value is None:
            return DASH
        return percent_text(value, self.language, (2, 2))  # the figures keep two decimals

    def point_value(self, value: Fraction) -> str:
        # a point may be worth a fraction of a kopeck (100 points = 1 rouble)
        if value.denominator == 1:
            return self.money(int(value))
        major = Decimal(value.numerator) / Decimal(value.denominator) / 100
        return f"{number_text(major, self.language, (0, 6))} {self.currency}"
