"""Fixtures for the shop-network tests: one real PostgreSQL server per test session, a fresh database per test."""
from __future__ import annotations

import pytest

from tests.network.pg_server import PgServer, find_bindir, start_server

try:
    import psycopg  # noqa: F401
except ImportError:  # pragma: no cover - requirements-dev.txt installs it
    psycopg = None


@pytest.fixture(scope="session")
def pg_server() -> PgServer:
    if psycopg is None:
        pytest.skip("psycopg is not installed (pip install -r requirements-dev.txt)")
    if find_bindir() is None:
        pytest.skip("PostgreSQL server binaries not found: install Debian's 'postgresql' package "
                    "(.ci/run does this when it runs as root)")
    server = start_server()
    yield server
    server.destroy()


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """The superuser URL of a fresh, empty database on the session's server."""
    if not pg_server.is_running():  # a test that stopped the server leaves it running again for the next
        pg_server.start()
    return pg_server.create_database()


@pytest.fixture(autouse=True)
def till_password(monkeypatch):
    """Tills in this process (not only the command lines the tests start) know their role's
    password the way a shop's till does: from the environment."""
    from tests.network.tills import TILL_PASSWORD
    monkeypatch.setenv("POSLOYALTY_PG_PASSWORD", TILL_PASSWORD)
