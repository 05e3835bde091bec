"""A wording file is accepted only whole: every item of the ALSFRS-R (5a and 5b), every
anchor, nothing else; a refusal names the one thing wrong, on one line, and stores nothing."""

from __future__ import annotations

import copy

import pytest

from bedside.cli import main
from bedside.instruments import alsfrs_r
from bedside.instruments.wording import WordingError, parse, worded
from bedside.store import Store, audit_log, wordings
from tests.wording.wording_files import test_wording_data, write_wording


def test_a_complete_wording_words_every_item_and_anchor():
    w = parse(test_wording_data(), "wording.json")
    q = worded(w)
    assert q.keys == alsfrs_r().keys
    assert q.item("Q5b_Cutting_with_Gastrostomy").anchor(2) == "ტესტური პასუხი 5b/2"
    assert q.item("Q1_Speech").name == "ტესტური პუნქტი 1"
    assert [d.key for d in q.domains] == [d.key for d in alsfrs_r().domains]
    assert len(w.id) == 64 and parse(test_wording_data(), "other.json").id == w.id


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["items"]["Q3_Swallowing"]["anchors"].pop("2"),
     "wording.json: Q3_Swallowing: anchor 2 is missing"),
    (lambda d: d["items"].pop("Q5b_Cutting_with_Gastrostomy"),
     "wording.json: item Q5b_Cutting_with_Gastrostomy (5b) is missing"),
    (lambda d: d["items"].__setitem__("Q10_Respiratory", {"name": "x", "anchors": {}}),
     "wording.json: item Q10_Respiratory is not an item of the ALSFRS-R"),
    (lambda d: d["items"]["Q1_Speech"]["anchors"].__setitem__("5", "five"),
     "wording.json: Q1_Speech: anchor 5 is not a score of this item (4, 3, 2, 1, 0)"),
    (lambda d: d.pop("licence_holder"), "wording.json: the field licence_holder is missing"),
    (lambda d: d.__setitem__("comment", "x"), "wording.json: unknown field comment"),
    (lambda d: d.__setitem__("date", "01.03.2024"),
     "wording.json: date 01.03.2024 is not a date YYYY-MM-DD"),
    (lambda d: d["items"]["Q8_Walking"]["anchors"].__setitem__("1", "  "),
     "wording.json: Q8_Walking: anchor 1: must be a text that is not empty"),
])
def test_an_incomplete_wording_is_refused_naming_what_is_wrong(change, message):
    data = copy.deepcopy(test_wording_data())
    change(data)
    with pytest.raises(WordingError) as e:
        parse(data, "wording.json")
    assert str(e.value).startswith(message)
    assert "\n" not in str(e.value)


def test_instrument_add_stores_the_wording_and_audits_it(db_path, tmp_path, capsys):
    Store.open(db_path).close()
    path = write_wording(tmp_path)
    assert main(["instrument", "add", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("added the ka wording: ტესტური ფორმულირება")
    with Store.open(db_path) as store:
        stored = wordings.all_wordings(store)
        assert [w.title for w in stored] == [test_wording_data()["title"]]
        assert wordings.for_language(store, "ka_GE") == stored[0]
        assert wordings.for_language(store, "ru") is None
        entries = [e for e in audit_log.history(store, "wording", stored[0].id)]
        assert [e.action for e in entries] == ["add"] and entries[0].who == "tester"
    assert main(["instrument", "list"]) == 0
    assert stored[0].id[:12] in capsys.readouterr().out


def test_a_file_missing_one_anchor_is_refused_with_one_line_and_exit_2(db_path, tmp_path,
                                                                       capsys):
    Store.open(db_path).close()
    data = test_wording_data()
    del data["items"]["R_2_Orthopnea"]["anchors"]["0"]
    assert main(["instrument", "add", str(write_wording(tmp_path, data))]) == 2
    err = capsys.readouterr().err
    assert err.strip() == ("wording.json: R_2_Orthopnea: anchor 0 is missing; nothing was "
                           "added")
    with Store.open(db_path) as store:
        assert wordings.all_wordings(store) == []


def test_a_wording_added_twice_or_a_version_taken_is_refused(db_path, tmp_path, capsys):
    Store.open(db_path).close()
    path = write_wording(tmp_path)
    assert main(["instrument", "add", str(path)]) == 0
    assert main(["instrument", "add", str(path)]) == 2
    assert "is stored already; nothing was added" in capsys.readouterr().err
    other = test_wording_data()
    other["title"] = "another"
    assert main(["instrument", "add", str(write_wording(tmp_path, other, "b.json"))]) == 2
    assert "give this one its own version" in capsys.readouterr().err


@pytest.mark.parametrize("content", [b"\xff\xfe not utf-8", b"{not json", b"[]"])
def test_a_file_that_is_no_wording_is_refused(db_path, tmp_path, capsys, content):
    Store.open(db_path).close()
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    assert main(["instrument", "add", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("bad.json") and err.count("\n") == 1


def test_a_stored_wording_cannot_be_changed_or_removed(store):
    w = wordings.add(store, parse(test_wording_data(), "w.json"))
    from bedside.store import StoreError

    for sql in ("UPDATE instrument_wordings SET title = 'x'", "DELETE FROM instrument_wordings"):
        with pytest.raises(StoreError), store.transaction():
            store.execute(sql)
    assert wordings.get(store, w.id) == w
