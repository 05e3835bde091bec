"""Visits: drafts saved on every change, signing, amendments as new versions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bedside.analysis import number_text, visit_problems
from bedside.domain import SIGNATURE_MEANING, Grading, Visit
from bedside.domain.uids import new_uid
from bedside.store import events, mrc_rows, patients
from bedside.store.db import Store, utc_now
from bedside.store.errors import ChangedElsewhere, Conflict, ReadOnlyRecord, StoreError
from bedside.store.migrations import ALSFRS_COLUMNS, CURRENT_VISIT
from bedside.store.rows import (
    EXTRA_COLUMNS,
    VISIT_FROM,
    VISIT_SELECT,
    SharedParts,
    iso,
    not_assessed_text,
)

# What a visit holds besides its date and signature: set on every save of a draft.
CONTENT_COLUMNS = ("examiner", "notes", *ALSFRS_COLUMNS, "not_assessed", "mrc_protocol",
                   "mrc_layout", "mrc_grades", "mrc_not_tested", "alsfrs_wording",
                   *EXTRA_COLUMNS)


def _load(store: Store, where: str, params: tuple) -> list[Visit]:
    rows = store.conn.execute(f"{VISIT_SELECT}{VISIT_FROM} WHERE {where}", params).fetchall()
    parts = SharedParts(mrc_rows.layouts(store))
    return [parts.visit(r) for r in rows]


def get(store: Store, visit_id: int) -> Visit:
    found = find(store, visit_id)
    if found is None:
        raise StoreError(f"no visit with id {visit_id}")
    return found


def find(store: Store, visit_id: int) -> Visit | None:
    found = _load(store, "v.id = ?", (visit_id,))
    return found[0] if found else None


def for_patient(store: Store, patient_id: str) -> list[Visit]:
    """The current (signed) version of every visit of a patient, oldest first."""
    return _load(
        store, "p.patient_id = ? AND v.status = 'signed' ORDER BY v.visit_date", (patient_id,)
    )


def drafts(store: Store, patient_id: str | None = None) -> list[Visit]:
    if patient_id is None:
        return _load(store, "v.status = 'draft' ORDER BY v.created_at", ())
    return _load(
        store, "v.status = 'draft' AND p.patient_id = ? ORDER BY v.created_at", (patient_id,)
    )


def versions(store: Store, visit_id: int) -> list[Visit]:
    """Every version of a visit, newest first, following the amendment chain back."""
    chain: list[Visit] = []
    current: int | None = visit_id
    while current is not None:
        chain.append(get(store, current))
        row = store.conn.execute(
            "SELECT previous_version FROM visits WHERE id = ?", (current,)
        ).fetchone()
        current = row[0] if row else None
    return chain


def _validate(store: Store, v: Visit) -> None:
    patient = patients.get(store, v.patient_id)
    if patient is None:
        raise StoreError(f"no patient with identifier {v.patient_id!r}")
    problems = visit_problems(v, patient, date.today(), events.death_date(store, v.patient_id))
    if problems:
        raise StoreError(f"visit of {v.patient_id} on {v.visit_date}: "
                         + "; ".join(map(str, problems)))


def _date_taken(store: Store, v: Visit, ignore_id: int | None) -> None:
    row = store.conn.execute(
        "SELECT id, status FROM visits WHERE patient_ref = ? AND visit_date = ?"
        f" AND {CURRENT_VISIT} AND id IS NOT ?",
        (patients.ref(store, v.patient_id), iso(v.visit_date), ignore_id),
    ).fetchone()
    if row:
        what = "a draft" if row[1] == "draft" else "a visit"
        raise Conflict(
            f"visit_date={v.visit_date}: {v.patient_id} already has {what} on this date; "
            "open it instead"
        )


def _content(store: Store, v: Visit) -> tuple:
    """The values of CONTENT_COLUMNS for ``v`` (a new MRC layout is recorded here)."""
    grading = Grading.of(v.mrc, v.mrc_protocol) if v.mrc else None
    layout, grades, not_tested = mrc_rows.encode_grading(store, grading) or (None, None, None)
    return (v.examiner, v.notes, *map(v.alsfrs.get, ALSFRS_COLUMNS),
            not_assessed_text(v.not_assessed), v.mrc_protocol, layout, grades, not_tested,
            v.alsfrs_wording or None, v.alsfrs_mode, v.alsfrs_respondent, *v.measurements)


def _audit_changes(store: Store, key: str, old: Visit | None, new: Visit, action: str,
                   reason: str = "") -> None:
    before = _flat(old) if old else {}
    after = _flat(new)
    for field in sorted(set(before) | set(after)):
        if before.get(field) != after.get(field):
            store.audit(action, "visit", key, field=field, old=before.get(field),
                        new=after.get(field), reason=reason)


def _flat(v: Visit) -> dict[str, str]:
    """The visit's values by field, as the audit log records them one by one."""
    out = {"visit_date": v.visit_date.isoformat(), "examiner": v.examiner, "notes": v.notes,
           "mrc_protocol": v.mrc_protocol, "alsfrs_mode": v.alsfrs_mode,
           "alsfrs_respondent": v.alsfrs_respondent}
    out.update({k: number_text(m) if isinstance(m, float) else m
                for k, m in v.measurements._asdict().items() if m is not None})
    out.update({k: str(s) for k, s in v.alsfrs.items()})
    out.update({f"{k}:not_assessed": r for k, r in v.not_assessed.items()})
    out.update({f"MRC_{c}": g.code + (f" ({g.reason})" if g.reason else "")
                for c, g in v.mrc.items()})
    return out


def key_of(v: Visit) -> str:
    return f"{v.patient_id}/{v.visit_date.isoformat()}"


def save_draft(store: Store, v: Visit, last_seen: Visit | None = None) -> Visit:
    """Insert or replace a draft; called on every answer so nothing typed is lost.
    ``last_seen``: the draft as this window last saved or opened it; ChangedElsewhere, and
    nothing saved, when another window saved something else since (the last save would
    otherwise silently undo the other's answers)."""
    with store.transaction():
        _validate(store, v)
        old: Visit | None = None
        if v.visit_id is not None:
            old = find(store, v.visit_id) if last_seen is not None else get(store, v.visit_id)
            if old is None or (last_seen is not None and (
                    old.status != "draft" or _flat(old) != _flat(last_seen))):
                raise ChangedElsewhere("this visit was changed in another Bedside window since "
                                       "this one saved it; nothing was saved here")
            if old.status != "draft":
                raise ReadOnlyRecord("a signed visit cannot be edited: amend it instead")
        version = 1
        if v.amends is not None:  # an amendment being entered: kept beside the signed version
            amended = get(store, v.amends)
            if amended.status != "signed":
                raise ReadOnlyRecord("only the current signed version of a visit can be amended")
            if not v.amend_reason.strip():
                raise StoreError("an amendment needs a reason")
            version = amended.version + 1
        else:
            _date_taken(store, v, v.visit_id)
        content = _content(store, v)
        if old is None:
            uid = new_uid()
            cur = store.execute(
                "INSERT INTO visits (visit_uid, patient_ref, visit_date, status, version,"
                f" previous_version, amend_reason, created_at, {', '.join(CONTENT_COLUMNS)})"
                f" VALUES (?, ?, ?, 'draft', ?, ?, ?, ?, {', '.join('?' * len(content))})",
                (uid, patients.ref(store, v.patient_id), iso(v.visit_date), version, v.amends,
                 v.amend_reason or None, utc_now(), *content),
            )
            visit_id = int(cur.lastrowid)
        else:
            visit_id, uid = old.visit_id, old.visit_uid
            store.execute(
                "UPDATE visits SET visit_date = ?, amend_reason = ?,"
                f" {', '.join(c + ' = ?' for c in CONTENT_COLUMNS)} WHERE id = ?",
                (iso(v.visit_date), v.amend_reason or None, *content, visit_id),
            )
        saved = replace(v, visit_id=visit_id, status="draft", version=version, visit_uid=uid)
        _audit_changes(store, key_of(saved), old, saved, "draft")
    return saved


def _delete_row(store: Store, visit_id: int) -> None:
    """Remove a draft (the triggers refuse this for anything signed)."""
    store.execute("DELETE FROM visits WHERE id = ?", (visit_id,))


def amendment_draft(store: Store, visit_id: int) -> Visit | None:
    """The amendment of signed visit ``visit_id`` being entered, if one was started."""
    found = _load(store, "v.previous_version = ? AND v.status = 'draft'", (visit_id,))
    return found[0] if found else None


def discard_draft(store: Store, visit_id: int, reason: str = "") -> None:
    with store.transaction():
        old = get(store, visit_id)
        if old.status != "draft":
            raise ReadOnlyRecord("only a draft can be discarded")
        _delete_row(store, visit_id)
        store.audit("discard", "visit", key_of(old), old=_flat(old), reason=reason)


def sign(store: Store, visit_id: int, signer: str,
         meaning: str = SIGNATURE_MEANING) -> Visit:
    """Sign a draft: it becomes read-only, with the signer's name, time and its meaning."""
    if not signer.strip():
        raise StoreError("signing needs the examiner's name")
    with store.transaction():
        draft = get(store, visit_id)
        if draft.status != "draft":
            raise ReadOnlyRecord("this visit is already signed")
        if draft.amends is not None:
            raise StoreError("this draft is an amendment: sign it as an amendment, with its "
                             "reason, so the version it replaces stays readable")
        if not draft.alsfrs and not draft.mrc and not draft.has_measurements:
            raise StoreError("nothing to sign: no ALSFRS-R answer, no MRC grade and no "
                             "measurement")
        _validate(store, draft)
        store.execute(
            "UPDATE visits SET status = 'signed', signed_by = ?, signed_at = ?,"
            " signature_meaning = ? WHERE id = ?",
            (signer, utc_now(), meaning, visit_id),
        )
        store.audit("sign", "visit", key_of(draft), field="status", old="draft",
                    new=f"signed by {signer}")
    return get(store, visit_id)


def amend(store: Store, visit_id: int, new: Visit, reason: str, signer: str) -> Visit:
    """Make a new signed version of a signed visit; the old one stays readable."""
    if not reason.strip():
        raise StoreError("an amendment needs a reason")
    with store.transaction():
        old = get(store, visit_id)
        if old.status != "signed":
            raise ReadOnlyRecord("only the current signed version of a visit can be amended")
        _validate(store, new)
        draft = store.conn.execute(
            "SELECT id FROM visits WHERE previous_version = ? AND status = 'draft'",
            (visit_id,)).fetchone()
        if draft is not None:  # the amendment as it was being entered: now signed below
            _delete_row(store, int(draft[0]))
        store.execute("UPDATE visits SET status = 'superseded' WHERE id = ?", (visit_id,))
        if new.visit_date != old.visit_date:
            # (on its own date another current visit can only have come from another laptop:
            # a conflict listed until a person resolves it, which must not block a correction)
            _date_taken(store, new, None)
        content = _content(store, new)
        now = utc_now()
        cur = store.execute(  # a new version: a new row with an id of its own
            "INSERT INTO visits (visit_uid, patient_ref, visit_date, status, version,"
            " previous_version, signed_by, signed_at, signature_meaning, amend_reason,"
            f" created_at, {', '.join(CONTENT_COLUMNS)}) VALUES (?, ?, ?, 'signed', ?, ?, ?, ?,"
            f" ?, ?, ?, {', '.join('?' * len(content))})",
            (new_uid(), patients.ref(store, new.patient_id), iso(new.visit_date),
             old.version + 1, visit_id, signer, now, SIGNATURE_MEANING, reason, now, *content),
        )
        saved = get(store, int(cur.lastrowid))
        store.audit("amend", "visit", key_of(saved), field="version", old=str(old.version),
                    new=f"{saved.version} signed by {signer}", reason=reason)
        _audit_changes(store, key_of(saved), old, saved, "amend", reason)
    return saved


ENTERED_IN_ERROR_MEANING = ("I attest that this visit was entered in error: it is withdrawn from "
                            "the record and kept readable.")


def enter_in_error(store: Store, visit_id: int, reason: str, signer: str) -> Visit:
    """Withdraw a signed visit from the record (trends, exports, totals) as entered in error:
    a new version, the visit as it was with the reason and the signer, that is itself not
    current (status superseded, entered_in_error 1); every version stays readable."""
    if not reason.strip():
        raise StoreError("entering a visit in error needs a reason")
    if not signer.strip():
        raise StoreError("entering a visit in error needs the examiner's name")
    with store.transaction():
        old = get(store, visit_id)
        if old.status != "signed":
            raise ReadOnlyRecord("only the current signed version of a visit can be entered "
                                 "in error")
        if amendment_draft(store, visit_id) is not None:
            raise Conflict("an amendment of this visit is being entered: sign or discard it "
                           "first")
        store.execute("UPDATE visits SET status = 'superseded' WHERE id = ?", (visit_id,))
        copied = [r[1] for r in store.conn.execute("PRAGMA table_info(visits)")
                  if r[1] not in _NOT_COPIED_IN_ERROR]
        now = utc_now()
        cur = store.execute(
            f"INSERT INTO visits ({', '.join(copied)}, visit_uid, status, entered_in_error,"
            " version, previous_version, amend_reason, created_at, signed_by, signed_at,"
            f" signature_meaning) SELECT {', '.join(copied)}, ?, 'superseded', 1, version + 1,"
            " id, ?, ?, ?, ?, ? FROM visits WHERE id = ?",
            (new_uid(), reason.strip(), now, signer, now, ENTERED_IN_ERROR_MEANING, visit_id))
        saved = get(store, int(cur.lastrowid))
        store.audit("entered in error", "visit", key_of(old), field="version",
                    old=str(old.version), new=f"{saved.version} entered in error by {signer}",
                    reason=reason.strip())
    return saved


# What a version entered in error does not take over from the version it withdraws.
_NOT_COPIED_IN_ERROR = ("id", "visit_uid", "status", "entered_in_error", "version",
                        "previous_version", "amend_reason", "created_at", "signed_by",
                        "signed_at", "signature_meaning", "import_ref", "received_seq")


def entered_in_error(store: Store, patient_id: str) -> list[Visit]:
    """The versions of a patient's visits that withdrew them as entered in error."""
    return _load(store, "p.patient_id = ? AND v.entered_in_error = 1 ORDER BY v.visit_date",
                 (patient_id,))

