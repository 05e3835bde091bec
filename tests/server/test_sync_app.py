"""The clinic server in the app: the window syncs in the background (at start, after a
signature, on File > Sync now), says "synced … ago" or "offline: N visits waiting", never
holds up entry, and shows the conflicts for a person to resolve."""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest
from laptops import a_visit, day, new_patient
from psycopg.conninfo import conninfo_to_dict

from bedside.operations import sync as sync_op
from bedside.store import visits

SHOTS = Path(os.environ.get("BEDSIDE_SHOTS", "/tmp/bedside-shots"))


@pytest.fixture
def window(qtbot, laptops, tmp_path, monkeypatch):
    """Laptop a in the app, its server set; laptop b beside it (store and commands)."""
    from bedside.ui.main_window import MainWindow
    from bedside.ui.settings import Settings

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    settings = Settings(str(tmp_path / "settings.ini"))

    a, b = laptops("a"), laptops("b")
    sync_op.set_server_url(a.store, a.url)  # kept without its password: libpq finds it
    monkeypatch.setenv("PGPASSWORD", conninfo_to_dict(a.url)["password"])
    w = MainWindow(None, settings)
    qtbot.addWidget(w)
    w.show()
    w.laptop, w.other = a, b
    yield w
    w.clinic_sync.wait()
    w.close()


def open_store(qtbot, w):
    """The window shows laptop a's database: the sync at start is awaited."""
    with qtbot.waitSignal(w.sync_with_server().finished, timeout=30000) as got:
        w.set_store(w.laptop.store)
    return got.args[0]


def sync_now(qtbot, w):
    with qtbot.waitSignal(w.clinic_sync.finished, timeout=30000) as got:
        w.sync_action.trigger()
    return got.args[0]


def while_open(monkeypatch, dialog_class, act) -> None:
    """``act(dialog)`` once a dialog of ``dialog_class`` is open, as a person would."""
    from PySide6.QtCore import QTimer

    real_exec = dialog_class.exec

    def exec_(dialog):
        QTimer.singleShot(0, lambda: act(dialog))
        return real_exec(dialog)

    monkeypatch.setattr(dialog_class, "exec", exec_)


def listed(w) -> str:
    model = w.patient_list.model
    return " ".join(str(model.data(model.index(r, c))) for r in range(model.rowCount())
                    for c in range(model.columnCount()))


def label(w) -> str:
    return w.clinic_sync.label.text()


def test_the_window_syncs_at_start_and_on_sync_now(qtbot, window):
    w, a, b = window, window.laptop, window.other
    a.add_patient("A-1")
    a.sign("A-1", day(1))
    attempt = open_store(qtbot, w)
    assert attempt.result is not None and attempt.result.sent > 0, attempt.failure
    assert label(w).startswith("synced just now")
    b.sync()  # b receives A-1 ...
    assert visits.for_patient(b.store, "A-1")
    b.add_patient("B-1")  # ... and records a patient of its own
    b.sign("B-1", day(2), seed=7)
    b.sync()
    attempt = sync_now(qtbot, w)
    assert attempt.result.received > 0
    stored = visits.for_patient(a.store, "B-1")  # what is stored on laptop a
    assert [v.visit_date for v in stored] == [day(2)]
    assert "B-1" in listed(w)  # and the window's list shows it
    assert "Synced: 0 sent" in w.statusBar().currentMessage()


def test_a_signature_is_sent_soon_after(qtbot, window):
    w, a, b = window, window.laptop, window.other
    open_store(qtbot, w)
    w.clinic_sync.soon.setInterval(50)
    a.add_patient("A-2")
    visit = a.sign("A-2", day(5))
    from bedside.operations.changes import Changed

    with qtbot.waitSignal(w.clinic_sync.finished, timeout=30000):
        w.patient_changed.emit(Changed("A-2", visits=True))  # as the editor does on signing
    b.sync()
    assert [v.visit_uid for v in visits.for_patient(b.store, "A-2")] == [visit.visit_uid]


def test_offline_says_how_many_visits_wait_and_sends_them_later(qtbot, window, pg):
    w, a, b = window, window.laptop, window.other
    open_store(qtbot, w)
    a.add_patient("A-3")
    for n in range(3):
        a.sign("A-3", day(10 + n), seed=n)
    pg.stop("fast")
    try:
        attempt = sync_now(qtbot, w)
        assert attempt.result is None and "cannot be reached" in attempt.failure
        assert label(w) in ("offline: 3 visits waiting", "offline: 3 visit(s) waiting")
        assert "cannot be reached" in w.clinic_sync.label.toolTip()
        assert "Not synced" in w.statusBar().currentMessage()
    finally:
        pg.start()
    attempt = sync_now(qtbot, w)
    assert attempt.result.sent > 0 and label(w).startswith("synced just now")
    b.sync()
    assert len(visits.for_patient(b.store, "A-3")) == 3


class Silent:
    """A server that accepts the connection and never answers (a ward's half-dead Wi-Fi)."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.held: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                self.held.append(self.listener.accept()[0])
            except OSError:
                return

    def close(self) -> None:
        for s in self.held:
            s.close()
        self.listener.close()


def test_entry_goes_on_while_a_sync_hangs(qtbot, window):
    from bedside.operations import patients as patient_ops

    w, a = window, window.laptop
    silent = Silent()
    try:
        sync_op.set_server_url(a.store, f"postgresql://nurse@127.0.0.1:{silent.port}/clinic"
                                        "?connect_timeout=3")
        started = time.monotonic()
        with qtbot.waitSignal(w.sync_with_server().finished, timeout=30000) as got:
            w.set_store(a.store)
            assert time.monotonic() - started < 1.0  # the window is not held up
            qtbot.waitUntil(lambda: label(w) == "syncing…", timeout=5000)
            saved = time.monotonic()  # a patient and a visit entered meanwhile
            patient_ops.add_patient(a.store, new_patient("A-4"))
            draft = visits.save_draft(a.store, a_visit("A-4", day(20)))
            visits.sign(a.store, draft.visit_id, "Dr Test")
            assert time.monotonic() - saved < 1.0  # saved beside the sync under way
            assert w.clinic_sync.job.running
        attempt = got.args[0]
        assert attempt.result is None and attempt.failure
        assert label(w) in ("offline: 1 visit waiting", "offline: 1 visit(s) waiting")
    finally:
        silent.close()


def test_conflicts_are_shown_and_resolved_in_the_app(qtbot, window, monkeypatch):

    from bedside.ui import conflicts_dialog

    w, a, b = window, window.laptop, window.other
    a.add_patient("C-1")
    a.sync()
    b.sync()
    first = a.sign("C-1", day(30), seed=1)  # one date, two laptops, before either synced
    second = b.sign("C-1", day(30), seed=2)
    b.sync()
    attempt = open_store(qtbot, w)
    assert attempt.status.conflicts == 1
    assert "1 conflict" in label(w)
    shots: list = []

    def act(dialog):
        assert dialog.listing.count() == 1
        assert "2 signed visits on one date" in dialog.listing.item(0).text()
        assert not dialog.resolve_button.isEnabled()  # a choice and a reason first
        choice = next(c for c in (1, 2) if dialog.conflicts[0].choices[c - 1].visit_uid
                      == second.visit_uid)
        dialog.group.button(choice).click()
        assert not dialog.resolve_button.isEnabled()
        qtbot.keyClicks(dialog.reason, "entered twice; the other laptop's is right")
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "sync-conflicts.png"))
        dialog.resolve_button.click()
        shots.append(dialog.heading.text())
        dialog.reject()

    while_open(monkeypatch, conflicts_dialog.ConflictsDialog, act)
    with qtbot.waitSignal(w.clinic_sync.finished, timeout=30000) as got:
        w.conflicts_action.trigger()
    assert shots == ["No conflicts: every laptop's records agree."]
    kept = visits.for_patient(a.store, "C-1")
    assert [v.visit_uid for v in kept] == [first.visit_uid]  # the other, entered in error
    assert got.args[0].status.conflicts == 0 and "conflict" not in label(w)
    b.sync()
    assert sync_op.status(b.store).conflicts == 0  # resolved on every laptop
    w.resize(1100, 700)
    w.grab().save(str(SHOTS / "sync-window.png"))


def test_details_are_combined_field_by_field_in_the_app(qtbot, window, monkeypatch):
    from dataclasses import replace

    from bedside.store import audit_log, patients
    from bedside.ui import conflicts_dialog

    w, a, b = window, window.laptop, window.other
    a.add_patient("D-1", "Doe")
    a.sync()
    b.sync()
    a.edit_details("D-1", "Roe")  # the family name corrected here,
    p = patients.get(b.store, "D-1")  # the date of birth there, from one version
    patients.update(b.store, replace(p, birth_date=day(-9000)), reason="passport")
    b.sync()
    assert open_store(qtbot, w).status.conflicts == 1

    def act(dialog):
        [c] = dialog.conflicts
        assert c.kind == "details"
        ours = 1 + [v.patient.family_name for v in c.choices].index("Roe")
        theirs = 3 - ours
        dialog.findChild(conflicts_dialog.QRadioButton, "choice_combine").click()
        dialog.findChild(conflicts_dialog.QRadioButton, f"take_family_name_{ours}").click()
        dialog.findChild(conflicts_dialog.QRadioButton, f"take_birth_date_{theirs}").click()
        qtbot.keyClicks(dialog.reason, "both corrections are right")
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "sync-combine.png"))
        dialog.resolve_button.click()
        dialog.reject()

    while_open(monkeypatch, conflicts_dialog.ConflictsDialog, act)
    with qtbot.waitSignal(w.clinic_sync.finished, timeout=30000) as got:
        w.conflicts_action.trigger()
    assert got.args[0].status.conflicts == 0
    b.sync()
    for laptop in (a, b):
        kept = patients.get(laptop.store, "D-1")
        assert (kept.family_name, kept.birth_date) == ("Roe", day(-9000))
        assert sync_op.status(laptop.store).conflicts == 0
    [entry] = [h for h in audit_log.history(a.store, "patient", "D-1") if h.action == "resolve"]
    assert entry.reason == "both corrections are right"


def test_the_password_is_asked_for_at_sync_now_and_kept_for_the_session(qtbot, window,
                                                                         monkeypatch):
    from bedside.ui import clinic_sync

    w, a = window, window.laptop
    password = os.environ["PGPASSWORD"]
    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    attempt = open_store(qtbot, w)  # in the background: nobody is asked
    assert attempt.password_needed and label(w) == "offline"
    asked: list[str] = []

    def typed(parent, title, text, echo):
        asked.append(text)
        return password, True

    monkeypatch.setattr(clinic_sync.QInputDialog, "getText", typed)
    a.add_patient("P-9")
    attempt = sync_now(qtbot, w)
    assert len(asked) == 1 and "asks for a password" in asked[0]
    assert attempt.result is not None and attempt.result.sent > 0
    with qtbot.waitSignal(w.clinic_sync.finished, timeout=30000) as got:
        w.clinic_sync.start()  # the next one in the background: not asked again
    assert got.args[0].result is not None and len(asked) == 1
    assert password not in sync_op.server_url(a.store)  # never written down


def test_the_server_is_set_in_the_settings_and_a_bad_one_is_refused(qtbot, window,
                                                                     monkeypatch):

    from bedside.ui import menu_actions

    w, a = window, window.laptop
    url = sync_op.server_url(a.store)
    sync_op.set_server_url(a.store, "")
    w.set_store(a.store)
    qtbot.waitUntil(lambda: w.clinic_sync is not None and w.clinic_sync.store is a.store)
    assert not w.clinic_sync.label.isVisible()  # no server: nothing said of one
    seen: list[str] = []

    def fill(dialog):
        dialog.server.setText("host=10.1.2.3 dbname=bedside user=laptop3")  # no TLS
        dialog.save()
        seen.append(dialog.server_error.text())
        assert dialog.isVisible()  # not saved: said why
        dialog.server.setText(url)
        dialog.save()

    while_open(monkeypatch, menu_actions.SettingsDialog, fill)
    with qtbot.waitSignal(w.clinic_sync.finished, timeout=30000) as got:
        w.settings_action.trigger()
    assert "sslmode=verify-full" in seen[0] and len(seen[0].splitlines()) == 1
    assert sync_op.server_url(a.store) == url
    assert got.args[0].result is not None and label(w).startswith("synced")


def test_an_integrity_problem_is_shown_in_the_window_and_the_conflicts(qtbot, window,
                                                                        monkeypatch):
    import psycopg

    from bedside.ui import conflicts_dialog

    w, a = window, window.laptop
    a.add_patient("I-1")
    mine = a.sign("I-1", day(40), seed=3)
    with psycopg.connect(a.url) as conn:  # another content under the id of a's visit
        conn.execute("INSERT INTO laptops (laptop_uid, name) VALUES "
                     "('018f0000-0000-7000-8000-0000000000aa', 'rogue')")
        conn.execute("INSERT INTO pushes (id, laptop_uid, stored, already_there, refused)"
                     " VALUES (9999, '018f0000-0000-7000-8000-0000000000aa', 1, 0, 0)")
        conn.execute("INSERT INTO records (uid, kind, content, push_id) VALUES (%s, 'visit',"
                     " '{\"tampered\":1}', 9999)", (mine.visit_uid,))
    attempt = open_store(qtbot, w)  # refused by the server, and received back: one id
    assert [uid for uid, _, _ in attempt.result.problems] == [mine.visit_uid]
    assert attempt.status.problems == 1 and "1 integrity problem" in label(w)
    sync_now(qtbot, w)
    assert "1 integrity problem" in label(w)  # listed until someone looks into it
    seen: list[str] = []

    def read(dialog):
        seen.append(dialog.problems.text())
        dialog.reject()

    while_open(monkeypatch, conflicts_dialog.ConflictsDialog, read)
    w.conflicts_action.trigger()
    assert mine.visit_uid in seen[0] and "never merged" in seen[0]
    assert visits.for_patient(a.store, "I-1")[0].notes == "seen 3"  # kept as it was
