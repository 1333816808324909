"""CSV files crossing the shop's border: bytes read into text, and cells written safely.

Every import (command line, back-office screens) reads a file through ``decode_csv``
and every export writes through ``csv_writer``: one place decides which encodings
are accepted and how a cell that a spreadsheet would run as a formula is neutralised.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from pos.errors import UserError

MAX_FILE_BYTES = 20_000_000
MAX_CELL_CHARS = 1_000
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# characters no shop file has a use for (tab, LF and CR are the ones CSV needs)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^-?\d+([.,]\d+)?$")


class CsvFileError(UserError, ValueError):
    """A file refused as a whole; ``reason``: too_large, empty, nul_byte, control_char,
    undecodable, bad_utf8 (a UTF-8 file with a byte that is not), koi8r (all read before
    any row), no_rows (a header and nothing under it); ``line``/``column`` say where
    (1-based, 0 when unknown), ``detail`` what was found (a byte as '0xff')."""

    def __init__(self, reason: str, line: int = 0, column: int = 0, detail: str = "") -> None:
        super().__init__(f"csv_file.{reason}", line=line, column=column, detail=detail)
        self.reason, self.line, self.column, self.detail = reason, line, column, detail


def _where(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _undecodable(data: bytes, error: UnicodeDecodeError, encoding: str,
                 reason: str = "undecodable") -> CsvFileError:
    good = data[:error.start].decode(encoding, errors="replace")
    line, column = _where(good, len(good))
    return CsvFileError(reason, line, column, f"0x{data[error.start]:02x}")


def _meant_as_utf8(data: bytes) -> bool:
    """More characters read as UTF-8 than bytes that are not: a UTF-8 file with a stray byte
    or a line pasted from elsewhere.  In Windows-1251 Russian nearly every letter byte breaks
    UTF-8 (a letter is followed by a letter, never by a continuation byte)."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    return sum(1 for c in text if not c.isascii() and c != "\ufffd") > broken


# a Cyrillic word of KOI8-R bytes read as Windows-1251: KOI8-R has the capitals where 1251
# has the small letters, so 'Иван' comes out 'йЧБО', small then capitals
_WORD = re.compile(r"[А-Яа-яЁё]{2,}")
_KOI8_SHAPE = re.compile(r"[а-яё][А-ЯЁ]+")


def _looks_koi8r(text: str) -> bool:
    words = _WORD.findall(text)
    return bool(words) and 2 * sum(1 for w in words if _KOI8_SHAPE.fullmatch(w)) > len(words)


def _decoded(data: bytes) -> str:
    """UTF-8, else Windows-1251 unless the bytes are UTF-8 with faults (refused at the first
    bad UTF-8 byte, where the fault is) or KOI8-R (refused: guessing would store mojibake)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        if _meant_as_utf8(data):
            raise _undecodable(data, utf8_error, "utf-8", "bad_utf8") from utf8_error
        try:
            text = data.decode("cp1251")
        except UnicodeDecodeError:
            raise _undecodable(data, utf8_error, "utf-8") from utf8_error
    if _looks_koi8r(text):
        raise CsvFileError("koi8r")
    return text


def decode_csv(data: bytes) -> str:
    """The text of a CSV file: UTF-8 (with or without BOM), UTF-16 with a BOM, else
    Windows-1251 (what Excel saves in a Russian Windows); line ends made '\\n' (CR-only
    files too).  Raises CsvFileError for what is not a text file of a sane size, naming the
    first byte that is not UTF-8 when it is not Windows-1251 either."""
    if len(data) > MAX_FILE_BYTES:
        raise CsvFileError("too_large", detail=f"{len(data)} bytes")
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is not None:
        body = data[len(next(b for b, e in _BOMS if e == encoding)):]
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError as error:  # a BOM says which: no other encoding is tried
            raise _undecodable(body, error, encoding, "bad_utf8" if encoding == "utf-8"
                               else "undecodable") from error
    else:
        if b"\x00" in data:
            text = data[:data.index(b"\x00")].decode("utf-8", errors="replace")
            line, column = _where(text, len(text))
            raise CsvFileError("nul_byte", line, column, "0x00")
        text = _decoded(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = _CONTROL.search(text)
    if bad:
        line, column = _where(text, bad.start())
        reason = "nul_byte" if bad.group() == "\x00" else "control_char"
        raise CsvFileError(reason, line, column, f"0x{ord(bad.group()):02x}")
    if not text.strip():
        raise CsvFileError("empty")
    return text


def read_csv_file(path: str | Path) -> str:
    """``decode_csv`` of a file, its size checked before it is read."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise CsvFileError("too_large", detail=f"{size} bytes")
    return decode_csv(path.read_bytes())


def safe_cell(value: object) -> object:
    """A cell as a spreadsheet will show it, never run it: text starting with = + - @ tab
    or CR gets a leading apostrophe; numbers (a negative amount -120 too) stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER.match(value):
        return "'" + value
    return value


def unneutralised(cell: str) -> str:
    """A cell read back as it was before ``safe_cell``: the shop's own export re-imports."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA_START) else cell


class SafeWriter:
    """``csv.writer`` whose every text cell goes through ``safe_cell``."""

    def __init__(self, f: TextIO, **options: object) -> None:
        self._writer = csv.writer(f, **options)

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow([safe_cell(v) for v in row])


def csv_writer(f: TextIO, **options: object) -> SafeWriter:
    """The one CSV writer of the product (exports, reports, card lists)."""
    return SafeWriter(f, **options)
