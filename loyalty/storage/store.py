"""SQL of the loyalty domain: migrations, members and cards."""
from __future__ import annotations

from datetime import date, datetime

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from loyalty.model.models import Card, Member
from pos.clock import from_db, to_db

migrations = Migrations("loyalty")

LEDGER_KINDS = ("purchase", "welcome", "birthday", "referral", "mission", "redeem", "expire",
                "adjust", "reversal", "transfer")


@migrations()
def m001_members_cards_ledger(db: Database) -> None:
    kinds = ", ".join(f"'{k}'" for k in LEDGER_KINDS)
    db.executescript(
        f"""
        CREATE TABLE members (
            member_id INTEGER PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            phone TEXT UNIQUE,
            email TEXT NOT NULL DEFAULT '',
            birthday TEXT,
            enrolled_at TEXT NOT NULL,
            consent_data_at TEXT,
            consent_marketing_at TEXT,
            referred_by INTEGER REFERENCES members (member_id),
            erased_at TEXT
        );
        CREATE INDEX members_name ON members (name COLLATE NOCASE);
        CREATE INDEX members_enrolled ON members (enrolled_at);
        CREATE TABLE cards (
            number TEXT PRIMARY KEY,
            symbology TEXT NOT NULL,
            member_id INTEGER REFERENCES members (member_id),
            kind TEXT NOT NULL CHECK (kind IN ('personal', 'bearer')),
            status TEXT NOT NULL CHECK (status IN ('unassigned', 'active', 'blocked')),
            issued_at TEXT NOT NULL,
            activated_at TEXT,
            expires_on TEXT,
            blocked_at TEXT,
            block_reason TEXT NOT NULL DEFAULT '',
            replaced_by TEXT REFERENCES cards (number)
        );
        CREATE INDEX cards_member ON cards (member_id);
        CREATE TABLE ledger (
            entry_id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members (member_id),
            kind TEXT NOT NULL CHECK (kind IN ({kinds})),
            points INTEGER NOT NULL CHECK (points != 0),
            sale_no INTEGER REFERENCES sales (sale_no),
            at TEXT NOT NULL,
            available_at TEXT NOT NULL,
            expires_at TEXT,
            lot_ref INTEGER REFERENCES ledger (entry_id),
            staff_id INTEGER REFERENCES staff (staff_id),
            reason TEXT NOT NULL DEFAULT ''
        );
        -- a member's balance (total, and pending by available_at) from the index alone
        CREATE INDEX ledger_member ON ledger (member_id, available_at, points);
        CREATE INDEX ledger_at ON ledger (at);
        CREATE INDEX ledger_sale ON ledger (sale_no) WHERE sale_no IS NOT NULL;
        CREATE INDEX ledger_expiring ON ledger (expires_at) WHERE points > 0;
        CREATE TRIGGER ledger_append_only_update BEFORE UPDATE ON ledger
            BEGIN SELECT RAISE(ABORT, 'the points ledger is append-only'); END;
        CREATE TRIGGER ledger_append_only_delete BEFORE DELETE ON ledger
            BEGIN SELECT RAISE(ABORT, 'the points ledger is append-only'); END;
        CREATE TABLE loyalty_sales (
            sale_no INTEGER PRIMARY KEY REFERENCES sales (sale_no),
            member_id INTEGER NOT NULL REFERENCES members (member_id),
            card_number TEXT,
            points_earned INTEGER NOT NULL,
            points_redeemed INTEGER NOT NULL,
            program_version INTEGER NOT NULL
        );
        CREATE INDEX loyalty_sales_member ON loyalty_sales (member_id, sale_no);
        CREATE TABLE programs (
            version INTEGER PRIMARY KEY,
            effective_from TEXT NOT NULL,
            program_json TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        """
    )


@migrations()
def m002_expiry_checks(db: Database) -> None:
    """How far expiry has been run, so finding the lots still to expire does not rescan
    (and replay) every lot that expired years ago; derived data, never the ledger itself."""
    db.executescript(
        """
        CREATE TABLE expiry_checks (
            member_id INTEGER PRIMARY KEY,  -- 0: a run over every member
            through TEXT NOT NULL,          -- lots expiring up to here...
            last_entry_id INTEGER NOT NULL  -- ...written up to this entry are settled
        );
        """
    )


def _opt_dt(text: str | None) -> datetime | None:
    return from_db(text) if text else None


def _opt_text(moment: datetime | None) -> str | None:
    return to_db(moment) if moment else None


# -- members ----------------------------------------------------------------

_WRITTEN_COLS = ("name", "phone", "email", "birthday", "enrolled_at", "consent_data_at",
                 "consent_marketing_at", "referred_by", "erased_at", "consent_data_withdrawn_at",
                 "consent_marketing_withdrawn_at")
_MEMBER_COLS = "member_id, " + ", ".join(_WRITTEN_COLS)


def _member(r: tuple) -> Member:
    return Member(member_id=r[0], name=r[1], phone=r[2], email=r[3],
                  birthday=date.fromisoformat(r[4]) if r[4] else None,
                  enrolled_at=from_db(r[5]), consent_data_at=_opt_dt(r[6]),
                  consent_marketing_at=_opt_dt(r[7]), referred_by=r[8], erased_at=_opt_dt(r[9]),
                  consent_data_withdrawn_at=_opt_dt(r[10]),
                  consent_marketing_withdrawn_at=_opt_dt(r[11]))


def _member_values(m: Member) -> list[object]:
    return [m.name, m.phone, m.email, m.birthday.isoformat() if m.birthday else None,
            to_db(m.enrolled_at), _opt_text(m.consent_data_at), _opt_text(m.consent_marketing_at),
            m.referred_by, _opt_text(m.erased_at), _opt_text(m.consent_data_withdrawn_at),
            _opt_text(m.consent_marketing_withdrawn_at)]


def insert_member(db: Database, m: Member) -> int:
    marks = ",".join("?" * len(_WRITTEN_COLS))
    return db.execute(f"INSERT INTO members ({', '.join(_WRITTEN_COLS)}) VALUES ({marks})",
                      _member_values(m)).lastrowid


def update_member(db: Database, m: Member) -> None:
    sets = ", ".join(f"{c}=?" for c in _WRITTEN_COLS)
    db.execute(f"UPDATE members SET {sets} WHERE member_id=?", [*_member_values(m), m.member_id])


def member_by_id(db: Database, member_id: int) -> Member | None:
    row = db.execute(f"SELECT {_MEMBER_COLS} FROM members WHERE member_id = ?",
                     [member_id]).fetchone()
    return _member(row) if row else None


def member_by_phone(db: Database, phone: str) -> Member | None:
    """The member with this phone, as their own or as one kept from a merged duplicate."""
    row = db.execute(f"SELECT {_MEMBER_COLS} FROM members WHERE phone = ? OR member_id = "
                     "(SELECT member_id FROM member_phones WHERE phone = ?)",
                     [phone, phone]).fetchone()
    return _member(row) if row else None


def iter_members(db: Database):
    for row in db.execute(f"SELECT {_MEMBER_COLS} FROM members ORDER BY member_id"):
        yield _member(row)


def member_count(db: Database) -> int:
    return db.execute("SELECT COUNT(*) FROM members").fetchone()[0]


# -- cards ------------------------------------------------------------------

_CARD_COLS = ("number, symbology, member_id, kind, status, issued_at, activated_at, expires_on, "
              "blocked_at, block_reason, replaced_by")


def _card(r: tuple) -> Card:
    return Card(number=r[0], symbology=r[1], member_id=r[2], kind=r[3], status=r[4],
                issued_at=from_db(r[5]), activated_at=_opt_dt(r[6]),
                expires_on=date.fromisoformat(r[7]) if r[7] else None,
                blocked_at=_opt_dt(r[8]), block_reason=r[9], replaced_by=r[10])


def insert_cards(db: Database, cards: tuple[Card, ...]) -> None:
    db.conn.executemany(
        f"INSERT INTO cards ({_CARD_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(c.number, c.symbology, c.member_id, c.kind, c.status, to_db(c.issued_at),
          _opt_text(c.activated_at), c.expires_on.isoformat() if c.expires_on else None,
          _opt_text(c.blocked_at), c.block_reason, c.replaced_by) for c in cards])


def update_card(db: Database, c: Card) -> None:
    db.execute(
        "UPDATE cards SET member_id=?, kind=?, status=?, activated_at=?, expires_on=?, "
        "blocked_at=?, block_reason=?, replaced_by=? WHERE number=?",
        [c.member_id, c.kind, c.status, _opt_text(c.activated_at),
         c.expires_on.isoformat() if c.expires_on else None, _opt_text(c.blocked_at),
         c.block_reason, c.replaced_by, c.number])


def card_by_number(db: Database, number: str) -> Card | None:
    row = db.execute(f"SELECT {_CARD_COLS} FROM cards WHERE number = ?", [number]).fetchone()
    return _card(row) if row else None


def cards_of_member(db: Database, member_id: int) -> tuple[Card, ...]:
    return tuple(_card(r) for r in db.execute(
        f"SELECT {_CARD_COLS} FROM cards WHERE member_id = ? ORDER BY issued_at", [member_id]))


def existing_card_numbers(db: Database, numbers: tuple[str, ...]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(numbers), 500):
        chunk = numbers[i:i + 500]
        marks = ",".join("?" * len(chunk))
        found |= {r[0] for r in db.execute(f"SELECT number FROM cards WHERE number IN ({marks})",
                                           list(chunk))}
    return found


def unassigned_cards(db: Database, limit: int) -> tuple[Card, ...]:
    return tuple(_card(r) for r in db.execute(
        f"SELECT {_CARD_COLS} FROM cards WHERE status = 'unassigned' ORDER BY issued_at LIMIT ?",
        [limit]))


# -- programs ---------------------------------------------------------------

def insert_program(db: Database, version: int, effective_from: date, program_json: str,
                   at: datetime) -> None:
    db.execute("INSERT INTO programs (version, effective_from, program_json, created_at) "
               "VALUES (?,?,?,?)", [version, effective_from.isoformat(), program_json, to_db(at)])


def program_json_for(db: Database, day: date) -> str | None:
    """The newest version in effect on ``day``."""
    row = db.execute("SELECT program_json FROM programs WHERE effective_from <= ? "
                     "ORDER BY effective_from DESC, version DESC LIMIT 1",
                     [day.isoformat()]).fetchone()
    return row[0] if row else None


def program_json_by_version(db: Database, version: int) -> str | None:
    row = db.execute("SELECT program_json FROM programs WHERE version = ?", [version]).fetchone()
    return row[0] if row else None


def last_program_version(db: Database) -> int:
    return db.execute("SELECT COALESCE(MAX(version), 0) FROM programs").fetchone()[0]




def card_numbers_by_member(db: Database) -> dict[int, list[str]]:
    """Each member's cards that still work (blocked ones are history)."""
    out: dict[int, list[str]] = {}
    for member_id, number in db.execute(
            "SELECT member_id, number FROM cards WHERE member_id IS NOT NULL AND "
            "status != 'blocked' ORDER BY issued_at"):
        out.setdefault(member_id, []).append(number)
    return out


@migrations()
def m003_member_search(db: Database) -> None:
    """The back office's instant member search (FTS5, kept in step by triggers)."""
    # the index's SQL lives beside the queries that read it
    from loyalty.storage.search import create_search_index

    create_search_index(db)


@migrations()
def m004_consent_history(db: Database) -> None:
    """Withdrawing a consent records when (beside the current consent's date, which the
    members export reads and which is empty while withdrawn); every consent given and
    withdrawn is kept in ``consent_history``, written by triggers so every writer keeps it."""
    db.executescript("""
        ALTER TABLE members ADD COLUMN consent_data_withdrawn_at TEXT;
        ALTER TABLE members ADD COLUMN consent_marketing_withdrawn_at TEXT;
        CREATE TABLE consent_history (
            entry_id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members (member_id),
            consent TEXT NOT NULL CHECK (consent IN ('data', 'marketing')),
            event TEXT NOT NULL CHECK (event IN ('given', 'withdrawn')),
            at TEXT NOT NULL
        );
        CREATE INDEX consent_history_member ON consent_history (member_id, at);
        INSERT INTO consent_history (member_id, consent, event, at)
            SELECT member_id, 'data', 'given', consent_data_at FROM members
            WHERE consent_data_at IS NOT NULL;
        INSERT INTO consent_history (member_id, consent, event, at)
            SELECT member_id, 'marketing', 'given', consent_marketing_at FROM members
            WHERE consent_marketing_at IS NOT NULL;
    """ + "".join(_consent_triggers(kind) for kind in ("data", "marketing")))


def _consent_triggers(kind: str) -> str:
    given, withdrawn = f"consent_{kind}_at", f"consent_{kind}_withdrawn_at"
    return f"""
        CREATE TRIGGER consent_{kind}_enrolled AFTER INSERT ON members
        WHEN new.{given} IS NOT NULL BEGIN
            INSERT INTO consent_history (member_id, consent, event, at)
            VALUES (new.member_id, '{kind}', 'given', new.{given});
        END;
        CREATE TRIGGER consent_{kind}_changed AFTER UPDATE OF {given}, {withdrawn} ON members
        BEGIN
            INSERT INTO consent_history (member_id, consent, event, at)
                SELECT new.member_id, '{kind}', 'withdrawn', new.{withdrawn}
                WHERE new.{withdrawn} IS NOT NULL AND new.{withdrawn} IS NOT old.{withdrawn};
            INSERT INTO consent_history (member_id, consent, event, at)
                SELECT new.member_id, '{kind}', 'given', new.{given}
                WHERE new.{given} IS NOT NULL AND new.{given} IS NOT old.{given};
        END;
    """


@migrations()
def m005_member_phones(db: Database) -> None:
    """A member may have several phones (a merged duplicate's phone keeps finding the
    customer); the search index lists them all."""
    from loyalty.storage.search import index_other_phones

    db.executescript("""
        CREATE TABLE member_phones (
            phone TEXT PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members (member_id),
            position INTEGER NOT NULL  -- 1, 2, ... after the member's own phone
        );
        CREATE INDEX member_phones_member ON member_phones (member_id, position);
        -- one phone names one customer, whichever of the two places holds it
        CREATE TRIGGER member_phones_unique BEFORE INSERT ON member_phones
        WHEN EXISTS (SELECT 1 FROM members WHERE phone = new.phone) BEGIN
            SELECT RAISE(ABORT, 'phone already on file');
        END;
        CREATE TRIGGER members_phone_unique_insert BEFORE INSERT ON members
        WHEN EXISTS (SELECT 1 FROM member_phones WHERE phone = new.phone) BEGIN
            SELECT RAISE(ABORT, 'phone already on file');
        END;
        CREATE TRIGGER members_phone_unique_update BEFORE UPDATE OF phone ON members
        WHEN EXISTS (SELECT 1 FROM member_phones WHERE phone = new.phone) BEGIN
            SELECT RAISE(ABORT, 'phone already on file');
        END;
    """)
    index_other_phones(db)
