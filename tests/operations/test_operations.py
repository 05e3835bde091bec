"""What the screens do to the data, without a screen (bedside.operations imports no Qt:
lint-imports): each change says what it changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bedside.domain import Event
from bedside.operations import access, database, events, patients
from bedside.operations.changes import Changed
from bedside.operations.demo import APP_PATIENTS, fill_app_demo
from bedside.operations.export import ExportOptions, export_file
from bedside.operations.visit_draft import VisitDraft, versions
from bedside.store import audit_log
from bedside.store.errors import Conflict, SignInFailed, StoreError
from tests.safety.factory import patient, visit


def test_patient_changes_say_which_patient_and_that_its_details_changed(store):
    assert patients.add_patient(store, patient("P1")) == Changed("P1", details=True)
    with pytest.raises(Conflict):
        patients.add_patient(store, patient("P1"))
    moved = replace(patient("P1"), family_name="Martin")
    assert patients.update_patient(store, moved) == Changed("P1", details=True)
    chart = patients.chart(store, "P1")
    assert chart.patient.family_name == "Martin" and chart.visits == chart.drafts == []
    assert patients.chart(store, "P2") is None
    assert [e.action for e in patients.history(store, "patient", "P1")] == ["create", "update"]


def test_event_changes_say_which_patient_and_that_its_events_changed(store):
    patients.add_patient(store, patient("P1"))
    niv = Event("P1", date(2021, 3, 1), "niv_start", "night")
    assert events.add_event(store, niv) == Changed("P1", events=True)
    stored = patients.chart(store, "P1").events[0]
    later = replace(stored, event_date=date(2021, 4, 1))
    assert events.update_event(store, later) == Changed("P1", events=True)
    assert patients.chart(store, "P1").events[0].event_date == date(2021, 4, 1)
    assert events.delete_event(store, later, "entered twice") == Changed("P1", events=True)
    assert patients.chart(store, "P1").events == []
    deleted = audit_log.history(store, "patient", "P1")[-1]
    assert deleted.action == "delete" and deleted.reason == "entered twice"


def test_a_draft_is_saved_listed_as_unsigned_signed_and_versioned(store):
    patients.add_patient(store, patient("P1"))
    draft = VisitDraft(store, patient("P1"), "Dr Test", date(2021, 2, 1))
    draft.do_mrc = False
    draft.answer("Q1_Speech", 3)
    saved = draft.save()
    assert saved.status == "draft" and patients.chart(store, "P1").drafts == [saved]
    assert [(d.visit_id, p.patient_id) for d, p in patients.unsigned_visits(store)] == [
        (saved.visit_id, "P1")]
    for item in draft.open_slots():
        draft.answer(item.key, 4)
    signed = draft.sign()
    assert signed.status == "signed" and patients.unsigned_visits(store) == []
    assert versions(store, signed.visit_id) == [signed]


def test_a_discarded_draft_is_gone_and_its_reason_audited(store):
    patients.add_patient(store, patient("P1"))
    draft = VisitDraft(store, patient("P1"), "Dr Test", date(2021, 2, 1))
    draft.answer("Q1_Speech", 3)
    draft.save()
    draft.discard("wrong patient")
    assert draft.visit_id is None and patients.chart(store, "P1").drafts == []
    assert audit_log.history(store, "patient", "P1")[-1].reason == "wrong patient"


def test_two_windows_on_one_draft_never_undo_each_others_answers(store, db_path):
    """Two windows (two connections) resumed one draft: the first to save wins, the other's
    save is refused (nothing stored) and it reloads what the first saved, then goes on."""
    from bedside.store import Store
    from bedside.store.errors import ChangedElsewhere

    patients.add_patient(store, patient("P1"))
    first = VisitDraft(store, patient("P1"), "Dr Test", date(2021, 2, 1))
    first.answer("Q1_Speech", 4)
    stored = first.save()
    with Store.open(db_path) as elsewhere:
        one = VisitDraft.from_visit(store, patient("P1"), stored)
        two = VisitDraft.from_visit(elsewhere, patient("P1"), stored)
        two.answer("Q2_Salivation", 3)
        two.answer("Q3_Swallowing", 2)
        two.save()
        one.answer("Q2_Salivation", 1)
        with pytest.raises(ChangedElsewhere, match="another Bedside window"):
            one.save()
        now = one.as_stored()
        assert (now.alsfrs["Q2_Salivation"], now.alsfrs["Q3_Swallowing"]) == (3, 2)
        one = VisitDraft.from_visit(store, patient("P1"), now)  # as the window reloads it
        one.answer("Q4_Handwriting", 4)
        assert one.save().alsfrs == {"Q1_Speech": 4, "Q2_Salivation": 3, "Q3_Swallowing": 2,
                                     "Q4_Handwriting": 4}
        with pytest.raises(ChangedElsewhere):
            two.save()
        assert one.as_stored().alsfrs["Q4_Handwriting"] == 4
        two = VisitDraft.from_visit(elsewhere, patient("P1"), one.as_stored())
        one.discard("wrong patient")
        two.answer("Q5a_Cutting_without_Gastrostomy", 3)  # discarded there: refused here
        with pytest.raises(ChangedElsewhere):
            two.save()
        assert two.as_stored() is None
        two.keep_as_new()  # as the window does: what is on screen, a new draft
        stored = two.save()
        three = VisitDraft.from_visit(store, patient("P1"), stored)
        for item in two.open_slots():
            two.answer(item.key, 4)
        two.sign()  # signed there: refused here, and seen signed
        three.answer("Q1_Speech", 0)
        with pytest.raises(ChangedElsewhere):
            three.save()
        assert three.as_stored().status == "signed"


def test_a_new_visit_records_what_the_last_one_recorded(store):
    from bedside.store import visits

    patients.add_patient(store, patient("P1"))
    last = visits.save_draft(store, replace(visit("P1", date(2021, 1, 5)),
                                            mrc_protocol="seven_groups", mrc={}))
    visits.sign(store, last.visit_id, "Dr Test", "I examined the patient.")
    draft = VisitDraft(store, patient("P1"), "Dr Test")
    draft.record_as_last_visit("mrc_sum_score")
    assert draft.do_alsfrs and draft.protocol_id == "seven_groups"


def test_an_export_file_is_written_whole_and_audited(store, tmp_path):
    from bedside.store import visits

    patients.add_patient(store, patient("P1"))
    visits.sign(store, visits.save_draft(store, visit("P1", date(2021, 1, 5))).visit_id,
                "Dr Test", "I examined the patient.")
    seen: list[int] = []
    out = tmp_path / "v.csv"
    counter = export_file(store, ExportOptions(), out, seen.append, every=1)
    assert (counter.patients, counter.visits, seen[-1]) == (1, 1, 1)
    assert out.read_text().startswith("patient_id")
    assert [e.action for e in audit_log.history(store, "export", str(out))] == ["export"]

    def stop(written: int) -> None:
        raise KeyboardInterrupt  # (the dialog's Cancel)

    with pytest.raises(KeyboardInterrupt):
        export_file(store, ExportOptions(), tmp_path / "w.csv", stop, every=1)
    assert not [p for p in tmp_path.iterdir() if "w.csv" in p.name]  # not even in part


def test_examiners_are_added_and_sign_in(store):
    assert not access.is_protected(store)
    access.add_examiner(store, "Dr Keller", "a long password")
    assert access.is_protected(store) and store.signed_in == "Dr Keller"  # the first signs in
    access.add_examiner(store, "Dr Rossi", "another password")
    assert access.examiner_names(store) == ["Dr Keller", "Dr Rossi"]
    with pytest.raises(SignInFailed):
        access.sign_in(store, "Dr Rossi", "wrong")
    access.sign_in(store, "Dr Rossi", "another password")
    assert store.user == "Dr Rossi"
    assert access.idle_minutes(store) == access.DEFAULT_IDLE_MINUTES


def test_a_backup_is_offered_with_what_it_holds_and_restored(store, db_path):
    patients.add_patient(store, patient("P1"))
    store.backup()
    offer = database.newest_good_backup(db_path)
    assert (offer.patients, offer.visits) == (1, 0)
    assert offer.path.parent == database.backups_folder(db_path)
    store.close()
    database.restore_backup(db_path, offer.path)
    with database.open_database(db_path) as again:
        assert patients.chart(again, "P1") is not None
    with pytest.raises(StoreError):
        database.restore_backup(db_path, db_path.parent / "no-such-backup.sqlite3")


def test_the_app_demo_database_is_filled_once(store):
    fill_app_demo(store)
    fill_app_demo(store)
    assert len(patients.all_patients(store)) == APP_PATIENTS
