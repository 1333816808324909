"""Reading CSV bytes into text and writing cells a spreadsheet will not run."""
from __future__ import annotations

import io

import pytest

from pos.csv_files import CsvFileError, csv_writer, decode_csv, safe_cell, unneutralised

TEXT = "name;phone\nАнна;+79161112233\n"


@pytest.mark.parametrize("data", [TEXT.encode("utf-8"), TEXT.encode("utf-8-sig"),
                                  TEXT.encode("utf-16"), TEXT.encode("utf-16-be").join(
                                      [b"\xfe\xff", b""]), TEXT.encode("cp1251"),
                                  TEXT.replace("\n", "\r").encode("cp1251"),
                                  TEXT.replace("\n", "\r\n").encode("utf-8")])
def test_every_accepted_encoding_and_line_end_reads_the_same(data: bytes) -> None:
    assert decode_csv(data) == TEXT


@pytest.mark.parametrize("data, reason, line, column", [
    (b"a,b\nc\x00d\n", "nul_byte", 2, 2),
    ("a,b\nc,d\n".encode("utf-16-le"), "nul_byte", 1, 2),
    (b"a,b\nxy\x98\n", "undecodable", 2, 3),
    (b"a,b\nx\x1b\n", "control_char", 2, 2),
    (b"\xff\xfe\x00\xd8", "undecodable", 1, 1),  # a lone UTF-16 surrogate
    (b"  \n", "empty", 0, 0)])
def test_what_is_not_a_text_csv_is_refused_with_where(data, reason, line, column) -> None:
    with pytest.raises(CsvFileError) as error:
        decode_csv(data)
    assert (error.value.reason, error.value.line, error.value.column) == (reason, line, column)


@pytest.mark.parametrize("cell, written", [
    ("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"), ("+7916", "'+7916"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("-x", "'-x"),
    ("-120", "-120"), ("-1.5", "-1.5"), (-120, -120), ("Анна", "Анна"), ("", "")])
def test_formula_cells_are_neutralised_numbers_kept(cell, written) -> None:
    assert safe_cell(cell) == written
    if isinstance(written, str):
        assert unneutralised(written) == cell


def test_the_writer_neutralises_every_cell() -> None:
    out = io.StringIO()
    csv_writer(out, lineterminator="\n").writerow(["=1+1", -5, "ok"])
    assert out.getvalue() == "'=1+1,-5,ok\n"


@pytest.mark.parametrize("data, reason, line, column, byte", [
    # a UTF-8 file with one stray byte: the stray byte is named, not a byte of a good letter
    (b"name,phone\n\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd\xff,+79161110001\n", "bad_utf8", 2, 5,
     "0xff"),
    # a UTF-8 file with one line saved in Windows-1251: that line is named, not the one before
    ("name\nАнна Смирнова\nБорис Ильин\n".encode() + "Иван Петров\n".encode("cp1251"),
     "bad_utf8", 4, 1, "0xc8"),
    # with a UTF-8 BOM nothing else is tried
    (b"\xef\xbb\xbfname\nAnna\xff\n", "bad_utf8", 2, 5, "0xff"),
    ("name,phone\nИван Петров,+79161110001\n".encode("koi8_r"), "koi8r", 0, 0, "")])
def test_a_file_of_mixed_or_other_encoding_is_refused_where_it_is(data, reason, line, column,
                                                                 byte) -> None:
    with pytest.raises(CsvFileError) as error:
        decode_csv(data)
    assert (error.value.reason, error.value.line, error.value.column, error.value.detail) == (
        reason, line, column, byte)


@pytest.mark.parametrize("text", ["name\nИван Петров\nПётр Щукин\n", "name\nИВАН ПЕТРОВ\n",
                                  "name\nиван, ёлка\n", "name\nМкртчян Ара\n"])
def test_russian_in_windows_1251_is_not_taken_for_koi8r(text: str) -> None:
    assert decode_csv(text.encode("cp1251")) == text
