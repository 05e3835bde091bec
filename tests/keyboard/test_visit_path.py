"""SPEC §8 at a real keyboard: search, Ctrl+N, a typed past date, the answers, the MRC grades,
review and signature, each key sent through the X server to the running app."""

from __future__ import annotations

from datetime import date

import pytest

from bedside.domain import MrcCell, Patient, Visit
from bedside.instruments import protocols
from bedside.store import Store, audit_log, patients, visits
from tests.keyboard.conftest import export, wait_for

pytestmark = pytest.mark.slow

SEED = Patient("SEED-1", "Beridze", "Nino", date(1968, 3, 2), "female", date(2018, 9, 1),
               "lower_limb", date(2019, 6, 1))
ANSWERS = "213111110212"  # the 12 items, as typed
_ITEMS = ("Q1_Speech", "Q2_Salivation", "Q3_Swallowing", "Q4_Handwriting",
          "Q5a_Cutting_without_Gastrostomy", "Q6_Dressing_and_Hygiene", "Q7_Turning_in_Bed",
          "Q8_Walking", "Q9_Climbing_Stairs", "R_1_Dyspnea", "R_2_Orthopnea",
          "R_3_Respiratory_Insufficiency")


def _seed(db) -> None:
    """The case report's patient with her first visit (ALSFRS-R 13 and the seven groups)."""
    with Store.open(db) as store:
        patients.add(store, SEED)
        proto = protocols()["seven_groups"]
        first = dict(zip(_ITEMS, (1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 2, 2), strict=True))
        draft = visits.save_draft(store, Visit(
            "SEED-1", date(2020, 5, 15), "Dr. Kvaratskhelia", alsfrs=first,
            mrc={c: MrcCell("3") for c in proto.cells}, mrc_protocol="seven_groups"))
        visits.sign(store, draft.visit_id, "Dr. Kvaratskhelia")


def _alsfrs_only_patient_and_known_examiner(db, home) -> None:
    """The patient's last visit recorded the ALSFRS-R only; this computer's last examiner
    (the app's own preferences file, as the start page leaves it) is Dr. Keller."""
    with Store.open(db) as store:
        patients.add(store, SEED)
        d = visits.save_draft(store, Visit("SEED-1", date(2020, 5, 15), "Dr. K",
                                           alsfrs={k: 1 for k in _ITEMS}))
        visits.sign(store, d.visit_id, "Dr. K")
    config = home / "config" / "Bedside"
    config.mkdir(parents=True)
    (config / "Bedside.conf").write_text("[visit]\nlast_examiner=Dr. Keller\n")


def test_a_past_visit_with_alsfrs_and_mrc_at_the_keyboard(app_factory, db_path):
    _seed(db_path)
    cells = protocols()["seven_groups"].cells
    app = app_factory(db_path)
    app.start()
    app.key("ctrl+f")
    app.type("berid")
    app.key("Down", "Return")  # the patient opens
    app.key("ctrl+n")  # focus in the visit date, its text selected
    app.type("2020-06-15")
    app.key("Tab")
    app.type("Dr. Kvaratskhelia")
    app.key("Return")  # Begin
    app.type(ANSWERS)
    # the MRC grid (chosen as at the last visit, with its protocol): 4- then whole grades
    app.type("4-" + "4" * (len(cells) - 1))
    app.key("ctrl+Return")  # review
    app.key("Return")  # sign
    rows = wait_for(lambda: [r for r in export(db_path) if r["visit_date"] == "2020-06-15"],
                    app=app, why="the signed visit in the export")
    (row,) = rows
    items = [k for k in row if k.startswith(("Q", "R_"))
             and k not in ("Q5b_Cutting_with_Gastrostomy",)][:12]
    assert "".join(row[k] for k in items) == ANSWERS
    assert row["examiner"] == "Dr. Kvaratskhelia"
    grades = [row[f"MRC_{c}"] for c in cells]
    assert grades == ["4-"] + ["4"] * (len(cells) - 1)

    # Escape closes the signed visit; the next one starts at once with the examiner typed
    # last on this computer: date, Enter, 12 answers, the grid (Ctrl+Enter), Enter
    app.key("Escape", "ctrl+n")
    app.type("2020-07-10")
    app.key("Return")
    app.type("444444444444")
    app.key("ctrl+Return", "Return")
    (row,) = wait_for(lambda: [r for r in export(db_path) if r["visit_date"] == "2020-07-10"],
                      app=app, why="the second visit in the export")
    assert row["ALSFRS_R_Total"] == "48" and row["examiner"] == "Dr. Kvaratskhelia"
    assert row["mrc_sum"] == ""  # the grid was opened and left ungraded


def test_a_visit_killed_after_six_answers_resumes_at_the_keyboard(app_factory, db_path):
    _seed(db_path)
    app = app_factory(db_path)
    app.start()
    app.key("ctrl+f")
    app.type("SEED")
    app.key("Down", "Return", "ctrl+n")
    app.type("2020-06-15")
    app.key("Tab")
    app.type("Dr. K")
    app.key("Return")
    app.type("213111")

    def six_saved():
        with Store.open(db_path) as store:
            drafts = visits.drafts(store)
            return drafts and len(drafts[0].alsfrs) == 6

    wait_for(six_saved, app=app, why="six answers saved in the draft")
    app.kill()  # SIGKILL: no chance to save anything more
    app.start("Resume an unsigned visit?")  # offered over the window
    app.key("Return")  # Resume is the default button
    app.type("110212")  # items 7-12: the item shown takes the next digit
    app.type("4" * len(protocols()["seven_groups"].cells))
    app.key("ctrl+Return", "Return")
    (row,) = wait_for(lambda: [r for r in export(db_path) if r["visit_date"] == "2020-06-15"],
                      app=app, why="the resumed visit signed")
    assert row["ALSFRS_R_Total"] == str(sum(int(c) for c in ANSWERS))
    items = [k for k in row if k.startswith(("Q", "R_")) and k != "Q5b_Cutting_with_Gastrostomy"]
    assert "".join(row[k] for k in items[:12]) == ANSWERS


def test_an_alsfrs_only_visit_today_takes_15_keys(app_factory, db_path, tmp_path):
    """Examiner known on this computer, the last visit ALSFRS-R only: Ctrl+N, Enter, the 12
    answers, Enter."""
    _alsfrs_only_patient_and_known_examiner(db_path, tmp_path)
    app = app_factory(db_path)
    app.start()
    app.key("ctrl+f")
    app.type("SEED")
    app.key("Down", "Return")
    keys = ["ctrl+n", "Return", *"444444444444", "Return"]
    assert len(keys) == 15
    app.key(*keys)
    (row,) = wait_for(lambda: [r for r in export(db_path)
                               if r["visit_date"] == date.today().isoformat()],
                      app=app, why="today's visit signed")
    assert row["ALSFRS_R_Total"] == "48" and row["examiner"] == "Dr. Keller"


def test_the_keys_each_page_promises_work_without_a_click(app_factory, db_path, tmp_path):
    """Item page: Backspace goes back, N asks a reason (2 = patient declined); review: an
    item's number then Enter reopens it, M opens the grid, Ctrl+Enter returns, Enter signs."""
    _alsfrs_only_patient_and_known_examiner(db_path, tmp_path)
    app = app_factory(db_path)
    app.start()
    app.key("ctrl+f")
    app.type("beridze")
    app.key("Down", "Return", "ctrl+n", "Return")
    app.type("44")
    app.key("BackSpace")  # back to item 2
    app.type("3n2")  # item 2 = 3; item 3 not assessed: the patient declined
    app.type("444444444")  # items 4-12: the review
    app.type("1")
    app.key("Return")  # reopens item 1
    app.type("2")  # back to the review
    app.type("m")  # the MRC grid (not recorded last time: opened here)
    app.key("ctrl+Return", "Return")  # review, sign
    (row,) = wait_for(lambda: [r for r in export(db_path)
                               if r["visit_date"] == date.today().isoformat()],
                      app=app, why="the visit signed")
    assert (row["Q1_Speech"], row["Q2_Salivation"], row["Q3_Swallowing"]) == ("2", "3", "")
    assert row["ALSFRS_R_Total"] == ""  # item 3 not assessed: no total, never a guess


def test_a_visit_in_georgian_at_the_keyboard(app_factory, db_path):
    """The same path with the system in Georgian and the clinic's Georgian wording added: the
    date typed as the locale writes it, the answers, the signature; the visit records the
    wording it was entered in."""
    from bedside.instruments.wording import parse
    from bedside.store import wordings
    from tests.wording.wording_files import test_wording_data

    _alsfrs_only_patient_and_known_examiner(db_path, db_path.parent)
    with Store.open(db_path) as store:
        added = wordings.add(store, parse(test_wording_data(), "ka.json"))
    app = app_factory(db_path, lang="ka_GE.UTF-8")
    app.start()
    app.key("ctrl+f")
    app.type("berid")
    app.key("Down", "Return")
    app.key("ctrl+n")
    app.type("10.07.2020")  # the Georgian short form of 2020-07-10
    app.key("Return")
    app.type(ANSWERS)
    app.key("Return")  # sign from the review
    rows = wait_for(lambda: [r for r in export(db_path) if r["visit_date"] == "2020-07-10"],
                    app=app, why="the signed visit in the export")
    (row,) = rows
    items = [k for k in row if k.startswith(("Q", "R_"))
             and k not in ("Q5b_Cutting_with_Gastrostomy",)][:12]
    assert "".join(row[k] for k in items) == ANSWERS
    with Store.open(db_path) as store:
        (signed,) = [v for v in visits.for_patient(store, "SEED-1")
                     if v.visit_date == date(2020, 7, 10)]
    assert signed.alsfrs_wording == added.id


def _visit_begun(app_factory, db_path):
    """The app at the keyboard on the seeded patient, found by her name, a visit of
    2020-06-15 begun: its first item on screen."""
    _seed(db_path)
    app = app_factory(db_path)
    app.start()
    app.key("ctrl+f")
    app.type("berid")
    app.key("Down", "Return", "ctrl+n")
    app.type("2020-06-15")
    app.key("Tab")
    app.type("Dr. Kvaratskhelia")
    app.key("Return")
    return app


def test_a_signed_visit_amended_and_closed_wherever_the_focus_went(app_factory, db_path):
    """On a signed visit the page's keys work after Tab has taken the focus to the plots
    beside it: A asks the amendment's reason, Esc closes the visit."""
    app = _visit_begun(app_factory, db_path)
    app.type(ANSWERS)
    app.key("ctrl+Return", "Return")  # review (the grid left ungraded), sign
    wait_for(lambda: [r for r in export(db_path) if r["visit_date"] == "2020-06-15"],
             app=app, why="the signed visit in the export")
    app.key("Tab", "Tab", "Tab", "Tab", "Tab")  # away from the page, to the plots
    app.type("a")
    app.type("Item 1 was misheard")
    app.key("Return")  # the amendment begins on its review page
    app.type("1")
    app.key("Return")  # item 1 reopens
    app.type("3")  # answered: back to the review
    app.key("Return")  # signed as version 2
    (row,) = wait_for(lambda: [r for r in export(db_path) if r["visit_date"] == "2020-06-15"
                               and r["Q1_Speech"] == "3"], app=app, why="the amendment signed")
    assert row["ALSFRS_R_Total"] == str(sum(map(int, ANSWERS)) + 1)
    with Store.open(db_path) as store:
        [current] = [v for v in visits.for_patient(store, "SEED-1")
                     if v.visit_date == date(2020, 6, 15)]
        assert (current.version, current.amend_reason) == (2, "Item 1 was misheard")
    app.key("Tab", "Tab", "Tab", "Tab", "Tab", "Escape")  # closes the signed amendment
    app.key("ctrl+n")  # a new visit: the last one was closed
    app.type("2020-07-10")
    app.key("Return")
    app.type("444444444444")
    app.key("ctrl+Return", "Return")
    wait_for(lambda: [r for r in export(db_path) if r["visit_date"] == "2020-07-10"],
             app=app, why="the next visit, begun after Esc")


def test_an_unsigned_visit_discarded_or_closed_from_the_visit_menu(app_factory, db_path):
    """A visit begun on the wrong patient: Ctrl+F during it closes it (its answers stay
    saved) and finds the patient; the visit resumed, Visit > Discard draft… asks why and
    deletes it; the next one, Ctrl+W closes, its answer kept."""
    app = _visit_begun(app_factory, db_path)
    app.type("43")

    def drafts():
        with Store.open(db_path) as store:
            return visits.drafts(store)

    wait_for(lambda: [d for d in drafts() if d.alsfrs.get("Q2_Salivation") == 3], app=app,
             why="the draft saved")
    app.key("ctrl+f")  # Find during a visit: the visit closes, the search takes the keys
    app.type("berid")
    app.key("Return", "ctrl+n")  # the patient again; New visit offers the draft
    app.wait_window("Unsigned visit")
    app.key("Return")  # Yes: resumed at item 3
    app.key("alt+v", "d")  # Visit > Discard draft…: the review asks why
    app.type("Wrong patient")
    app.key("Return")
    wait_for(lambda: not drafts(), app=app, why="the draft discarded")
    with Store.open(db_path) as store:
        assert audit_log.history(store, "patient", "SEED-1")[-1].reason == "Wrong patient"
    app.key("ctrl+n")
    app.type("2020-07-10")
    app.key("Return")
    app.type("4")
    app.key("ctrl+w")  # closed: the answer kept
    [kept] = wait_for(drafts, app=app, why="the second draft kept")
    assert (kept.visit_date, dict(kept.alsfrs)) == (date(2020, 7, 10), {"Q1_Speech": 4})
    app.key("ctrl+n")  # the editor was closed: New visit offers the draft again
    app.wait_window("Unsigned visit")


def test_a_patient_found_is_edited_with_ctrl_e_from_the_search(app_factory, db_path):
    """The focus stays in the search after Enter opened the patient: Ctrl+E still edits it
    (a line edit takes Ctrl+E as its own end-of-line key)."""
    _seed(db_path)
    app = app_factory(db_path)
    app.start()
    app.key("ctrl+f")
    app.type("berid")
    app.key("Return", "ctrl+e")
    app.wait_window("Edit patient SEED-1")
    app.key("Tab", "ctrl+a")  # past the identifier (it cannot be changed): the family name
    app.type("Beridze-Kapanadze")
    app.key("Return")

    def family():
        with Store.open(db_path) as store:
            return patients.get(store, "SEED-1").family_name

    wait_for(lambda: family() == "Beridze-Kapanadze", app=app, why="the name saved")
