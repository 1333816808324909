"""The sentences of the back office's staff and catalogue, and the shop network."""
from __future__ import annotations

from pos.wording import N_

SENTENCES: dict[str, str] = {
    "product.barcode_empty": N_("enter a barcode or a shop code"),
    "product.bad_check_digit": N_("{value} has a wrong check digit (mistyped?)"),
    "product.bad_barcode": N_("“{value}” is not a barcode: use the digits of an EAN or a shop "
                              "code of letters, digits and dashes"),
    "product.barcode_taken": N_("another product already has the barcode {value}"),
    "product.name_empty": N_("enter the product's name"),
    "product.bad_name": N_("the name is too long or holds control characters"),
    "product.bad_price": N_("the price must be above zero and at most 100,000,000"),
    "product.unknown_category": N_("there is no category “{value}”"),
    "product.no_such_product": N_("that product no longer exists"),
    "product.bad_category_name": N_("a category needs a name of at most 60 characters"),
    "product.category_taken": N_("there is a category “{value}” already"),
    "staff.bad_pin_format": N_("a PIN is 4 to 8 digits"),
    "staff.pin_taken": N_("this PIN is taken by another staff member"),
    "staff.wrong_pin": N_("wrong PIN"),
    "staff.locked": N_("too many wrong PINs: login is locked for a while"),
    "staff.bad_role": N_("“{value}” is not a role"),
    "staff.bad_name": N_("a staff member needs a name"),
    "staff.not_allowed": N_("not allowed for this role"),
    "staff.no_such_staff": N_("no staff member {value}"),
    "staff.inactive": N_("{value} is no longer active"),
    "staff.last_owner": N_("{value} is the last owner: the shop needs one"),
    "network.unreachable": N_("the network's server cannot be reached ({detail}); nothing "
                              "was changed, the till sells on"),
    "network.not_member": N_("this shop file is not a till of a shop network "
                             "(network init or network join first)"),
    "network.already_member": N_("this shop file is already a till of a shop network"),
    "network.not_empty": N_("the PostgreSQL database is not empty: network init needs a new "
                            "one"),
    "network.no_schema": N_("the PostgreSQL database holds no shop network (network init "
                            "first)"),
    "network.not_new": N_("network join makes a new till file: {detail} already holds a shop"),
    "network.bad_url": N_("“{detail}” is not a PostgreSQL URL "
                          "(postgresql://user@host/database)"),
    "network.points_taken": N_("those points were just spent at another till; "
                               "take the payment without them"),
    "network.offline_allowance": N_("the server cannot be reached: at most {detail} more "
                                    "points of this member can be spent at this till now"),
    "network.returned_elsewhere": N_("these goods were just returned at another till; "
                                     "sync and look at the sale again"),
    "network.return_needs_server": N_("the server cannot be reached: a sale of till {detail} "
                                      "can be returned here once it is back, or now at "
                                      "till {detail}"),
}
