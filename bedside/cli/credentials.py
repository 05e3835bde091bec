"""Who is running a command: BEDSIDE_USER and BEDSIDE_PASSWORD_FILE, else the terminal."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from bedside.cli.common import EXIT_BAD_INPUT, CommandError
from bedside.domain.text import account_key
from bedside.store.files import UnreadableFile, read_password_file

NO_TERMINAL = (
    "this database is protected by examiner accounts: set BEDSIDE_USER and "
    "BEDSIDE_PASSWORD_FILE (a file holding the password), or run the command in a terminal"
)


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def examiner_name(prompt: str = "Examiner: ") -> str:
    name = os.environ.get("BEDSIDE_USER", "").strip()
    if name:
        return name
    if not _interactive():
        raise CommandError(NO_TERMINAL, EXIT_BAD_INPUT)
    return input(prompt).strip()


def password_from_file(path: str | os.PathLike[str], what: str) -> str:
    """The password a file holds (its first line). Only a small UTF-8 text file is read: a
    folder, a device, a pipe or a long file is refused with one line."""
    try:
        return read_password_file(path)
    except UnreadableFile as e:
        raise CommandError(f"{what}{path}: {e}", EXIT_BAD_INPUT) from None


def password(prompt: str = "Password: ") -> str:
    path = os.environ.get("BEDSIDE_PASSWORD_FILE")
    if path:
        return password_from_file(path, "BEDSIDE_PASSWORD_FILE=")
    if not _interactive():
        raise CommandError(NO_TERMINAL, EXIT_BAD_INPUT)
    return getpass.getpass(prompt)


def new_password(for_name: str, from_file: Path | None = None, *,
                 first_account: bool = False) -> str:
    """A new password for the examiner ``for_name``: from ``from_file`` (their own file), or
    typed twice on the terminal. BEDSIDE_PASSWORD_FILE holds the password of the examiner
    running the command (BEDSIDE_USER): it becomes a new account's password only when that
    examiner sets up their own, first account."""
    if from_file is not None:
        return password_from_file(from_file, "--new-password-file ")
    own = os.environ.get("BEDSIDE_USER", "").strip()
    if (first_account and os.environ.get("BEDSIDE_PASSWORD_FILE") and own
            and account_key(own) == account_key(for_name)):
        return password()
    if not _interactive():
        raise CommandError(f"the new password of {for_name}: give it with --new-password-file "
                           f"FILE (BEDSIDE_PASSWORD_FILE is the password of BEDSIDE_USER), or "
                           f"run the command in a terminal", EXIT_BAD_INPUT)
    first = getpass.getpass(f"New password for {for_name}: ")
    if getpass.getpass("Repeat it: ") != first:
        raise CommandError("the two passwords differ; nothing was changed", EXIT_BAD_INPUT)
    return first
