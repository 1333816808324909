"""Fuzzing the command line's CSV imports: every generated file is imported or refused in one
line with nothing changed, never a traceback (figures printed: run with -s, FUZZ_INPUTS=N)."""
from __future__ import annotations

import contextlib
import io
import time

import pytest

from fuzz_inputs import csv_files, fingerprint
from main import main


@pytest.mark.parametrize("kind, command", [("products", "import-products"),
                                           ("customers", "import-customers")])
def test_generated_csv_files_never_give_a_traceback(tmp_path, kind, command) -> None:
    db = tmp_path / "shop.db"
    tracebacks, changed_on_refusal, refused, accepted = [], [], 0, 0
    started = time.monotonic()
    files = csv_files(16, kind)
    for n, data in enumerate(files):
        path = tmp_path / f"{n}.csv"
        path.write_bytes(data)
        before = fingerprint(db) if db.exists() else ""
        err = io.StringIO()
        try:
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                rc = main([command, str(path), "--db", str(db)])
        except Exception as error:  # noqa: BLE001 - counting exactly these is the point
            tracebacks.append((n, repr(error)[:200]))
            continue
        if rc == 0:
            accepted += 1
            continue
        refused += 1
        message = err.getvalue()
        assert message.count("\n") == 1 and len(message) < 2_000, (n, message[:300])
        if before and fingerprint(db) != before:
            changed_on_refusal.append(n)
        path.unlink()
    print(f"\n{command}: {len(files)} inputs in {time.monotonic() - started:.1f} s, "
          f"{accepted} imported, {refused} refused, {len(tracebacks)} tracebacks, "
          f"{len(changed_on_refusal)} refused inputs changed the database")
    assert tracebacks == [] and changed_on_refusal == []
    assert refused > len(files) // 3  # the generator does make broken files
