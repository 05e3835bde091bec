"""Faults during a sync: killed, the server stopped, a push replayed, the network gone. Nothing
is lost, nothing is stored twice, and the next sync completes (SPEC §7)."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time

import psycopg
import pytest
from laptops import Laptop

from bedside.operations import demo
from bedside.operations import sync as sync_op
from bedside.server import transfer
from bedside.server.connection import ServerError
from bedside.store import Store, bulk, outgoing, patients, travel


def add_demo_patients(laptop: Laptop, n: int, seed: int) -> None:
    """``n`` patients with their visits and events, as one import."""
    with laptop.store.transaction():
        bulk.insert(laptop.store, *demo.generate(n, seed), source=f"test seed {seed}")


def travelling_uids(store: Store) -> set[str]:
    """The ids of every record of this laptop that travels."""
    out: set[str] = set()
    for kind in travel.kinds(store).values():
        a = kind.alias
        out |= {r[0] for r in store.conn.execute(
            f"SELECT {a}.{kind.uid_column} FROM {kind.table} {a} WHERE {kind.travels}"
            f" AND {a}.{kind.uid_column} IS NOT NULL")}
    return out


def server_uids(url: str) -> list[str]:
    with psycopg.connect(url) as conn:
        return [r[0] for r in conn.execute("SELECT uid::text FROM records")]


def counts(store: Store) -> tuple[int, ...]:
    return tuple(store.conn.execute(q).fetchone()[0] for q in (
        "SELECT count(*) FROM patients", "SELECT count(*) FROM visits",
        "SELECT count(*) FROM events", "SELECT count(*) FROM audit_log"))


def bedside_sync(laptop: Laptop) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "bedside", "--db", str(laptop.path), "sync", "--server",
         laptop.url], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "BEDSIDE_USER": "tester"})


def converged(a: Laptop, b: Laptop, url: str) -> None:
    """Both laptops synced to the end: the same exports, the server holding each record of
    each laptop exactly once."""
    for laptop in (a, b, a):
        laptop.sync()
    assert a.export() == b.export() and a.export("--events") == b.export("--events")
    held = server_uids(url)
    assert len(held) == len(set(held))
    local = travelling_uids(a.store) | travelling_uids(b.store)
    assert set(held) == local == travelling_uids(a.store) == travelling_uids(b.store)


@pytest.mark.slow
def test_a_sync_killed_at_20_random_points(laptops, clinic_url):
    rng = random.Random(19)
    a, b = laptops("a"), laptops("b")
    add_demo_patients(a, 8, seed=100)
    a.close()
    started = time.monotonic()
    first = bedside_sync(a)
    assert first.wait(60) == 0, first.stderr.read()
    span = time.monotonic() - started
    for n in range(20):
        a.store = Store.open(a.path)
        add_demo_patients(a, 4, seed=200 + n)  # something new on both sides each time
        add_demo_patients(b, 4, seed=300 + n)
        b.sync()
        before = counts(a.store)
        a.close()
        proc = bedside_sync(a)
        time.sleep(rng.uniform(0, span * 1.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        a.store = Store.open(a.path)  # opens (checked): nothing half-written
        after = counts(a.store)
        assert after[0] >= before[0] and after[1] >= before[1]  # nothing lost
        assert a.store.check_contents() == ""
        a.close()
    a.store = Store.open(a.path)
    converged(a, b, clinic_url)


def test_a_push_acknowledged_but_not_marked_here_is_sent_again_as_already_there(
        laptops, clinic_url, monkeypatch):
    a = laptops("a")
    add_demo_patients(a, 3, seed=1)

    def killed(*args, **kw):
        raise KeyboardInterrupt  # the process ends after the server committed the push

    with monkeypatch.context() as m:
        m.setattr(outgoing, "mark_sent", killed)
        with pytest.raises(KeyboardInterrupt):
            a.sync()
    held = server_uids(clinic_url)
    assert set(held) == travelling_uids(a.store)
    result = a.sync()  # the same push again: the server has it all
    assert (result.sent, result.received) == (0, 0)
    assert sorted(server_uids(clinic_url)) == sorted(held)
    with psycopg.connect(clinic_url) as conn:
        assert conn.execute("SELECT stored, already_there FROM pushes ORDER BY id"
                            ).fetchall() == [(len(held), 0), (0, len(held))]
    assert a.sync().line == "sent 0, received 0, conflicts 0"


def test_a_replayed_push_is_stored_once(laptops, clinic_url):
    a = laptops("a")
    add_demo_patients(a, 2, seed=2)
    outgoing.give_audit_entries_ids(a.store)
    results = []
    for _ in range(2):
        with transfer.session(clinic_url) as server, a.store.snapshot():
            unsent = outgoing.read_unsent(a.store)
            results.append(server.push(a.store.laptop_uid, "a", unsent.uids,
                                       [list(unsent.records())]))
    assert results[0].stored == len(results[1].refused) + results[1].already_there
    assert (results[1].stored, results[1].refused) == (0, [])
    assert len(server_uids(clinic_url)) == results[0].stored


def test_the_server_stopped_in_the_middle_of_a_sync(laptops, clinic_url, pg):
    a, b = laptops("a"), laptops("b")
    for attempt in range(5):  # (until the stop lands inside the push: it takes a moment)
        add_demo_patients(a, 40, seed=30 + attempt)
        a.close()
        proc = bedside_sync(a)
        with psycopg.connect(clinic_url, autocommit=True) as conn:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and proc.poll() is None and not conn.execute(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'").fetchone()[0]:
                time.sleep(0.002)  # until the push holds its lock
        pg.stop("immediate")
        try:
            out, err = proc.communicate(timeout=60)
        finally:
            pg.start()
        a.store = Store.open(a.path)
        if proc.returncode == 1:
            break
        assert proc.returncode == 0, err
    assert proc.returncode == 1 and len(err.strip().splitlines()) == 1, out + err
    assert "bedside sync:" in err and "clinic server" in err
    held = server_uids(clinic_url)  # the push committed whole (the stop hit the pull) or not
    assert len(held) == len(set(held))
    converged(a, b, clinic_url)


class CuttingProxy:
    """A TCP proxy to the server that cuts both connections once ``after`` bytes went from the
    laptop to the server (the network gone in the middle of a push)."""

    def __init__(self, port: int, after: int) -> None:
        self.port, self.after = port, after
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listen_port = self.listener.getsockname()[1]
        self.cut = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.port))
            sent = [0]
            for src, dst, counted in ((client, server, True), (server, client, False)):
                threading.Thread(target=self._pipe, args=(src, dst, counted, sent, client,
                                                          server), daemon=True).start()

    def _pipe(self, src, dst, counted, sent, *both) -> None:
        try:
            while data := src.recv(65536):
                if counted:
                    sent[0] += len(data)
                    if sent[0] > self.after:
                        self.cut.set()
                        for s in both:  # (shutdown wakes the other pipe's recv; close
                            with contextlib.suppress(OSError):  # alone would not)
                                s.shutdown(socket.SHUT_RDWR)
                            s.close()
                        return
                dst.sendall(data)
        except OSError:
            pass

    def close(self) -> None:
        self.listener.close()


def test_the_network_gone_during_a_push(laptops, clinic_url, pg):
    a, b = laptops("a"), laptops("b")
    add_demo_patients(a, 10, seed=4)
    outgoing.give_audit_entries_ids(a.store)
    with a.store.snapshot():
        size = sum(len(content) for _, _, content in outgoing.read_unsent(a.store).records())
    proxy = CuttingProxy(pg.port, after=size // 2)  # half way through the COPY
    try:
        a.url = clinic_url.replace(f":{pg.port}/", f":{proxy.listen_port}/")
        with pytest.raises(ServerError, match="connection to the clinic server .* was lost"):
            a.sync()
        assert proxy.cut.is_set()
    finally:
        proxy.close()
    assert server_uids(clinic_url) == []  # the push's transaction was never committed
    a.url = clinic_url
    assert patients.count(a.store) == 10
    converged(a, b, clinic_url)


def test_ten_laptops_at_once(laptops, clinic_url):
    clinic = [laptops(f"l{n}") for n in range(10)]
    for n, laptop in enumerate(clinic):
        add_demo_patients(laptop, 3, seed=500 + n)
        laptop.close()
    procs = [bedside_sync(laptop) for laptop in clinic]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    for laptop in clinic:
        laptop.store = Store.open(laptop.path)
        laptop.sync()
    exports = {laptop.export() for laptop in clinic}
    assert len(exports) == 1 and next(iter(exports)).count("DEMO-5") > 0
    held = server_uids(clinic_url)
    assert len(held) == len(set(held))
    assert set(held) == set().union(*(travelling_uids(laptop.store) for laptop in clinic))
    assert all(sync_op.status(laptop.store).conflicts == 0 for laptop in clinic)
