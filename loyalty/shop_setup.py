"""Setting up a new shop on first start: its name, language, owner and starting program."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from loyalty.program.presets import presets
from loyalty.program.programs import save_program
from loyalty.shop import Shop
from pos.staff.audit import AuditAction, SubjectKind, subject
from pos.storage import store
from pos.clock import local_date
from pos.storage.db import write_transaction
from pos.settings.model import default_settings_for
from pos.staff.pins import add_staff
from pos.staff.model import Role, Staff

STARTING_PRESET = "points_half_receipt"


def needs_setup(shop: Shop) -> bool:
    """A shop nobody can log in to yet: no staff at all."""
    return not store.all_staff(shop.db)


def create_shop(shop: Shop, shop_name: str, owner_name: str, pin: str, language: str,
                preset_key: str | None = STARTING_PRESET) -> Staff:
    """Name the shop, choose its language, add the owner and a starting program, at once."""
    at = shop.clock()
    with write_transaction(shop.db):
        settings = replace(default_settings_for(language), name=shop_name.strip() or
                           default_settings_for(language).name)
        shop.save_settings(settings)
        owner = add_staff(shop.db, owner_name, Role.OWNER, pin, at)
        chosen = next((p.program for p in presets(language=language) if p.key == preset_key), None)
        if chosen is not None:
            today = local_date(at, settings.timezone)
            save_program(shop.db, chosen, today, at)
        store.append_audit(shop.db, at, owner.staff_id, AuditAction.SHOP_CREATED,
                           subject(SubjectKind.SETTINGS),
                           {"name": settings.name, "language": language,
                            "preset": preset_key if chosen is not None else None})
    return owner


def demo_path(data_dir: Path) -> Path:
    return data_dir / "demo.db"


def new_shop_path(data_dir: Path) -> Path:
    """A file name for another new shop in ``data_dir``: shop.db, else shop-2.db, shop-3.db…"""
    n = 1
    while (path := data_dir / ("shop.db" if n == 1 else f"shop-{n}.db")).exists():
        n += 1
    return path
