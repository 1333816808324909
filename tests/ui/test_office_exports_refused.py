"""The back office's exports (program JSON, catalogue CSV, a coupon batch's PDF) into a
folder that cannot take them, or onto the shop's own file: one sentence on the screen,
nothing written (they raised out of the button before, or wrote 0644)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import Seeded
from ui.office.catalogue import CatalogueTab
from ui.office.coupons import CouponsTab
from ui.office.program.tab import ProgramTab


def _program(qtbot, seeded: Seeded, path: Path) -> str:
    tab = ProgramTab(seeded.shop, seeded.owner)
    qtbot.addWidget(tab)
    tab.export_file(path)
    return tab.status.text()


def _catalogue(qtbot, seeded: Seeded, path: Path) -> str:
    tab = CatalogueTab(seeded.shop, seeded.owner)
    qtbot.addWidget(tab)
    tab.export_file(path)
    return tab.message.text()


def _coupons(qtbot, seeded: Seeded, path: Path) -> str:
    tab = CouponsTab(seeded.shop, seeded.owner)
    qtbot.addWidget(tab)
    tab.count.setValue(2)
    tab.value.setText("50")
    qtbot.mouseClick(tab.generate_button, Qt.MouseButton.LeftButton)
    assert tab.coupons
    tab.save_pdf(str(path))
    return tab.message.text()


EXPORTS = {"program": _program, "catalogue": _catalogue, "coupons": _coupons}


@pytest.mark.parametrize("export", sorted(EXPORTS))
def test_an_export_into_a_missing_folder_says_so_and_writes_nothing(qtbot, seeded: Seeded,
                                                                    tmp_path, export) -> None:
    said = EXPORTS[export](qtbot, seeded, tmp_path / "no-such-folder" / "out.file")
    assert "no-such-folder" in said, said
    assert not (tmp_path / "no-such-folder").exists()


@pytest.mark.parametrize("export", sorted(EXPORTS))
def test_an_export_onto_the_shops_own_file_is_refused(qtbot, seeded: Seeded, export) -> None:
    before = seeded.shop.path.read_bytes()[:100]
    said = EXPORTS[export](qtbot, seeded, seeded.shop.path)
    assert "database" in said, said
    assert seeded.shop.path.read_bytes()[:100] == before


@pytest.mark.parametrize("export", sorted(EXPORTS))
def test_an_export_is_its_owners_only(qtbot, seeded: Seeded, tmp_path, export) -> None:
    out = tmp_path / "out.file"
    EXPORTS[export](qtbot, seeded, out)
    assert out.stat().st_mode & 0o777 == 0o600
