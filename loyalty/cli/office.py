"""The back office's commands: reports, the program, a member's personal data."""
from __future__ import annotations

import argparse

from pos.wording import N_
from loyalty.cli.common import fail, open_shop_of, staff_id


def cmd_report(args: argparse.Namespace) -> int:
    from loyalty.reports.export import write_period_report, write_report
    if not args.db.exists():
        return fail(args, N_("no database at {db}"), db=args.db)
    open_shop_of(args)  # the refusals below read in the shop's language, as the others do
    if args.last is not None and args.first is None:
        return fail(args, N_("--to goes with --from, not with --month or --year"))
    if args.first is not None and args.last is None:
        return fail(args, N_("--from and --to go together"))
    # the PDF, CSV and JSON are written all or none, 0600 (the PDF names members at risk)
    if args.month is not None:
        year, month = args.month
        s = write_report(open_shop_of(args), year, month, args.out, args.csv, args.json,
                         args.language)
        running = " (month in progress)" if s.in_progress else ""
        print(f"report for {year}-{month:02d}{running} written to {args.out}")
        return 0
    first, last = (args.first, args.last) if args.year is None else (
        (args.year, 1), (args.year, 12))
    if args.year is None:  # a year in progress is reported to date; --to must have begun
        from loyalty.reports.period_summary import check_begun
        check_begun(open_shop_of(args), first, last)
    p = write_period_report(open_shop_of(args), first, last, args.out, args.csv, args.json,
                            args.language)
    done = p.months[-1]
    running = " (month in progress)" if done.in_progress else ""
    print(f"report for {first[0]}-{first[1]:02d} to {done.year}-{done.month:02d}{running}, "
          f"{len(p.months)} month(s), written to {args.out}")
    return 0


def cmd_program(args: argparse.Namespace) -> int:
    from loyalty.program.changes import change_lines
    from loyalty.program.editing import import_program_file, today
    from loyalty.program.json_format import program_to_json
    from pos.storage.files import write_output
    shop = open_shop_of(args)
    if args.verb == "export":
        program = shop.programs.program_for(today(shop))
        write_output(args.out, program_to_json(program), args.db)
        print(f"program version {program.version} written to {args.out}")
        return 0
    effective = args.effective or today(shop)
    saved, changes = import_program_file(shop, args.file, effective, staff_id(args),
                                          "command line")
    if saved is None:
        print("the program is unchanged; nothing saved")
        return 0
    for line in change_lines(changes):
        print(line)
    print(f"saved as program version {saved.version}, in effect from {effective}")
    return 0


def cmd_member_export(args: argparse.Namespace) -> int:
    from loyalty.members.admin import export_personal_data
    from pos.storage.files import StagedOutputs
    shop = open_shop_of(args)
    if args.owner is None:
        return fail(args, N_("{command} needs an owner's PIN, and this shop has no owner yet"),
                    command=args.command)
    # written aside inside the audit's transaction, named once it is committed: a failed
    # export leaves neither a file nor an audit row
    with StagedOutputs(args.db) as stage:
        export_personal_data(shop.db, args.member_id, args.owner, shop.clock(),
                             shop.settings.timezone,
                             deliver=lambda text: stage.write(args.out, text))
    print(f"member {args.member_id} exported to {args.out}")
    return 0


def cmd_member_erase(args: argparse.Namespace) -> int:
    from loyalty.members.admin import erase_personal_data
    shop = open_shop_of(args)
    if args.owner is None:
        return fail(args, N_("{command} needs an owner's PIN, and this shop has no owner yet"),
                    command=args.command)
    erase_personal_data(shop.db, args.member_id, args.owner, shop.clock())
    print(f"member {args.member_id}: personal data erased (older backups still hold it)")
    return 0
