"""Card numbers: GS1 check digits, in-store prefixes, what a scan is, masking."""
from __future__ import annotations

import random

import pytest

from loyalty.members.card_numbers import (
    CardNumberError, classify, ean13_range, mask, new_ean13)
from pos.catalogue.gtin import check_digit, is_valid_gtin


def test_check_digit_of_known_codes() -> None:
    assert check_digit("400638133393") == "1"  # a real EAN-13 4006381333931
    assert check_digit("9638507") == "4"  # EAN-8 96385074
    assert is_valid_gtin("4006381333931") and not is_valid_gtin("4006381333932")


def test_new_numbers_are_in_store_valid_and_not_sequential() -> None:
    rng = random.Random(7)
    numbers = [new_ean13("29", randbelow=rng.randrange) for _ in range(200)]
    assert all(n.startswith("29") and len(n) == 13 and is_valid_gtin(n) for n in numbers)
    ordered = sorted(int(n[2:12]) for n in numbers)
    assert min(b - a for a, b in zip(ordered, ordered[1:])) > 1  # nothing to guess from a neighbour


@pytest.mark.parametrize("prefix", ["19", "30", "2", "ab"])
def test_prefix_outside_the_in_store_range_is_refused(prefix: str) -> None:
    with pytest.raises(CardNumberError):
        new_ean13(prefix)


@pytest.mark.parametrize("raw, symbology", [
    ("4006381333931", "ean13"), ("96385074", "ean8"), ("CARD-00042", "code128"),
    ("Клиент 42", "qr"), ("  2900000000018 ", "ean13")])
def test_classify_accepts_any_printable_code(raw: str, symbology: str) -> None:
    code = classify(raw)
    assert (code.number, code.symbology) == (raw.strip(), symbology)


@pytest.mark.parametrize("raw, reason", [
    ("4006381333932", "bad_check_digit"), ("96385075", "bad_check_digit"), ("", "malformed"),
    ("x" * 65, "too_long"), ("ab\x00cd", "malformed")])
def test_classify_refuses_mistyped_or_malformed(raw: str, reason: str) -> None:
    with pytest.raises(CardNumberError) as error:
        classify(raw)
    assert error.value.reason == reason


def test_range_recomputes_check_digits() -> None:
    numbers = ean13_range("2900000000018", 3)
    assert numbers == ("2900000000018", "2900000000025", "2900000000032")
    assert all(is_valid_gtin(n) for n in numbers)


def test_mask_keeps_last_four() -> None:
    assert mask("2900000000015") == "•••••••••0015"
