"""The program editor's pure helpers: field parsing, checking, diffing, simulating and saving."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from fractions import Fraction

import pytest

from loyalty.members.members import create_member, new_member
from loyalty.program.presets import points_half_receipt, yearly_spend_tiers
from loyalty.model.program import Program, TierId
from loyalty.program.checks import ProgramError
from loyalty.program.changes import CHANGED, FieldChange, MechanismChange, program_changes
from loyalty.program.editing import (
    DescribedMember, EditError, FieldError, checked, find_member, mechanisms_of,
    parse_amount_minor, parse_count, parse_multiplier, parse_percent_bp, percent_text,
    save_edited_program, simulate)
from loyalty.program.programs import save_program
from loyalty.ledger.wallet import adjust
from pos.basket import add_free_amount, new_basket
from pos.staff.pins import add_staff

TODAY = date(2026, 3, 10)  # the clock fixture's day in Moscow


@pytest.mark.parametrize("text, bp", [("5", 500), ("2,5", 250), ("12.75 %", 1_275),
                                      ("100", 10_000), (" 0 ", 0), ("3,05", 305)])
def test_percent_text_becomes_basis_points(text: str, bp: int) -> None:
    assert parse_percent_bp(text) == bp


@pytest.mark.parametrize("text, reason", [("", "required"), ("-5", "negative"),
                                          ("100,01", "above_100_pct"), ("150", "above_100_pct"),
                                          ("2,555", "too_many_decimals"), ("five", "not_a_percent")])
def test_bad_percentages_are_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(FieldError) as refused:
        parse_percent_bp(text)
    assert refused.value.reason == reason


def test_percent_text_round_trips() -> None:
    assert [percent_text(bp, "ru") for bp in (500, 250, 1_275)] == ["5", "2,5", "12,75"]
    assert parse_percent_bp(percent_text(1_205, "en")) == 1_205


def test_money_counts_and_multipliers() -> None:
    assert parse_amount_minor("1 000,50", "RUB") == 1_000_50
    assert parse_count("30") == 30
    assert parse_multiplier("1,5") == Fraction(3, 2) == parse_multiplier("3/2")
    for parse, text, reason in [(lambda t: parse_amount_minor(t, "RUB"), "-1", "negative"),
                                (lambda t: parse_amount_minor(t, "RUB", positive=True), "0",
                                 "must_be_positive"),
                                (parse_count, "-3", "negative"), (parse_count, "2.5",
                                                                  "not_a_whole_number"),
                                (parse_multiplier, "0,5", "below_one")]:
        with pytest.raises(FieldError) as refused:
            parse(text)
        assert refused.value.reason == reason


def test_checked_refuses_tiers_out_of_order() -> None:
    program = yearly_spend_tiers()
    tiers = program.tiers.tiers
    swapped = replace(program, tiers=replace(program.tiers, tiers=(tiers[0], tiers[2], tiers[1])))
    with pytest.raises(ProgramError) as refused:
        checked(swapped)
    assert (refused.value.path, refused.value.reason) == ("tiers.tiers[2].threshold",
                                                          "not_ascending")


def test_describing_and_diffing() -> None:
    before = points_half_receipt()
    after = replace(before, points=replace(before.points, hold_days=14))
    assert mechanisms_of(yearly_spend_tiers()) == ("tiers", "points")
    assert program_changes(before, after) == (MechanismChange(
        "points", CHANGED, fields=(FieldChange("hold_days", 0, 14),)),)
    assert program_changes(before, replace(after, version=7)) == program_changes(before, after)


def test_simulating_a_described_member_at_silver() -> None:
    silver = DescribedMember(tier_id=TierId("silver"), tier_metric=40_000_00)
    basket = add_free_amount(new_basket(), "Goods", 1_000_00)
    quote = simulate(None, yearly_spend_tiers(), silver, basket, TODAY)  # type: ignore[arg-type]
    assert quote.discount_minor == 100_00  # silver: 10 %
    assert quote.points_earned == 45      # 50 points per 1,000 of the 900 paid
    assert quote.tier.tier_after_name == "Silver"


def test_simulating_a_real_member_uses_their_balance(shop, clock) -> None:
    owner = add_staff(shop.db, "Boris", "owner", "9999", clock())
    anna = create_member(shop.db, new_member("Anna", "+79161234567", clock()), "RU")
    adjust(shop.db, anna.member_id, 300, "opening balance", owner, clock())
    assert find_member(shop, "+7 916 123-45-67").member_id == anna.member_id
    basket = add_free_amount(new_basket(), "Goods", 1_000_00)
    quote = simulate(shop, points_half_receipt(), anna.member_id, basket, TODAY, redeem_points=300)
    assert quote.redeem_limits.max_points == 300  # her whole balance binds before half the receipt
    assert quote.pay_money_minor == 700_00
    assert quote.points_earned == 35  # 5 % of the 700 paid in money


def test_owner_saves_a_version_with_an_audit_entry(shop, clock) -> None:
    owner = add_staff(shop.db, "Boris", "owner", "9999", clock())
    old = save_program(shop.db, points_half_receipt(), date(2026, 1, 1), clock())
    edited = replace(old, points=replace(old.points, hold_days=14))
    saved = save_edited_program(shop, owner, edited, TODAY + timedelta(days=5))
    assert shop.programs.program_for(TODAY + timedelta(days=5)) == saved
    assert shop.programs.program_for(TODAY).points.hold_days == 0
    audit = list(shop.db.execute("SELECT staff_id, action, detail FROM audit_log"))
    assert audit[-1][:2] == (owner.staff_id, "program_saved")
    assert '"changed": ["changed points"]' in audit[-1][2]
    assert '"points.hold_days"' in audit[-1][2]


@pytest.mark.parametrize("role, day, reason", [("cashier", TODAY, "not_owner"),
                                               ("owner", TODAY - timedelta(days=1),
                                                "date_in_past")])
def test_refused_saves_store_nothing(shop, clock, role: str, day: date, reason: str) -> None:
    staff = add_staff(shop.db, "Olga", role, "1111", clock())
    with pytest.raises(EditError) as refused:
        save_edited_program(shop, staff, points_half_receipt(), day)
    assert refused.value.reason == reason
    assert shop.programs.program_for(TODAY + timedelta(days=1)) == Program.empty()
