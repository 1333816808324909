"""`program import` of a program that makes no sense, a date out of reach or no change at all:
one line, the right exit code, and the shop file exactly as it was (its SQL dump)."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from loyalty.program.editing import latest_effective
from loyalty.shop import open_shop
from loyalty.storage import store
from main import main
from pos.storage import store as store_pos
from tests.builders import basket_with, sell
from tests.fuzz_inputs import dump
from tests.cli_shops import copied, made_demo, owner_pin  # noqa: F401 (a fixture)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """An English demo shop (its clock in UTC), made once and copied per test."""
    return made_demo(tmp_path_factory.mktemp("template"), "--members", "8", "--months", "1",
                     "--language", "en")


@pytest.fixture
def shop_db(template, tmp_path) -> Path:
    return copied(template, tmp_path)




def exported(db: Path, tmp_path: Path) -> dict:
    out = tmp_path / "exported.json"
    assert main(["program", "export", "--db", str(db), "--out", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def today() -> date:
    return datetime.now(timezone.utc).date()  # the English demo shop's time zone


def run_import(db: Path, data: dict | str, tmp_path: Path, capsys, *args: str) -> tuple[int, str]:
    path = tmp_path / "program.json"
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    capsys.readouterr()
    code = main(["program", "import", str(path), "--db", str(db), *args])
    captured = capsys.readouterr()
    return code, (captured.err or captured.out).strip()


def _zero_expiry(p: dict) -> None:
    p["points"]["expiry"]["days"] = 0


def _zero_coupon_days(p: dict) -> None:
    p["coupons"]["issue"]["valid_days"] = 0


def _zero_decay(p: dict) -> None:
    p["cumulative"] = {"steps": [{"from_minor": 100_00, "discount_bp": 300}],
                       "decay_after_days": 0}


def _zero_rolling_window(p: dict) -> None:
    p["tiers"]["window"] = {"kind": "rolling_days", "days": 0}


def _instant_upgrade_from_nothing(p: dict) -> None:
    p["tiers"]["tiers"][2]["instant_upgrade_from_minor"] = 0


def _negative_threshold(p: dict) -> None:
    p["tiers"]["tiers"][0]["threshold"] = -1


def _held_past_expiry(p: dict) -> None:
    p["points"]["hold_days"] = 365  # the export's points live 365 days


def _held_past_the_following_year(p: dict) -> None:
    p["points"]["expiry"] = {"days": None, "end_of_following_year": True}
    p["points"]["hold_days"] = 400


def _empty_tier_name(p: dict) -> None:
    p["tiers"]["tiers"][1]["name"] = ""


def _blank_stamp_card_name(p: dict) -> None:
    p["stamp_cards"][0]["name"] = " \u00a0 "


def _long_tier_name(p: dict) -> None:
    p["tiers"]["tiers"][1]["name"] = "S" * 61


def _blank_card_type(p: dict) -> None:
    p["fixed_discount"] = {"card_types": [{"card_type_id": "vip", "name": "  ",
                                           "discount_bp": 500}]}


def _blank_tier_id(p: dict) -> None:
    p["tiers"]["tiers"][1]["tier_id"] = " "


@pytest.mark.parametrize("edit, message", [
    (_zero_expiry, "the program cannot be used: points.expiry.days must be at least 1"),
    (_zero_coupon_days,
     "the program cannot be used: coupons.issue.valid_days must be at least 1"),
    (_zero_decay, "the program cannot be used: cumulative.decay_after_days must be at least 1"),
    (_zero_rolling_window, "the program cannot be used: tiers.window.days must be at least 1"),
    # a path is echoed cut to 40 characters, as every datum of a message is
    (_instant_upgrade_from_nothing, "the program cannot be used: "
                                    "tiers.tiers[2].instant_upgrade_from_min… must be at least 1"),
    (_negative_threshold, "the program cannot be used: tiers.tiers[0].threshold cannot be "
                          "negative"),
    (_held_past_expiry, "the program cannot be used: points.hold_days must be shorter than the "
                        "365 days the points live, or they could never be spent"),
    (_held_past_the_following_year, "the program cannot be used: points.hold_days must be "
                                     "shorter than the 366 days the points live, or they could "
                                     "never be spent"),
    (_empty_tier_name, "the program cannot be used: tiers.tiers[1].name is empty (a name or an "
                       "id needs a letter or a digit)"),
    (_blank_stamp_card_name, "the program cannot be used: stamp_cards[0].name is empty (a name "
                             "or an id needs a letter or a digit)"),
    (_long_tier_name, "the program cannot be used: tiers.tiers[1].name is too long (at most 60)"),
    (_blank_card_type, "the program cannot be used: fixed_discount.card_types[0].name is empty "
                       "(a name or an id needs a letter or a digit)"),
    (_blank_tier_id, "the program cannot be used: tiers.tiers[1].tier_id is empty (a name or an "
                     "id needs a letter or a digit)"),
])
def test_a_program_that_makes_no_sense_is_refused_and_nothing_changes(
        shop_db, tmp_path, capsys, edit, message) -> None:
    program = exported(shop_db, tmp_path)
    edit(program)
    before = dump(shop_db)
    assert run_import(shop_db, program, tmp_path, capsys) == (1, f"error: {message}")
    assert dump(shop_db) == before


def test_a_zero_lifetime_is_refused_in_russian_too(shop_db, tmp_path, capsys) -> None:
    program = exported(shop_db, tmp_path)
    _zero_expiry(program)
    path = tmp_path / "p.json"
    path.write_text(json.dumps(program), encoding="utf-8")
    capsys.readouterr()
    assert main(["program", "--language", "ru", "import", str(path), "--db", str(shop_db)]) == 1
    assert capsys.readouterr().err.strip() == (
        "ошибка: программу нельзя использовать: поле points.expiry.days должно быть не меньше 1")


def test_a_version_saved_before_the_bounds_still_loads_and_sells(shop_db, tmp_path,
                                                                 capsys) -> None:
    """A shop that saved expiry 0 and a blank tier name before these checks keeps selling:
    a stored version is read by the rules it was saved under; verify names the points its
    sales earned that expire at once (it said ok)."""
    program = exported(shop_db, tmp_path)
    _zero_expiry(program)
    _empty_tier_name(program)
    program["version"] = 2
    shop = open_shop(shop_db)
    try:
        store.insert_program(shop.db, 2, today(), json.dumps(program), shop.clock())
        assert shop.programs.program_for(today()).points.expiry.days == 0
        assert main(["verify", "--db", str(shop_db)]) == 0  # nothing earned under it yet
        card = shop.db.execute("SELECT number FROM cards WHERE member_id IS NOT NULL "
                               "LIMIT 1").fetchone()[0]
        product = store_pos.all_products(shop.db)[0]
        sale = sell(shop, basket_with(shop, (product, 3), card=card))
        entry = shop.db.execute("SELECT entry_id, at, expires_at FROM ledger WHERE sale_no = ? "
                                "AND kind = 'purchase'", [sale.sale_no]).fetchone()
        assert entry[2] <= entry[1]  # what the version does: points expiring as earned
    finally:
        shop.close()
    capsys.readouterr()
    assert main(["verify", "--db", str(shop_db)]) == 1
    out = capsys.readouterr().out
    assert f"ledger entry {entry[0]}: " in out and "expire no later than they were earned" in out


@pytest.mark.parametrize("effective", ["9999-12-30", "5000-01-01", "later"])
def test_an_effective_date_beyond_five_years_is_refused_in_words(
        shop_db, tmp_path, capsys, effective) -> None:
    latest = latest_effective(today())
    if effective == "later":
        effective = (latest + timedelta(days=1)).isoformat()
    program = exported(shop_db, tmp_path)
    program["points"]["hold_days"] = 3  # a real change: the date alone is refused
    before = dump(shop_db)
    said = (f"error: “{effective}” is not a date from 1900-01-01 to 9998-12-31 (use YYYY-MM-DD)"
            if effective > "9998-12-31" else  # past any date the command line takes
            f"error: a program change can take effect on {latest.isoformat()} at the latest")
    assert run_import(shop_db, program, tmp_path, capsys, "--effective", effective) == (1, said)
    assert dump(shop_db) == before


def test_the_last_day_five_years_ahead_is_taken(shop_db, tmp_path, capsys) -> None:
    latest = latest_effective(today()).isoformat()
    program = exported(shop_db, tmp_path)
    program["points"]["hold_days"] = 3
    code, said = run_import(shop_db, program, tmp_path, capsys, "--effective", latest)
    assert code == 0 and said.endswith(f"saved as program version 2, in effect from {latest}")


def test_a_past_effective_date_is_still_refused(shop_db, tmp_path, capsys) -> None:
    program = exported(shop_db, tmp_path)
    program["points"]["hold_days"] = 3
    yesterday = (today() - timedelta(days=1)).isoformat()
    assert run_import(shop_db, program, tmp_path, capsys, "--effective", yesterday) == (
        1, "error: a program change cannot start in the past")


def _same_with_a_bom_and_minus_zero(text: str) -> str:
    data = json.loads(text)
    data["version"], data["effective_from"] = 41, "2001-01-01"  # neither is a change
    return "\ufeff" + json.dumps(data, indent=1).replace('"hold_days": 0', '"hold_days": -0')


@pytest.mark.parametrize("variant", ["as exported", "bom, -0, old version and date"])
def test_the_unchanged_program_saves_nothing(shop_db, tmp_path, capsys, variant) -> None:
    text = json.dumps(exported(shop_db, tmp_path))
    if variant != "as exported":
        text = _same_with_a_bom_and_minus_zero(text)
        assert text.startswith("\ufeff") and '"hold_days": -0' in text
    before = dump(shop_db)
    assert run_import(shop_db, text, tmp_path, capsys) == (
        0, "the program is unchanged; nothing saved")
    assert dump(shop_db) == before
