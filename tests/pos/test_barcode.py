"""The one bar-pattern module: patterns, refusals, and a drawing of its geometry that zxing decodes."""
from __future__ import annotations

import pytest
import zxingcpp
from PIL import Image, ImageDraw

from pos.printing.barcode import BarcodeError, BarPattern, bar_pattern, layout_pattern

EAN13 = "4006381333931"
EAN8 = "96385074"
CODE128 = "ZH-000123"


def draw(pattern: BarPattern, px_per_module: int = 4) -> Image.Image:
    """Paint the geometry the PDF and Qt drawers use, one image pixel per unit."""
    geometry = layout_pattern(pattern, px_per_module, 60 * px_per_module, 0.0)
    margin = 10
    width, height = int(geometry.width) + 2 * margin, int(geometry.height) + 2 * margin
    image = Image.new("L", (width, height), 255)
    canvas = ImageDraw.Draw(image)
    for bar in geometry.bars:
        top = height - margin - (bar.y + bar.height)  # geometry's y grows upwards
        canvas.rectangle((margin + bar.x, top, margin + bar.x + bar.width - 1,
                          top + bar.height - 1), fill=0)
    return image


@pytest.mark.parametrize(("data", "symbology", "zx_format"), [
    (EAN13, "ean13", zxingcpp.BarcodeFormat.EAN13),
    (EAN8, "ean8", zxingcpp.BarcodeFormat.EAN8),
    (CODE128, "code128", zxingcpp.BarcodeFormat.Code128),
    ("2012345678903", "code128", zxingcpp.BarcodeFormat.Code128),
])
def test_drawn_geometry_decodes_back_to_the_data(data: str, symbology: str,
                                                 zx_format: zxingcpp.BarcodeFormat) -> None:
    results = zxingcpp.read_barcodes(draw(bar_pattern(data, symbology)))
    assert [(r.text, r.format) for r in results] == [(data, zx_format)]


@pytest.mark.parametrize("data", [
    "99YEVJ7T5Q", "9912ABC", "99", "9", "12", "123", "1234", "12345", "0099001122", "AB99CD",
    "A1234B", "A12345", "X9", "2012345678903", "000000000000", "a b~!", "ZZ99999", "99 99",
])
def test_code128_scans_back_whatever_its_digits(data: str) -> None:
    """python-barcode dropped a leading "99": a coupon "99YEVJ7T5Q" scanned as "YEVJ7T5Q"."""
    results = zxingcpp.read_barcodes(draw(bar_pattern(data, "code128")))
    assert [r.text for r in results] == [data]


def test_code128_random_codes_scan_back() -> None:
    import random
    rng = random.Random(128)
    alphabet = "0123456789" * 3 + "ABCXYZ-."
    for _ in range(300):
        data = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 16)))
        results = zxingcpp.read_barcodes(draw(bar_pattern(data, "code128")))
        assert [r.text for r in results] == [data]


def test_ean13_pattern_has_guards_quiet_zones_and_grouped_digits() -> None:
    pattern = bar_pattern(EAN13, "ean13")
    assert len(pattern.modules) == 95
    assert pattern.modules[:3] == (True, False, True)
    assert pattern.modules[45:50] == (False, True, False, True, False)
    assert (pattern.quiet_left, pattern.quiet_right) == (11, 7)
    assert pattern.width_modules == 113
    assert [g.text for g in pattern.text_groups] == ["4", "006381", "333931"]
    assert sum(bar.guard for bar in pattern.bars) == 6
    assert sum(bar.width for bar in pattern.bars) == sum(pattern.modules)


def test_code128_pattern_ends_with_the_stop_character() -> None:
    pattern = bar_pattern(CODE128, "code128")
    stop = tuple(ch == "1" for ch in "1100011101011")
    assert pattern.modules[-13:] == stop
    assert (pattern.quiet_left, pattern.quiet_right) == (10, 10)
    assert [g.text for g in pattern.text_groups] == [CODE128]
    assert not any(bar.guard for bar in pattern.bars)


def test_layout_extends_guard_bars_below_the_others_and_centres_digits() -> None:
    geometry = layout_pattern(bar_pattern(EAN13, "ean13"), 1.0, 50.0, 8.0)
    guard_bottoms = {bar.y for bar in geometry.bars if bar.height > 50.0}
    data_bottoms = {bar.y for bar in geometry.bars if bar.height == 50.0}
    assert max(guard_bottoms) < min(data_bottoms)
    assert geometry.width == 113.0
    lead, left, right = geometry.labels
    assert lead.x < 11.0 < left.x < 11.0 + 47 < right.x < 11.0 + 95
    assert all(bar.x >= 11.0 and bar.x + bar.width <= 11.0 + 95 for bar in geometry.bars)


@pytest.mark.parametrize(("data", "symbology", "reason"), [
    ("4006381333932", "ean13", "bad_check_digit"),
    ("400638133393", "ean13", "bad_length"),
    ("96385075", "ean8", "bad_check_digit"),
    ("КАРТА-1", "code128", "bad_characters"),
    ("", "code128", "bad_characters"),
    ("anything", "qr", "unsupported_symbology"),
])
def test_codes_that_would_not_scan_back_are_refused(data: str, symbology: str, reason: str) -> None:
    with pytest.raises(BarcodeError) as caught:
        bar_pattern(data, symbology)
    assert caught.value.reason == reason
    assert caught.value.data == data
