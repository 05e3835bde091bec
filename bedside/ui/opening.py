"""Opening a database from the screens: a refusal is explained, recovery offered if available."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from bedside.store import Store, StoreError

RECOVERY_MODULE = "bedside.ui.recovery"


def recovery_available() -> bool:
    return importlib.util.find_spec(RECOVERY_MODULE) is not None


def open_or_recover(parent: QWidget | None, path: Path) -> Store | None:
    """The opened store; or, when it is refused, the recovered one the user chose, or None."""
    try:
        return Store.open(path)
    except StoreError as e:
        return recover(parent, path, str(e))


def recover(parent: QWidget | None, path: Path, message: str) -> Store | None:
    """``path`` was refused with ``message``: say so, offer the newest good backup; the store
    restored from the backup the user chose, or None."""
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
