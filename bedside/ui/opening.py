"""Opening a database from the screens: a refusal is explained, recovery offered if available."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from bedside.store import KeyRequired, Store, StoreError

RECOVERY_MODULE = "bedside.ui.recovery"


def recovery_available() -> bool:
    return importlib.util.find_spec(RECOVERY_MODULE) is not None


def open_or_recover(parent: QWidget | None, path: Path) -> Store | None:
    """The opened store; or, when it is refused, the recovered one the user chose, or None."""
    key: bytes | None = None
    try:
        return Store.open(path)
    except KeyRequired:  # encrypted: nothing can be read before an examiner signs in
        from bedside.ui.signin import UnlockDialog

        dialog = UnlockDialog(path, parent)
        if dialog.exec() == UnlockDialog.DialogCode.Accepted:
            return dialog.store
        if dialog.key is None:
            return None
        key, message = dialog.key, dialog.problem  # signed in, but the file is damaged
    except StoreError as e:
        message = str(e)
    title = QCoreApplication.translate("opening", "Cannot open the database")
    if recovery_available():
        from bedside.ui.recovery import offer_recovery

        if key is None:
            chosen = offer_recovery(parent, path, message)
        else:  # its backups are encrypted with the same key
            from bedside.store.connector import Connector

            chosen = offer_recovery(parent, path, message, Connector(key))
        if chosen is None:
            return None
        try:
            from bedside.store import encryption

            encrypted = key is not None and encryption.needs_key(chosen)
            return Store.open(chosen, key=key if encrypted else None)  # then signed in again
        except StoreError as e:
            QMessageBox.critical(parent, title, str(e))
            return None
    QMessageBox.critical(parent, title, message)
    return None
