"""A discount is worded once: the till's totals after a real quote and the printed receipt of
the same sale read the very same sentence, in Russian and in English."""
from __future__ import annotations

import dataclasses
from datetime import date

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt

from loyalty.model.program import (
    CumulativeDiscount, CumulativeFormula, EarnBp, PointsRule, ProgressiveDiscount, Program,
    ReceiptBand)
from loyalty.printing.receipts import build_receipt
from loyalty.program.programs import save_program
from pos.printing.pdf import receipt_pdf
from tests.ui.conftest import Seeded
from tests.ui.test_till_sale import active_dialog, open_till, press, scan

# 950.00 of goods: cumulative 3.5 % at sign-up (33.25) and 5 % off receipts from 500.00 (47.50)
WORDING = {
    "ru": {"cumulative": "Накопительная скидка 3,5\u00a0%",
           "receipt": "Чек от 500,00\u00a0₽: 5\u00a0%",
           "points": "Баллы за покупку"},
    "en": {"cumulative": "Cumulative discount 3.5\u00a0%",
           "receipt": "Receipt from ₽500.00: 5\u00a0%",
           "points": "Points for the purchase"},
}


def pdf_text(data: bytes) -> str:
    pages = pdfium.PdfDocument(data)
    return "\n".join(page.get_textpage().get_text_range() for page in pages)


@pytest.mark.parametrize("language", ["ru", "en"])
def test_screen_and_receipt_word_each_discount_alike(qtbot, seeded: Seeded, clock,
                                                     language: str) -> None:
    shop = seeded.shop
    shop.save_settings(dataclasses.replace(shop.settings, language=language))
    program = Program(version=0, effective_from=date(2026, 1, 1),
                      points=PointsRule(earn=EarnBp(500)),
                      cumulative=CumulativeDiscount(formula=CumulativeFormula(
                          start_bp=350, step_bp=100, per_minor=1_000_00, cap_bp=2_000)),
                      progressive=ProgressiveDiscount((ReceiptBand(500_00, 500),)))
    save_program(shop.db, program, date(2026, 1, 1), clock())
    w = open_till(qtbot, seeded)
    for code in ("4601234567893", "4601234567893", "4607001234561", seeded.anna_card.number):
        scan(qtbot, w, code)
    words = WORDING[language]
    money = w.explainer.money
    screen = w.totals.lines()
    assert f"{words['cumulative']} {money(-33_25)}" in screen
    assert f"{words['receipt']} {money(-47_50)}" in screen
    assert any(line.startswith(words["points"] + " +") for line in screen)

    press(qtbot, w, Qt.Key.Key_F12)
    pay = active_dialog(qtbot, w)
    qtbot.keyClicks(pay.cash, "1000")
    qtbot.keyClick(pay.cash, Qt.Key.Key_Return)
    sale_no = pay.sale.sale_no
    receipt = build_receipt(shop, sale_no)
    assert [d.reason for d in receipt.discounts] == [words["cumulative"], words["receipt"]]
    printed = pdf_text(receipt_pdf(receipt, "80mm"))
    for sentence in (words["cumulative"], words["receipt"]):
        assert sentence.replace("\u00a0", " ") in printed.replace("\u00a0", " ")
    qtbot.keyClick(active_dialog(qtbot, w), Qt.Key.Key_Return)
