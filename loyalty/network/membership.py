"""Making a shop file a till of a network: the first till (`network init`), a new till
(`network join`), and what `network status` shows."""
from __future__ import annotations

import ipaddress
import os
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from psycopg.conninfo import conninfo_to_dict, make_conninfo

from loyalty.network import server_store
from loyalty.network.errors import NetworkError
from loyalty.shop import Shop, open_shop
from loyalty.storage import sync_store
from pos.settings.model import settings_from_pairs, settings_to_pairs

TILL_PASSWORD_VARIABLE = "POSLOYALTY_TILL_PASSWORD"
DEFAULT_ALLOWANCE_POINTS = 500


@dataclass(frozen=True, slots=True)
class Joined:
    till: str
    role: str
    password: str | None   # made here (shown once), None when the owner gave it
    queued: int


def till_url(admin_url: str, role: str) -> str:
    """The till's connection string: the admin's server and database, the till's role, no
    password, and TLS unless the server is on this machine."""
    params = conninfo_to_dict(admin_url)
    host = params.get("host") or params.get("hostaddr") or ""
    out = {k: params[k] for k in ("host", "hostaddr", "port", "dbname") if params.get(k)}
    out["user"] = role
    out["sslmode"] = params.get("sslmode") or ("prefer" if _is_local(host) else "require")
    return make_conninfo(**out)


def _is_local(host: str) -> bool:
    if not host or host.startswith("/") or host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _password() -> tuple[str, str | None]:
    given = os.environ.get(TILL_PASSWORD_VARIABLE)
    if given:
        return given, None
    made = secrets.token_urlsafe(18)
    return made, made


def init_network(shop: Shop, admin_url: str, shop_name: str, till_name: str,
                 allowance_points: int = DEFAULT_ALLOWANCE_POINTS) -> Joined:
    """Create the schema on an empty database and make ``shop`` its first till; its
    history waits in the outbox for the first sync round."""
    if sync_store.membership(shop.db) is not None:
        raise NetworkError("already_member")
    conn = _admin(admin_url)
    try:
        if not server_store.is_empty(conn):
            raise NetworkError("not_empty")
        server_store.migrate(conn)
        return _become(shop, conn, admin_url, shop_name, till_name, allowance_points)
    finally:
        conn.close()


def join_network(path: Path, admin_url: str, shop_name: str, till_name: str,
                 allowance_points: int = DEFAULT_ALLOWANCE_POINTS) -> tuple[Shop, Joined]:
    """A new, empty till file at ``path`` with its shop's settings; the first sync round
    pulls everything."""
    if path.exists():
        raise NetworkError("not_new", str(path))
    conn = _admin(admin_url)
    try:
        if not server_store.has_schema(conn):
            raise NetworkError("no_schema")
        server_store.migrate(conn)
        settings = server_store.shop_settings(conn, shop_name)
        shop = open_shop(path)
        if settings:
            shop.save_settings(settings_from_pairs(settings))
        return shop, _become(shop, conn, admin_url, shop_name, till_name, allowance_points)
    finally:
        conn.close()


def _admin(url: str):
    try:
        return server_store.connect(url)
    except server_store.ServerUnreachable as error:
        raise NetworkError("unreachable", error.detail) from error


def _become(shop: Shop, conn, admin_url: str, shop_name: str, till_name: str,
            allowance_points: int) -> Joined:
    password, made = _password()
    code, till_no, role = server_store.add_till(conn, shop_name, till_name, password,
                                                settings_to_pairs(shop.settings))
    queued = sync_store.become_till(shop.db, sync_store.Membership(
        code, till_no, shop_name, till_url(admin_url, role), 0, allowance_points, None))
    return Joined(code, role, made, queued)


@dataclass(frozen=True, slots=True)
class TillStatus:
    shop: str
    name: str
    code: str
    last_contact: datetime | None
    cursor: int
    pending: int     # records it had not uploaded at its last contact
    behind: int      # records of the others it has not applied yet


@dataclass(frozen=True, slots=True)
class NetworkStatus:
    tills: tuple[TillStatus, ...]
    overdrafts: tuple[tuple[str, int], ...]  # (member's global id, points below zero)
    # (phone, name, cards, other's name, other's cards): one phone enrolled twice offline
    duplicates: tuple[tuple[str, str, str, str, str], ...] = ()


def network_status(conn) -> NetworkStatus:
    return NetworkStatus(tuple(TillStatus(*r) for r in server_store.till_rows(conn)),
                         tuple(server_store.overdrafts(conn)),
                         tuple(server_store.duplicate_members(conn)))
