"""Receipt PDFs read back: text extracted with pypdf, pages rendered with pdfium, the coupon decoded with zxing."""
from __future__ import annotations

import io
from dataclasses import replace

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.units import mm

from pos.printing.receipt import (
    DiscountLine, IssuedCoupon, LoyaltyBlock, Payment, Receipt, ReceiptError, ReceiptLine, Totals)
from pos.printing.pdf import PaperError, receipt_pdf, wrap
from pos.printing.text import label

SHOP = "Пекарня «Жаворонок»"
REASON = "Уровень «Золото» 10 %"


def line(name: str, qty: int, price_minor: int, discount_minor: int = 0) -> ReceiptLine:
    return ReceiptLine(name, qty, price_minor, discount_minor, qty * price_minor - discount_minor)


def receipt(*lines: ReceiptLine, language: str = "ru", coupon: bool = True) -> Receipt:
    lines = lines or (line("Круассан с миндалём и шоколадной начинкой", 2, 120_00, 24_00),
                      line("Капучино 300 мл", 1, 180_00, 18_00), line("Сигареты", 1, 1_250_00))
    gross = sum(item.gross_minor for item in lines)
    discount = sum(item.discount_minor for item in lines)
    return Receipt(
        kind="sale", number="000123", time_text="14.03.2025 14:05", cashier="Иванова А.",
        lines=lines, totals=Totals(gross, discount, gross - discount),
        discounts=(DiscountLine(REASON, discount),),
        payments=(Payment(label("tender_cash", language), gross - discount, 2_000_00,
                          2_000_00 - gross + discount),),
        header_lines=(SHOP, "ул. Ленина, 12, Казань"), footer_lines=("Спасибо за покупку!",),
        not_fiscal=True,
        loyalty=LoyaltyBlock("•••••••••8903", points_earned=1_628, points_redeemed=100,
                             balance_points=12_450, pending_points=1_628, tier="Золото",
                             next_tier_text="До уровня «Платина» 3\u00a0277,00\u00a0₽",
                             stamps_text=("Кофе: 4 из 5",)),
        coupon=IssuedCoupon("SPRING-7Q4K", "Скидка 10 %", "31.03.2025") if coupon else None,
        language=language)


def text_of(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return "\n".join(page.extract_text() for page in pages).replace("\u00a0", " ")


def render(pdf: bytes, page: int = 0, dpi: int = 300) -> Image.Image:
    return pdfium.PdfDocument(pdf)[page].render(scale=dpi / 72).to_pil().convert("L")


@pytest.mark.parametrize("paper", ["58mm", "80mm", "a4"])
def test_russian_text_discount_reasons_and_totals_read_back(paper: str) -> None:
    # Narrow rolls wrap long phrases, so compare with line breaks folded into spaces.
    text = " ".join(text_of(receipt_pdf(receipt(), paper)).split())
    for expected in (SHOP, REASON, "Круассан с миндалём", "ИТОГО", "1 628,00 ₽", "−42,00",
                     "•••••••••8903", "Баланс баллов", "12 450", "Не является фискальным документом"):
        assert expected in text


def test_english_receipt_uses_english_labels() -> None:
    text = text_of(receipt_pdf(receipt(language="en"), "80mm"))
    assert "TOTAL" in text and "Points balance" in text and "ИТОГО" not in text


@pytest.mark.parametrize(("paper", "width_mm"), [("58mm", 58), ("80mm", 80)])
def test_roll_page_is_as_wide_as_the_roll_and_as_long_as_the_receipt(paper: str,
                                                                    width_mm: int) -> None:
    short = PdfReader(io.BytesIO(receipt_pdf(receipt(coupon=False), paper))).pages
    longer = receipt(*(line(f"Товар {i}", 1, 10_00) for i in range(30)), coupon=False)
    long = PdfReader(io.BytesIO(receipt_pdf(longer, paper))).pages
    assert len(short) == len(long) == 1
    assert float(short[0].mediabox.width) == pytest.approx(width_mm * mm)
    assert float(long[0].mediabox.height) > float(short[0].mediabox.height) + 25 * mm


def test_a4_receipt_flows_onto_further_pages_without_losing_lines() -> None:
    many = receipt(*(line(f"Товар номер {i}", 1, 10_00) for i in range(90)))
    pdf = receipt_pdf(many, "a4")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 3
    text = text_of(pdf)
    assert all(f"Товар номер {i}\n" in text for i in range(90))
    assert "Кол-во" in text and "Скидка" in text


@pytest.mark.parametrize("paper", ["58mm", "80mm", "a4"])
def test_coupon_barcode_decodes_back_to_its_code(paper: str) -> None:
    results = zxingcpp.read_barcodes(render(receipt_pdf(receipt(), paper)))
    assert [(r.text, r.format) for r in results] == [("SPRING-7Q4K", zxingcpp.BarcodeFormat.Code128)]


@pytest.mark.parametrize("paper", ["58mm", "80mm"])
def test_nothing_is_drawn_in_the_side_margins_of_a_roll(paper: str) -> None:
    """Long names and amounts wrap inside the text column instead of running off the roll."""
    wordy = receipt(line("Очень-очень-длинное-название-товара-без-пробелов-вообще", 3, 99_999_99),
                    line("Багет", 1, 60_00))
    image = render(receipt_pdf(wordy, paper), dpi=150)
    edge = round(3 * 150 / 25.4)  # 3 mm of the 4 mm margin
    for box in ((0, 0, edge, image.height), (image.width - edge, 0, image.width, image.height)):
        assert image.crop(box).getextrema()[0] > 200  # no dark pixel


def test_font_is_embedded_and_no_base14_font_is_used() -> None:
    reader = PdfReader(io.BytesIO(receipt_pdf(receipt(), "80mm")))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = {str(font.get_object()["/BaseFont"]) for font in fonts.values()}
    assert names and all("DejaVuSans" in name for name in names)
    for font in fonts.values():
        # reportlab embeds TrueType subsets as simple fonts, each with its own descriptor.
        assert "/FontFile2" in font.get_object()["/FontDescriptor"].get_object()


def test_wrap_breaks_at_spaces_but_never_inside_an_amount() -> None:
    lines = wrap("Итого к оплате 1\u00a0234\u00a0567,89\u00a0₽", "DejaVuSans", 8, 80)
    assert len(lines) > 1
    assert "1\u00a0234\u00a0567,89\u00a0₽" in lines


def test_unknown_paper_is_refused() -> None:
    with pytest.raises(PaperError):
        receipt_pdf(receipt(), "110mm")  # type: ignore[arg-type]


def test_model_refuses_inconsistent_totals_and_unmasked_cards() -> None:
    with pytest.raises(ReceiptError) as bad_line:
        ReceiptLine("Хлеб", 2, 50_00, 0, 90_00)
    assert bad_line.value.reason == "line_total_mismatch"
    with pytest.raises(ReceiptError) as bad_gross:
        replace(receipt(), totals=Totals(1_00, 0, 1_00))
    assert bad_gross.value.reason == "gross_mismatch"
    with pytest.raises(ReceiptError) as unmasked:
        LoyaltyBlock("2012345678903")
    assert unmasked.value.reason == "card_not_masked"


def test_labels_exist_in_both_languages() -> None:
    assert label("total", "ru") == "ИТОГО"
    assert label("total", "en") == "TOTAL"
    assert label("total", "de") == "TOTAL"
