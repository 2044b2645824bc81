"""`rsdesk demo PATH`: a new service file filled with a synthetic register for practice."""

from __future__ import annotations

import argparse
import os
import random
import sys
from datetime import date

from rsdesk.i18n import translate

PASSWORD_ENV = "RSDESK_PASSWORD"


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser(
        "demo",
        help=translate(
            "register",
            "create a service file with invented cases, for practice and benchmarks",
        ),
        description=translate(
            "register",
            "Creates a new service file with invented cases (names are generated). "
            "The password is taken from the RSDESK_PASSWORD environment variable.",
        ),
    )
    demo.add_argument(
        "path", metavar=translate("cli", "PATH"), help=translate("register", "the new file")
    )
    demo.add_argument(
        "--cases",
        type=int,
        metavar=translate("cli", "NUMBER"),
        default=200,
        help=translate("register", "number of cases"),
    )
    demo.add_argument(
        "--year",
        type=int,
        metavar=translate("cli", "YEAR"),
        default=None,
        help=translate("register", "the last year (this year)"),
    )
    demo.add_argument(
        "--years", type=int, default=1, help=translate("register", "number of years, 1 or more")
    )
    demo.add_argument(
        "--seed", type=int, default=1, help=translate("register", "the same seed, the same cases")
    )
    demo.add_argument("--kind", choices=["school", "territorial"], default="school")
    demo.set_defaults(func=run_demo)


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def run_demo(args: argparse.Namespace) -> int:
    password = os.environ.get(PASSWORD_ENV, "")
    if not password:
        _say(
            translate(
                "register",
                "Set the password of the new file in the RSDESK_PASSWORD environment variable.",
            )
        )
        return 1
    today = date.today()
    year = args.year or today.year
    if args.cases < 0 or args.years < 1 or year > today.year:
        _say(
            translate(
                "register",
                "The number of cases must be 0 or more, the years 1 or more, "
                "and the year not later than this one.",
            )
        )
        return 1
    from rsdesk.storage.demo import generate
    from rsdesk.storage.demo_data import DEMO_MUNICIPALITY, DEMO_NAMES, DEMO_REGION, adult_name
    from rsdesk.storage.service import init_service
    from rsdesk.vault import Vault, errors

    try:
        vault, recovery_key = Vault.create(args.path, password)
    except errors.VaultError as exc:
        _say(exc.message)
        return 1
    try:
        init_service(
            vault.db,
            kind=args.kind,
            name=DEMO_NAMES[args.kind],
            region=DEMO_REGION,
            municipality=DEMO_MUNICIPALITY,
            curator_name=adult_name(random.Random(args.seed), female=True),
            curator_slot_id=vault.slot_id,
            pledged_on=date.today(),
        )
        summary = generate(
            vault.db,
            cases=args.cases,
            year=year,
            years=args.years,
            seed=args.seed,
            kind=args.kind,
        )
        vault.commit()
    except errors.VaultError as exc:
        _say(exc.message)
        return 1
    finally:
        vault.close()
    print(
        translate(
            "register",
            "Created {path}: {cases} cases, {requests} requests, {mediators} mediators.",
            path=args.path,
            cases=summary.cases,
            requests=summary.requests,
            mediators=summary.mediators,
        )
    )
    print(translate("register", "Recovery key: {key}", key=recovery_key))
    return 0
