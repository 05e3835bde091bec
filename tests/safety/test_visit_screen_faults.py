"""The visit entry screen under a real full disk and a real second writer: the answers stay
on screen, the banner says why, and nothing typed is lost once the fault is gone."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bedside.store import patients, visits  # noqa: E402
from tests.safety.factory import patient  # noqa: E402


@pytest.fixture
def editor(qtbot, store):
    from bedside.ui.visit import VisitEditor

    patients.add(store, patient("P001"))
    ed = VisitEditor(store, patient("P001"), None, examiner="Dr Test")
    qtbot.addWidget(ed)
    ed.resize(1366, 768)
    ed.show()
    qtbot.waitExposed(ed)
    ed.activateWindow()
    qtbot.waitUntil(ed.isActiveWindow, timeout=2000)
    ed.start_page.do_mrc.setFocus()
    _press(qtbot, Qt.Key.Key_Space, Qt.Key.Key_Return)
    assert ed.stack.currentWidget() is ed.item_page
    return ed


def _press(qtbot, *keys):
    for key in keys:
        qtbot.keyClick(QApplication.focusWidget(), key)


def _fill_the_disk(store):
    """Cap the database at its present size, then use up the room left inside it (with
    audit entries of shrinking size: the table every save appends to)."""
    conn = store.conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    for size in (2000, 400, 60, 1):
        while True:
            try:
                conn.execute("INSERT INTO audit_log (at_utc, who, action, entity, entity_key,"
                             " new_value) VALUES ('', 'test', 'filler', 'none', '', ?)",
                             ("x" * size,))
            except Exception:
                break


def _free_the_disk(store):
    store.conn.execute("PRAGMA max_page_count = 1073741823")


def test_full_disk_keeps_the_answers_on_screen_and_says_why(editor, store, qtbot):
    _press(qtbot, Qt.Key.Key_3)
    _fill_the_disk(store)
    for key in (Qt.Key.Key_2, Qt.Key.Key_4, Qt.Key.Key_1):
        _press(qtbot, key)
    assert editor.banner.isVisible() and "disk is full" in editor.banner.text()
    assert editor.draft.answers == {"Q1_Speech": 3, "Q2_Salivation": 2, "Q3_Swallowing": 4,
                                    "Q4_Handwriting": 1}
    assert store.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    _free_the_disk(store)
    _press(qtbot, Qt.Key.Key_0)
    assert not editor.banner.isVisible()
    assert dict(visits.drafts(store)[0].alsfrs) == {
        "Q1_Speech": 3, "Q2_Salivation": 2, "Q3_Swallowing": 4, "Q4_Handwriting": 1,
        "Q5a_Cutting_without_Gastrostomy": 0}


HOLDER = textwrap.dedent("""
    import sys, time
    from bedside.store import Store
    s = Store.open(sys.argv[1])
    with s.transaction():
        print("locked", flush=True)
        sys.stdin.readline()
""")


def test_another_writer_keeps_the_answers_on_screen_and_says_why(editor, store, db_path,
                                                                  qtbot):
    store.conn.execute("PRAGMA busy_timeout = 200")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)], cwd=os.getcwd(),
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        _press(qtbot, Qt.Key.Key_3)
        assert editor.banner.isVisible()
        assert "another Bedside window or command is writing" in editor.banner.text()
        assert editor.draft.answers == {"Q1_Speech": 3}
    finally:
        holder.communicate("\n", timeout=20)
    _press(qtbot, Qt.Key.Key_2)
    assert not editor.banner.isVisible()
    assert dict(visits.drafts(store)[0].alsfrs) == {"Q1_Speech": 3, "Q2_Salivation": 2}
