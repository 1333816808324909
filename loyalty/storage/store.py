"""SQL of the loyalty domain: migrations, members and cards."""
from __future__ import annotations

from datetime import date, datetime

from sqlite_utils import Database

from loyalty.model.models import Card, CardKind, CardStatus, Member
from pos.clock import from_db, to_db


def _opt_dt(text: str | None) -> datetime | None:
    return from_db(text) if text else None


def _opt_text(moment: datetime | None) -> str | None:
    return to_db(moment) if moment else None


# -- members ----------------------------------------------------------------

_WRITTEN_COLS = ("name", "phone", "email", "birthday", "enrolled_at", "consent_data_at",
                 "consent_marketing_at", "referred_by", "erased_at", "consent_data_withdrawn_at",
                 "consent_marketing_withdrawn_at")
_MEMBER_COLS = "member_id, " + ", ".join(_WRITTEN_COLS)
_MEMBER_COLS_M = ", ".join(f"m.{c.strip()}" for c in _MEMBER_COLS.split(","))


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
              "blocked_at, block_reason, replaced_by, card_type_id")
_CARD_COLS_C = ", ".join(f"c.{c.strip()}" for c in _CARD_COLS.split(","))


def _card(r: tuple) -> Card:
    return Card(number=r[0], symbology=r[1], member_id=r[2], kind=CardKind(r[3]),
                status=CardStatus(r[4]),
                issued_at=from_db(r[5]), activated_at=_opt_dt(r[6]),
                expires_on=date.fromisoformat(r[7]) if r[7] else None,
                blocked_at=_opt_dt(r[8]), block_reason=r[9], replaced_by=r[10],
                card_type_id=r[11])


def insert_cards(db: Database, cards: tuple[Card, ...]) -> None:
    db.conn.executemany(
        f"INSERT INTO cards ({_CARD_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [(c.number, c.symbology, c.member_id, c.kind, c.status, to_db(c.issued_at),
          _opt_text(c.activated_at), c.expires_on.isoformat() if c.expires_on else None,
          _opt_text(c.blocked_at), c.block_reason, c.replaced_by, c.card_type_id)
         for c in cards])


def update_card(db: Database, c: Card) -> None:
    db.execute(
        "UPDATE cards SET member_id=?, kind=?, status=?, activated_at=?, expires_on=?, "
        "blocked_at=?, block_reason=?, replaced_by=?, card_type_id=? WHERE number=?",
        [c.member_id, c.kind, c.status, _opt_text(c.activated_at),
         c.expires_on.isoformat() if c.expires_on else None, _opt_text(c.blocked_at),
         c.block_reason, c.replaced_by, c.card_type_id, c.number])


def card_by_number(db: Database, number: str) -> Card | None:
    row = db.execute(f"SELECT {_CARD_COLS} FROM cards WHERE number = ?", [number]).fetchone()
    return _card(row) if row else None


def card_and_member(db: Database, number: str) -> tuple[Card, Member | None] | None:
    """The card and the member it belongs to (None: a blank bearer card), in one read:
    the scan of a card at the till asks for both."""
    row = db.execute(f"SELECT {_CARD_COLS_C}, {_MEMBER_COLS_M} FROM cards c "
                     "LEFT JOIN members m ON m.member_id = c.member_id WHERE c.number = ?",
                     [number]).fetchone()
    if row is None:
        return None
    width = len(_CARD_COLS.split(","))
    return _card(row[:width]), (_member(row[width:]) if row[width] is not None else None)


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


