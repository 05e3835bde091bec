"""VisitEditor: the start page, the rest of the visit (breathing, weight, how the ALSFRS-R is
taken), ALSFRS-R item pages, MRC grid and review, wired to one draft.

Every answer is saved as a draft (VisitDraft.save, one small transaction) before the
screen moves on, and ``draft_changed`` carries the provisional Visit for the live plot point.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from bedside.analysis import text_problems
from bedside.domain import MrcCell, Patient, Visit
from bedside.i18n import fill
from bedside.operations.database import Store
from bedside.operations.visit_draft import (
    VisitDraft,
    amendment_begun,
    gastrostomy_item_used,
    versions,
)
from bedside.operations.wordings import wording_for_new_visit
from bedside.store.errors import ChangedElsewhere
from bedside.ui import protection
from bedside.ui.locale_text import date_text
from bedside.ui.settings import Settings
from bedside.ui.visit.item_page import ItemPage
from bedside.ui.visit.measures_page import MeasuresPage
from bedside.ui.visit.mrc_page import MrcPage
from bedside.ui.visit.review_page import ReviewPage
from bedside.ui.visit.signature import SignatureTexts
from bedside.ui.visit.start_page import StartPage, default_protocol
from bedside.ui.visit.style import visit_style
from bedside.ui.visit.wording_note import alsfrs_wording_text, alsfrs_wording_tip

NOTES_SAVE_MS = 600


def sentence(error: Exception) -> str:
    """An error's message without its closing full stop, to sit inside a sentence."""
    return str(error).rstrip().rstrip(".")


class VisitEditor(QWidget):
    """Enter, resume, review, sign or amend one visit of one patient."""

    draft_changed = Signal(object)  # the provisional Visit after every answer
    finished = Signal(object)  # the signed Visit, or None when closed without signing

    def __init__(self, store: Store, patient: Patient, visit: Visit | None = None, *,
                 examiner: str = "", settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings or Settings()
        self.patient = patient
        self.examiner = examiner
        self.shown: Visit | None = None  # the signed (or older) version shown read-only
        self.index = 0  # the ALSFRS-R slot on screen
        self._back_to_review = False
        self._head: int | None = None  # newest version of the signed visit shown
        self._review_prepared = False
        self.texts = SignatureTexts(self)
        self.setStyleSheet(visit_style())
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel()
        self.banner.setObjectName("error")
        self.banner.setWordWrap(True)
        self.banner.hide()
        box.addWidget(self.banner)
        self.stack = QStackedWidget()
        box.addWidget(self.stack, 1)
        self.start_page = StartPage()
        self.measures_page = MeasuresPage()
        self.item_page = ItemPage()
        self.mrc_page = MrcPage()
        self.review_page = ReviewPage()
        for page in (self.start_page, self.measures_page, self.item_page, self.mrc_page,
                     self.review_page):
            self.stack.addWidget(page)
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_SAVE_MS)
        self._notes_timer.timeout.connect(self._save_notes)
        self._connect()

        if visit is None:
            self.draft = VisitDraft(store, patient, examiner,
                                    wording=wording_for_new_visit(store, QLocale().name()))
            self._record_as_last_visit()
            self.show_start()
        elif visit.status == "draft":
            self.draft = VisitDraft.from_visit(store, patient, visit, examiner)
            self.resume()
        else:
            self.draft = VisitDraft.from_visit(store, patient, visit, examiner)
            self.show_signed(visit)

    def _record_as_last_visit(self) -> None:
        """A new visit records what the patient's last visit recorded (else the clinic's
        default protocol)."""
        self.draft.record_as_last_visit(default_protocol(self.settings))

    def take_focus(self) -> None:
        """The keyboard focus where the page on screen takes its keys: the visit date on the
        start page, the item on an item page, the grid, the review."""
        page = self.stack.currentWidget()
        if page is self.start_page:
            self.start_page.focus_date()
        elif page is self.measures_page:
            self.measures_page.focus_first()
        elif page is self.mrc_page:
            self.mrc_page.focus_grid()
        else:
            page.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self._review_prepared:
            self._review_prepared = True
            QTimer.singleShot(0, self, self._prepare_review)

    def _prepare_review(self) -> None:
        """Draw the review page once, off screen, while the examiner is on the first page:
        the first drawing of a page (its styles, layouts and texts worked out) is the
        dearest, and it fell on the key of the last answer."""
        if self.stack.currentWidget() is not self.review_page:
            self.review_page.grab()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusInEvent(event)
        self.take_focus()  # the editor itself takes no keys: its page does

    def _connect(self) -> None:
        s, i, m, r = self.start_page, self.item_page, self.mrc_page, self.review_page
        b = self.measures_page
        b.changed.connect(self._measured)
        b.done.connect(self._after_measures)
        b.back.connect(self._measures_back)
        r.edit_measures.connect(self._edit_measures)
        s.begin.connect(self._begin)
        s.date.textChanged.connect(lambda _t: self._show_gastrostomy_note())
        s.open_existing.connect(self._open_existing)
        s.close_requested.connect(self._close)
        i.answered.connect(self._answered)
        i.not_assessed.connect(self._not_assessed)
        i.back.connect(self._item_back)
        i.forward.connect(lambda: self._advance_from(self.index))
        i.switch_alternate.connect(self._switch_alternate)
        i.review.connect(self.show_review)
        m.grade_set.connect(self._graded)
        m.done.connect(self.show_review)
        m.back.connect(self._mrc_back)
        r.reopen.connect(self._reopen)
        r.edit_mrc.connect(self._edit_mrc)
        r.sign.connect(self._sign)
        r.close_requested.connect(self._close)
        r.amend.connect(self._amend)
        r.discard.connect(self._discard)
        r.back.connect(self._review_back)
        r.version_chosen.connect(self.show_signed)
        r.notes.textChanged.connect(self._notes_edited)

    # -- pages -----------------------------------------------------------------------------
    def _patient_text(self) -> str:
        return f"{self.patient.display_name} · {self.patient.patient_id}"

    def _who(self) -> str:
        return f"{self._patient_text()} · {date_text(self.draft.visit_date)}"

    def _title(self, what: str) -> str:
        return f"{what} · {self.patient.display_name} ({self.patient.patient_id})"

    def _wording_text(self) -> tuple[str, str]:
        """Which wording the answers are in: a few words, and whole (the tooltip)."""
        return (alsfrs_wording_text(self.draft.wording, self.draft.missing_wording),
                alsfrs_wording_tip(self.draft.wording))

    def show_start(self) -> None:
        title = (self.tr("Amendment of a signed visit") if self.draft.amending
                 else self.tr("New visit"))
        self.start_page.load(self.draft, self._title(title))
        self._show_gastrostomy_note()
        self.stack.setCurrentWidget(self.start_page)
        self.take_focus()

    def show_measures(self) -> None:
        d = self.draft
        self.measures_page.load(
            who=self._who(), measurements=d.measurements, mode=d.alsfrs_mode,
            respondent=d.alsfrs_respondent, ask_administration=d.do_alsfrs,
            context=d.measure_context())
        self.stack.setCurrentWidget(self.measures_page)
        self.take_focus()

    def show_item(self, index: int) -> None:
        slots = self.draft.slots()
        self.index = max(0, min(index, len(slots) - 1))
        item = slots[self.index]
        note, action = self._alternate_texts(item.key)
        self.item_page.show_item(
            item, self.index, len(slots), self.draft.answers.get(item.key),
            self.draft.not_assessed.get(item.key), note, action, self._who(),
            self._wording_text())
        self.item_page.show_scores(self.draft.active_answers())
        # laid out now, not a loop round or two later: a note that grew (item 12's) was drawn
        # cut for a frame, as the label, its box and then the page re-laid out one by one
        for _ in range(2):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if self.stack.currentWidget() is not self.item_page:
            self.stack.setCurrentWidget(self.item_page)
        self.take_focus()

    def show_mrc(self) -> None:
        self.mrc_page.load(self.draft.protocol, self.draft.mrc, self._who())
        self.stack.setCurrentWidget(self.mrc_page)
        self.take_focus()

    def show_review(self) -> None:
        self._back_to_review = False
        d = self.draft
        visit = d.to_visit()
        if d.amending:
            title = self.tr("Amendment (version %1): review and sign").replace(
                "%1", str(visit.version))
        else:
            title = self.tr("Review and sign")
        title += " · " + self.tr("visit of %1").replace("%1", date_text(d.visit_date))
        self.review_page.show_visit(
            title=title, who=self._patient_text(), slots=d.slots(), visit=visit,
            recording_alsfrs=d.do_alsfrs, read_only=False, recording_measures=d.do_measures,
            signature_html=self.texts.preview(self.draft), blockers=self.texts.blockers(self.draft),
            wording=self._wording_text() if d.do_alsfrs else ("", ""))
        if d.amending:
            self.review_page.close_button.setText(self.tr("Leave amendment"))
        self.stack.setCurrentWidget(self.review_page)
        self.take_focus()

    def show_signed(self, visit: Visit) -> None:
        """A signed (or superseded) version, read-only, with its signature and versions."""
        self.shown = visit
        if visit.status == "signed" or self._head is None:
            self._head = visit.visit_id
        shown_versions = versions(self.store, self._head) if self._head else [visit]
        status = (self.tr("Signed visit") if visit.status == "signed"
                  else self.tr("Earlier version (superseded)"))
        self.review_page.show_visit(
            title=f"{status} · {date_text(visit.visit_date)}", who=self._patient_text(),
            slots=self.draft.q.slots(bool(gastrostomy_item_used(visit))),
            visit=visit, recording_alsfrs=bool(visit.alsfrs), read_only=True,
            recording_measures=visit.has_measurements,
            signature_html=self.texts.of(visit), blockers=[], versions=shown_versions,
            wording=self._wording_text() if visit.alsfrs or visit.not_assessed else ("", ""))
        self.stack.setCurrentWidget(self.review_page)
        self.take_focus()

    def resume(self) -> None:
        """Reopen a draft where it stopped: the measurements while nothing else is entered,
        else the first unanswered item."""
        d = self.draft
        open_slot = d.first_open_slot()
        if d.do_measures and not (d.answers or d.not_assessed or d.mrc):
            self.show_measures()
        elif d.do_alsfrs and open_slot is not None:
            self.show_item(open_slot)
        elif d.do_mrc and len(d.mrc) < len(d.protocol.cells):
            self.show_mrc()
        else:
            self.show_review()

    # -- start -----------------------------------------------------------------------------
    def _show_gastrostomy_note(self) -> None:
        day = self.start_page.values().visit_date
        event = self.draft.gastrostomy_event(day) if day else None
        text = (self.tr("Gastrostomy recorded on %1: item 5b will be used (it can be switched "
                        "on the item's page).").replace("%1", date_text(event.event_date))
                if event else "")
        self.start_page.show_gastrostomy(text)

    def _begin(self) -> None:
        """Check the start page; only a valid choice reaches the draft (bad input changes
        nothing, and no entered answer or grade is dropped by a change of plan)."""
        page, d = self.start_page, self.draft
        choice = page.values()
        page.clear_problems()
        ok = True
        problems = d.date_problems(choice.visit_date) if choice.visit_date else []
        taken = d.date_taken_by(choice.visit_date) if choice.visit_date else None
        if choice.date_error:
            page.show_date_problem(choice.date_error)
            ok = False
        elif problems:
            page.show_date_problem("; ".join(p.rule for p in problems))
            ok = False
        elif taken is not None:
            what = (self.tr("a draft") if taken.status == "draft"
                    else self.tr("a signed visit"))
            page.show_date_problem(fill(self.tr("%1 already has %2 on this date: open it, or "
                                                "choose another date."),
                                        self.patient.display_name, what), taken)
            ok = False
        if not choice.examiner:
            page.show_examiner_problem(self.tr("The examiner's name is needed to sign."))
            ok = False
        for problem in text_problems(examiner=choice.examiner):
            page.show_examiner_problem(self.tr("The examiner's name: %1.").replace(
                "%1", problem.rule))
            ok = False
        if not (choice.do_alsfrs or choice.do_mrc or choice.do_measures):
            page.show_record_problem(self.tr("Choose what to record: the ALSFRS-R, the MRC "
                                             "grading, breathing and weight, or more."))
            ok = False
        dropped = d.would_drop(choice.do_alsfrs, choice.do_mrc, choice.protocol_id,
                               choice.do_measures)
        if "measures" in dropped:
            page.show_measures_problem(
                self.tr("%n measurement(s) are already entered: keep this ticked, or clear "
                        "them first.", "", len(dropped["measures"])))
            ok = False
        if "alsfrs" in dropped:
            page.show_record_problem(
                self.tr("Items %1 are already answered: keep the ALSFRS-R ticked (an item "
                        "can be marked not assessed instead).").replace(
                    "%1", ", ".join(dropped["alsfrs"])))
            ok = False
        if "mrc" in dropped:
            page.show_protocol_problem(
                self.tr("%n graded muscle cell(s) would be left out: keep the MRC grading "
                        "and its protocol, or clear those cells first.", "", len(dropped["mrc"])))
            ok = False
        if not ok:
            self._show_gastrostomy_note()
            if choice.date_error or problems or taken is not None:
                page.focus_date()
            elif not choice.examiner:
                page.examiner.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        page.apply(d)
        self._show_gastrostomy_note()
        if not self._save():
            page.show_error(self.banner.text())
            return
        if not protection.is_protected(self.store):  # offered to the next visit here
            self.settings.set("visit/last_examiner", d.examiner)
        if d.do_measures:
            self.show_measures()
        else:
            self._after_measures()

    def _open_existing(self, visit: Visit | None) -> None:
        if visit is None:
            return
        self.draft = VisitDraft.from_visit(self.store, self.patient, visit, self.examiner)
        if visit.status == "draft":
            self.resume()
        else:
            self.show_signed(visit)

    # -- the rest of the visit -----------------------------------------------------------
    def _measured(self) -> None:
        """The page's values (each acceptable one) into the draft, saved when they differ."""
        d, page = self.draft, self.measures_page
        measurements, _refused = page.read(keep=d.measurements)  # (refused: shown there)
        mode, respondent = page.administration()
        if (measurements, mode, respondent) != (d.measurements, d.alsfrs_mode,
                                                d.alsfrs_respondent):
            d.measurements, d.alsfrs_mode, d.alsfrs_respondent = measurements, mode, respondent
            self._save()

    def _after_measures(self) -> None:
        d = self.draft
        if self._back_to_review or not (d.do_alsfrs or d.do_mrc):
            self.show_review()
        elif d.do_alsfrs:
            first = d.first_open_slot()
            self.show_item(first if first is not None else 0)
        else:
            self.show_mrc()

    def _measures_back(self) -> None:
        if self._back_to_review:
            self.show_review()
        else:
            self.show_start()

    def _edit_measures(self) -> None:
        self.draft.do_measures = True
        self._back_to_review = True
        self.show_measures()

    # -- ALSFRS-R --------------------------------------------------------------------------
    def _alternate_texts(self, key: str) -> tuple[str, str]:
        alt = self.draft.q.alternate_of(key)
        if alt is None:
            return "", ""
        event = self.draft.gastrostomy_event()
        if self.draft.gastrostomy:
            why = (self.tr("gastrostomy recorded on %1").replace(
                "%1", date_text(event.event_date)) if event else self.tr("chosen by hand"))
            return (self.tr("Item 5b is used (%1).").replace("%1", why),
                    self.tr("Use 5a instead (G)"))
        why = (self.tr("chosen by hand, although a gastrostomy is recorded") if event
               else self.tr("no gastrostomy recorded by this date"))
        return (self.tr("Item 5a is used (%1).").replace("%1", why), self.tr("Use 5b instead (G)"))

    def _answered(self, key: str, score: int) -> None:
        draft = self.draft
        draft.answer(key, score)
        self._save()
        if self.draft is draft:  # (not reloaded from another window's save: go on)
            self._advance_from(self.index)

    def _not_assessed(self, key: str, reason: str) -> None:
        draft = self.draft
        draft.mark_not_assessed(key, reason)
        self._save()
        if self.draft is draft:
            self._advance_from(self.index)

    def _advance_from(self, index: int) -> None:
        if self._back_to_review:
            self.show_review()
        elif index + 1 < len(self.draft.slots()):
            self.show_item(index + 1)
        elif self.draft.do_mrc:
            self.show_mrc()
        else:
            self.show_review()

    def _item_back(self) -> None:
        if self.index > 0:
            self.show_item(self.index - 1)
        elif self.draft.do_measures:
            self.show_measures()
        else:
            self.show_start()

    def _switch_alternate(self) -> None:
        self.draft.switch_alternate()
        self._save()
        self.show_item(self.index)

    # -- MRC -------------------------------------------------------------------------------
    def _graded(self, cell: str, value: MrcCell | None) -> None:
        if value is None:
            self.draft.mrc.pop(cell, None)
        else:
            self.draft.mrc[cell] = value
        self._save()

    def _mrc_back(self) -> None:
        if self.draft.do_alsfrs:
            self.show_item(len(self.draft.slots()) - 1)
        elif self.draft.do_measures:
            self.show_measures()
        else:
            self.show_start()

    def _edit_mrc(self) -> None:
        self.draft.do_mrc = True
        self.show_mrc()

    # -- review and signing ----------------------------------------------------------------
    def _reopen(self, index: int) -> None:
        self.draft.do_alsfrs = True
        self._back_to_review = True
        self.show_item(index)

    def _review_back(self) -> None:
        if self.draft.do_mrc:
            self.show_mrc()
        elif self.draft.do_alsfrs:
            self.show_item(len(self.draft.slots()) - 1)
        elif self.draft.do_measures:
            self.show_measures()
        else:
            self.show_start()

    def _sign(self) -> None:
        if not self._notes_fit():
            return
        self.draft.notes = self.review_page.notes_text()
        blockers = self.texts.blockers(self.draft)
        if blockers:
            self.review_page.blockers.setText("<br>".join(blockers))
            self.review_page.blockers.show()
            return
        signer = ""
        if protection.is_protected(self.store):  # a signature needs the password again
            if not protection.confirm_signature(self.store, self):
                self.review_page.show_error(self.tr("Not signed: the password was not "
                                                    "confirmed. The draft is kept."))
                return
            signer = self.store.user
        try:
            signed = self.draft.sign(signer)
        except Exception as e:  # refused by the store, or the disk: the draft stays as it was
            text = self.tr("Not signed: %1. Nothing was lost: the draft is kept; correct it "
                           "and sign again.")
            self.review_page.show_error(text.replace("%1", sentence(e)))
            return
        self.banner.hide()
        self.draft = VisitDraft.from_visit(self.store, self.patient, signed, self.examiner)
        self.show_signed(signed)
        self.finished.emit(signed)

    def _amend(self, reason: str) -> None:
        if self.shown is None or self.shown.status != "signed":
            return
        started = amendment_begun(self.store, self.shown.visit_id)
        if started is not None:  # an amendment begun earlier (and perhaps cut off): go on
            self.draft = VisitDraft.from_visit(self.store, self.patient, started, self.examiner)
            self.draft.amend_reason = reason
        else:
            self.draft = VisitDraft.from_visit(self.store, self.patient, self.shown,
                                               self.examiner)
            self.draft.start_amendment(self.shown, reason, self.examiner)
        self.show_review()  # saved as a draft with the first change

    def _discard(self, reason: str) -> None:
        if self.draft.visit_id is None:
            return
        self._notes_timer.stop()
        try:
            self.draft.discard(reason)
        except Exception as e:  # the store says why (e.g. it was signed elsewhere meanwhile)
            self.review_page.show_error(self.tr("Not discarded: %1").replace("%1", str(e)))
            return
        self.finished.emit(None)

    def _close(self) -> None:
        if self.draft.amending is not None and self.shown is not None:
            shown = self.shown  # leave the amendment (its draft is kept): show the signed one
            self.draft = VisitDraft.from_visit(self.store, self.patient, shown, self.examiner)
            self.show_signed(shown)
            return
        if self._notes_timer.isActive():
            self._notes_timer.stop()
            self._save_notes()
        self.finished.emit(None)

    def _notes_edited(self) -> None:
        if not self.review_page.read_only and self.stack.currentWidget() is self.review_page:
            self._notes_timer.start()

    def _save_notes(self) -> None:
        if self.draft.notes != self.review_page.notes_text() and self._notes_fit():
            self.draft.notes = self.review_page.notes_text()
            self._save()

    def _notes_fit(self) -> bool:
        """Notes the draft can keep (bedside.domain.text); else the review page says why and
        the draft keeps its notes as they were (every answer is still saved)."""
        problems = text_problems(notes=self.review_page.notes_text())
        if problems:
            self.review_page.show_error(self.tr("The notes are not saved: %1.").replace(
                "%1", problems[0].rule))
        return not problems

    # -- saving ----------------------------------------------------------------------------
    def _save(self) -> bool:
        """Save the draft and announce it; on failure say so and keep everything on screen."""
        try:
            saved = self.draft.save()
        except ChangedElsewhere:
            self._changed_elsewhere()
            return False
        except Exception as e:  # a locked or full disk too: say so, keep the answers on screen
            self.banner.setText(self.tr("Not saved: %1. Your answers are still on screen; "
                                        "they will be saved with the next answer.").replace(
                "%1", sentence(e)))
            self.banner.show()
            self.draft_changed.emit(self.draft.to_visit())
            return False
        if self.banner.isVisible():
            self.banner.hide()
        self.draft_changed.emit(saved)
        return True

    # -- the Visit menu --------------------------------------------------------------------
    def _editing(self) -> bool:
        """A new visit or an amendment is being entered (else a signed one is read)."""
        return self.shown is None or self.draft.amending is not None

    def can_discard(self) -> bool:
        return self._editing() and self.draft.visit_id is not None

    def can_amend(self) -> bool:
        return not self._editing() and self.shown is not None and self.shown.status == "signed"

    def ask_discard(self) -> None:
        """The review, asking why the saved draft is to be discarded."""
        if self.can_discard():
            if self.stack.currentWidget() is not self.review_page:
                self.show_review()
            self.review_page.ask_discard()

    def ask_amend(self) -> None:
        if self.can_amend():
            self.review_page.ask_amend()

    def _changed_elsewhere(self) -> None:
        """Another window saved this draft since this one did: what it stored is shown here
        and this window's last change is not saved, so neither undoes the other's answers."""
        stored = self.draft.as_stored()
        if stored is None:  # discarded there: what is on screen becomes a new draft
            self.draft.keep_as_new()
            self.banner.setText(self.tr("This visit was discarded in another Bedside window; "
                                        "what is on screen here is saved as a new draft with "
                                        "your next answer."))
            self.banner.show()
            return
        self.draft = VisitDraft.from_visit(self.store, self.patient, stored, self.examiner)
        if stored.status != "draft":  # signed there
            self.show_signed(stored)
        else:
            page = self.stack.currentWidget()
            if page is self.item_page:
                self.show_item(self.index)
            elif page is self.mrc_page:
                self.show_mrc()
            elif page is self.measures_page:
                self.show_measures()
            elif page is self.review_page:
                self.show_review()
            else:
                self.show_start()
        self.banner.setText(self.tr("Not saved: another Bedside window changed this visit "
                                    "meanwhile. What it saved is shown now; give your last "
                                    "answer again if it is still needed."))
        self.banner.show()
        self.draft_changed.emit(stored)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_S and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if self._editing() and self.stack.currentWidget() is not self.review_page:
                self.show_review()
            return
        super().keyPressEvent(event)
