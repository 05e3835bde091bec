"""A visit read back from the store carries the meaning its signer attested (printed on the
visit summary's signature block)."""

from __future__ import annotations

from datetime import date

from bedside.domain import SIGNATURE_MEANING, Patient, Visit
from bedside.store import bulk, patients, visits
from bedside.store.bulk import IMPORT_MEANING


def test_signed_in_the_app_carries_the_signature_meaning(store):
    patients.add(store, Patient("P-1", "Doe", "Jane", onset_date=date(2024, 1, 1)))
    draft = visits.save_draft(store, Visit("P-1", date(2025, 1, 1), alsfrs={"Q1_Speech": 3}))
    assert draft.signature_meaning == ""
    signed = visits.sign(store, draft.visit_id, "Dr. A. Keller")
    assert signed.signature_meaning == SIGNATURE_MEANING
    assert visits.for_patient(store, "P-1")[0].signature_meaning == SIGNATURE_MEANING


def test_imported_visits_say_they_were_transcribed(store):
    with store.transaction():
        bulk.insert(store, [Patient("P-2")], [Visit("P-2", date(2025, 1, 1), alsfrs={
            "Q1_Speech": 3}, status="signed")], [], source="test")
    (visit,) = visits.for_patient(store, "P-2")
    assert visit.signature_meaning == IMPORT_MEANING
    (_, exported) = next(bulk.iter_current(store, "P-2"))
    assert exported.signature_meaning == IMPORT_MEANING
