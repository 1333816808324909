"""The card printing tab: saved and printed PDFs decode back to the card numbers; cancel leaves no file."""
from __future__ import annotations

import csv
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp
from PySide6.QtCore import Qt

from tests.ui.conftest import Seeded
from ui.office.cards import CardPrintingTab
from ui.widgets.system_printer import pdf_printer


def open_tab(qtbot, seeded: Seeded) -> CardPrintingTab:
    tab = CardPrintingTab(seeded.shop, seeded.owner)
    qtbot.addWidget(tab)
    tab.resize(1024, 700)
    tab.show()
    return tab


def decoded_numbers(pdf: Path, pages: range | None = None) -> list[str]:
    document = pdfium.PdfDocument(str(pdf))
    found = []
    for index in pages if pages is not None else range(len(document)):
        image = document[index].render(scale=300 / 72).to_pil().convert("L")
        found += [r.text for r in zxingcpp.read_barcodes(image)]
    return sorted(found)


def listed_numbers(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return sorted(row["card_number"] for row in csv.DictReader(handle))


def finish(qtbot, tab: CardPrintingTab) -> None:
    qtbot.waitUntil(lambda: not tab.progress.running, timeout=30_000)


def test_new_cards_saved_as_a4_decode_to_the_listed_numbers(qtbot, seeded: Seeded,
                                                             tmp_path: Path) -> None:
    tab = open_tab(qtbot, seeded)
    tab.count.setValue(12)
    tab.sheet.setCurrentIndex(tab.sheet.findData("a4"))
    tab.terms.setPlainText("Баллы действуют 12 месяцев.")
    pdf, numbers = tmp_path / "cards.pdf", tmp_path / "cards.csv"
    tab.start(tab.request(pdf, numbers))
    assert tab.progress.isVisible()
    finish(qtbot, tab)
    assert "12 cards done" in tab.status.text()
    listed = listed_numbers(numbers)
    assert len(listed) == 12 and all(n.startswith("29") for n in listed)
    fronts = decoded_numbers(pdf, range(0, 4, 2))  # sheet, backs, sheet, backs
    assert fronts == listed


def test_chosen_member_card_shows_the_name_and_decodes(qtbot, seeded: Seeded,
                                                       tmp_path: Path) -> None:
    tab = open_tab(qtbot, seeded)
    tab.chosen.setChecked(True)
    tab.search.setText("Anna")
    assert tab.members.count() == 1
    tab.members.item(0).setCheckState(Qt.CheckState.Checked)
    assert tab.preview.face.number == seeded.anna_card.number
    assert tab.preview.face.member_name == "Anna Petrova"
    pdf = tmp_path / "anna.pdf"
    tab.start(tab.request(pdf, None))
    finish(qtbot, tab)
    assert decoded_numbers(pdf, range(0, 1)) == [seeded.anna_card.number]
    text = pdfium.PdfDocument(str(pdf))[0].get_textpage().get_text_range()
    assert "Anna Petrova" in text


def test_print_goes_to_the_system_printer_and_decodes(qtbot, seeded: Seeded,
                                                      tmp_path: Path) -> None:
    printed = tmp_path / "printed.pdf"
    tab = open_tab(qtbot, seeded)
    tab.make_printer = lambda _name: pdf_printer(str(printed))
    tab.count.setValue(2)
    tab.start(tab.request(None, tmp_path / "list.csv"))
    finish(qtbot, tab)
    assert "2 cards done" in tab.status.text(), tab.status.text()
    document = pdfium.PdfDocument(str(printed))
    assert len(document) == 4  # a front and a back page per CR80 card
    width_pt, height_pt = document[0].get_size()
    # Qt keeps page sizes in whole points: within half a millimetre of 85.60 × 53.98 mm
    assert abs(width_pt * 25.4 / 72 - 85.60) < 0.5 and abs(height_pt * 25.4 / 72 - 53.98) < 0.5
    assert decoded_numbers(printed, range(0, 4, 2)) == listed_numbers(tmp_path / "list.csv")


def test_cancel_leaves_no_file(qtbot, seeded: Seeded, tmp_path: Path) -> None:
    tab = open_tab(qtbot, seeded)
    tab.count.setValue(400)
    out = tmp_path / "out"
    out.mkdir()
    tab.start(tab.request(out / "many.pdf", out / "many.csv"))
    tab.progress.cancel_button.click()
    finish(qtbot, tab)
    assert "Cancelled" in tab.status.text()
    assert list(out.iterdir()) == []  # no PDF, no half-written .part, no list


def test_nothing_ticked_is_refused(qtbot, seeded: Seeded, tmp_path: Path) -> None:
    tab = open_tab(qtbot, seeded)
    tab.chosen.setChecked(True)
    tab.start(tab.request(tmp_path / "x.pdf", None))
    assert not tab.progress.running and "Tick the members" in tab.status.text()
