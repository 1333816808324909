"""Commands that print: loyalty cards and a sale's receipt."""
from __future__ import annotations

import argparse

from pos.wording import N_, gettext
from loyalty.cli.common import fail, open_shop_of, staff_id


def cmd_cards(args: argparse.Namespace) -> int:
    from loyalty.members.card_batches import member_faces, new_bearer_faces, write_card_list
    from loyalty.printing.card_layout import CardLayout
    from loyalty.printing.card_pdf import write_cards_pdf
    if args.new is not None and not 0 < args.new <= 100_000:
        return fail(args, N_("--new takes a number of cards from 1 to 100000"))
    shop = open_shop_of(args)
    s = shop.settings
    terms = args.terms if args.terms is not None else gettext(s.language, _CARD_TERMS)
    # the layout first: a design that cannot print must not leave cards issued
    layout = CardLayout(s.name, logo=s.logo or None, terms=terms, layout=args.layout,
                        design=args.design or s.card_design, colour=s.shop_colour)
    faces, rows = (new_bearer_faces(shop, args.new, args.card_type, staff_id(args))
                   if args.new is not None
                   else member_faces(shop, args.members, args.card_type, staff_id(args)))
    if not faces:
        return fail(args, N_("no cards to print"))
    write_cards_pdf(layout, faces, args.out)
    if args.list:
        write_card_list(args.list, rows)
    print(f"{len(faces)} cards written to {args.out}")
    return 0


_CARD_TERMS = N_("Loyalty card. Show it at every purchase. Points cannot be exchanged for cash.")


def cmd_receipt(args: argparse.Namespace) -> int:
    from loyalty.printing.receipts import build_receipt
    shop = open_shop_of(args)
    receipt = build_receipt(shop, args.sale_no)
    if args.out:
        from pos.printing.pdf import write_receipt_pdf
        write_receipt_pdf(receipt, args.out, args.paper)
        print(f"receipt {args.sale_no} written to {args.out}")
    else:
        from pos.printing.escpos import receipt_escpos
        paper = "58mm" if args.paper == "58mm" else "80mm"
        from pos.storage.files import refuse_database_file
        refuse_database_file(args.escpos).write_bytes(receipt_escpos(receipt, paper))
        print(f"receipt {args.sale_no} written to {args.escpos} as ESC/POS")
    return 0
