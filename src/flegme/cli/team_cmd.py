"""`flegme team ...`: set up a team server, invite people, join it, check its audit trail."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from flegme.errors import FlegmeError


def register(sub: Any) -> None:
    """Add `team` and its subcommands."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "team", help="team mode: the review loop shared over a PostgreSQL server",
        description="Set up a team server, invite people, join it, verify its audit trail.")
    ts = parser.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    p = ts.add_parser("init", help="create or upgrade the team schema (database owner)")
    p.add_argument("url", nargs="?", help="postgresql://OWNER@HOST/DB (default: joined server)")
    p = ts.add_parser("join", help="join a team server; the password goes to the OS keyring")
    p.add_argument("url", help="postgresql://LOGIN@HOST[:PORT]/DATABASE")
    p.add_argument("--ca", metavar="FILE", help="the CA certificate that signed the server's")
    p = ts.add_parser("invite", help="create a login for a person (comms lead or administrator)")
    p.add_argument("name", help="the person's name, e.g. 'Zoé Martin'")
    p.add_argument("--role", required=True, choices=("leader", "assistant", "comms_lead"))
    p.add_argument("--login", help="the login (default: made from the name)")
    ts.add_parser("verify", help="check the audit trail's hash chain")
    p = ts.add_parser("sync", help="send the vault's drafts and edits, fetch the team's "
                                   "comments, decisions and house style")
    p.add_argument("--vault", metavar="PATH", help="vault file (default: user data folder)")
    p.add_argument("--recovery-key", metavar="KEY", help="open the vault with its recovery key")
    ts.add_parser("status", help="the joined server, who you are there, and whether it answers")
    ts.add_parser("leave", help="forget the joined server and its password on this computer")
    parser.set_defaults(func=run)


def _password(given: str | None, login: str) -> str:
    if given is not None:
        return given
    value = os.environ.get("FLEGME_TEAM_PASSWORD")
    if value:
        return value
    if not sys.stdin.isatty():
        raise FlegmeError("Give the password: set FLEGME_TEAM_PASSWORD or run in a terminal.")
    return getpass.getpass(f"Password (one-time secret) for {login}: ")


def run(args: argparse.Namespace) -> int:
    """Dispatch `flegme team ACTION`."""
    from flegme.team import credentials

    action = args.team_command
    if action == "join":
        return _join(args)
    if action == "leave":
        from flegme.team.session import leave

        leave()  # the address, the password and the identity the window remembered
        print("This computer has left the team (address and password forgotten).")
        return 0
    if action == "init" and args.url:
        from flegme.team.connect import parse_url

        config, given = parse_url(args.url)
        password = _password(given, config.user)
    else:
        config, password = credentials.load()
    from flegme.team.connect import connect

    with connect(config, password) as con:
        if action == "init":
            from flegme.team.admin import init

            print(f"Team schema ready (version {init(con)}) on {config.url()}.")
            return 0
        if action == "invite":
            return _invite(con, config, args)
        if action == "verify":
            return _verify(con)
        if action == "sync":
            return _sync(con, args)
        return _status(con, config)


def _join(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from flegme.team import credentials
    from flegme.team.connect import connect, parse_url

    config, given = parse_url(args.url)
    if args.ca:
        config = replace(config, ca_file=os.path.abspath(args.ca))
    password = _password(given, config.user)
    with connect(config, password) as con:
        who = _whoami(con)
        if "administrator" in who:
            credentials.save(config, password)
        else:  # the secret someone else saw stops working: a new one, in the keyring only
            credentials.join_with_new_password(con, config, password)
    print(f"Joined {config.url()} as {who}. The password is in the system keyring.")
    return 0


def _whoami(con: Any) -> str:
    row = con.execute("SELECT to_regprocedure('flegme.whoami()') IS NOT NULL").fetchone()
    if row[0]:
        me = con.execute("SELECT login, role, display_name FROM flegme.whoami()").fetchone()
        if me is not None and me[1]:
            return f"{me[2]} ({me[1].replace('_', ' ')})"
    return f"{con.info.user} (administrator, not a member of the team)"


def _invite(con: Any, config: Any, args: argparse.Namespace) -> int:
    from flegme.team.admin import invite

    made = invite(con, args.name, args.role, login=args.login)
    print(f"Invited {made.display_name} as {made.role.value.replace('_', ' ')}.")
    print(f"Login: {made.login}")
    print(f"One-time secret (shown once, give it in person): {made.secret}")
    print(f"They join with: flegme team join '{config.as_user(made.login).url()}'")
    return 0


def _verify(con: Any) -> int:
    from flegme.team.audit import verify

    report = verify(con)
    scope = "the whole trail" if report.complete else "the entries you may read"
    if report.intact:
        print(f"Audit trail intact: {report.checked} entries checked ({scope}).")
        print(f"Head: {report.head} (keep it where the server's administrator cannot write)")
        return 0
    print(f"Audit trail DAMAGED ({report.checked} entries checked, {scope}):", file=sys.stderr)
    for problem in report.problems:
        print(f"  - {problem}", file=sys.stderr)
    return 1


def _sync(con: Any, args: argparse.Namespace) -> int:
    from flegme.cli.vault_cmd import open_vault
    from flegme.team.sync import sync

    with open_vault(args) as vault:
        report = sync(vault, con)
    print(f"Synced: {report.pushed} sent, {report.pulled} received.")
    for line in report.refused:
        print(f"Refused by the server: {line}")
    for line in report.waiting:
        print(f"Waiting: {line}")
    return 0


def _status(con: Any, config: Any) -> int:
    tls = "verified" if config.ca_file or not config.local else "optional (this computer)"
    print(f"Server: {config.url()} (TLS: {tls})")
    print(f"You: {_whoami(con)}")
    print("Connected.")
    return 0
