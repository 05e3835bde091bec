"""Who is running a command: BEDSIDE_USER and BEDSIDE_PASSWORD_FILE, else the terminal."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from bedside.cli.common import EXIT_BAD_INPUT, CommandError

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


def password(prompt: str = "Password: ") -> str:
    path = os.environ.get("BEDSIDE_PASSWORD_FILE")
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as e:
            raise CommandError(f"BEDSIDE_PASSWORD_FILE={path}: cannot read it ({e.strerror})",
                               EXIT_BAD_INPUT) from None
    if not _interactive():
        raise CommandError(NO_TERMINAL, EXIT_BAD_INPUT)
    return getpass.getpass(prompt)


def new_password(from_file: bool = True) -> str:
    """A new password: from BEDSIDE_PASSWORD_FILE (unless ``from_file`` is False: that file
    then holds the signed-in examiner's own password), or typed twice on the terminal."""
    if from_file and (os.environ.get("BEDSIDE_PASSWORD_FILE") or not _interactive()):
        return password()
    if not _interactive():
        raise CommandError("the new password: give it with --new-password-file FILE, or run "
                           "the command in a terminal", EXIT_BAD_INPUT)
    first = getpass.getpass("New password: ")
    if getpass.getpass("Repeat it: ") != first:
        raise CommandError("the two passwords differ; nothing was changed", EXIT_BAD_INPUT)
    return first
