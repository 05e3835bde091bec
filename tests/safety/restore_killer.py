"""Runs a restore that SIGKILLs itself at file-operation step K (before or after it).

``python -m tests.safety.restore_killer DB SOURCE K [KEY_HEX]``; exits 0 when the restore
finished before step K came (then the test has tried every step). With KEY_HEX the restore is
of an encrypted backup, and writing the keys file is a step too."""

from __future__ import annotations

import os
import signal
import sys

from bedside.store import backup, keyfile
from bedside.store.connector import PLAIN, Connector

STEPS = ("_copy_into", "verify", "fsync_file", "_keep_healthy", "set_aside", "_record_restore",
         "fsync_dir")


def main(db: str, source: str, kill_at: int, key_hex: str = "") -> None:
    count = 0

    def step(fn):
        def wrapped(*args, **kwargs):
            nonlocal count
            count += 1
            if count == kill_at:  # before the operation
                os.kill(os.getpid(), signal.SIGKILL)
            result = fn(*args, **kwargs)
            count += 1
            if count == kill_at:  # after it
                os.kill(os.getpid(), signal.SIGKILL)
            return result
        return wrapped

    for name in STEPS:
        setattr(backup, name, step(getattr(backup, name)))
    backup.os = type("os_with_kill_points", (), {  # os.replace and os.link are steps too
        "__getattr__": lambda self, n: step(getattr(os, n)) if n in ("replace", "link")
        else getattr(os, n)})()
    backup.keyfile = type("keyfile_with_kill_points", (), {
        "__getattr__": lambda self, n: step(getattr(keyfile, n)) if n == "copy"
        else getattr(keyfile, n)})()
    backup.restore(db, source, Connector(bytes.fromhex(key_hex)) if key_hex else PLAIN)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), *sys.argv[4:5])
