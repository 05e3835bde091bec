"""Opening a database from the screens: a refusal is explained, recovery offered if available."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from bedside.operations.database import Store, needs_key, open_database
from bedside.store.errors import KeyRequired, StoreError
from bedside.ui.language import TrContext

opening = TrContext("opening")

RECOVERY_MODULE = "bedside.ui.recovery"


def recovery_available() -> bool:
    return importlib.util.find_spec(RECOVERY_MODULE) is not None


def open_or_recover(parent: QWidget | None, path: Path) -> Store | None:
    """The opened store; or, when it is refused, the recovered one the user chose, or None."""
    try:
        return open_database(path)
    except KeyRequired:  # encrypted: nothing can be read before an examiner signs in
        return unlock_or_recover(parent, path)
    except StoreError as e:
        return recover(parent, path, str(e))


def unlock_or_recover(parent: QWidget | None, path: Path) -> Store | None:
    """An encrypted database: an examiner signs in to unlock it (the store comes back signed
    in); if the file then proves damaged, the recovery offer with its key; else None."""
    from bedside.ui.signin import UnlockDialog

    dialog = UnlockDialog(path, parent)
    if dialog.exec() == UnlockDialog.DialogCode.Accepted:
        return dialog.store
    if dialog.key is None:
        return None
    return recover(parent, path, dialog.problem, key=dialog.key)  # signed in, file damaged


def recover(parent: QWidget | None, path: Path, message: str, *,
            key: bytes | None = None) -> Store | None:
    """``path`` was refused with ``message``: say so, offer the newest good backup (with
    ``key``, the encrypted backups it opens); the store restored from the backup the user
    chose, or None."""
    title = opening.tr("Cannot open the database")
    if recovery_available():
        from bedside.ui.recovery import offer_recovery

        # (an encrypted database's backups are encrypted with the same key)
        chosen = offer_recovery(parent, path, message, key)
        if chosen is None:
            return None
        try:
            encrypted = key is not None and needs_key(chosen)
            return open_database(chosen, key if encrypted else None)  # then signed in again
        except StoreError as e:
            QMessageBox.critical(parent, title, str(e))
            return None
    QMessageBox.critical(parent, title, message)
    return None
