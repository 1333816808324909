"""The sentences of program versions and the report and export periods: the bounds of what a
new version and a period may be."""
from __future__ import annotations

from pos.wording import N_

SENTENCES: dict[str, str] = {
    "program.not_json": N_("the program file is not JSON"),
    "program.other": N_("the program cannot be used: {path}: {reason}"),
    "program.too_large": N_("the program cannot be used: {path} is too large (at most {limit})"),
    "program.too_long": N_("the program cannot be used: {path} is too long (at most {limit})"),
    "program.too_many": N_("the program cannot be used: {path} has too many entries "
                           "(at most {limit})"),
    "program.fails_at_till": N_("the program would fail at the till ({path}): {detail}"),
    "program.file_too_large": N_("the program file is too large (at most {limit} bytes)"),
    "program.nested_too_deep": N_("the program file is nested too deep at {path}"),
    "program.number_too_long": N_("the program file has a number too long at {path}"),
    "program.is_the_shop_database": N_("that file is the shop's database, not a program"),
    "period.future": N_("{month} has not begun yet: a report covers months up to this one"),
    "period.reversed": N_("--from {first} is after --to {last}"),
    "period.too_long": N_("a report covers at most 120 months"),
    "edit.not_owner": N_("only an owner may change the program"),
    "edit.date_in_past": N_("a program change cannot start in the past"),
    "program.negative": N_("the program cannot be used: {path} cannot be negative"),
    "program.must_be_positive": N_("the program cannot be used: {path} must be at least 1"),
    "program.required": N_("the program cannot be used: {path} is empty (a name or an id "
                           "needs a letter or a digit)"),
    "program.outlasts_expiry": N_("the program cannot be used: {path} must be shorter than "
                                  "the {limit} days the points live, or they could never "
                                  "be spent"),
    "program.date_out_of_range": N_("the program cannot be used: {path} must be a date from "
                                    "2000 to {limit}"),
    "edit.date_too_far": N_("a program change can take effect on {latest} at the latest"),
    "edit.unchanged": N_("the program is unchanged; nothing saved"),
    "export.reversed": N_("--from {first} is after --to {last}"),
}
