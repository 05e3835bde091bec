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
    try:
        return Store.open(path)
    except KeyRequired:  # encrypted: nothing can be read before an examiner signs in
        from bedside.ui.signin import UnlockDialog

        dialog = UnlockDialog(path, parent)
        return dialog.store if dialog.exec() == UnlockDialog.DialogCode.Accepted else None
    except StoreError as e:
        message = str(e)
    title = QCoreApplication.translate("opening", "Cannot open the database")
    if recovery_available():
        from bedside.ui.recovery import offer_recovery

        chosen = offer_recovery(parent, path, message)
        if chosen is None:
            return None
        try:
            return Store.open(chosen)
        except StoreError as e:
            QMessageBox.critical(parent, title, str(e))
            return None
    QMessageBox.critical(parent, title, message)
    return None
