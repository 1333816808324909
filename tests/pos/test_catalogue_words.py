"""The gettext catalogue: every marked msgid is translated into Russian with the same fields,
the committed .mo files are what the .po sources compile to, and the number formats."""
from __future__ import annotations

import io
import string
from decimal import Decimal
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from pos.wording import bp_text, month_name, number_text, percent_text

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "resources" / "locale"
# the keywords of README "Translations" (pybabel extract -k N_ -k NC_:1c,2 -k NP_:1,2)
KEYWORDS = {"N_": None, "NC_": ((1, "c"), 2), "NP_": (1, 2)}


def catalogue(language: str):
    with open(LOCALE / language / "LC_MESSAGES" / "posloyalty.po", "rb") as f:
        return read_po(f, locale=language)


def marked_in_source() -> set[tuple[str | None, str]]:
    found = set()
    for folder in ("pos", "loyalty", "ui"):
        for _file, _line, message, _comments, context in extract_from_dir(
                ROOT / folder, keywords=KEYWORDS):
            found.add((context, message if isinstance(message, str) else message[0]))
    for _file, _line, message, _comments, context in extract_from_dir(
            ROOT, method_map=[("main.py", "python")], keywords=KEYWORDS):
        found.add((context, message if isinstance(message, str) else message[0]))
    return found


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_marked_msgid_is_in_the_catalogue_and_translated() -> None:
    ru = catalogue("ru")
    entries = {(m.context, m.id if isinstance(m.id, str) else m.id[0]): m for m in ru if m.id}
    missing = marked_in_source() - set(entries)
    assert not missing, f"run pybabel extract/update (README 'Translations'): {missing}"
    for key, message in entries.items():
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        assert all(strings), f"no Russian for {key}"
        assert all(fields(s) == fields(ids[0]) for s in strings), key


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_committed_mo_is_compiled_from_the_po(language: str) -> None:
    compiled = io.BytesIO()
    write_mo(compiled, catalogue(language))
    mo = LOCALE / language / "LC_MESSAGES" / "posloyalty.mo"
    assert mo.read_bytes() == compiled.getvalue(), "run pybabel compile (README 'Translations')"


@pytest.mark.parametrize(("bp", "ru", "en"), [
    (1_050, "10,5\u00a0%", "10.5\u00a0%"), (1_275, "12,75\u00a0%", "12.75\u00a0%"),
    (500, "5\u00a0%", "5\u00a0%"), (10_000, "100\u00a0%", "100\u00a0%"), (1, "0,01\u00a0%", "0.01\u00a0%")])
def test_basis_points_read_as_percentages(bp: int, ru: str, en: str) -> None:
    assert (bp_text(bp, "ru"), bp_text(bp, "en")) == (ru, en)
    assert bp_text(bp, "ru", sign=False) == ru.removesuffix("\u00a0%")


def test_numbers_percent_figures_and_months() -> None:
    assert number_text(-1_234_567, "ru") == "−1\u00a0234\u00a0567"
    assert number_text(1_234_567, "en") == "1,234,567"
    assert percent_text(Decimal("95.00"), "ru", (2, 2)) == "95,00\u00a0%"
    assert percent_text(Decimal("1234.5"), "en", (2, 2)) == "1,234.50\u00a0%"
    assert (month_name(1, "ru"), month_name(5, "en"), month_name(9, "ru", short=True)) == (
        "Январь", "May", "сент")
