"""The words around signing: the signature block (before and after) and what blocks signing."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QObject

from bedside.domain import SIGNATURE_MEANING, Visit
from bedside.domain.words import DOMAIN
from bedside.operations.visit_draft import VisitDraft
from bedside.ui.locale_text import datetime_text


def moment_text(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{datetime_text(local)} {local:%Z}"


class SignatureTexts(QObject):
    """Rich text for the review page; names and reasons are escaped, never read as markup."""

    def _block(self, signer: str, when: str, *more: tuple[str, str]) -> str:
        rows = [(self.tr("Signed by"), f"<b>{escape(signer)}</b>"),
                (self.tr("Date and time"), when),
                (self.tr("Meaning"), escape(DOMAIN.translated(SIGNATURE_MEANING))), *more]
        heading = self.tr("Signature")
        return f"<b>{heading}</b><br>" + "<br>".join(f"{k}: {v}" for k, v in rows)

    def preview(self, draft: VisitDraft) -> str:
        """The block shown before signing: who will sign, now, and what the signature means."""
        signer = (draft.signer if draft.amending else draft.examiner) or self.tr("(no name)")
        when = moment_text(datetime.now()) + " " + self.tr("(when you sign)")
        return self._block(signer, when)

    def of(self, visit: Visit) -> str:
        """The block of a signed (or superseded) version, as stored."""
        when = moment_text(visit.signed_at) if visit.signed_at else ""
        more = [(self.tr("Examiner"), escape(visit.examiner))]
        if visit.version > 1:
            more.append((self.tr("Amended, version %1").replace("%1", str(visit.version)),
                         escape(visit.amend_reason)))
        return self._block(visit.signed_by, when, *more)

    def blockers(self, draft: VisitDraft) -> list[str]:
        """What must be done before the draft can be signed, one sentence each."""
        out = []
        for kind, detail in draft.sign_blockers():
            if kind == "examiner":
                out.append(self.tr("The examiner's name is missing: go back to the start page "
                                   "and enter it."))
            elif kind == "open_items":
                out.append(self.tr("Item(s) %1 have no answer: answer them or mark them not "
                                   "assessed with a reason (type the item's number).")
                           .replace("%1", detail))
            elif kind == "unchanged":
                out.append(self.tr("Nothing has changed yet: reopen an item (type its number), "
                                   "the MRC grid (M) or breathing and weight (B) and correct "
                                   "it, then sign."))
            else:
                out.append(self.tr("Nothing to sign yet: no ALSFRS-R answer, no MRC grade and "
                                   "no measurement."))
        return out
