"""When the database cannot be opened: say why in plain words and offer the newest good backup.

The damaged file is never overwritten or modified: restoring keeps it (and its journal) in the
backups folder first, then puts a checked copy of the backup in its place.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bedside.i18n import fill
from bedside.operations.database import (
    DAMAGE_ADVICE,
    backups_folder,
    newest_good_backup,
    restore_backup,
)
from bedside.store.errors import StoreError
from bedside.ui.accessible import described
from bedside.ui.flow_layout import FlowLayout
from bedside.ui.locale_text import datetime_text
from bedside.ui.scrolling import fit_screen
from bedside.ui.style import TOUCH_PX, error_style, pt


class RecoveryDialog(QDialog):
    """``chosen`` is the database path to open after a restore, None when the user quits."""

    def __init__(self, path: Path, message: str, parent: QWidget | None = None,
                 key: bytes | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.key = key  # of an encrypted database and its backups
        self.chosen: Path | None = None
        self.newest = newest_good_backup(self.path, key)
        self.too_new = "newer version of Bedside" in message
        self.setWindowTitle(self.tr("Bedside: the database cannot be opened"))
        fit_screen(self, 640)
        heading = QLabel(self.tr("The database cannot be opened"), self)
        heading.setStyleSheet(f"font-size: {pt(15)}; font-weight: 600;")
        problem = QLabel(message.replace(DAMAGE_ADVICE, "").strip(), self)
        problem.setObjectName("problem")
        problem.setWordWrap(True)
        untouched = QLabel(self.tr("Nothing was changed: the file was left exactly as it is."),
                           self)
        untouched.setWordWrap(True)
        self.offer = QLabel(self._offer_text(), self)
        self.offer.setObjectName("offer")
        self.offer.setWordWrap(True)
        self.error = QLabel("", self)
        self.error.setObjectName("error")
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        self.restore_button = QPushButton(
            self.tr("Use this backup instead") if self.too_new else
            self.tr("Restore this backup"), self)
        self.restore_button.setObjectName("restore")
        described(self.restore_button, self.tr("Put a checked copy of the newest good backup "
                                               "in place of the database"))
        self.restore_button.setVisible(self.newest is not None)
        self.restore_button.clicked.connect(self._restore_newest)
        self.choose_button = QPushButton(self.tr("Choose another backup…"), self)
        self.choose_button.setObjectName("choose")
        described(self.choose_button, self.tr("Choose a backup file to restore"))
        self.choose_button.clicked.connect(self._choose)
        self.quit_button = QPushButton(self.tr("Quit"), self)
        self.quit_button.setObjectName("quit")
        described(self.quit_button, self.tr("Leave the database as it is and quit"))
        self.quit_button.clicked.connect(self.reject)
        row = FlowLayout()  # wraps where the words are longer or the text larger
        for b in (self.restore_button, self.choose_button, self.quit_button):
            b.setMinimumHeight(TOUCH_PX)
            row.addWidget(b)
        default = self.quit_button if self.too_new or self.newest is None else self.restore_button
        default.setDefault(True)
        default.setFocus()
        layout = QVBoxLayout(self)
        for w in (heading, problem, untouched, self.offer, self.error):
            layout.addWidget(w)
        layout.addLayout(row)

    def _offer_text(self) -> str:
        if self.newest is None:
            return self.tr(
                "No good backup was found in %1. Keep the file as it is and ask your IT support "
                "to recover it, or choose a backup you keep elsewhere."
            ).replace("%1", str(backups_folder(self.path)))
        counts = " " + fill(self.tr("It holds %1 and %2."),
                            self.tr("%n patient(s)", "", self.newest.patients),
                            self.tr("%n signed visit(s)", "", self.newest.visits))
        text = self.tr("The newest good backup was taken on %1 UTC.").replace(
            "%1", datetime_text(self.newest.taken_at)) + counts
        if self.too_new:
            return text + " " + self.tr(
                "Using it loses what the newer version recorded since then; the newer "
                "database is kept in the backups folder.")
        return text + " " + self.tr(
            "Restoring puts a checked copy of it in place of the database; the damaged file is "
            "kept, unchanged, in the backups folder. Anything entered after the backup was taken "
            "is not in it.")

    def restore_from(self, source: Path) -> bool:
        try:
            restore_backup(self.path, source, self.key)
        except StoreError as e:
            self.error.setText(str(e))
            return False
        self.chosen = self.path
        self.accept()
        return True

    def _restore_newest(self) -> None:
        if self.newest is not None:
            self.restore_from(self.newest.path)

    def _choose(self) -> None:
        start = backups_folder(self.path)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup to restore"),
            str(start if start.is_dir() else self.path.parent),
            self.tr("Bedside databases (*.sqlite3 *.db);;All files (*)"))
        if name:
            self.restore_from(Path(name))


def offer_recovery(parent: QWidget | None, path: Path, message: str,
                   key: bytes | None = None) -> Path | None:
    """Say what is wrong with the database at ``path`` and offer the newest good backup
    (of an encrypted database: ``key``, which its sign-in unlocked).

    Returns the path to open (the database, now restored from a backup) or None (quit)."""
    dialog = RecoveryDialog(Path(path), message, parent, key)
    dialog.exec()
    return dialog.chosen
