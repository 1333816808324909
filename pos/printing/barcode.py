"""The bar pattern of a 1-D code (EAN-13, EAN-8, Code 128), computed once for every drawer."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import barcode as python_barcode

from pos.catalogue.gtin import check_digit, is_ascii_digits

BAR_SYMBOLOGIES = ("ean13", "ean8", "code128")

# Quiet zones in modules: GS1 General Specifications for EAN (11 left / 7 right
# for EAN-13, 7 / 7 for EAN-8) and ISO/IEC 15417 for Code 128 (10 each side).
_QUIET = {"ean13": (11, 7), "ean8": (7, 7), "code128": (10, 10)}
# Guard bar positions (start, end) in modules: drawn longer, digits sit between them.
_GUARDS = {"ean13": ((0, 3), (45, 50), (92, 95)), "ean8": ((0, 3), (31, 36), (64, 67))}


class BarcodeError(ValueError):
    """Data that the symbology cannot carry; ``reason`` is a stable key."""

    def __init__(self, reason: str, symbology: str, data: str) -> None:
        super().__init__(f"{reason}: {symbology} {data!r}")
        self.reason = reason
        self.symbology = symbology
        self.data = data


@dataclass(frozen=True, slots=True)
class Bar:
    """A run of dark modules; ``guard`` bars extend below the others on EAN codes."""

    start: int
    width: int
    guard: bool


@dataclass(frozen=True, slots=True)
class TextGroup:
    """Human-readable text centred over modules [start, end); start may be negative (EAN-13 lead digit)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class BarPattern:
    """Everything a drawer needs; module 0 is the first module after the left quiet zone."""

    symbology: str
    data: str
    modules: tuple[bool, ...]
    bars: tuple[Bar, ...]
    quiet_left: int
    quiet_right: int
    text: str
    text_groups: tuple[TextGroup, ...]

    @property
    def width_modules(self) -> int:
        """Total width including both quiet zones."""
        return self.quiet_left + len(self.modules) + self.quiet_right


def bar_pattern(data: str, symbology: str) -> BarPattern:
    """The pattern of ``data``; refuses what would not scan back as ``data``."""
    _check(data, symbology)
    return _cached_pattern(data, symbology)


def _check(data: str, symbology: str) -> None:
    if symbology not in BAR_SYMBOLOGIES:
        raise BarcodeError("unsupported_symbology", symbology, data)
    if symbology in ("ean13", "ean8"):
        length = 13 if symbology == "ean13" else 8
        if not (is_ascii_digits(data) and len(data) == length):
            raise BarcodeError("bad_length", symbology, data)
        # python-barcode silently recomputes a wrong check digit; we must not.
        if check_digit(data[:-1]) != data[-1]:
            raise BarcodeError("bad_check_digit", symbology, data)
    elif not data or not data.isascii() or not data.isprintable() or len(data) > 48:
        raise BarcodeError("bad_characters", symbology, data)


@lru_cache(maxsize=4096)
def _cached_pattern(data: str, symbology: str) -> BarPattern:
    if symbology == "code128":
        encoded = _code128_modules(data)
    else:
        encoded = python_barcode.get(symbology, data).build()[0]
    modules = tuple(ch == "1" for ch in encoded)
    guards = _GUARDS.get(symbology, ())
    quiet_left, quiet_right = _QUIET[symbology]
    return BarPattern(
        symbology=symbology, data=data, modules=modules,
        bars=_runs(modules, guards), quiet_left=quiet_left, quiet_right=quiet_right,
        text=data, text_groups=_text_groups(data, symbology, len(modules)),
    )


# Code 128 values (ISO/IEC 15417): set B carries printable ASCII as ord - 32, set C a pair of digits.
_START_B, _START_C, _TO_C, _TO_B = 104, 105, 99, 100


def _code128_values(data: str) -> list[int]:
    """Start, data and checksum values; runs of four or more digits go in set C, two per symbol.

    Our own, because python-barcode 0.16 drops a leading "99" (it mistakes the data value 99 for
    a code-set switch and "optimises" it away): "99YEVJ7T5Q" scanned as "YEVJ7T5Q".
    """
    def digits_from(i: int) -> int:
        n = 0
        while i + n < len(data) and data[i + n].isdigit():
            n += 1
        return n

    values: list[int] = []
    code_set = ""
    i = 0
    while i < len(data):
        run = digits_from(i)
        if run >= 4 or (run == len(data) - i == 2 and code_set == "C") or (run == len(data) == 2):
            if run % 2:  # the odd digit first, in set B, so the pairs fill set C exactly
                if code_set != "B":
                    values.append(_START_B if not values else _TO_B)
                    code_set = "B"
                values.append(ord(data[i]) - 32)
                i += 1
                run -= 1
            if code_set != "C":
                values.append(_START_C if not values else _TO_C)
                code_set = "C"
            for _ in range(run // 2):
                values.append(int(data[i:i + 2]))
                i += 2
            continue
        if code_set != "B":
            values.append(_START_B if not values else _TO_B)
            code_set = "B"
        values.append(ord(data[i]) - 32)
        i += 1
    values.append((values[0] + sum(k * v for k, v in enumerate(values[1:], start=1))) % 103)
    return values


def _code128_modules(data: str) -> str:
    from barcode.charsets.code128 import CODES, STOP  # the standard's bar table
    return "".join(CODES[v] for v in _code128_values(data)) + STOP + "11"  # the final bar


def _runs(modules: tuple[bool, ...], guards: tuple[tuple[int, int], ...]) -> tuple[Bar, ...]:
    """Merge adjacent dark modules so a drawer paints one rectangle per bar."""
    bars: list[Bar] = []
    start: int | None = None
    for i, dark in enumerate((*modules, False)):
        if dark and start is None:
            start = i
        elif not dark and start is not None:
            is_guard = any(g0 <= start < g1 for g0, g1 in guards)
            bars.append(Bar(start, i - start, is_guard))
            start: int | None = None
    return tuple(bars)


def _text_groups(data: str, symbology: str, length: int) -> tuple[TextGroup, ...]:
    if symbology == "ean13":
        # The lead digit is printed in the left quiet zone, as on retail goods.
        return (TextGroup(data[0], -8, -1), TextGroup(data[1:7], 3, 45),
                TextGroup(data[7:], 50, 92))
    if symbology == "ean8":
        return (TextGroup(data[:4], 3, 31), TextGroup(data[4:], 36, 64))
    return (TextGroup(data, 0, length),)


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class Label:
    """Text centred horizontally on ``x`` with its baseline at ``y``."""

    text: str
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class BarcodeGeometry:
    """A symbol laid out in drawing units, origin bottom-left, y growing upwards.

    Quiet zones are part of ``width`` so a drawer reserves them by placing the
    symbol, never by remembering a margin of its own.
    """

    width: float
    height: float
    bars: tuple[Rect, ...]
    labels: tuple[Label, ...]
    font_size: float


def layout_pattern(pattern: BarPattern, module: float, bar_height: float,
                   font_size: float) -> BarcodeGeometry:
    """Place bars and digits: digits under the bars, EAN guard bars reaching down between them."""
    text_zone = font_size * 1.3
    baseline = font_size * 0.2
    guard_bottom = text_zone - font_size * 0.6
    left = pattern.quiet_left * module
    bars = tuple(
        Rect(left + bar.start * module,
             guard_bottom if bar.guard else text_zone,
             bar.width * module,
             bar_height + (text_zone - guard_bottom if bar.guard else 0.0))
        for bar in pattern.bars
    )
    labels = tuple(
        Label(group.text, left + (group.start + group.end) / 2 * module, baseline)
        for group in pattern.text_groups
    )
    return BarcodeGeometry(width=pattern.width_modules * module, height=text_zone + bar_height,
                           bars=bars, labels=labels, font_size=font_size)
