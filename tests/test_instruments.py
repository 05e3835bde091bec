"""The instruments loaded from resources/ are exactly those of the clinical reference.

The reference (ALSFRS-R.md, MRC.md) is kept as a fixture in tests/fixtures/clinical/ with its
source named there; its markdown is parsed and must say what resources/ holds. The expected
wording is also kept inline below, as it reads in the reference.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
from pathlib import Path

import pytest

from bedside.instruments import (
    ResourceError,
    all_mrc_cells,
    alsfrs_r,
    loader,
    mrc_scale,
    protocols,
    resource_root,
)

REPO = Path(__file__).resolve().parents[1]


def _clinical(name: str) -> Path:
    return REPO / "tests" / "fixtures" / "clinical" / name


# (number, key, name, domain key, anchors from 4 down to 0), copied from ALSFRS-R.md.
ALSFRS_R = [
    ("1", "Q1_Speech", "Speech", "bulbar", (
        "Normal speech processes", "Detectable speech disturbance",
        "Intelligible with repeating", "Speech combined with nonvocal communication",
        "Loss of useful speech")),
    ("2", "Q2_Salivation", "Salivation", "bulbar", (
        "Normal", "Slight but definite excess of saliva in mouth; may have nighttime drooling",
        "Moderately excessive saliva; may have minimal drooling",
        "Marked excess of saliva with some drooling",
        "Marked drooling; requires constant tissue or handkerchief")),
    ("3", "Q3_Swallowing", "Swallowing", "bulbar", (
        "Normal eating habits", "Early eating problems - occasional choking",
        "Dietary consistency changes", "Needs supplemental tube feeding",
        "NPO (exclusively parenteral or enteral feeding)")),
    ("4", "Q4_Handwriting", "Handwriting", "fine_motor", (
        "Normal", "Slow or sloppy; all words are legible", "Not all words are legible",
        "Able to grip pen but unable to write", "Unable to grip pen")),
    ("5a", "Q5a_Cutting_without_Gastrostomy",
     "Cutting food and handling utensils (patients without gastrostomy)", "fine_motor", (
        "Normal", "Somewhat slow and clumsy, but no help needed",
        "Can cut most foods, although clumsy and slow; some help needed",
        "Food must be cut by someone, but can still feed slowly", "Needs to be fed")),
    ("5b", "Q5b_Cutting_with_Gastrostomy",
     "Cutting food and handling utensils (alternate scale for patients with gastrostomy)",
     "fine_motor", (
        "Normal", "Clumsy but able to perform all manipulations independently",
        "Some help needed with closures and fasteners",
        "Provides minimal assistance to caregiver", "Unable to perform any aspect of task")),
    ("6", "Q6_Dressing_and_Hygiene", "Dressing and hygiene", "fine_motor", (
        "Normal function",
        "Independent and complete self-care with effort or decreased efficiency",
        "Intermittent assistance or substitute methods", "Needs attendant for self-care",
        "Total dependence")),
    ("7", "Q7_Turning_in_Bed", "Turning in bed and adjusting bed clothes", "gross_motor", (
        "Normal", "Somewhat slow and clumsy, but no help needed",
        "Can turn alone or adjust sheets, but with great difficulty",
        "Can initiate, but not turn or adjust sheets alone", "Helpless")),
    ("8", "Q8_Walking", "Walking", "gross_motor", (
        "Normal", "Early ambulation difficulties", "Walks with assistance",
        "Nonambulatory functional movement only", "No purposeful leg movement")),
    ("9", "Q9_Climbing_Stairs", "Climbing stairs", "gross_motor", (
        "Normal", "Slow", "Mild unsteadiness or fatigue", "Needs assistance", "Cannot do")),
    ("10 (R-1)", "R_1_Dyspnea", "Dyspnea", "respiratory", (
        "None", "Occurs when walking",
        "Occurs with one or more of the following: eating, bathing, dressing (ADL)",
        "Occurs at rest, difficulty breathing when either sitting or lying",
        "Significant difficulty, considering using mechanical respiratory support")),
    ("11 (R-2)", "R_2_Orthopnea", "Orthopnea", "respiratory", (
        "None",
        "Some difficulty sleeping at night due to shortness of breath, does not routinely "
        "use more than two pillows",
        "Needs extra pillows in order to sleep (more than two)", "Can only sleep sitting up",
        "Unable to sleep")),
    ("12 (R-3)", "R_3_Respiratory_Insufficiency", "Respiratory insufficiency", "respiratory", (
        "None", "Intermittent use of BiPAP", "Continuous use of BiPAP during the night",
        "Continuous use of BiPAP during the night and day",
        "Invasive mechanical ventilation by intubation or tracheostomy")),
]
ITEM_12_HELP = "BiPAP here stands for any non-invasive positive pressure ventilation, NIPPV."
DOMAINS = [
    ("bulbar", "bulbar_subscore"), ("fine_motor", "fine_motor_subscore"),
    ("gross_motor", "gross_motor_subscore"), ("respiratory", "respiratory_subscore"),
]

# (code, whole grade a sum counts), strongest first, from MRC.md.
MRC_GRADES = [
    ("5", 5), ("5-", 5), ("4+", 4), ("4", 4), ("4-", 4), ("3+", 3), ("3", 3), ("3-", 3),
    ("2", 2), ("1", 1), ("0", 0),
]
SUM_SCORE = ["shoulder_abduction", "elbow_flexion", "wrist_extension", "hip_flexion",
             "knee_extension", "ankle_dorsiflexion"]
# protocol id -> (name in MRC.md, [(muscle key, sided)])
PROTOCOLS = {
    "mrc_sum_score": ("MRC sum score", [(k, True) for k in SUM_SCORE]),
    "als_clinic": ("ALS clinic", [("neck_flexion", False), ("neck_extension", False)] + [
        (k, True) for k in (
            "shoulder_abduction", "elbow_flexion", "elbow_extension", "wrist_extension",
            "finger_flexion", "finger_extension", "first_dorsal_interosseous",
            "abductor_pollicis_brevis", "hip_flexion", "hip_extension", "knee_extension",
            "knee_flexion", "ankle_dorsiflexion", "ankle_plantar_flexion")]),
    "seven_groups": ("Seven groups", [(k, False) for k in (
        "deltoid", "biceps", "triceps", "finger_flexion", "hip_flexion_extension",
        "knee_flexion_extension", "ankle_flexion_extension")]),
}


# ---------------------------------------------------------------- ALSFRS-R content


def test_alsfrs_r_items_in_order_with_numbers_names_domains_and_verbatim_anchors():
    q = alsfrs_r()
    loaded = [
        (i.number, i.key, i.name, i.domain, tuple(a.text for a in i.anchors)) for i in q.items
    ]
    assert loaded == ALSFRS_R
    assert len(q.keys) == 13
    for item in q.items:
        assert [a.score for a in item.anchors] == [4, 3, 2, 1, 0]
        assert item.anchor(0) == item.anchors[-1].text
    assert (q.min_score, q.max_score, q.max_total) == (0, 4, 48)
    assert [(d.key, d.column) for d in q.domains] == DOMAINS
    assert (q.loinc_panel, q.loinc_total) == ("82954-9", "82953-1")


def test_help_text_only_on_item_12():
    q = alsfrs_r()
    assert q.item("R_3_Respiratory_Insufficiency").help == ITEM_12_HELP
    assert [i.key for i in q.items if i.help] == ["R_3_Respiratory_Insufficiency"]


def test_item_5_alternates_and_the_slots_an_examiner_answers():
    q = alsfrs_r()
    (alt,) = q.alternates
    assert (alt.slot, alt.without_gastrostomy, alt.with_gastrostomy) == (
        "5", "Q5a_Cutting_without_Gastrostomy", "Q5b_Cutting_with_Gastrostomy")
    no_peg = [i.number for i in q.slots(gastrostomy=False)]
    peg = [i.number for i in q.slots(gastrostomy=True)]
    assert no_peg == ["1", "2", "3", "4", "5a", "6", "7", "8", "9",
                      "10 (R-1)", "11 (R-2)", "12 (R-3)"]
    assert peg == [n if n != "5a" else "5b" for n in no_peg]


def _markdown_alsfrs(text: str) -> tuple[list[tuple], dict[str, tuple[str, ...]], str]:
    """(table rows, anchors by item number, help text) parsed from ALSFRS-R.md."""
    rows = []
    row = r"^\| (\d+[ab]?)(?: \(R-\d\))? \| (\w+) \| (.+?) \| (.+?) \|$"
    for m in re.finditer(row, text, re.M):
        rows.append((m[1], m[2], m[3], m[4].replace(" ", "_")))
    anchors = {}
    for m in re.finditer(r"^(\d+[ab]?)\. [^:]+: (4 .+)$", text, re.M):
        parts = re.split(r"; (?=[0-3] )", m[2].rstrip("."))
        assert [p[0] for p in parts] == ["4", "3", "2", "1", "0"], m[0]
        anchors[m[1]] = tuple(p[2:] for p in parts)
    help_text = re.search(r"\(Help text: (.+)\)", text)[1]
    return rows, anchors, help_text


def test_alsfrs_r_matches_the_clinical_markdown_verbatim():
    path = _clinical("ALSFRS-R.md")
    rows, anchors, help_text = _markdown_alsfrs(path.read_text(encoding="utf-8"))
    q = alsfrs_r()
    assert len(rows) == 13 and len(anchors) == 13
    for (number, key, name, domain), item in zip(rows, q.items, strict=True):
        assert item.number.split(" ")[0] == number
        assert (item.key, item.name, item.domain) == (key, name, domain)
        assert tuple(a.text for a in item.anchors) == anchors[number], key
    assert q.item("R_3_Respiratory_Insufficiency").help == help_text
    # The inline copy above is the same text.
    assert [tuple(r[4]) for r in ALSFRS_R] == [anchors[r[0].split(" ")[0]] for r in ALSFRS_R]


# ---------------------------------------------------------------- MRC content


def test_mrc_grades_with_modifiers_count_the_whole_grade():
    scale = mrc_scale()
    assert [(g.code, g.value) for g in scale.grades] == MRC_GRADES
    assert scale.max_grade == 5
    assert scale.grade("4-").value == 4 and scale.grade("3+").value == 3
    assert scale.not_tested_code == "NT"
    assert {"pain", "cast", "amputation", "patient refused"} <= set(scale.not_tested_reasons)
    texts = {g.code: g.text for g in scale.grades}
    assert texts == {
        "5": "Normal power", "5-": "Barely detectable weakness",
        "4+": "Active movement against gravity and strong resistance",
        "4": "Active movement against gravity and moderate resistance",
        "4-": "Active movement against gravity and slight resistance",
        "3+": "Transient resistance, then collapses abruptly",
        "3": "Active movement against gravity",
        "3-": "Against gravity but not through the full range",
        "2": "Active movement, with gravity eliminated",
        "1": "Flicker or trace of contraction", "0": "No contraction",
    }


def test_the_three_protocols_have_exactly_the_muscles_of_mrc_md():
    protos = protocols()
    assert set(protos) == set(PROTOCOLS)
    for pid, (name, muscles) in PROTOCOLS.items():
        assert protos[pid].name == name
        assert [(m.key, m.sided) for m in protos[pid].muscles] == muscles, pid
    assert protos["mrc_sum_score"].cells == tuple(
        f"{k}_{s}" for k in SUM_SCORE for s in ("L", "R"))
    assert len(protos["mrc_sum_score"].cells) * 5 == 60
    assert protos["seven_groups"].cells[0] == "deltoid"
    assert len(protos["als_clinic"].cells) == 2 + 14 * 2


def test_all_mrc_cells_is_the_union_without_repeats():
    cells = all_mrc_cells()
    assert len(cells) == len(set(cells))
    assert set(cells) == {c for p in protocols().values() for c in p.cells}
    assert cells[:12] == protocols()["mrc_sum_score"].cells


def test_protocol_muscles_are_those_named_in_mrc_md():
    path = _clinical("MRC.md")
    text = path.read_text(encoding="utf-8")
    for name, muscles in PROTOCOLS.values():
        bullet = re.search(rf'^- "{re.escape(name)}"(.+?)(?=^- |\Z)', text, re.M | re.S)[1]
        named = re.findall(r"\b[a-z]+(?:_[a-z]+)+\b|\b(?:deltoid|biceps|triceps)\b", bullet)
        assert sorted(named) == sorted(k for k, _ in muscles), name
        assert ("no side" in bullet) == any(not sided for _, sided in muscles), name
        assert ("left and right" in bullet) == any(sided for _, sided in muscles), name


# ---------------------------------------------------------------- malformed resources


def _real(*parts: str) -> dict:
    path = resource_root().joinpath(*parts)
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def alsfrs_data():
    return copy.deepcopy(_real("instruments", "alsfrs_r.json"))


def _item(data: dict, key: str) -> dict:
    return next(i for i in data["items"] if i["key"] == key)


def _raises(parse, data, label: str, *fragments: str) -> str:
    with pytest.raises(ResourceError) as info:
        parse(data, label)
    message = str(info.value)
    assert message.startswith(label), message
    for fragment in fragments:
        assert fragment in message, message
    return message


def test_a_missing_anchor_names_the_file_and_the_item(alsfrs_data):
    _item(alsfrs_data, "Q3_Swallowing")["anchors"].pop(2)
    _raises(loader.parse_questionnaire, alsfrs_data, "alsfrs_r.json", "Q3_Swallowing",
            "0-4")


def test_a_duplicated_anchor_score_or_empty_anchor_text_is_refused(alsfrs_data):
    anchors = _item(alsfrs_data, "Q8_Walking")["anchors"]
    anchors[1]["score"] = 4
    _raises(loader.parse_questionnaire, alsfrs_data, "alsfrs_r.json", "Q8_Walking")
    anchors[1]["score"] = 3
    anchors[1]["text"] = "   "
    _raises(loader.parse_questionnaire, alsfrs_data, "alsfrs_r.json", "Q8_Walking", "empty")


def test_an_anchor_that_is_not_an_object_is_a_resource_error(alsfrs_data):
    _item(alsfrs_data, "Q4_Handwriting")["anchors"][0] = "4 Normal"
    _raises(loader.parse_questionnaire, alsfrs_data, "alsfrs_r.json", "Q4_Handwriting")


def test_a_duplicate_item_key_is_named(alsfrs_data):
    _item(alsfrs_data, "Q7_Turning_in_Bed")["key"] = "Q8_Walking"
    _raises(loader.parse_questionnaire, alsfrs_data, "alsfrs_r.json", "duplicate", "Q8_Walking")


def test_an_unknown_domain_is_named(alsfrs_data):
    _item(alsfrs_data, "Q9_Climbing_Stairs")["domain"] = "gross motor"
    _raises(loader.parse_questionnaire, alsfrs_data, "alsfrs_r.json", "Q9_Climbing_Stairs",
            "unknown domain 'gross motor'")


def test_a_missing_field_or_wrong_type_is_named(alsfrs_data):
    del _item(alsfrs_data, "Q2_Salivation")["name"]
    _raises(loader.parse_questionnaire, alsfrs_data, "alsfrs_r.json", "Q2_Salivation",
            "missing field 'name'")
    _item(alsfrs_data, "Q2_Salivation")["name"] = "Salivation"
    _item(alsfrs_data, "Q1_Speech")["anchors"][0]["score"] = "4"
    _raises(loader.parse_questionnaire, alsfrs_data, "alsfrs_r.json", "Q1_Speech",
            "'score' must be int")
    _item(alsfrs_data, "Q1_Speech")["anchors"][0]["score"] = 4
    _item(alsfrs_data, "R_3_Respiratory_Insufficiency")["help"] = ["not", "text"]
    _raises(loader.parse_questionnaire, alsfrs_data, "alsfrs_r.json",
            "R_3_Respiratory_Insufficiency", "help")


def test_an_alternate_naming_an_unknown_item_is_refused(alsfrs_data):
    alsfrs_data["alternates"][0]["with_gastrostomy"] = "Q5c_Cutting"
    _raises(loader.parse_questionnaire, alsfrs_data, "alsfrs_r.json", "alternates[0]",
            "Q5c_Cutting")


def test_malformed_mrc_scale_entries_are_named():
    data = _real("instruments", "mrc.json")
    bad = copy.deepcopy(data)
    bad["grades"][3]["value"] = 6
    _raises(loader.parse_mrc_scale, bad, "mrc.json", "grades[3]", "0-5")
    bad = copy.deepcopy(data)
    bad["grades"][4]["code"] = "4"
    _raises(loader.parse_mrc_scale, bad, "mrc.json", "grades[4]", "'4'")
    bad = copy.deepcopy(data)
    bad["grades"][0] = 5
    _raises(loader.parse_mrc_scale, bad, "mrc.json", "grades[0]")
    bad = copy.deepcopy(data)
    del bad["not_tested"]["code"]
    _raises(loader.parse_mrc_scale, bad, "mrc.json", "not_tested", "code")


def test_malformed_protocol_entries_are_named():
    data = _real("protocols", "seven_groups.json")
    bad = copy.deepcopy(data)
    bad["muscles"][2]["key"] = "Triceps Brachii"
    _raises(loader.parse_protocol, bad, "seven_groups.json", "muscles[2]", "Triceps Brachii",
            "snake_case")
    bad = copy.deepcopy(data)
    bad["muscles"][3]["key"] = "deltoid"
    _raises(loader.parse_protocol, bad, "seven_groups.json", "deltoid", "twice")
    bad = copy.deepcopy(data)
    bad["muscles"][1]["sided"] = "false"
    _raises(loader.parse_protocol, bad, "seven_groups.json", "muscles[1]", "sided")
    bad = copy.deepcopy(data)
    del bad["muscles"][0]["label"]
    _raises(loader.parse_protocol, bad, "seven_groups.json", "muscles[0]", "label")


# ---------------------------------------------------------------- a resources folder on disk


@pytest.fixture
def resources_copy(tmp_path, monkeypatch):
    """A writable copy of resources/ that the loader reads instead (its caches untouched)."""
    root = tmp_path / "resources"
    for sub in ("instruments", "protocols"):
        shutil.copytree(Path(str(resource_root() / sub)), root / sub)
    monkeypatch.setattr(loader, "resource_root", lambda: root)
    return root


def _load_uncached(name):
    return getattr(loader, name).__wrapped__()


def test_the_copied_folder_loads_like_the_real_one(resources_copy):
    assert _load_uncached("alsfrs_r").keys == alsfrs_r().keys
    assert _load_uncached("protocols").keys() == protocols().keys()


def test_bad_json_on_disk_names_the_file_and_line(resources_copy):
    path = resources_copy / "instruments" / "alsfrs_r.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"Q4_Handwriting",', '"Q4"', 1),
                    encoding="utf-8")
    with pytest.raises(ResourceError, match=r"^alsfrs_r\.json: not valid JSON \(line \d+\)"):
        _load_uncached("alsfrs_r")


def test_a_file_that_is_not_utf8_or_not_an_object_is_a_resource_error(resources_copy):
    (resources_copy / "instruments" / "mrc.json").write_bytes(b'{"name": "\xff"}')
    with pytest.raises(ResourceError, match=r"^mrc\.json: .*UTF-8"):
        _load_uncached("mrc_scale")
    (resources_copy / "instruments" / "mrc.json").write_text("[]", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"^mrc\.json: expected a JSON object"):
        _load_uncached("mrc_scale")


def test_a_missing_instrument_file_is_a_resource_error(resources_copy):
    (resources_copy / "instruments" / "mrc.json").unlink()
    with pytest.raises(ResourceError, match=r"^mrc\.json: .*missing"):
        _load_uncached("mrc_scale")


def test_a_clinic_protocol_file_is_picked_up_and_a_bad_one_is_named(resources_copy):
    own = {"id": "hands", "name": "Hands", "muscles": [
        {"key": "first_dorsal_interosseous", "label": "First dorsal interosseous"},
        {"key": "neck_flexion", "label": "Neck flexion", "sided": False}]}
    (resources_copy / "protocols" / "hands.json").write_text(json.dumps(own), encoding="utf-8")
    hands = _load_uncached("protocols")["hands"]
    assert hands.cells == ("first_dorsal_interosseous_L", "first_dorsal_interosseous_R",
                           "neck_flexion")
    own["muscles"][0]["key"] = "First-DI"
    (resources_copy / "protocols" / "hands.json").write_text(json.dumps(own), encoding="utf-8")
    with pytest.raises(ResourceError, match=r"^hands\.json: muscles\[0\]: key 'First-DI'"):
        _load_uncached("protocols")
    own["muscles"][0]["key"] = "first_dorsal_interosseous"
    own["id"] = "seven_groups"
    (resources_copy / "protocols" / "hands.json").write_text(json.dumps(own), encoding="utf-8")
    with pytest.raises(ResourceError, match="seven_groups"):
        _load_uncached("protocols")


def test_a_missing_anchor_on_disk_is_named(resources_copy):
    path = resources_copy / "instruments" / "alsfrs_r.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    _item(data, "R_2_Orthopnea")["anchors"] = _item(data, "R_2_Orthopnea")["anchors"][:4]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ResourceError, match=r"^alsfrs_r\.json: item R_2_Orthopnea: anchors"):
        _load_uncached("alsfrs_r")


def test_cells_are_named_once_for_screens_pdf_and_exports():
    from bedside.instruments import cell_label

    assert cell_label("shoulder_abduction_L") == "Shoulder abduction, left"
    assert cell_label("ankle_dorsiflexion_R", short=True) == "Ankle dorsiflexion R"
    assert cell_label("neck_flexion") == "Neck flexion"
    assert cell_label("deltoid", short=True) == "Deltoid"
    assert cell_label("toe_spread_L") == "Toe spread, left"  # no protocol knows it
    assert cell_label("jaw_opening") == "Jaw opening"
