"""A QA tester's hostile command lines, each run for real (``main.main`` in this process, or
a subprocess where the process itself matters) on a copy of a demo shop: every refusal is
one line, exit code 1, and leaves the shop exactly as it was (its SQL dump unchanged)."""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from main import main
from tests.fuzz_inputs import dump
from tests.cli_shops import copied, made_demo, owner_pin  # noqa: F401 (a fixture)

try:  # POSIX: a file size limit makes a write fail after every check (EFBIG)
    import resource
except ImportError:  # Windows
    resource = None

MAIN = Path(__file__).resolve().parent.parent / "main.py"
MONTH = "2026-11"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    return made_demo(tmp_path_factory.mktemp("hostile"), "--members", "25", "--months", "2")


@pytest.fixture
def shop(demo, tmp_path) -> Path:
    return copied(demo, tmp_path)




def count(db: Path, sql: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def refused(capsys, argv: list[str], *words: str) -> str:
    """``argv`` fails with one line holding ``words`` (English messages)."""
    assert main([*argv, "--language", "en"]) == 1, argv
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    for word in words:
        assert word in err, (argv, err)
    return err


def outputs(db: Path, ok: Path, target: Path) -> list[list[str]]:
    """Every output option of every command, aimed at ``target`` (the others at ``ok``)."""
    d, t, o = str(db), str(target), str(ok)
    return [
        ["--db", d, "member-export", "1", "--out", t],
        ["--db", d, "program", "export", "--out", t],
        ["export", "sales", "--db", d, "--out", t],
        ["backup", "--db", d, "--out", t],
        ["cards", "--db", d, "--new", "2", "--out", t],
        ["cards", "--db", d, "--members", "1", "--out", o, "--list", t],
        ["receipt", "1", "--db", d, "--out", t],
        ["receipt", "1", "--db", d, "--escpos", t],
        ["report", "--db", d, "--month", MONTH, "--out", t],
        ["report", "--db", d, "--month", MONTH, "--out", o, "--csv", t],
        ["report", "--db", d, "--month", MONTH, "--out", o, "--json", t],
    ]


# -- 1. no output ever lands on the shop's database or its companions -----------------

@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
def test_no_output_is_written_over_the_shop_file(shop, tmp_path, capsys, suffix) -> None:
    before, raw = dump(shop), shop.read_bytes()
    target = Path(f"{shop}{suffix}")
    for argv in outputs(shop, tmp_path / "ok.pdf", target):
        refused(capsys, argv, "is the shop's own database file")
    assert shop.read_bytes() == raw and dump(shop) == before
    assert not (tmp_path / "ok.pdf").exists()
    assert suffix == "" or not target.exists()


# -- 2. a missing --db is refused, nothing created --------------------------------------

def test_a_missing_shop_file_is_refused_and_not_created(tmp_path, capsys) -> None:
    missing = tmp_path / "typo.db"
    csv = tmp_path / "p.csv"
    csv.write_text("barcode,name,price\n111,Milk,10\n", "utf-8")
    m = str(missing)
    for argv in (["verify", "--db", m], ["export", "sales", "--db", m, "--out", str(tmp_path / "e.csv")],
                 ["import-products", str(csv), "--db", m], ["import-customers", str(csv), "--db", m],
                 ["cards", "--db", m, "--new", "2", "--out", str(tmp_path / "c.pdf")],
                 ["receipt", "1", "--db", m, "--out", str(tmp_path / "r.pdf")],
                 ["member-erase", "1", "--db", m],
                 ["member-export", "1", "--db", m, "--out", str(tmp_path / "x.json")],
                 ["report", "--db", m, "--month", MONTH, "--out", str(tmp_path / "r.pdf")],
                 ["--db", m, "program", "export", "--out", str(tmp_path / "p.json")],
                 ["backup", "--db", m, "--out", str(tmp_path / "b.db")],
                 ["--db", m, "network", "status"], ["sync", "--once", "--db", m]):
        refused(capsys, argv, "no database at")
        assert not missing.exists() and not Path(f"{missing}-wal").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.csv"]


def test_without_db_and_no_shop_in_the_data_folder_nothing_is_created(tmp_path, capsys) -> None:
    from pos.storage.db import default_db_path
    refused(capsys, ["export", "members", "--out", str(tmp_path / "m.csv")], "no database at")
    refused(capsys, ["member-erase", "1"], "no database at")
    assert not default_db_path().exists() and not (tmp_path / "m.csv").exists()


# -- 3. only a shop file of this program is opened ----------------------------------------

def _foreign(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id, total)")
    conn.commit()
    conn.close()
    return path


def _newer(shop: Path) -> Path:
    conn = sqlite3.connect(shop)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('pos', '9999_future', '2030-01-01')")
    conn.commit()
    conn.close()
    return shop


@pytest.mark.parametrize("kind", ["other_program", "empty_file", "newer_version"])
def test_a_file_that_is_not_our_shop_is_refused_unchanged(shop, tmp_path, capsys, kind) -> None:
    db = {"other_program": lambda: _foreign(tmp_path / "invoices.db"),
          "empty_file": lambda: (tmp_path / "touched.db").touch() or tmp_path / "touched.db",
          "newer_version": lambda: _newer(shop)}[kind]()
    words = {"other_program": "not a shop file", "empty_file": "not a shop file",
             "newer_version": "made by a newer version"}[kind]
    csv = tmp_path / "p.csv"
    csv.write_text("barcode,name,price\n111,Milk,10\n", "utf-8")
    raw = db.read_bytes()
    d = str(db)
    for argv in (["verify", "--db", d], ["import-products", str(csv), "--db", d],
                 ["export", "sales", "--db", d, "--out", str(tmp_path / "e.csv")],
                 ["cards", "--db", d, "--new", "2", "--out", str(tmp_path / "c.pdf")],
                 ["member-erase", "1", "--db", d],
                 ["backup", "--db", d, "--out", str(tmp_path / "b.db")]):
        refused(capsys, argv, words)
    assert db.read_bytes() == raw
    assert not any((tmp_path / n).exists() for n in ("e.csv", "c.pdf", "b.db"))


# -- 4. cards: the outputs first, and no card issued unless its files are written -----------

def test_cards_with_a_refused_output_issue_nothing(shop, tmp_path, capsys) -> None:
    before = dump(shop)
    folder = tmp_path / "folder"
    folder.mkdir()
    pdf = str(tmp_path / "c.pdf")
    for extra, words in ((["--out", str(folder)], "is a folder"),
                         (["--out", ""], "empty file name"),
                         (["--out", pdf, "--list", ""], "empty file name"),
                         (["--out", pdf, "--list", str(folder)], "is a folder"),
                         (["--out", pdf, "--list", str(shop)], "own database file"),
                         (["--out", pdf, "--list", str(tmp_path / "no" / "l.csv")],
                          "folder does not exist"),
                         (["--out", pdf, "--list", pdf], "named for two outputs")):
        refused(capsys, ["cards", "--db", str(shop), "--new", "3", *extra], words)
        refused(capsys, ["cards", "--db", str(shop), "--members", "all", *extra], words)
    assert dump(shop) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder", "shop.db"]


def test_card_terms_are_bounded(shop, tmp_path, capsys) -> None:
    from loyalty.printing.card_layout import TERMS_MAX_CHARS
    before = dump(shop)
    refused(capsys, ["cards", "--db", str(shop), "--new", "1", "--out", str(tmp_path / "c.pdf"),
                     "--terms", "x" * (TERMS_MAX_CHARS + 1)], f"at most {TERMS_MAX_CHARS}")
    assert dump(shop) == before and not (tmp_path / "c.pdf").exists()
    assert main(["cards", "--db", str(shop), "--new", "1", "--out", str(tmp_path / "c.pdf"),
                 "--terms", "x" * TERMS_MAX_CHARS]) == 0


def _limited(limit: int):
    def apply() -> None:  # in the child: files may not grow past ``limit`` bytes (EFBIG)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@pytest.mark.skipif(resource is None, reason="POSIX file size limit")
def test_cards_whose_pdf_cannot_be_written_are_not_issued(shop, tmp_path) -> None:
    """A write that fails after every check (here the file size limit, EFBIG): the cards and
    their audit row are rolled back with it, and no file or side file is left."""
    cards = count(shop, "SELECT COUNT(*) FROM cards")
    audit = count(shop, "SELECT COUNT(*) FROM audit_log")
    env = dict(os.environ, POSLOYALTY_PIN="1111")
    done = subprocess.run([sys.executable, str(MAIN), "cards", "--db", str(shop), "--new", "200",
                           "--out", str(tmp_path / "c.pdf"), "--list", str(tmp_path / "c.csv"),
                           "--language", "en"], capture_output=True, text=True, env=env,
                          preexec_fn=_limited(40_000), timeout=300)
    assert done.returncode == 1 and "cannot write" in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert count(shop, "SELECT COUNT(*) FROM cards") == cards
    assert count(shop, "SELECT COUNT(*) FROM audit_log") == audit
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("shop.db")) == []


@pytest.mark.skipif(resource is None, reason="POSIX file size limit")
def test_a_backup_the_disk_refuses_leaves_no_half_copy(shop, tmp_path) -> None:
    before = dump(shop)
    env = dict(os.environ, POSLOYALTY_PIN="1111")
    out = tmp_path / "b.db"
    done = subprocess.run([sys.executable, str(MAIN), "backup", "--db", str(shop), "--out",
                           str(out), "--language", "en"], capture_output=True, text=True,
                          env=env, preexec_fn=_limited(100_000), timeout=300)
    assert done.returncode == 1 and "cannot write" in done.stderr and "b.db" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert dump(shop) == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("shop.db")) == []


# -- 5. a FIFO or a device is never replaced by a file -----------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_an_output_that_is_not_a_regular_file_is_refused(shop, tmp_path, capsys) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    before = dump(shop)
    for argv in outputs(shop, tmp_path / "ok.pdf", fifo):
        if "--escpos" in argv:
            continue  # a receipt printer's device is written in place (below)
        refused(capsys, argv, "is not a regular file")
        assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert dump(shop) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe", "shop.db"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="Linux's /dev/full")
def test_escpos_to_a_device_that_fails_is_one_line(shop, capsys) -> None:
    refused(capsys, ["receipt", "1", "--db", str(shop), "--escpos", "/dev/full"],
            "cannot write /dev/full", "No space left")
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
    refused(capsys, ["receipt", "1", "--db", str(shop), "--out", "/dev/full"],
            "is not a regular file")
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


# -- 6. what was a traceback is one line -------------------------------------------------

def test_former_tracebacks_are_one_line_and_change_nothing(shop, tmp_path, capsys) -> None:
    before = dump(shop)
    d, out = str(shop), str(tmp_path / "x.out")
    for argv, words in (
            (["member-export", "999", "--db", d, "--out", out], "no member 999"),
            (["member-erase", "999", "--db", d], "no member 999"),
            (["export", "sales", "--db", d, "--out", ""], "empty file name"),
            (["receipt", "1", "--db", d, "--out", ""], "empty file name"),
            (["report", "--db", d, "--month", MONTH, "--out", out, "--json", ""], "empty file"),
            (["--db", d, "program", "export", "--out", ""], "empty file name"),
            (["member-export", "1", "--db", d, "--out", ""], "empty file name"),
            (["export", "sales", "--db", d, "--out", out, "--from", "0001-01-01"], "not a date"),
            (["export", "sales", "--db", d, "--out", out, "--to", "9999-12-31"], "not a date"),
            (["cards", "--db", d, "--members", "99999999999999999999999", "--out", out],
             "not an id"),
            (["receipt", "99999999999999999999999", "--db", d, "--out", out], "not an id"),
            (["member-erase", "-1", "--db", d], "not an id"),
            (["--db", d, "network", "init", "notaurl"], "not a PostgreSQL URL"),
            (["--db", d, "network", "init", "mysql://x/y"], "not a PostgreSQL URL"),
            (["--db", d, "network", "init", "postgresql://localhost/x?nonsense=1"],
             "server refused")):
        refused(capsys, argv, words)
    assert dump(shop) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.db"]
    till = tmp_path / "till.db"
    refused(capsys, ["--db", str(till), "network", "join", "notaurl", "--shop", "A", "--till",
                     "B"], "not a PostgreSQL URL")
    assert not till.exists()


def test_erasing_twice_says_so(shop, capsys) -> None:
    assert main(["member-erase", "1", "--db", str(shop)]) == 0
    capsys.readouterr()
    before = dump(shop)
    refused(capsys, ["member-erase", "1", "--db", str(shop)], "erased already")
    assert dump(shop) == before


# -- 7. what a command writes is private; the report asks a PIN ---------------------------

def test_every_output_is_created_readable_by_its_owner_only(shop, tmp_path) -> None:
    old = tmp_path / "old.pdf"  # an existing file, world-readable: replaced by a private one
    old.write_bytes(b"old")
    old.chmod(0o644)
    t = tmp_path
    d = str(shop)
    for argv in (["report", "--db", d, "--month", MONTH, "--out", str(old), "--csv",
                  str(t / "m.csv"), "--json", str(t / "m.json")],
                 ["receipt", "1", "--db", d, "--out", str(t / "r.pdf")],
                 ["receipt", "1", "--db", d, "--escpos", str(t / "r.bin")],
                 ["cards", "--db", d, "--members", "1,2", "--out", str(t / "c.pdf"),
                  "--list", str(t / "c.csv")],
                 ["export", "members", "--db", d, "--out", str(t / "e.csv")],
                 ["member-export", "1", "--db", d, "--out", str(t / "x.json")],
                 ["--db", d, "program", "export", "--out", str(t / "p.json")],
                 ["backup", "--db", d, "--out", str(t / "b.db")]):
        assert main(argv) == 0, argv
    written = sorted(p for p in t.iterdir() if not p.name.startswith("shop.db"))
    assert [p.name for p in written] == sorted(
        ["old.pdf", "m.csv", "m.json", "r.pdf", "r.bin", "c.pdf", "c.csv", "e.csv", "x.json",
         "p.json", "b.db"])
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert old.read_bytes().startswith(b"%PDF")


def test_the_report_needs_an_owner_or_a_bookkeeper(shop, tmp_path, capsys, monkeypatch) -> None:
    pdf = tmp_path / "r.pdf"
    argv = ["report", "--db", str(shop), "--month", MONTH, "--out", str(pdf)]
    monkeypatch.delenv("POSLOYALTY_PIN")
    refused(capsys, argv, "an owner's or a bookkeeper's PIN")
    refused(capsys, [*argv, "--pin", "2222"], "not a cashier's")
    assert not pdf.exists()
    assert main([*argv, "--pin", "3333"]) == 0 and pdf.read_bytes().startswith(b"%PDF")
    refused(capsys, ["export", "members", "--db", str(shop), "--pin", "3333", "--out",
                     str(tmp_path / "m.csv")], "owner's PIN, not a bookkeeper's")


# -- 8. a read-only shop says so --------------------------------------------------------

def test_a_read_only_shop_is_named_as_such(shop, tmp_path, capsys) -> None:
    root = hasattr(os, "geteuid") and os.geteuid() == 0
    if root:  # root writes through permissions: only an immutable file is read-only to it
        if subprocess.run(["chattr", "+i", str(shop)], capture_output=True).returncode != 0:
            pytest.skip("chattr +i is not available here")
    else:
        shop.chmod(0o400)
    try:
        raw = shop.read_bytes()
        for argv in (["export", "sales", "--db", str(shop), "--out", str(tmp_path / "e.csv")],
                     ["backup", "--db", str(shop), "--out", str(tmp_path / "b.db")],
                     ["verify", "--db", str(shop)]):
            err = refused(capsys, argv, "is read-only", "nothing was changed")
            assert "readonly database" not in err
        assert shop.read_bytes() == raw
    finally:
        if root:
            subprocess.run(["chattr", "-i", str(shop)], check=True)
        else:
            shop.chmod(0o600)


# -- 9. a failed export is not audited as made --------------------------------------------

def test_a_member_export_that_fails_records_no_audit_row(shop, tmp_path, capsys) -> None:
    audit = "SELECT COUNT(*) FROM audit_log WHERE action = 'member_export'"
    folder = tmp_path / "folder"
    folder.mkdir()
    for out, words in ((folder, "is a folder"), (tmp_path / "nodir" / "x.json",
                                                  "folder does not exist")):
        refused(capsys, ["member-export", "1", "--db", str(shop), "--out", str(out)], words)
    assert count(shop, audit) == 0
    # a write that fails after the checks (the deliverer raising) rolls the audit row back
    from loyalty.members.admin import export_personal_data
    from loyalty.shop import open_shop
    from pos.staff.pins import login
    s = open_shop(shop)
    try:
        owner = login(s.db, "1111", s.clock())

        def disk_full(_text: str) -> None:
            raise OSError(28, "No space left on device")
        with pytest.raises(OSError):
            export_personal_data(s.db, 1, owner, s.clock(), s.settings.timezone, disk_full)
    finally:
        s.close()
    assert count(shop, audit) == 0
    assert main(["member-export", "1", "--db", str(shop), "--out", str(tmp_path / "x.json")]) == 0
    assert count(shop, audit) == 1


# -- 10. one file for two outputs; bench's --db ----------------------------------------------

def test_two_outputs_on_one_file_are_refused(shop, tmp_path, capsys) -> None:
    f = str(tmp_path / "f")
    refused(capsys, ["report", "--db", str(shop), "--month", MONTH, "--out", f, "--csv", f,
                     "--json", f], "named for two outputs")
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "real.csv")
    (tmp_path / "real.csv").write_text("x")
    refused(capsys, ["report", "--db", str(shop), "--month", MONTH, "--out", str(link),
                     "--csv", str(tmp_path / "real.csv")], "named for two outputs")
    assert not Path(f).exists() and (tmp_path / "real.csv").read_text() == "x"


def test_bench_measures_the_file_given_before_or_after_the_command(tmp_path, capsys) -> None:
    """``--db`` is the bench's file wherever it is written: here another program's file,
    refused (the bench's own demo shop is not built instead)."""
    foreign = _foreign(tmp_path / "invoices.db")
    raw = foreign.read_bytes()
    refused(capsys, ["--db", str(foreign), "bench"], "not a shop file")
    refused(capsys, ["bench", "--db", str(foreign)], "not a shop file")
    assert foreign.read_bytes() == raw


def test_a_shop_without_an_owner_erases_and_exports_nothing(template_db, tmp_path,
                                                            capsys) -> None:
    """A shop set up from scripts has no owner, so no PIN to ask: the member commands,
    which an owner must run, say so (they were an AttributeError)."""
    db = tmp_path / "new.db"
    shutil.copy(template_db, db)
    before = dump(db)
    refused(capsys, ["member-erase", "1", "--db", str(db)], "has no owner yet")
    refused(capsys, ["member-export", "1", "--db", str(db), "--out", str(tmp_path / "x.json")],
            "has no owner yet")
    assert dump(db) == before and not (tmp_path / "x.json").exists()


def test_the_screens_writers_are_private_and_never_replace_a_fifo(shop, tmp_path) -> None:
    """What the back office and the till call to save a PDF goes through the same helper."""
    from loyalty.members.card_batches import write_card_list
    from loyalty.printing.card_layout import CardFace, CardLayout
    from loyalty.printing.card_pdf import write_cards_pdf
    from loyalty.printing.receipts import build_receipt
    from loyalty.reports.export import write_period_report, write_report
    from loyalty.shop import open_shop
    from pos.printing.pdf import write_receipt_pdf
    from pos.storage.files import OutputFileError
    s = open_shop(shop)
    try:
        t = tmp_path
        write_report(s, 2026, 11, t / "m.pdf", t / "m.csv", t / "m.json")
        write_period_report(s, (2026, 11), (2026, 12), t / "p.pdf")
        write_receipt_pdf(build_receipt(s, 1), t / "r.pdf")
        write_cards_pdf(CardLayout("Shop"), [CardFace("2000000000008", "ean13")], t / "c.pdf")
        write_card_list(t / "c.csv", (("2000000000008", "ean13", ""),))
        for name in ("m.pdf", "m.csv", "m.json", "p.pdf", "r.pdf", "c.pdf", "c.csv"):
            assert stat.S_IMODE((t / name).stat().st_mode) == 0o600, name
        if hasattr(os, "mkfifo"):
            os.mkfifo(t / "pipe")
            for write in (lambda: write_report(s, 2026, 11, t / "pipe"),
                          lambda: write_period_report(s, (2026, 11), (2026, 12), t / "pipe"),
                          lambda: write_receipt_pdf(build_receipt(s, 1), t / "pipe"),
                          lambda: write_card_list(t / "pipe", ())):
                with pytest.raises(OutputFileError) as refusal:
                    write()
                assert refusal.value.reason == "not_regular"
                assert stat.S_ISFIFO((t / "pipe").stat().st_mode)
    finally:
        s.close()
