"""A real PostgreSQL server for the network tests: initdb and pg_ctl from the Debian package, in a temporary folder.

The server listens on a free loopback port only, with password (SCRAM) authentication for every TCP
connection, so the tests exercise the same roles and grants a shop's server has. When the tests run
as root the server runs as the `postgres` user, because PostgreSQL refuses to run as root.
"""
from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import quote


def find_bindir() -> Path | None:
    """The folder holding initdb and pg_ctl, or None when PostgreSQL's server is not installed."""
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").exists() and Path(candidate, "pg_ctl").exists():
            return Path(candidate)
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).resolve().parent
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    """One throw-away cluster: start, stop, restart, and superuser URLs for new databases."""

    superuser = "postgres"

    def __init__(self, bindir: Path, base: Path | None = None) -> None:
        self.bindir = bindir
        self.base = Path(base or tempfile.mkdtemp(prefix="posloyalty-pg-"))
        self.datadir = self.base / "data"
        self.socketdir = self.base / "sock"
        self.logfile = self.base / "server.log"
        self.password = secrets.token_hex(12)
        self.port = free_port()
        self.host = "127.0.0.1"
        self._as_root = os.geteuid() == 0

    # -- running the server's programs -------------------------------------------------------
    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self._as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, check=check, capture_output=True, text=True, timeout=120)

    def init(self) -> None:
        self.socketdir.mkdir(parents=True, exist_ok=True)
        pwfile = self.base / "pw"
        pwfile.write_text(self.password + "\n")
        if self._as_root:
            shutil.chown(self.base, "postgres", "postgres")
            shutil.chown(self.socketdir, "postgres", "postgres")
            shutil.chown(pwfile, "postgres", "postgres")
        self._run("initdb", "-D", str(self.datadir), "-U", self.superuser, "--pwfile", str(pwfile),
                  "-A", "scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        pwfile.unlink()
        with open(self.datadir / "postgresql.conf", "a") as conf:
            conf.write(
                f"\nlisten_addresses = '{self.host}'\nport = {self.port}\n"
                f"unix_socket_directories = '{self.socketdir}'\n"
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                "max_connections = 100\nshared_buffers = 32MB\n")

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.datadir), "-l", str(self.logfile), "-w", "-t", "60", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.datadir), "-m", mode, "-w", "-t", "60", "stop", check=False)

    def restart(self) -> None:
        self.stop()
        self.start()

    def is_running(self) -> bool:
        return self._run("pg_ctl", "-D", str(self.datadir), "status", check=False).returncode == 0

    def destroy(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.base, ignore_errors=True)

    # -- URLs ---------------------------------------------------------------------------------
    def url(self, dbname: str = "postgres", user: str | None = None, password: str | None = None,
            host: str | None = None, port: int | None = None) -> str:
        user = user or self.superuser
        password = self.password if password is None and user == self.superuser else password
        auth = quote(user) + (":" + quote(password) if password else "")
        return f"postgresql://{auth}@{host or self.host}:{port or self.port}/{dbname}"

    def create_database(self, name: str | None = None) -> str:
        """A fresh, empty database; returns its superuser URL."""
        import psycopg

        name = name or "shop_" + secrets.token_hex(4)
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def start_server() -> PgServer:
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) not found")
    server = PgServer(bindir)
    server.init()
    server.start()
    deadline = time.monotonic() + 30
    while not server.is_running():  # pg_ctl -w already waits; this guards slow machines
        if time.monotonic() > deadline:
            raise RuntimeError("PostgreSQL did not start: " + server.logfile.read_text()[-2000:])
        time.sleep(0.1)
    return server
