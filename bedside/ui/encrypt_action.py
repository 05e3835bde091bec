"""Encrypting the open database from the first-account setup (bedside.operations.access).

The database is closed (a visit being entered is closed first, its draft saved), converted
with a verified unencrypted backup kept, and opened again encrypted, signed in as the examiner
who set it up. When the conversion fails the database stays as it was and is opened again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from bedside.operations import access
from bedside.store.errors import StoreError

if TYPE_CHECKING:
    from bedside.ui.main_window import MainWindow


def summary(result: access.Encrypted) -> str:
    lines = [
        f"{result.database} is now encrypted. Its keys file "
        f"{access.keys_file(result.database).name} must stay beside it and is copied with "
        f"every backup: without it nobody can open the database.",
        f"The unencrypted original is kept as {result.plain_backup}. It holds patient data in "
        f"the clear: once the encrypted database works, move it somewhere safe or delete it.",
    ]
    if result.plain_backups_left:
        lines.append(f"{len(result.plain_backups_left)} older backup(s) are unencrypted; they "
                     f"are rotated away over the next 30 days.")
    return "\n\n".join(lines)


def encrypt_open_database(window: MainWindow, name: str, password: str) -> bool:
    """Convert ``window.store``'s database; True when it is now open encrypted."""
    path = window.store.path
    if window.page is not None:
        window.page.leave_editor()
    window.store.close()
    try:
        result = access.encrypt(path, name, password)
    except StoreError as e:
        QMessageBox.warning(window, window.tr("The database was not encrypted"),
                            f"{e}\n\n" + window.tr("It stays unencrypted and is opened again."))
        window.set_store(access.open_signed_in(path, name, password))
        return False
    window.set_store(access.open_signed_in(path, name, password))
    QMessageBox.information(window, window.tr("Database encrypted"), summary(result))
    return True
