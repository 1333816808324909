"""Test set-up: Qt offscreen, and shops on real SQLite files copied from a migrated template."""
from __future__ import annotations

import os
import shutil
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pytest  # noqa: E402

from loyalty.shop import open_shop  # noqa: E402


class StepClock:
    """A clock the test moves by hand; every reading is one millisecond later, as time is."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(milliseconds=1)
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_shop(path).close()
    return path


@pytest.fixture(autouse=True)
def user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> Path:
    """Every test has its own (empty) user data and config folders: the shop the app
    remembers opening, a demo or a new shop never land in the real home folder."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    return home


@pytest.fixture
def clock() -> StepClock:
    return StepClock(datetime(2026, 3, 10, 9, 0, tzinfo=timezone.utc))


@pytest.fixture
def db_path(tmp_path: Path, template_db: Path) -> Path:
    path = tmp_path / "shop.db"
    shutil.copy(template_db, path)
    return path


@pytest.fixture
def shop(db_path: Path, clock: StepClock):
    s = open_shop(db_path, clock)
    yield s
    s.close()
