"""Commands that print: loyalty cards and a sale's receipt."""
from __future__ import annotations

import argparse

from pos.wording import N_, gettext
from loyalty.cli.common import fail, open_shop_of, staff_id
from loyalty.reports.exports import csv_text


def cmd_cards(args: argparse.Namespace) -> int:
    from loyalty.members.card_batches import LIST_COLUMNS, member_faces, new_bearer_faces
    from loyalty.printing.card_layout import CardLayout, check_terms
    from loyalty.printing.card_pdf import cards_pdf
    from pos.storage.db import write_transaction
    from pos.storage.files import StagedOutputs
    if args.new is not None and not 0 < args.new <= 100_000:
        return fail(args, N_("--new takes a number of cards from 1 to 100000"))
    shop = open_shop_of(args)
    s = shop.settings
    terms = check_terms(args.terms if args.terms is not None else gettext(s.language, _CARD_TERMS))
    # the layout first: a design that cannot print must not leave cards issued
    layout = CardLayout(s.name, logo=s.logo or None, terms=terms, layout=args.layout,
                        design=args.design or s.card_design, colour=s.shop_colour)
    # the files are written aside while the cards are issued, in one transaction; they take
    # their names once it is committed, and a failure anywhere leaves no card issued
    with StagedOutputs(args.db) as stage, write_transaction(shop.db):
        faces, rows = (new_bearer_faces(shop, args.new, args.card_type, staff_id(args))
                       if args.new is not None
                       else member_faces(shop, args.members, args.card_type, staff_id(args)))
        if not faces:
            return fail(args, N_("no cards to print"))
        stage.write(args.out, cards_pdf(layout, faces))
        if args.list:
            stage.write(args.list, csv_text(LIST_COLUMNS, rows))
    print(f"{len(faces)} cards written to {args.out}")
    return 0


_CARD_TERMS = N_("Loyalty card. Show it at every purchase. Points cannot be exchanged for cash.")


def cmd_receipt(args: argparse.Namespace) -> int:
    from loyalty.printing.receipts import build_receipt
    from pos.storage.files import write_output
    shop = open_shop_of(args)
    receipt = build_receipt(shop, args.sale_no)
    if args.out:
        from pos.printing.pdf import receipt_pdf
        write_output(args.out, receipt_pdf(receipt, args.paper), args.db)
        print(f"receipt {args.sale_no} written to {args.out}")
    else:
        from pos.printing.escpos import receipt_escpos
        paper = "58mm" if args.paper == "58mm" else "80mm"
        # a printer's device is written in place; a file whole or not at all
        write_output(args.escpos, receipt_escpos(receipt, paper), args.db, device_ok=True)
        print(f"receipt {args.sale_no} written to {args.escpos} as ESC/POS")
    return 0
