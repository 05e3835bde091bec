"""Property: any valid set of visits survives export -> import -> export byte for byte."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bedside.domain import MrcCell, Patient, Visit
from bedside.instruments import alsfrs_r, mrc_scale, protocols
from bedside.interchange.csv import visits_read as csv_visits
from bedside.interchange.csv import visits_write
from bedside.interchange.csv.table import open_table
from bedside.store import Store, bulk

CODES = [*mrc_scale().codes, "NT"]
# any name Bedside accepts (no control or invisible character: bedside.domain.text), including
# those a spreadsheet would run as a formula (= + - @), which the export guards with a '
text = st.one_of(
    st.text(st.characters(codec="utf-8",
                          exclude_categories=("Cs", "Cc", "Cf", "Zs", "Zl", "Zp")),
            max_size=12).map(str.strip),
    st.tuples(st.sampled_from(["=", "+", "-", "@", "'=", "''+", "'"]),
              st.text("ab1(),;", max_size=6)).map("".join))


@st.composite
def visit_sets(draw):
    onset = date(2020, 1, 1) + timedelta(days=draw(st.integers(0, 300)))
    patient = Patient("P" + draw(st.text("0123456789AB", min_size=1, max_size=5)),
                      draw(text), draw(text), onset - timedelta(days=20000), "female", onset,
                      "bulbar", None)
    q = alsfrs_r()
    days = draw(st.lists(st.integers(1, 1500), min_size=1, max_size=6, unique=True))
    visits = []
    for day in sorted(days):
        gastrostomy = draw(st.booleans())
        items = q.slots(gastrostomy)
        answers = {i.key: draw(st.integers(0, 4)) for i in items if draw(st.booleans()) or
                   draw(st.booleans())}
        proto = draw(st.sampled_from(sorted(protocols())))
        cells = protocols()[proto].cells
        mrc = {c: MrcCell(draw(st.sampled_from(CODES))) for c in cells if draw(st.booleans())}
        notes = draw(st.sampled_from(["", "tired, \"weak\" today", "two\nlines", "ok",
                                      "=HYPERLINK(\"http://x\")", "'@x", "\tindented"]))
        visits.append(Visit(patient.patient_id, onset + timedelta(days=day), "Dr K", notes,
                            alsfrs=answers, mrc=mrc, status="signed"))
    return patient, [v for v in visits if v.alsfrs or v.mrc]


def export(store: Store) -> str:
    out = io.StringIO()
    visits_write.write_visits(out, bulk.iter_current(store), bulk.mrc_cells_in_use(store))
    return out.getvalue()


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(visit_sets())
def test_export_import_export_is_stable(tmp_path_factory, data):
    patient, visits = data
    if not visits:
        return
    folder = tmp_path_factory.mktemp("rt")
    with Store.open(folder / "a.sqlite3") as a, Store.open(folder / "b.sqlite3") as b:
        with a.transaction():
            bulk.insert(a, [patient], visits, [], source="test")
        first = export(a)
        path = Path(folder / "visits.csv")
        path.write_text(first, encoding="utf-8")
        parsed = csv_visits.parse_visits(open_table(path), date.today())
        plan = csv_visits.plan_visit_import(parsed, {}, {}, {}, date.today())
        with b.transaction():
            bulk.insert(b, plan.new_patients, plan.batch, [], source="test")
        assert export(b) == first
        got = {v.visit_date: v for _, v in bulk.iter_current(b)}
        for v in visits:
            assert dict(got[v.visit_date].alsfrs) == dict(v.alsfrs)
            assert {c: g.code for c, g in got[v.visit_date].mrc.items()} == {
                c: g.code for c, g in v.mrc.items()}
