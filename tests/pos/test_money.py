"""Money: parsing what people type, formatting both languages, the rounding rule."""
from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.money import (MoneyFormatError, allocate, format_money, parse_money, percent_of,
                       round_half_up)


@pytest.mark.parametrize("text, minor", [
    ("1234,56", 123456), ("1 234,56", 123456), ("1234.5", 123450), ("1,234.56", 123456),
    ("89", 8900), ("0,01", 1), ("-5", -500), ("1\u00a0000,00 ₽", 100000), ("₽12.30", 1230),
])
def test_parse_money_reads_both_conventions(text: str, minor: int) -> None:
    assert parse_money(text) == minor


@pytest.mark.parametrize("text", ["", "abc", "1,234,5", "12.345", "1.2.3", "--5", "1e3"])
def test_parse_money_refuses_what_is_not_money(text: str) -> None:
    with pytest.raises(MoneyFormatError) as error:
        parse_money(text)
    assert error.value.text == text


def test_format_money_russian_and_english() -> None:
    assert format_money(123456, "RUB", "ru") == "1\u00a0234,56\u00a0₽"
    assert format_money(123456, "USD", "en") == "$1,234.56"
    assert format_money(-500, "RUB", "ru") == "−5,00\u00a0₽"
    assert format_money(7, "RUB", "ru", symbol=False) == "0,07"


@pytest.mark.parametrize("amount, bp, expected", [
    (100_00, 500, 5_00), (1_99, 500, 10), (10, 500, 1), (9, 500, 0), (1_00, 1_250, 13),
    (-10, 500, -1),
])
def test_percent_of_rounds_half_up(amount: int, bp: int, expected: int) -> None:
    assert percent_of(amount, bp) == expected


def test_round_half_up_goes_away_from_zero() -> None:
    assert round_half_up(Fraction(1, 2)) == 1
    assert round_half_up(Fraction(-1, 2)) == -1
    assert round_half_up(Fraction(149, 100)) == 1


@given(st.integers(0, 10**9), st.lists(st.integers(0, 10**6), min_size=1, max_size=30))
def test_allocate_sums_exactly_and_never_goes_negative(total: int, weights: list[int]) -> None:
    parts = allocate(total, weights)
    if sum(weights) == 0:
        assert parts == [0] * len(weights)
    else:
        assert sum(parts) == total
        assert all(p >= 0 for p in parts)
        assert all(p == 0 for p, w in zip(parts, weights) if w == 0)

