"""Encrypting the open database from the first-account setup (bedside.operations.access).

The database is closed (a visit being entered is closed first, its draft saved), converted
with a verified unencrypted backup kept, and opened again encrypted, signed in as the examiner
who set it up. When the conversion fails the database stays as it was and is opened again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from bedside.i18n import fill
from bedside.operations import access
from bedside.store.errors import StoreError
from bedside.ui.language import TrContext

encrypt_action = TrContext("encrypt_action")

if TYPE_CHECKING:
    from bedside.ui.main_window import MainWindow


def summary(result: access.Encrypted) -> str:
    lines = [
        fill(encrypt_action.tr("%1 is now encrypted. Its keys file %2 must stay beside it and "
                               "is copied with every backup: without it nobody can open the "
                               "database."),
             result.database, access.keys_file(result.database).name),
        encrypt_action.tr("The unencrypted original is kept as %1. It holds patient data in "
                          "the clear: once the encrypted database works, move it somewhere "
                          "safe or delete it.").replace("%1", str(result.plain_backup)),
    ]
    if result.plain_backups_left:
        lines.append(encrypt_action.tr("%n older backup(s) are unencrypted; they are rotated "
                                       "away over the next 30 days.", "",
                                       len(result.plain_backups_left)))
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
        QMessageBox.warning(window, encrypt_action.tr("The database was not encrypted"),
                            f"{e}\n\n" + encrypt_action.tr("It stays unencrypted and is opened "
                                                           "again."))
        window.set_store(access.open_signed_in(path, name, password))
        return False
    window.set_store(access.open_signed_in(path, name, password))
    QMessageBox.information(window, encrypt_action.tr("Database encrypted"), summary(result))
    return True
