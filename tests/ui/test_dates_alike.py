"""One date form per language: the members screen's tables, its detail pane and every date
field of the office show the same day alike — 10.03.2026 in Russian, 10 Mar 2026 in English."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate

from loyalty.members.members import parse_birthday
from pos.wording import date_text
from tests.ui.conftest import Seeded
from ui.office.coupons import CouponsTab
from ui.office.members.edit_dialog import MemberDialog
from ui.office.members.tab import MembersTab
from ui.office.members.texts import MemberTexts
from ui.office.program.tab import ProgramTab
from ui.office.staff import StaffTab
from ui.widgets.explain import Explainer

TODAY = {"ru": "10.03.2026", "en": "10 Mar 2026"}  # the seeded clock's day, 2026-03-10


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_same_day_reads_alike_in_tables_pane_and_date_fields(qtbot, seeded: Seeded,
                                                                  language: str) -> None:
    shop = seeded.shop
    shop.save_settings(replace(shop.settings, language=language))
    members = MembersTab(shop, seeded.owner)
    qtbot.addWidget(members)
    members.show()
    qtbot.keyClicks(members.search, "ann")
    qtbot.waitUntil(lambda: members.detail.name.text() == "Anna Petrova")
    detail = members.detail
    issued = detail.cards.item(0, 2).text()            # the cards table: when issued
    adjusted = detail.ledger.item(0, 0).text()         # the points history: the opening balance
    assert issued.startswith(TODAY[language] + " ") and adjusted.startswith(TODAY[language] + " ")
    assert f"Customer since {TODAY[language]} " in detail.contact.text()

    program = ProgramTab(shop, seeded.owner)
    coupons = CouponsTab(shop, seeded.owner)
    for widget in (program, coupons):
        qtbot.addWidget(widget)
    coupons.until.setDate(QDate(2026, 3, 10))
    fields = (program.effective, program.tiers.box.starts, coupons.until)
    program.tiers.box.starts.setDate(QDate(2026, 3, 10))
    assert [f.text() for f in fields] == [TODAY[language]] * 3
    staff = StaffTab(shop, seeded.owner)   # the audit log: its day filters and its times
    qtbot.addWidget(staff)
    staff.last_day.setDate(QDate(2026, 3, 10))
    assert staff.last_day.text() == TODAY[language]
    staff.refresh_audit()
    model = staff.audit_view.model()
    times = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert times and all(t.startswith(TODAY[language] + " ") for t in times)
    members.close()


@pytest.mark.parametrize("language, shown", [("ru", "26.05.1990"), ("en", "26 May 1990")])
def test_a_birthday_shows_as_every_date_and_reads_back(qtbot, seeded: Seeded, language: str,
                                                       shown: str) -> None:
    shop = seeded.shop
    shop.save_settings(replace(shop.settings, language=language))
    texts = MemberTexts(Explainer(shop.settings.currency, language))
    member = replace(seeded.anna, birthday=date(1990, 5, 26))
    dialog = MemberDialog(texts, shop.settings.timezone, lambda form: member, member)
    qtbot.addWidget(dialog)
    assert dialog.birthday.text() == shown == date_text(date(1990, 5, 26), language)
    assert dialog.form().birthday == date(1990, 5, 26)
    assert shown in dialog.birthday.placeholderText()


def test_every_english_month_reads_back() -> None:
    for month in range(1, 13):
        day = date(2026, month, 28)
        assert parse_birthday(date_text(day, "en")) == day
        assert parse_birthday(date_text(day, "en").upper()) == day
