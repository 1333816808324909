"""The benchmark runs end to end on a tiny shop and reports every metric; no timing is asserted."""
from __future__ import annotations

import json

from tests.bench.bench import format_table, run_bench
from loyalty.demo.demo import build_demo


def test_bench_reports_every_metric_and_leaves_the_shop_untouched(tmp_path) -> None:
    db = tmp_path / "shop.db"
    build_demo(db, members=20, months=2, seed=3, sales=60)
    before = db.read_bytes()
    rows = run_bench(db, json_path=tmp_path / "bench.json", subprocesses=False)
    metrics = [r.metric for r in rows]
    assert any(m.startswith("quote: 30-line basket") for m in metrics)
    assert "durable sale commit (synchronous=FULL)" in metrics
    assert "1,000 cards, A4 PDF" in metrics
    assert all(r.median is None or r.median >= 0 for r in rows)
    saved = json.loads((tmp_path / "bench.json").read_text(encoding="utf-8"))
    assert saved["sales"] >= 60  # returns are sales rows too
    assert [r["metric"] for r in saved["rows"]] == metrics
    assert "target" in format_table(rows)
    assert db.read_bytes() == before  # sales and expiry ran on a copy


def test_bench_builds_the_shop_when_missing(tmp_path) -> None:
    db = tmp_path / "new.db"
    run_bench(db, members=10, sales=30, subprocesses=False)
    assert db.exists()
