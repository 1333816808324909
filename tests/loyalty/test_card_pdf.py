"""Card PDFs read back: every barcode rendered and decoded by zxing, names and terms extracted by pypdf."""
from __future__ import annotations

import io
import random
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from loyalty.printing.card_layout import CardFace, CardLayout, CardLayoutError
from loyalty.members.card_numbers import new_ean13
from loyalty.printing.card_pdf import (
    CARD_HEIGHT, CARD_WIDTH, CardPrintCancelled, cards_pdf, write_cards_pdf)
from pos.printing.barcode import BarcodeError

SHOP = "Пекарня «Жаворонок»"
TERMS = "Карта даёт право на скидку и накопление баллов. 1 балл = 1 рубль."
NAMES = ("Анна Иванова", "Пётр Щукин", None)
FORMATS = {"ean13": zxingcpp.BarcodeFormat.EAN13, "code128": zxingcpp.BarcodeFormat.Code128}


def faces(count: int, symbology: str = "ean13", seed: int = 1) -> tuple[CardFace, ...]:
    rng = random.Random(seed)
    numbers = [new_ean13(rng.choice(("20", "25", "29")), randbelow=rng.randrange)
               for _ in range(count)]
    if symbology == "code128":
        numbers = [f"ZH-{n[:9]}" for n in numbers]
    return tuple(CardFace(n, symbology, NAMES[i % 3]) for i, n in enumerate(numbers))


def layout(sheet: str = "cr80", terms: str = TERMS, **kwargs: object) -> CardLayout:
    return CardLayout(SHOP, terms=terms, layout=sheet, **kwargs)  # type: ignore[arg-type]


def render(pdf: bytes, page: int, dpi: int = 300) -> Image.Image:
    return pdfium.PdfDocument(pdf)[page].render(scale=dpi / 72).to_pil().convert("L")


def decoded(image: Image.Image) -> list[tuple[str, zxingcpp.BarcodeFormat]]:
    return sorted((r.text, r.format) for r in zxingcpp.read_barcodes(image))


@pytest.mark.parametrize("symbology", ["ean13", "code128"])
def test_every_a4_barcode_decodes_back_to_its_card_number(symbology: str) -> None:
    batch = faces(13, symbology)
    pdf = cards_pdf(layout("a4"), batch)
    # Sheet 1 fronts, its backs, sheet 2 fronts (3 cards), its backs.
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 4
    for page, sheet in ((0, batch[:10]), (2, batch[10:])):
        assert decoded(render(pdf, page)) == sorted((f.number, FORMATS[symbology]) for f in sheet)


@pytest.mark.parametrize("symbology", ["ean13", "code128"])
def test_cr80_front_decodes_and_shows_shop_and_member(symbology: str) -> None:
    batch = faces(2, symbology)
    pdf = cards_pdf(layout("cr80"), batch)
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 4  # front and back for each card, in order, for duplex printers
    for page in pages:
        assert float(page.mediabox.width) == pytest.approx(85.60 * mm)
        assert float(page.mediabox.height) == pytest.approx(53.98 * mm)
    for i, face in enumerate(batch):
        assert decoded(render(pdf, 2 * i)) == [(face.number, FORMATS[symbology])]
        front, back = pages[2 * i].extract_text(), pages[2 * i + 1].extract_text()
        assert SHOP in front and face.member_name in front
        assert " ".join(TERMS.split()) in " ".join(back.split())


def test_ean13_human_readable_digits_are_printed_under_the_bars() -> None:
    face = faces(1)[0]
    text = PdfReader(io.BytesIO(cards_pdf(layout(), (face,)))).pages[0].extract_text()
    assert "".join(ch for ch in text if ch.isdigit()) == face.number


def test_member_name_is_left_off_when_the_layout_says_so() -> None:
    face = CardFace(faces(1)[0].number, "ean13", "Анна Иванова")
    pdf = cards_pdf(layout(show_member_name=False), (face,))
    assert "Анна" not in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def test_a_long_member_name_stays_inside_the_card() -> None:
    face = CardFace(faces(1)[0].number, "ean13",
                    "Констанция Константинопольская-Щедрина-Салтыкова Бонч-Бруевич")
    image = render(cards_pdf(layout(), (face,)), 0, dpi=150)
    edge = round(3 * 150 / 25.4)
    assert image.crop((image.width - edge, 0, image.width, image.height)).getextrema()[0] > 200
    assert "Констанция" in PdfReader(io.BytesIO(cards_pdf(layout(), (face,)))).pages[0].extract_text()


def test_a4_sheet_has_crop_marks_on_every_cut_line_and_nothing_else_in_the_margin() -> None:
    image = render(cards_pdf(layout("a4", terms=""), faces(10)), 0, dpi=100)
    scale = image.width / A4[0]
    left_x, top_y = (A4[0] - 2 * CARD_WIDTH) / 2, (A4[1] - 5 * CARD_HEIGHT) / 2
    top_band = image.crop((0, 0, image.width, int(top_y * scale) - 2))
    dark_columns = {x for x in range(top_band.width)
                    if min(top_band.getpixel((x, y)) for y in range(top_band.height)) < 128}
    cut_columns = [round((left_x + i * CARD_WIDTH) * scale) for i in range(3)]
    assert all(any(abs(x - cut) <= 1 for x in dark_columns) for cut in cut_columns)
    assert all(any(abs(x - cut) <= 1 for cut in cut_columns) for x in dark_columns)


def test_a4_without_terms_prints_fronts_only() -> None:
    pdf = cards_pdf(layout("a4", terms=""), faces(11))
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 2


def test_font_is_embedded() -> None:
    reader = PdfReader(io.BytesIO(cards_pdf(layout(), faces(1))))
    fonts = reader.pages[0]["/Resources"]["/Font"].values()
    assert fonts
    for font in fonts:
        # reportlab embeds TrueType subsets as simple fonts, each with its own descriptor.
        descriptor = font.get_object()["/FontDescriptor"]
        assert "DejaVuSans" in str(descriptor.get_object()["/FontName"])
        assert "/FontFile2" in descriptor.get_object()


def test_a_bad_number_fails_the_batch_and_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "cards.pdf"
    good = faces(3)
    bad = CardFace(good[0].number[:-1] + str((int(good[0].number[-1]) + 1) % 10), "ean13")
    with pytest.raises(BarcodeError):
        write_cards_pdf(layout("a4"), (*good, bad), target)
    assert list(tmp_path.iterdir()) == []


def test_written_file_matches_and_cancelling_leaves_no_file(tmp_path: Path) -> None:
    batch = faces(25)
    written = write_cards_pdf(layout("a4"), batch, tmp_path / "cards.pdf")
    assert len(PdfReader(written).pages) == 6
    seen: list[tuple[int, int]] = []
    cancelled = tmp_path / "cancelled.pdf"
    with pytest.raises(CardPrintCancelled) as caught:
        write_cards_pdf(layout("a4"), batch, cancelled,
                        progress=lambda done, total: seen.append((done, total)) or done < 20)
    assert seen == [(10, 25), (20, 25)] and caught.value.done == 20
    assert not cancelled.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["cards.pdf"]


def test_layouts_and_faces_that_cannot_print_are_refused() -> None:
    with pytest.raises(CardLayoutError):
        CardLayout(SHOP, layout="letter")  # type: ignore[arg-type]
    with pytest.raises(CardLayoutError):
        CardFace("https://example.com/card/1", "qr")


def test_a4_backs_are_mirrored_to_land_behind_their_fronts_on_long_edge_duplex() -> None:
    pdf = cards_pdf(layout("a4"), faces(1))
    front, back = render(pdf, 0, dpi=50), render(pdf, 1, dpi=50)
    scale = front.width / A4[0]
    left_x, top_y = (A4[0] - 2 * CARD_WIDTH) / 2, (A4[1] - 5 * CARD_HEIGHT) / 2

    def inked(image: Image.Image, column: int) -> bool:
        x0 = (left_x + column * CARD_WIDTH) * scale
        box = (int(x0) + 3, int(top_y * scale) + 3, int(x0 + CARD_WIDTH * scale) - 3,
               int((top_y + CARD_HEIGHT) * scale) - 3)
        return image.crop(box).getextrema()[0] < 128

    assert (inked(front, 0), inked(front, 1)) == (True, False)
    assert (inked(back, 0), inked(back, 1)) == (False, True)


def logo_bytes() -> bytes:
    picture = Image.new("RGB", (300, 100), "white")
    picture.paste((180, 90, 20), (10, 10, 290, 90))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize("sheet", ["cr80", "a4"])
@pytest.mark.parametrize("design", ["classic", "minimal", "side_band"])
@pytest.mark.parametrize("symbology", ["ean13", "code128"])
def test_every_design_decodes_on_every_sheet(design: str, sheet: str, symbology: str) -> None:
    batch = faces(10 if sheet == "a4" else 2, symbology)
    batch = tuple(CardFace(f.number, f.symbology, f.member_name, "Золотая карта") for f in batch)
    pdf = cards_pdf(layout(sheet, logo=logo_bytes(), design=design, colour="#8c2f39"), batch)
    if sheet == "a4":
        assert decoded(render(pdf, 0)) == sorted((f.number, FORMATS[symbology]) for f in batch)
    else:
        for i, face in enumerate(batch):
            assert decoded(render(pdf, 2 * i)) == [(face.number, FORMATS[symbology])]
    front = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Золотая карта" in front and "Анна Иванова" in front


@pytest.mark.parametrize("design", ["classic", "minimal", "side_band"])
def test_the_shop_colour_is_printed(design: str) -> None:
    image = pdfium.PdfDocument(cards_pdf(layout(design=design, colour="#8c2f39"), faces(1)))[0]
    colours = image.render(scale=100 / 72).to_pil().convert("RGB").getcolors(1 << 20)
    assert sum(n for n, (r, g, b) in colours
               if abs(r - 0x8c) + abs(g - 0x2f) + abs(b - 0x39) < 30) > 50


def test_logo_is_embedded_once_per_batch(tmp_path: Path) -> None:
    batch = faces(10)
    pdf = cards_pdf(CardLayout(SHOP, logo=logo_bytes(), layout="a4"), batch)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    images = [x for x in page["/Resources"]["/XObject"].values()
              if x.get_object()["/Subtype"] == "/Image"]
    assert len(images) == 1
    assert decoded(render(pdf, 0)) == sorted((f.number, FORMATS["ean13"]) for f in batch)


def test_a_broken_logo_is_refused() -> None:
    with pytest.raises(CardLayoutError) as caught:
        cards_pdf(CardLayout(SHOP, logo=b"not a picture"), faces(1))
    assert caught.value.reason == "logo_unreadable"


def test_designs_and_colours_that_do_not_exist_are_refused() -> None:
    with pytest.raises(CardLayoutError):
        CardLayout(SHOP, design="fancy")
    with pytest.raises(CardLayoutError):
        CardLayout(SHOP, colour="red")
