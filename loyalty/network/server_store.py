"""SQL of the shop network's PostgreSQL server: its numbered migrations, the tills and their
roles, the records each till uploads once, and the row lock that settles online redemptions.

The only module that speaks to PostgreSQL.  A till's role may read the shared records and
insert its own (row-level security checks the origin), never update or delete them; what
else a till may change (its last contact, a redemption's hold) goes through functions that
run with the owner's rights and do only that.
"""
from __future__ import annotations

import json
import re
import secrets

import psycopg
from psycopg import sql

from loyalty.storage.sync_store import Incoming, Outgoing

CONNECT_TIMEOUT_S = 5
HOLD_TIMEOUT_MS = 1500   # the online check of a redemption: then the offline allowance
UPLOAD_LOCK = 170017     # uploads take their sequence numbers in commit order

SERVER_MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("m001_records", """
        CREATE TABLE shops (
            shop_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            name text NOT NULL UNIQUE,
            settings jsonb NOT NULL DEFAULT '{}',  -- a new till's settings, from the first
            created_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE tills (
            till_no integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            code text NOT NULL UNIQUE,
            shop_id integer NOT NULL REFERENCES shops,
            name text NOT NULL,
            role name NOT NULL UNIQUE,
            created_at timestamptz NOT NULL DEFAULT now(),
            last_contact timestamptz,
            cursor bigint NOT NULL DEFAULT 0,
            pending integer NOT NULL DEFAULT 0,
            UNIQUE (shop_id, name)
        );
        CREATE TABLE records (
            seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
            gid text PRIMARY KEY,
            origin text NOT NULL,
            shop text,
            tbl text NOT NULL,
            kind text NOT NULL CHECK (kind IN ('row', 'event')),
            row_gid text NOT NULL,
            payload jsonb NOT NULL,
            stored_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX records_member ON records ((payload->>'member_id')) WHERE tbl = 'ledger';
        CREATE INDEX records_basket ON records ((payload->>'basket_id')) WHERE tbl = 'ledger';
        CREATE TABLE member_locks (member_gid text PRIMARY KEY);
        CREATE TABLE holds (
            basket_id text PRIMARY KEY,
            member_gid text NOT NULL,
            points integer NOT NULL,
            till text NOT NULL,
            expires_at timestamptz NOT NULL
        );
        ALTER TABLE records ENABLE ROW LEVEL SECURITY;
        CREATE POLICY records_read ON records FOR SELECT USING (true);
        CREATE POLICY records_own ON records FOR INSERT
            WITH CHECK (origin = (SELECT code FROM tills WHERE role = current_user));
        CREATE FUNCTION till_contact(p_cursor bigint, p_pending integer) RETURNS void
        LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
            UPDATE tills SET last_contact = now(), cursor = p_cursor, pending = p_pending
            WHERE role = session_user;
        $$;
        CREATE FUNCTION member_points(p_member text) RETURNS bigint
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT COALESCE(SUM((payload->>'points')::bigint), 0) FROM records
            WHERE tbl = 'ledger' AND payload->>'member_id' = p_member;
        $$;
        -- the online redemption: under the member's row lock, the server's points plus the
        -- till's own not yet uploaded ones, less other tills' holds of sales not uploaded yet
        CREATE FUNCTION hold_points(p_member text, p_points integer, p_basket text,
                                    p_unsent bigint) RETURNS boolean
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        DECLARE
            available bigint;
        BEGIN
            INSERT INTO member_locks (member_gid) VALUES (p_member) ON CONFLICT DO NOTHING;
            PERFORM 1 FROM member_locks WHERE member_gid = p_member FOR UPDATE;
            IF EXISTS (SELECT 1 FROM holds WHERE basket_id = p_basket) THEN
                RETURN true;  -- the same sale asked again
            END IF;
            available := member_points(p_member) + p_unsent - COALESCE((
                SELECT SUM(h.points) FROM holds h
                WHERE h.member_gid = p_member AND h.expires_at > now()
                  AND h.till <> session_user  -- the till's own are in p_unsent or uploaded
                  AND NOT EXISTS (SELECT 1 FROM records r WHERE r.tbl = 'ledger'
                                  AND r.payload->>'basket_id' = h.basket_id)), 0);
            IF available < p_points THEN
                RETURN false;
            END IF;
            INSERT INTO holds (basket_id, member_gid, points, till, expires_at)
            VALUES (p_basket, p_member, p_points, session_user, now() + interval '10 minutes');
            RETURN true;
        END $$;
        REVOKE EXECUTE ON FUNCTION till_contact(bigint, integer), member_points(text),
            hold_points(text, integer, text, bigint) FROM PUBLIC;
    """),
    ("m002_return_holds", """
        -- a return held online under its sale's row lock, until its record is uploaded
        CREATE TABLE sale_locks (sale_gid text PRIMARY KEY);
        CREATE TABLE return_holds (
            basket_id text PRIMARY KEY,
            sale_gid text NOT NULL,
            units jsonb NOT NULL,          -- {"original line number": units}
            till text NOT NULL,
            expires_at timestamptz NOT NULL
        );
        CREATE INDEX records_return_of ON records ((payload->>'original_sale_no'))
            WHERE tbl = 'sales';
        CREATE INDEX records_sale_basket ON records ((payload->>'basket_id')) WHERE tbl = 'sales';
        -- the units of each line of the sale already returned on the server, held by other
        -- tills' returns not uploaded yet, returned by this till and not uploaded (p_unsent),
        -- and asked for now: none may exceed what the sale sold
        CREATE FUNCTION hold_return(p_sale text, p_units jsonb, p_basket text, p_unsent jsonb)
        RETURNS boolean
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        BEGIN
            INSERT INTO sale_locks (sale_gid) VALUES (p_sale) ON CONFLICT DO NOTHING;
            PERFORM 1 FROM sale_locks WHERE sale_gid = p_sale FOR UPDATE;
            IF EXISTS (SELECT 1 FROM return_holds WHERE basket_id = p_basket) THEN
                RETURN true;  -- the same return asked again
            END IF;
            IF EXISTS (
                WITH sold AS (
                    SELECT (l->>'line_no')::int AS line_no, (l->>'qty')::bigint AS qty
                    FROM records r, jsonb_array_elements(r.payload->'_sale_lines') l
                    WHERE r.gid = p_sale),
                taken AS (
                    SELECT (l->>'original_line_no')::int AS line_no, -(l->>'qty')::bigint AS qty
                    FROM records r, jsonb_array_elements(r.payload->'_sale_lines') l
                    WHERE r.tbl = 'sales' AND r.kind = 'row'
                      AND r.payload->>'original_sale_no' = p_sale
                    UNION ALL
                    SELECT u.key::int, u.value::bigint
                    FROM return_holds h, jsonb_each_text(h.units) u
                    WHERE h.sale_gid = p_sale AND h.expires_at > now()
                      AND h.till <> session_user
                      AND NOT EXISTS (SELECT 1 FROM records r WHERE r.tbl = 'sales'
                                      AND r.payload->>'basket_id' = h.basket_id)
                    UNION ALL
                    SELECT key::int, value::bigint FROM jsonb_each_text(p_unsent)
                    UNION ALL
                    SELECT key::int, value::bigint FROM jsonb_each_text(p_units))
                SELECT 1 FROM (SELECT line_no, SUM(qty) AS qty FROM taken GROUP BY line_no) t
                LEFT JOIN sold USING (line_no) WHERE t.qty > COALESCE(sold.qty, 0))
            THEN
                RETURN false;
            END IF;
            INSERT INTO return_holds (basket_id, sale_gid, units, till, expires_at)
            VALUES (p_basket, p_sale, p_units, session_user, now() + interval '10 minutes');
            RETURN true;
        END $$;
        REVOKE EXECUTE ON FUNCTION hold_return(text, jsonb, text, jsonb) FROM PUBLIC;
        DO $$
        DECLARE r name;
        BEGIN  -- the tills made before this migration
            FOR r IN SELECT role FROM tills LOOP
                EXECUTE format('GRANT EXECUTE ON FUNCTION hold_return(text, jsonb, text, jsonb) '
                               'TO %I', r);
            END LOOP;
        END $$;
    """),
)


class ServerUnreachable(RuntimeError):
    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def connect(url: str, password: str | None = None, timeout_s: int = CONNECT_TIMEOUT_S,
            autocommit: bool = True) -> psycopg.Connection:
    try:
        kwargs = {"password": password} if password else {}
        return psycopg.connect(url, connect_timeout=timeout_s, autocommit=autocommit, **kwargs)
    except psycopg.OperationalError as error:
        raise ServerUnreachable(first_line(error)) from error


def first_line(error: Exception) -> str:
    lines = [l.strip() for l in str(error).splitlines() if l.strip()]
    return lines[-1] if lines else type(error).__name__


def migrate(conn: psycopg.Connection) -> list[str]:
    """Apply the server's pending migrations; returns their names."""
    done = []
    with conn.transaction():
        conn.execute("CREATE TABLE IF NOT EXISTS server_migrations "
                     "(name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
        have = {r[0] for r in conn.execute("SELECT name FROM server_migrations")}
        for name, body in SERVER_MIGRATIONS:
            if name not in have:
                conn.execute(body)
                conn.execute("INSERT INTO server_migrations (name) VALUES (%s)", [name])
                done.append(name)
    return done


def is_empty(conn: psycopg.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                        ).fetchone()[0] == 0


def has_schema(conn: psycopg.Connection) -> bool:
    return conn.execute("SELECT to_regclass('public.records') IS NOT NULL").fetchone()[0]


def shop_settings(conn: psycopg.Connection, shop: str) -> dict[str, str]:
    """The settings a new till of ``shop`` starts with: its shop's, else the first shop's."""
    row = conn.execute("SELECT settings FROM shops ORDER BY name <> %s, shop_id LIMIT 1",
                       [shop]).fetchone()
    conn.commit()
    return row[0] if row else {}


def add_till(conn: psycopg.Connection, shop: str, till: str, password: str,
             settings: dict[str, str]) -> tuple[str, int, str]:
    """A new till of ``shop`` (made when missing, with ``settings``) with its own login
    role; returns (till code, till number, role)."""
    with conn.transaction():
        conn.execute("INSERT INTO shops (name, settings) VALUES (%s, %s) "
                     "ON CONFLICT (name) DO NOTHING", [shop, json.dumps(settings)])
        shop_id = conn.execute("SELECT shop_id FROM shops WHERE name = %s", [shop]).fetchone()[0]
        till_no = conn.execute(
            "INSERT INTO tills (code, shop_id, name, role) VALUES (%s, %s, %s, %s) "
            "RETURNING till_no", ["new-" + secrets.token_hex(6), shop_id, till,
                                  "new-" + secrets.token_hex(6)]).fetchone()[0]
        dbname = conn.info.dbname
        code = f"t{till_no}"
        role = re.sub(r"[^a-z0-9_]", "_", f"posl_{dbname}_{code}".lower())[:63]
        conn.execute("UPDATE tills SET code = %s, role = %s WHERE till_no = %s",
                     [code, role, till_no])
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(role), sql.Literal(password)))
        for statement in (
                "GRANT CONNECT ON DATABASE {db} TO {role}",
                "GRANT USAGE ON SCHEMA public TO {role}",
                "GRANT SELECT ON shops, tills, records TO {role}",
                "GRANT INSERT ON records TO {role}",
                "GRANT EXECUTE ON FUNCTION till_contact(bigint, integer), member_points(text), "
                "hold_points(text, integer, text, bigint), "
                "hold_return(text, jsonb, text, jsonb) TO {role}"):
            conn.execute(sql.SQL(statement).format(db=sql.Identifier(dbname),
                                                   role=sql.Identifier(role)))
    return code, till_no, role


def upload(conn: psycopg.Connection, till: str, batch: list[Outgoing]) -> dict[str, int]:
    """Store the batch in one transaction, each id once whatever was sent before; returns
    the server sequence of every id in it."""
    gids = [o.gid for o in batch]
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [UPLOAD_LOCK])
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO records (gid, origin, shop, tbl, kind, row_gid, payload) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (gid) DO NOTHING",
                [(o.gid, till, o.shop, o.tbl, o.kind, o.row_gid,
                  json.dumps(o.payload, ensure_ascii=False)) for o in batch])
        seqs = dict(conn.execute("SELECT gid, seq FROM records WHERE gid = ANY(%s)",
                                 [gids]).fetchall())
    return seqs


def download(conn: psycopg.Connection, till: str, shop: str, cursor: int,
             limit: int) -> list[Incoming]:
    rows = conn.execute(
        "SELECT seq, gid, tbl, kind, row_gid, payload FROM records WHERE seq > %s "
        "AND origin <> %s AND (shop IS NULL OR shop = %s) ORDER BY seq LIMIT %s",
        [cursor, till, shop, limit]).fetchall()
    conn.commit()
    return [Incoming(*r) for r in rows]


def report_contact(conn: psycopg.Connection, cursor: int, pending: int) -> None:
    with conn.transaction():
        conn.execute("SELECT till_contact(%s, %s)", [cursor, pending])


def hold_points(conn: psycopg.Connection, member_gid: str, points: int, basket_id: str,
                unsent: int) -> bool:
    with conn.transaction():
        conn.execute(f"SET LOCAL statement_timeout = {HOLD_TIMEOUT_MS}")
        return conn.execute("SELECT hold_points(%s, %s, %s, %s)",
                            [member_gid, points, basket_id, unsent]).fetchone()[0]


def hold_return(conn: psycopg.Connection, sale_gid: str, units: dict[int, int],
                basket_id: str, unsent: dict[int, int]) -> bool:
    with conn.transaction():
        conn.execute(f"SET LOCAL statement_timeout = {HOLD_TIMEOUT_MS}")
        return conn.execute("SELECT hold_return(%s, %s, %s, %s)",
                            [sale_gid, json.dumps(units), basket_id,
                             json.dumps(unsent)]).fetchone()[0]


def till_rows(conn: psycopg.Connection) -> list[tuple]:
    """(shop, till, code, last contact, cursor, pending, the records it has not applied)."""
    rows = conn.execute(
        "SELECT s.name, t.name, t.code, t.last_contact, t.cursor, t.pending, "
        "(SELECT count(*) FROM records r WHERE r.seq > t.cursor AND r.origin <> t.code "
        " AND (r.shop IS NULL OR r.shop = s.name)) "
        "FROM tills t JOIN shops s USING (shop_id) ORDER BY t.till_no").fetchall()
    conn.commit()
    return rows


def overdrafts(conn: psycopg.Connection) -> list[tuple[str, int]]:
    """(member id, points) of every member whose points on the server add up below zero."""
    rows = conn.execute(
        "SELECT payload->>'member_id', SUM((payload->>'points')::bigint) FROM records "
        "WHERE tbl = 'ledger' GROUP BY 1 HAVING SUM((payload->>'points')::bigint) < 0 "
        "ORDER BY 1").fetchall()
    conn.commit()
    return rows


def duplicate_members(conn: psycopg.Connection) -> list[tuple[str, str, str, str, str]]:
    """(phone, name, cards, other's name, other's cards) of each pair of members enrolled
    with one phone at tills that were offline, and not merged since; the first enrolled
    (then by id) holds the phone at every till."""
    rows = conn.execute("""
        WITH m AS (
            SELECT r.row_gid AS gid, r.payload->>'phone' AS phone, r.payload->>'name' AS name,
                   r.payload->>'enrolled_at' AS enrolled_at,
                   (SELECT COALESCE(string_agg(c.payload->>'number', ', ' ORDER BY c.seq), '')
                    FROM records c WHERE c.tbl = 'cards' AND c.kind = 'row'
                      AND c.payload->>'member_id' = r.row_gid) AS cards
            FROM records r WHERE r.tbl = 'members' AND r.kind = 'row'
              AND r.payload->>'phone' IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM records g WHERE g.tbl = 'member_merges'
                              AND g.payload->>'member_id' = r.row_gid))
        SELECT b.phone, b.name, b.cards, a.name, a.cards FROM m a JOIN m b
            ON a.phone = b.phone AND (a.enrolled_at, a.gid) < (b.enrolled_at, b.gid)
        ORDER BY 1, b.gid""").fetchall()
    conn.commit()
    return rows


def gids_for(conn: psycopg.Connection, shop: str) -> set[str]:
    """Every record id a till of ``shop`` holds once it is in step."""
    rows = conn.execute("SELECT gid FROM records WHERE shop IS NULL OR shop = %s", [shop])
    result = {r[0] for r in rows}
    conn.commit()
    return result
