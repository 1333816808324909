"""Generated hostile inputs for the fuzz tests: malformed CSV files and scanner codes.

Bounded and seeded: ``FUZZ_INPUTS`` (environment) sets how many are tried, the suite's
default is small; the same seed gives the same inputs, so a failure can be replayed.
"""
from __future__ import annotations

import hashlib
import os
import random
import sqlite3
from pathlib import Path

ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_ODD_BYTES = (b"\x00", b"\x98", b"\xff", b"\xfe", b"\r", b"\n", b'"', b";", b",", b"\x1b",
              b"\xc3", b"\xe2\x80", b"\xef\xbb\xbf", b"\x7f", b"\t")
_ODD_TEXT = ("=HYPERLINK(\"http://x\")", "+7 (916) 123-45-67", ARABIC_DIGITS * 2, "😀" * 5,
             "\u202eevil", "Robert'); DROP TABLE members;--", "-120", "1e309", "NaN", "١٢٣",
             "0" * 64, "ё" * 300, "  ", "да", "нет", "2026-02-30", "31.12.1899")

PRODUCTS_SEED = ("barcode;name;price;category;no_discount;no_points\n"
                 "4600000000017;Хлеб ржаной;45,50;bread;нет;нет\n"
                 "4600000000024;Milk 1 l;89.90;dairy;0;1\n")
CUSTOMERS_SEED = ("name,phone,email,birthday,card_number,consent_data\n"
                  "Анна,+79161110001,anna@example.org,03.02.1990,,да\n"
                  "Boris,8 916 111-00-02,,1985-12-31,2900000000015,yes\n")


def count() -> int:
    return int(os.environ.get("FUZZ_INPUTS", "150"))


def _mutate_text(rng: random.Random, text: str) -> str:
    lines = text.split("\n")
    choice = rng.randrange(6)
    i = rng.randrange(len(lines))
    cells = lines[i].split(";" if ";" in lines[i] else ",")
    j = rng.randrange(len(cells))
    if choice == 0:
        cells[j] = rng.choice(_ODD_TEXT)
    elif choice == 1:
        cells[j] = "9" * rng.choice((20, 400, 4301, 5000))
    elif choice == 2:
        cells[j] = "x" * rng.choice((999, 1001, 131_073, 1_000_000))
    elif choice == 3:
        cells.insert(j, rng.choice(_ODD_TEXT))
    elif choice == 4:
        lines.insert(i, lines[i])
    else:
        cells[j] = '"' + cells[j]
    lines[i] = (";" if ";" in text.split("\n")[0] else ",").join(cells)
    return "\n".join(lines)


def _encode(rng: random.Random, text: str) -> bytes:
    ending = rng.choice(("\n", "\r\n", "\r"))
    text = text.replace("\n", ending)
    encoding = rng.choice(("utf-8", "utf-8-sig", "cp1251", "utf-16", "utf-16-le", "utf-16-be",
                           "koi8-r", "latin-1"))
    return text.encode(encoding, errors="replace")


def _mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    for _ in range(rng.randrange(3)):
        pos = rng.randrange(len(data) + 1)
        op = rng.randrange(4)
        if op == 0:
            data = data[:pos] + rng.choice(_ODD_BYTES) + data[pos:]
        elif op == 1:
            data = data[:pos]
        elif op == 2:
            data = data[:pos] + data[pos + rng.randrange(1, 20):]
        else:
            data = data[:pos] + bytes(rng.randrange(256) for _ in range(rng.randrange(1, 8))) + \
                data[pos:]
    return data


def csv_files(seed: int, kind: str) -> list[bytes]:
    """``count()`` CSV files: the seed file mutated in its text, its encoding and its bytes."""
    rng = random.Random(seed)
    text = PRODUCTS_SEED if kind == "products" else CUSTOMERS_SEED
    out = []
    for _ in range(count()):
        mutated = text
        for _ in range(rng.randrange(1, 4)):
            mutated = _mutate_text(rng, mutated)
        out.append(_mutate_bytes(rng, _encode(rng, mutated)))
    return out


def scan_codes(seed: int, known: tuple[str, ...]) -> list[str]:
    """``count()`` codes as a scanner or a hurried cashier could send them."""
    rng = random.Random(seed)
    makers = (
        lambda: "".join(rng.choice("0123456789") for _ in range(rng.randrange(1, 60))),
        lambda: "".join(rng.choice(ARABIC_DIGITS) for _ in range(rng.choice((8, 12, 13)))),
        lambda: "+7" + "".join(rng.choice("0123456789") for _ in range(rng.randrange(0, 40))),
        lambda: "8 (916) " + "-".join("".join(rng.choice("0123456789") for _ in range(3))
                                      for _ in range(rng.randrange(1, 12))),
        lambda: "".join(chr(rng.randrange(0, 0x3000)) for _ in range(rng.randrange(1, 30))),
        lambda: rng.choice("0123456789X") * rng.choice((65, 1000, 100_000)),
        lambda: rng.choice(known)[:-1] + rng.choice("0123456789"),
        lambda: rng.choice(known) + rng.choice(("\x00", "\n", "\t", " ", "\x1b")),
        lambda: rng.choice(_ODD_TEXT),
        lambda: "".join(rng.choice("ABCXYZ0123-") for _ in range(rng.randrange(1, 70))),
    )
    return [rng.choice(makers)() for _ in range(count())]


def fingerprint(path: Path) -> str:
    """A hash of everything the shop holds except the PIN back-off (which a PIN check moves)."""
    return dump(path, skip="pin_throttle")


def dump(path: Path, skip: str | None = None) -> str:
    """A hash of everything the shop file holds (its SQL dump), lines naming ``skip`` aside:
    equal before and after, a refused command changed nothing."""
    conn = sqlite3.connect(path)
    try:
        lines = [line for line in conn.iterdump() if skip is None or skip not in line]
    finally:
        conn.close()
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()
