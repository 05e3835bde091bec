"""Who is running a command: BEDSIDE_USER and BEDSIDE_PASSWORD_FILE, else the terminal."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from bedside.cli.common import CLI, EXIT_BAD_INPUT, CommandError
from bedside.domain.text import account_key
from bedside.store.files import UnreadableFile, read_password_file


def no_terminal() -> str:
    return CLI.tr("this database is protected by examiner accounts: set BEDSIDE_USER and "
                  "BEDSIDE_PASSWORD_FILE (a file holding the password), or run the command in "
                  "a terminal")


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def examiner_name(prompt: str = "") -> str:
    name = os.environ.get("BEDSIDE_USER", "").strip()
    if name:
        return name
    if not _interactive():
        raise CommandError(no_terminal(), EXIT_BAD_INPUT)
    return input(prompt or CLI.tr("Examiner: ")).strip()


def password_from_file(path: str | os.PathLike[str], what: str) -> str:
    """The password a file holds (its first line). Only a small UTF-8 text file is read: a
    folder, a device, a pipe or a long file is refused with one line."""
    try:
        return read_password_file(path)
    except UnreadableFile as e:
        raise CommandError(f"{what}{path}: {e}", EXIT_BAD_INPUT) from None


def password(prompt: str = "") -> str:
    path = os.environ.get("BEDSIDE_PASSWORD_FILE")
    if path:
        return password_from_file(path, "BEDSIDE_PASSWORD_FILE=")
    if not _interactive():
        raise CommandError(no_terminal(), EXIT_BAD_INPUT)
    return getpass.getpass(prompt or CLI.tr("Password: "))


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
        raise CommandError(CLI.tr("the new password of %1: give it with --new-password-file "
                                  "FILE (BEDSIDE_PASSWORD_FILE is the password of "
                                  "BEDSIDE_USER), or run the command in a terminal").replace(
            "%1", for_name), EXIT_BAD_INPUT)
    first = getpass.getpass(CLI.tr("New password for %1: ").replace("%1", for_name))
    if getpass.getpass(CLI.tr("Repeat it: ")) != first:
        raise CommandError(CLI.tr("the two passwords differ; nothing was changed"),
                           EXIT_BAD_INPUT)
    return first
