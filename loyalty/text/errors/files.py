"""The sentences of files: the shop's own file and its backups, outputs a command writes,
printing targets and card layouts, the command line's arguments."""
from __future__ import annotations

from pos.wording import N_

SENTENCES: dict[str, str] = {
    "card_layout.bad_layout": N_("“{value}” is not a card layout"),
    "card_layout.no_shop_name": N_("the card needs the shop's name"),
    "card_layout.unprintable_symbology": N_("cards cannot be printed as “{value}”"),
    "card_layout.logo_unreadable": N_("the shop's logo cannot be read; choose it again in the settings"),
    "card_layout.bad_design": N_("“{value}” is not a card design"),
    "card_layout.bad_colour": N_("“{value}” is not a colour like #1f5f8b"),
    "logo.no_such_file": N_("the logo file {path} does not exist"),
    "logo.too_large": N_("the logo {path} is larger than {limit_kb} KB"),
    "logo.not_an_image": N_("the logo {path} is not a PNG or JPEG image"),
    "logo.is_database": N_("{path} is the shop's own database, not an image"),
    "backup.no_such_file": N_("{path}: no such file"),
    "backup.is_database": N_("{path} is the shop's own database, not a backup of it"),
    "backup.empty": N_("{path} is empty, not a shop backup; nothing was changed"),
    "backup.not_sqlite": N_("{path} is not a shop backup (not a database file); nothing was "
                            "changed"),
    "backup.damaged": N_("{path} is damaged or incomplete; nothing was changed"),
    "backup.other_program": N_("{path} belongs to another program, not a shop backup; nothing "
                               "was changed"),
    "backup.not_a_shop": N_("{path} is a database but not a shop backup; nothing was changed"),
    "backup.newer_version": N_("{path} was made by a newer version of this program; update it "
                               "first"),
    "backup.verify_failed": N_("{path} failed verification; nothing was changed: {problems}"),
    "shop_file.no_such_file": N_("{path}: no such file"),
    "shop_file.is_database": N_("{path} is the shop open now"),
    "shop_file.not_sqlite": N_("{path} is not a shop file (not a database)"),
    "shop_file.other_program": N_("{path} belongs to another program, not a shop file"),
    "shop_file.not_a_shop": N_("{path} is a database but not a shop file"),
    "shop_file.newer_version": N_("{path} was made by a newer version of this program; update "
                                  "it first"),
    "output_file.empty": N_("an output file needs a name"),
    "output_file.folder": N_("{path} is a folder; name a file to write"),
    "output_file.not_regular": N_("{path} is not a regular file"),
    "output_file.no_folder": N_("{path}: its folder does not exist"),
    "output_file.cannot_write": N_("cannot write {path}: {detail}"),
    "output_file.same_file": N_("{path} is named for two outputs: each needs a file of its "
                                "own"),
    "argument.empty_path": N_("an empty file name is not a file"),
    "argument.bad_id": N_("“{value}” is not an id or a number (a whole number from 1)"),
    "argument.bad_day": N_("“{value}” is not a date from 1900-01-01 to 9998-12-31 "
                           "(use YYYY-MM-DD)"),
    "cli_shop.missing": N_("no database at {db}"),
    "cli_shop.read_only": N_("{db} is read-only: make the file and its folder writable; "
                             "nothing was changed"),
    "card_layout.terms_too_long": N_("the card's terms are too long: at most {value} "
                                     "characters"),
    "database_file.is_database": N_("{path} is the shop's own database file; choose another "
                                    "file"),
    "store.lost": N_("the database file changed underneath this program; close its other "
                     "windows and try again"),
    "store.busy": N_("the database is busy in another program; try again"),
    "target.target_required": N_("enter where the receipt printer is"),
    "target.bad_usb_id": N_("“{target}”: write the USB vendor and product id like 0416:5011"),
    "target.bad_port": N_("“{target}”: the port must be a number from 1 to 65535"),
    "target.bad_baud_rate": N_("“{target}”: the speed must be a number, like COM3:9600"),
    "target.bad_host": N_("“{target}” is not a host name or an IP address"),
    "target.bad_kind": N_("“{kind}” is not a receipt printer kind"),
}
