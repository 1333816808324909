"""The monthly summary PDF, CSV and JSON read back: Russian labels, stable keys, dashes."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from pypdf import PdfReader
from test_monthly_summary import ShopBuilder, build, march_shop, utc  # noqa: F401 (fixture)

from loyalty.reports.period_summary import monthly_summary
from loyalty.reports.export import STABLE_KEYS, figures, to_csv, to_json, write_report
from loyalty.printing.summary_pdf import render_pdf

SPEC_KEYS = """points_opening, points_earned_purchase, points_earned_welcome,
points_earned_birthday, points_earned_referral, points_earned_mission,
points_redeemed, points_expired, points_adjusted, points_reversed,
points_closing, points_pending_closing, liability_closing_minor,
discount_total_minor, sales_count, sales_with_card_count, returns_count,
revenue_net_minor, revenue_members_minor, avg_check_members_minor,
avg_check_non_members_minor, card_usage_rate_pct, members_share_of_revenue_pct,
active_start, active_end, retained, retention_rate_pct, churn_rate_pct,
new_members, enrolled_members, buying_members, returning_members,
loyalty_index_pct, existing_customers_sales_share_pct,
repeat_purchase_rate_pct, ltv_minor, pareto_top20_share_pct"""


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_pdf_shows_russian_labels_and_figures(build: ShopBuilder) -> None:
    march_shop(build)
    text = pdf_text(render_pdf(monthly_summary(build.shop, 2026, 3), "ru"))
    for label in ("Сводка программы лояльности", "Март 2026", "Движение баллов",
                  "Остаток на начало месяца", "Сгорело", "Обязательство на конец месяца",
                  "Скидка от суммы чека", "Удержание", "Отток", "Выручка по дням",
                  "Участники под риском ухода", "Стр. 1 из"):
        assert label in text, label
    assert "66,67 %" in text.replace("\u00a0", " ")
    assert "91,00 ₽" in text.replace("\u00a0", " ")


def test_pdf_in_english_and_dashes_for_an_empty_month(build: ShopBuilder) -> None:
    build.at(utc(2026, 1, 5)).member("Анна")
    build.at(utc(2026, 3, 2))
    text = pdf_text(render_pdf(monthly_summary(build.shop, 2026, 2), "en"))
    assert "Loyalty programme summary" in text and "February 2026" in text
    assert "—" in text and "Page 3 of 3" in text


def test_same_month_gives_the_same_pdf_bytes(build: ShopBuilder) -> None:
    march_shop(build)
    first = render_pdf(monthly_summary(build.shop, 2026, 3), "ru")
    assert render_pdf(monthly_summary(build.shop, 2026, 3), "ru") == first


def test_stable_keys_are_exactly_the_specs() -> None:
    assert STABLE_KEYS == tuple(k.strip() for k in SPEC_KEYS.split(","))


def test_csv_and_json_carry_every_key(build: ShopBuilder) -> None:
    march_shop(build)
    s = monthly_summary(build.shop, 2026, 3)
    rows = list(csv.reader(io.StringIO(to_csv(s))))
    assert rows[0] == ["metric", "value"]
    assert [r[0] for r in rows[1:]] == list(STABLE_KEYS)
    values = dict(rows[1:])
    assert values["retention_rate_pct"] == "66.67" and values["points_closing"] == "91"
    assert values["pareto_top20_share_pct"] == "60.00"  # two decimals, as every percentage
    text = to_json(s)
    assert '"churn_rate_pct": 33.33' in text and '"card_usage_rate_pct": 66.67' in text
    data = json.loads(text)
    assert data["month"] == "2026-03" and '"pareto_top20_share_pct": 60.00' in text
    assert all(k in data for k in STABLE_KEYS)
    assert dict(figures(s))["liability_closing_minor"] == data["liability_closing_minor"] == 9100


def test_write_report_writes_all_three(build: ShopBuilder, tmp_path: Path) -> None:
    march_shop(build)
    s = write_report(build.shop, 2026, 3, tmp_path / "r.pdf", tmp_path / "r.csv",
                     tmp_path / "r.json")
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert json.loads((tmp_path / "r.json").read_text("utf-8"))["points_closing"] == 91
    assert (tmp_path / "r.csv").read_text("utf-8").startswith("metric,value\n")
    assert s.roll.closing == 91


def test_a_long_name_in_the_at_risk_list_wraps_before_the_card_number(build: ShopBuilder) -> None:
    from dataclasses import replace

    import pypdfium2 as pdfium

    from loyalty.reports.member_metrics import AtRisk
    march_shop(build)
    long_name = "Александра Константиновна Преображенская-Рождественская Тайнинская"
    row = AtRisk(7, 5, utc(2026, 3, 2), 6, 29, 1_234_00, name=long_name,
                 card_number="2900000000012")
    summary = replace(monthly_summary(build.shop, 2026, 3), at_risk=(row,))
    document = pdfium.PdfDocument(render_pdf(summary, "ru"))
    boxes = {}
    for page in document:
        text = page.get_textpage()
        for word in ("2900000000012", "Тайнинская"):
            found = text.search(word).get_next()
            if found:
                first, count = found
                boxes[word] = (text.get_charbox(first)[0], text.get_charbox(first + count - 1)[2])
    assert set(boxes) == {"2900000000012", "Тайнинская"}  # the whole name is printed
    assert boxes["Тайнинская"][1] < boxes["2900000000012"][0]  # and ends left of the card
