"""The README's Scripting example, run verbatim against a fresh demo shop: the names it
imports from ``loyalty`` exist, and a sale, its return, the export, the report and the
program file come out as it says."""
from __future__ import annotations

import csv
import json
import re
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def scripting_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Scripting\n", 1)[1].split("\n## ", 1)[0]
    (code,) = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    return code


def test_the_readme_scripting_example_runs_as_written(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(tempfile, "mkdtemp", lambda *a, **k: str(tmp_path))
    exec(compile(scripting_example(), "README.md#Scripting", "exec"), {"__name__": "script"})
    net, earned, sale_no, refund = (int(v) for v in capsys.readouterr().out.split())
    assert net > 0 and earned > 0 and refund == -net
    with (tmp_path / "sales.csv").open(encoding="utf-8") as f:
        rows = {r["sale_no"]: r for r in csv.DictReader(f)}
    assert rows[str(sale_no)]["net_minor"] == str(net)
    assert rows[str(sale_no)]["points_earned"] == str(earned)
    assert any(r["kind"] == "return" and r["original_sale_no"] == str(sale_no)
               for r in rows.values())
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF-")
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert json.loads((tmp_path / "program.json").read_text(encoding="utf-8"))["version"] >= 1


def test_every_name_the_package_lists_is_there() -> None:
    import loyalty
    assert all(getattr(loyalty, name) is not None for name in loyalty.__all__)
