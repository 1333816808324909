"""Errors a user can cause: one base class, one sentence per key from the catalogue, in the
shop's language, echoing what was typed cut to a sane length."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from loyalty.backups import BackupError
from loyalty.coupons import CouponError
from loyalty.engine.redemption import RedemptionError
from loyalty.ledger.wallet import PointsError
from loyalty.members.card_batches import CardBatchError
from loyalty.members.card_numbers import CardNumberError
from loyalty.members.cards import CardError
from loyalty.members.members import MemberError
from loyalty.printing.card_layout import CardLayoutError
from loyalty.printing.receipts import ReceiptNotFound
from loyalty.program.checks import ProgramError
from loyalty.program.editing import EditError
from loyalty.text.cli_errors import SENTENCES, describe
from pos.basket import BasketError
from pos.catalogue.model import CsvImportError, RowError
from pos.checkout import CheckoutError
from pos.errors import ECHO_CHARS, UserError
from pos.money import MoneyFormatError
from pos.printing.targets import TargetError
from pos.staff.pins import StaffError
from pos.storage.db import StoreBusyError

MAIN = Path(__file__).resolve().parents[2] / "main.py"
ERRORS = [
    (BackupError(Path("/tmp/b.db"), "verify_failed", ["no ledger"]), "не прошёл проверку", "failed verification"),
    (CardBatchError("no_member", 7), "нет участника 7", "no member 7"),
    (CardLayoutError("bad_layout", "a5"), "не макет карты", "is not a card layout"),
    (CardNumberError("bad_check_digit", "2900000000011"), "контрольная цифра", "check digit"),
    (CardError("blocked", "2900000000028"), "заблокирована", "is blocked"),
    (CouponError("unknown", "SPRING"), "неизвестный купон SPRING", "unknown coupon SPRING"),
    (MemberError("bad_phone", "12"), "не номер телефона", "is not a phone number"),
    (ProgramError("tiers.tiers", "empty"), "tiers.tiers", "tiers.tiers: empty"),
    (ReceiptNotFound(99), "нет продажи 99", "no sale 99"),
    (RedemptionError(500, 300, "cap"), "не более 300 баллов", "at most 300 points"),
    (PointsError("no_reason"), "нужна причина", "needs a reason"),
    (BasketError("bad_quantity", 0), "количество 0", "quantity 0"),
    (CsvImportError((RowError(3, "name", "empty", ""),)), "строка 3, name: ячейка пуста",
     "line 3, name: the cell is empty"),
    (CheckoutError("return_qty", (2, 5, 1)), "осталось 1", "cannot return 5, 1 left"),
    (StoreBusyError("locked"), "занята", "busy"),
    (MoneyFormatError("abc"), "«abc» — не сумма", "“abc” is not an amount"),
    (StaffError("wrong_pin"), "неверный PIN", "wrong PIN"),
    (TargetError("bad_port", "host:99999999"), "порт", "the port must be"),
    (EditError("date_in_past"), "в прошлом", "in the past"),
]


@pytest.mark.parametrize(("error", "ru", "en"), ERRORS, ids=lambda e: type(e).__name__)
def test_each_user_error_is_one_sentence_in_either_language(error, ru: str, en: str) -> None:
    assert isinstance(error, UserError)
    assert ru in describe(error, "ru") and en in describe(error, "en")


def test_every_sentence_key_is_of_a_known_family() -> None:
    families = {key.split(".")[0] for key in SENTENCES}
    assert {error.key.split(".")[0] for error, _, _ in ERRORS} <= families


def test_what_the_user_typed_is_echoed_cut_short() -> None:
    pasted = "7" * 500
    text = describe(MemberError("bad_phone", pasted), "en")
    assert "7" * (ECHO_CHARS - 1) + "…" in text and "7" * ECHO_CHARS not in text


def test_a_key_without_a_sentence_still_names_itself_and_its_data() -> None:
    assert describe(UserError("nowhere.new_reason", value="x"), "en") == "nowhere.new_reason: x"


def test_programming_errors_are_not_worded() -> None:
    assert describe(KeyError("x")) is None


def run(*args: str, lang: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")} | {"LANG": lang}
    return subprocess.run([sys.executable, str(MAIN), *args], capture_output=True, text=True,
                          env=env)


def test_the_command_line_speaks_lang_or_language(tmp_path) -> None:
    missing = str(tmp_path / "missing.db")
    russian = run("verify", "--db", missing, lang="ru_RU.UTF-8")
    assert russian.returncode == 1 and russian.stderr.startswith("ошибка: нет базы данных")
    english = run("verify", "--db", missing, "--language", "en", lang="ru_RU.UTF-8")
    assert english.stderr.startswith("error: no database at")
    assert run("verify", "--db", missing, lang="C.UTF-8").stderr.startswith("error: no database")
