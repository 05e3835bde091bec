"""What the app does on a protected database: sign in first, confirm signatures by password.

The app calls ``ensure_signed_in`` before showing any patient; the visit editor calls
``confirm_signature`` before it signs. A database without accounts passes straight through
(the main window shows an invitation to set accounts up instead).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bedside.operations.access import is_protected
from bedside.operations.database import Store
from bedside.ui.language import TrContext
from bedside.ui.signin import SignInDialog

protection = TrContext("protection")


def ensure_signed_in(store: Store, parent: QWidget | None = None) -> bool:
    """True when the store may be shown: unprotected, or an examiner signed in now (an
    encrypted database was signed in to before it could be opened)."""
    if not is_protected(store) or store.signed_in is not None:
        return True
    return SignInDialog(store, parent).exec() == SignInDialog.DialogCode.Accepted


def confirm_signature(store: Store, parent: QWidget | None = None) -> bool:
    """Ask the signed-in examiner's password again before a signature (protected only)."""
    if not is_protected(store):
        return True
    dialog = SignInDialog(
        store, parent, name=store.user,
        purpose=protection.tr("Signing makes this visit read-only. Enter your password to "
                              "sign."),
    )
    dialog.form.name.setEnabled(False)  # the signer is the signed-in examiner
    return dialog.exec() == SignInDialog.DialogCode.Accepted
