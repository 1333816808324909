"""The long program-file fuzz, run by hand: figures per import path, and the first tracebacks.

    python -m tests.fuzz.program_fuzz [--checks 30000] [--service 3000] [--office 3000]
                                      [--cli 300] [--processes 50] [--seed 11]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import traceback
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from loyalty.program.checks import ProgramError  # noqa: E402
from loyalty.program.json_format import program_from_json  # noqa: E402
from loyalty.program.rehearsal import rehearse  # noqa: E402
from loyalty.shop import open_shop  # noqa: E402
from tests.fuzz.program_json import hostile_programs  # noqa: E402
from tests.fuzz.program_runs import (  # noqa: E402
    Figures, fingerprint, run, through_command_line, through_office, through_service)

MAIN = Path(__file__).resolve().parents[2] / "main.py"
DAY = date(2030, 1, 1)


def _checks(count: int, seed: int) -> Figures:
    figures = Figures()
    for text in hostile_programs(count, seed):
        figures.inputs += 1
        try:
            rehearse(program_from_json(text), DAY)
            figures.accepted += 1
        except ProgramError:
            figures.refused += 1
        except Exception:  # noqa: BLE001
            figures.tracebacks.append(f"{text[:200]!r}\n{traceback.format_exc()}")
    return figures


def _office(shop, folder: Path, count: int, seed: int) -> Figures:
    from PySide6.QtWidgets import QApplication
    from pos.staff.pins import add_staff
    from ui.office.program.tab import ProgramTab
    app = QApplication.instance() or QApplication([])
    owner = add_staff(shop.db, "Owner", "owner", "9999", shop.clock())
    tab = ProgramTab(shop, owner)
    figures = run(hostile_programs(count, seed), folder, shop, lambda p: through_office(tab, p),
                  saves=False)
    tab.deleteLater()
    app.processEvents()
    return figures


def _processes(shop, folder: Path, count: int, seed: int) -> Figures:
    """Real processes: a refusal is exit 1 with one line on stderr, never a traceback."""
    figures = Figures()
    db = shop.path
    for i, text in enumerate(hostile_programs(count, seed)):
        before = fingerprint(shop)
        path = folder / f"p{i}.json"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        figures.inputs += 1
        done = subprocess.run([sys.executable, str(MAIN), "--db", str(db), "program", "import",
                               str(path)], capture_output=True, text=True, timeout=300)
        if "Traceback" in done.stderr or done.returncode not in (0, 1):
            figures.tracebacks.append(f"{text[:200]!r}\n{done.stderr[-2000:]}")
        elif done.returncode == 0:
            figures.accepted += 1
        else:
            figures.refused += 1
            figures.refused_changed_db += fingerprint(shop) != before
            if done.stderr.count("\n") != 1:
                figures.tracebacks.append(f"not one line: {done.stderr[:500]!r}")
    return figures


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    for name, default in (("checks", 30_000), ("service", 3_000), ("office", 3_000),
                          ("cli", 300), ("processes", 50), ("seed", 11)):
        p.add_argument(f"--{name}", type=int, default=default)
    a = p.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="program-fuzz-"))
    shop = open_shop(folder / "shop.db")
    runs = [
        ("checks of a save", lambda: _checks(a.checks, a.seed)),
        ("import service", lambda: run(hostile_programs(a.service, a.seed + 1), folder, shop,
                                       lambda path: through_service(shop, path, DAY), True)),
        ("office loader", lambda: _office(shop, folder, a.office, a.seed + 2)),
        ("main.py in process", lambda: run(hostile_programs(a.cli, a.seed + 3), folder, shop,
                                           lambda path: through_command_line(shop.path, path),
                                           True)),
        ("main.py processes", lambda: _processes(shop, folder, a.processes, a.seed + 4)),
    ]
    failed = False
    for name, job in runs:
        started = time.perf_counter()
        figures = job()
        print(f"{figures.line(name)}  [{time.perf_counter() - started:.1f} s]", flush=True)
        for trace in figures.tracebacks[:3]:
            print(trace)
        failed |= bool(figures.tracebacks) or figures.refused_changed_db > 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
