"""The test harness itself: the server answers, restarts, and the proxy cuts and heals the link."""
from __future__ import annotations

import psycopg
import pytest

from tests.network.tcp_proxy import TcpProxy


def test_server_answers_on_loopback_with_password(pg_server, pg_url):
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("select 1").fetchone() == (1,)
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(pg_server.url(password="wrong"), connect_timeout=5)


def test_proxy_partitions_and_heals(pg_server, pg_url):
    proxy = TcpProxy(pg_server.host, pg_server.port)
    try:
        url = pg_url.replace(f":{pg_server.port}/", f":{proxy.port}/")
        with psycopg.connect(url, connect_timeout=5) as conn:
            assert conn.execute("select 2").fetchone() == (2,)
            proxy.partition()
            with pytest.raises(psycopg.OperationalError):
                conn.execute("select 3")
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(url, connect_timeout=2)
        proxy.blackhole()
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(url, connect_timeout=1)
        proxy.heal()
        with psycopg.connect(url, connect_timeout=5) as conn:
            assert conn.execute("select 4").fetchone() == (4,)
    finally:
        proxy.close()


def test_server_restart(pg_server, pg_url):
    pg_server.restart()
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("select 5").fetchone() == (5,)
