"""`flegme vault ...`: the encrypted draft vault from the command line."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flegme.errors import (
    FlegmeError,
    InputError,
    KeyringUnavailableError,
    VaultCorruptError,
    VaultLockedError,
)

if TYPE_CHECKING:
    from flegme.vault import Vault  # imported lazily: `flegme check` never loads the vault


def register(sub: Any) -> None:
    """Add `vault` and its subcommands."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "vault", help="the encrypted draft vault",
        description="Create, search, back up and re-key the encrypted draft vault.")
    _vault_options(parser, None)
    vs = parser.add_subparsers(dest="vault_command", metavar="ACTION", required=True)
    vs.add_parser("init", help="create a new vault and show its recovery key once")
    p = vs.add_parser("list", help="the most recent drafts")
    p.add_argument("--limit", type=int, default=50)
    p = vs.add_parser("show", help="one draft with its revisions and review events")
    p.add_argument("id", type=int)
    p = vs.add_parser("search", help="full-text search (accents and case ignored)")
    p.add_argument("text", nargs="+")
    p = vs.add_parser("export", help="chosen drafts as Markdown or JSON (plain text!)")
    p.add_argument("ids", type=int, nargs="*")
    p.add_argument("--all", action="store_true",
                   help="every draft that can be read (also from a damaged vault)")
    p.add_argument("--format", choices=("md", "json"), default="md")
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of the screen")
    p = vs.add_parser("backup", help="an encrypted copy of the whole vault")
    p.add_argument("dest", metavar="FILE_OR_FOLDER")
    p = vs.add_parser("restore", help="put a backup in place as the vault (--vault); with "
                      "--passphrase-mode, a keyring backup becomes a passphrase vault")
    p.add_argument("src", metavar="BACKUP")
    vs.add_parser("rekey", help="new key; the old key and recovery key stop opening the "
                  "vault (backups made before still need them; passphrase mode: the new one "
                  "from $FLEGME_NEW_PASSPHRASE or asked)")
    for action in vs.choices.values():  # `vault init --passphrase-mode` works too
        _vault_options(action, argparse.SUPPRESS)
    parser.set_defaults(func=run)


def _vault_options(parser: argparse.ArgumentParser, default: str | None) -> None:
    """--vault, --passphrase-mode and --recovery-key: before or after the action (after it,
    SUPPRESS keeps the value given before it)."""
    parser.add_argument("--vault", metavar="PATH", default=default,
                        help="vault file (default: user data folder)")
    parser.add_argument("--passphrase-mode", action="store_true",
                        default=False if default is None else default,
                        help="use a passphrase instead of the system keyring "
                             "(read from $FLEGME_PASSPHRASE or asked)")
    parser.add_argument("--recovery-key", metavar="KEY", default=default,
                        help="open with the recovery key (or $FLEGME_RECOVERY_KEY)")


def vault_path(args: argparse.Namespace) -> Path:
    """The vault file named on the command line, or the default one."""
    from flegme.vault import Vault

    return Path(args.vault) if args.vault else Vault.default_path()


def _passphrase(confirm: bool = False, *, variable: str = "FLEGME_PASSPHRASE",
                prompt: str = "Vault passphrase: ", again: str = "Again: ") -> str:
    value = os.environ.get(variable)
    if value:
        return value
    if sys.stdin is None or not sys.stdin.isatty():  # (None: standard input closed)
        raise FlegmeError(f"Passphrase mode needs a passphrase: set {variable} or run in a "
                          "terminal.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(again) != first:
        raise FlegmeError("The two passphrases differ; nothing was changed.")
    return first


def _new_passphrase() -> str:
    """The new passphrase for `rekey`: its own variable and prompts, never the current one's."""
    return _passphrase(confirm=True, variable="FLEGME_NEW_PASSPHRASE",
                       prompt="New vault passphrase: ", again="New passphrase again: ")


def open_vault(args: argparse.Namespace) -> _Told:
    """Open the vault with the recovery key, the keyring, or a passphrase, for `with`; say
    what opening found."""
    from flegme.vault import Vault

    recovery = args.recovery_key or os.environ.get("FLEGME_RECOVERY_KEY")
    path = vault_path(args)
    if recovery:
        return _told(Vault.open(path, recovery_key=recovery))
    try:
        return _told(Vault.open(path))
    except VaultLockedError as exc:
        if "passphrase" not in str(exc):
            raise
        rekey = getattr(args, "vault_command", None) == "rekey"
        return _told(Vault.open(path, passphrase=_passphrase(
            prompt="Current vault passphrase: " if rekey else "Vault passphrase: ")))


def _told(vault: Vault) -> _Told:
    """Say on stderr what opening found: an interrupted key change finished or undone, a
    repaired keyring entry, a journal set aside (at once: it happened whatever comes next);
    damage once the action has succeeded (a failure is one line, and already names it)."""
    from flegme.vault import damage_message

    damage = damage_message(vault.damaged) if vault.damaged else None
    for notice in vault.notices:
        if notice != damage:
            print(f"flegme: {notice}", file=sys.stderr)
    return _Told(vault, damage)


class _Told:
    """`with` over an open vault: closes it, then names its damage if the action succeeded."""

    def __init__(self, vault: Vault, damage: str | None) -> None:
        self.vault, self.damage = vault, damage

    def __enter__(self) -> Vault:
        return self.vault

    def __exit__(self, kind: object, *_: object) -> None:
        self.vault.close()
        if kind is None and self.damage:
            print(f"flegme: {self.damage}", file=sys.stderr)
            print("flegme: to save what can be read: flegme vault export --all --out FILE; "
                  "then restore a backup to a new place: flegme vault --vault NEW_PATH "
                  "restore BACKUP", file=sys.stderr)


def _print_recovery_key(recovery: str) -> None:
    print(f"\nNEW RECOVERY KEY (shown once; keep it somewhere safe):\n\n    {recovery}\n",
          flush=True)


def run(args: argparse.Namespace) -> int:
    """Dispatch the vault action."""
    from flegme.vault import Vault, backup, damage_message, rekey

    action = args.vault_command
    if action == "init":
        passphrase = _passphrase(confirm=True) if args.passphrase_mode else None
        try:
            vault, recovery = Vault.create(vault_path(args), passphrase=passphrase)
        except KeyringUnavailableError as exc:
            raise KeyringUnavailableError(
                f"{exc} Run again as: flegme vault --passphrase-mode init") from None
        with _told(vault):
            print(f"Vault created: {vault.path}")
            print("\nRECOVERY KEY (shown once; print it or keep it somewhere safe):\n")
            print(f"    {recovery}\n")
            print("It reopens the vault if the system keyring or the passphrase is lost.")
        return 0
    if action == "restore":
        return _restore(args)
    with open_vault(args) as vault:
        if action == "list":
            for d in vault.list_drafts(limit=args.limit):
                print(f"{d.id:>5}  {d.status.value:<17} {d.updated_at:%Y-%m-%d %H:%M}  "
                      f"{','.join(d.platforms) or '-':<18} {d.title}")
        elif action == "show":
            _show(vault, args.id)
        elif action == "search":
            for d in vault.search(" ".join(args.text)):
                print(f"{d.id:>5}  {d.status.value:<17} {d.title}")
        elif action == "export":
            _export(vault, args)
        elif action == "backup":
            print(f"Encrypted backup written: {backup(vault, _backup_dest(args.dest))}")
        elif action == "rekey":
            if vault.damaged:  # refused before asking for a new passphrase
                raise VaultCorruptError(damage_message(vault.damaged))
            passphrase = _new_passphrase() if vault.meta.mode == "passphrase" else None
            told = len(vault.notices)  # those of the open are already said
            rekey(vault, passphrase=passphrase, on_recovery_key=_print_recovery_key)
            for notice in vault.notices[told:]:
                print(f"flegme: {notice}", file=sys.stderr)
            print("New key in place: the old key and recovery key no longer open the vault. "
                  "Backups made before now still need the OLD recovery key (or passphrase): "
                  "keep it with them.")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from flegme.vault import key_mode, restore_backup

    given: str | None = args.recovery_key or os.environ.get("FLEGME_RECOVERY_KEY")
    backup_mode = key_mode(args.src)
    secret: str | None = None
    if not given and backup_mode == "passphrase":
        secret = _passphrase()
    new_passphrase = None
    if args.passphrase_mode and backup_mode == "keyring":
        if not given:
            raise FlegmeError("A keyring backup restored in passphrase mode opens with its "
                              "recovery key: add --recovery-key KEY.")
        new_passphrase = _passphrase(confirm=True)
    try:
        target = restore_backup(args.src, vault_path(args), passphrase=secret,
                                recovery_key=given, new_passphrase=new_passphrase,
                                on_recovery_key=_print_recovery_key,
                                on_notice=lambda n: print(f"flegme: {n}", file=sys.stderr))
    except KeyringUnavailableError as exc:
        raise KeyringUnavailableError(
            f"{exc} (flegme vault --passphrase-mode --recovery-key KEY restore BACKUP)"
        ) from None
    print(f"Backup checked and restored to {target}")
    return 0


def _export(vault: Vault, args: argparse.Namespace) -> None:
    from flegme.vault import readable_drafts, render_drafts

    if args.all:
        drafts, unreadable = readable_drafts(vault)
        if unreadable:
            print(f"flegme: {len(unreadable)} draft(s) could not be read: "
                  f"{', '.join(map(str, unreadable))}", file=sys.stderr)
    elif args.ids:
        drafts = [vault.get_draft(i) for i in args.ids]
    else:
        raise FlegmeError("Name the drafts to export (their ids), or --all.")
    text = render_drafts(drafts, args.format)
    if args.out:
        _write_export(Path(args.out), text)
        print(f"Exported {len(drafts)} draft(s) to {args.out} (not encrypted).")
    else:
        print(text)


def _show(vault: Vault, draft_id: int) -> None:
    from flegme.vault import VaultRepository

    repo = VaultRepository(vault)
    d = repo.get_draft(draft_id)
    print(f"#{d.id} {d.title}  [{d.status.value}]  {', '.join(d.platforms)}  "
          f"language {d.language}")
    if d.published_url:
        print(f"published: {d.published_url}")
    print(f"\n{d.body}\n")
    for r in repo.revisions(draft_id):
        note = f" — {r.note}" if r.note else ""
        print(f"  revision {r.number}: {r.created_at:%Y-%m-%d %H:%M} by {r.author_role.value}"
              f"{note}")
    for e in repo.review_events(draft_id):
        where = f" [{e.start}:{e.end}]" if e.start is not None else ""
        print(f"  {e.kind}{where} by {e.author_role.value}: {e.text}")


def _write_export(path: Path, text: str) -> None:
    """Write plain-text drafts owner-only, into a folder that must already exist."""
    from flegme.private_files import open_private

    if not path.parent.is_dir():
        raise InputError(f"{path.parent}: no such folder; nothing was written.")
    try:
        with open_private(path, "w") as handle:
            handle.write(text)
    except OSError as exc:
        raise InputError(f"{path}: cannot be written ({exc.strerror or exc}).") from None


def _backup_dest(dest: str) -> str:
    """A destination ending in a slash names a folder: it must exist (never a file named
    after it)."""
    if dest.endswith(("/", os.sep)) and not Path(dest).is_dir():
        raise InputError(f"{dest}: no such folder; create it first (nothing was written).")
    return dest
