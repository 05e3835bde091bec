"""The words around signing: the signature block (before and after) and what blocks signing."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QObject

from bedside.domain import SIGNATURE_MEANING, Visit
from bedside.operations.visit_draft import VisitDraft

TIME_FORMAT = "%Y-%m-%d %H:%M %Z"


class SignatureTexts(QObject):
    """Rich text for the review page; names and reasons are escaped, never read as markup."""

    def preview(self, draft: VisitDraft) -> str:
        """The block shown before signing: who will sign, now, and what the signature means."""
        signer = (draft.signer if draft.amending else draft.examiner) or self.tr("(no name)")
        when = datetime.now().astimezone().strftime(TIME_FORMAT)
        return (f"<b>{self.tr('Signature')}</b><br>{self.tr('Signed by')}: "
                f"<b>{escape(signer)}</b><br>{self.tr('Date and time')}: {when} "
                f"({self.tr('when you sign')})<br>{self.tr('Meaning')}: "
                f"{escape(SIGNATURE_MEANING)}")

    def of(self, visit: Visit) -> str:
        """The block of a signed (or superseded) version, as stored."""
        when = visit.signed_at.astimezone().strftime(TIME_FORMAT) if visit.signed_at else ""
        extra = ""
        if visit.version > 1:
            extra = (f"<br>{self.tr('Amended, version %d') % visit.version}: "
                     f"{escape(visit.amend_reason)}")
        return (f"<b>{self.tr('Signature')}</b><br>{self.tr('Signed by')}: "
                f"<b>{escape(visit.signed_by)}</b><br>{self.tr('Date and time')}: {when}"
                f"<br>{self.tr('Meaning')}: {escape(SIGNATURE_MEANING)}"
                f"<br>{self.tr('Examiner')}: {escape(visit.examiner)}{extra}")

    def blockers(self, draft: VisitDraft) -> list[str]:
        """What must be done before the draft can be signed, one sentence each."""
        out = []
        for kind, detail in draft.sign_blockers():
            if kind == "examiner":
                out.append(self.tr("The examiner's name is missing: go back to the start page "
                                   "and enter it."))
            elif kind == "open_items":
                out.append(self.tr("Item(s) %s have no answer: answer them or mark them not "
                                   "assessed with a reason (type the item's number).") % detail)
            elif kind == "unchanged":
                out.append(self.tr("Nothing has changed yet: reopen an item (type its number), "
                                   "the MRC grid (M) or breathing and weight (B) and correct "
                                   "it, then sign."))
            else:
                out.append(self.tr("Nothing to sign yet: no ALSFRS-R answer, no MRC grade and "
                                   "no measurement."))
        return out
