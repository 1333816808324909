"""The shop network's commands: network init, join and status; sync."""
from __future__ import annotations

import argparse
import sys

from pos.wording import N_
from loyalty.cli.common import fail, language_of, open_shop_of


def cmd_network(args: argparse.Namespace) -> int:
    from loyalty.network import membership
    allowance = getattr(args, "offline_allowance", None)
    allowance = membership.DEFAULT_ALLOWANCE_POINTS if allowance is None else allowance
    if allowance < 0:
        return fail(args, N_("--offline-allowance takes a number of points, 0 or more"))
    if args.verb in ("init", "join"):
        _check_url(args.url)
    if args.verb == "init":
        shop = open_shop_of(args)
        joined = membership.init_network(shop, args.url, args.shop_name, args.till, allowance)
    elif args.verb == "join":
        args.shop, joined = membership.join_network(args.db, args.url, args.shop_name, args.till,
                                                    allowance)
    else:
        return _network_status(args)
    from loyalty.network.report_lines import joined_lines
    for line in joined_lines(args.db, joined, language_of(args)):
        print(line)
    return _sync_once(args, joined.password)


def _check_url(url: str) -> None:
    """Before connecting (psycopg reads anything else as key=value settings and fails with
    a programming error), and before a till file is made."""
    from urllib.parse import urlsplit
    from loyalty.network.errors import NetworkError
    if urlsplit(url.strip()).scheme.lower() not in ("postgresql", "postgres"):
        raise NetworkError("bad_url", url)


def _sync_once(args: argparse.Namespace, password: str | None = None) -> int:
    from loyalty.network.report_lines import round_line
    from loyalty.network.sync import sync_round
    shop = open_shop_of(args)
    r = sync_round(shop.db, shop.clock, getattr(args, "batch", 500), password=password)
    print(round_line(r, language_of(args)))
    return 0


def _network_status(args: argparse.Namespace) -> int:
    from loyalty.network.membership import network_status
    from loyalty.network.sync import member_of_network, open_server
    from loyalty.storage.sync_store import negative_balances
    shop = open_shop_of(args)
    conn = open_server(member_of_network(shop.db))
    try:
        status = network_status(conn)
    finally:
        conn.close()
    from loyalty.network.report_lines import status_lines
    for line in status_lines(status, negative_balances(shop.db), language_of(args)):
        print(line)
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    if args.once:
        return _sync_once(args)
    import time
    from loyalty.network.errors import NetworkError
    from loyalty.network.report_lines import round_line
    from loyalty.network.sync import sync_round
    from loyalty.text.cli_errors import describe
    shop = open_shop_of(args)
    try:
        while True:  # until interrupted; a round that finds the server away says so, waits
            try:
                r = sync_round(shop.db, shop.clock, args.batch)
                print(round_line(r, language_of(args)), flush=True)
            except NetworkError as error:
                print(describe(error, language_of(args)), file=sys.stderr, flush=True)
            time.sleep(args.interval)
    except KeyboardInterrupt:  # Ctrl+C: every round is whole, so stopping anywhere is safe
        return 0
