"""argon2 at its cheapest in the tests; ``python -m tests.cheap_argon2 ARGS`` is ``bedside ARGS``
with it (for that, the checkout on PYTHONPATH: `command_env`).

Bedside hashes each examiner's password and derives each keys-file entry with argon2id's RFC 9106
low-memory profile (64 MiB, 3 passes, 4 lanes), slow on purpose. The tests sign in, unlock, add
examiners and convert databases many hundreds of times, and what they check (who may open what,
what is audited, what a wrong password changes) does not depend on that cost, so they run with
argon2's cheapest parameters. A stored hash and a keys-file entry carry their own parameters, so
such a database opens the same way in either. The tests marked `production_argon2` keep the
production profile, and tests/access/test_argon2_profile.py checks that a clinic's database gets it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHEAPEST = {"time_cost": 1, "memory_cost": 8, "parallelism": 1}  # argon2's own minimum
BEDSIDE = (sys.executable, "-m", "tests.cheap_argon2")


def use_cheapest() -> None:
    from argon2 import PasswordHasher

    from bedside.store import accounts, keyfile

    keyfile.KDF = dict(CHEAPEST)
    accounts._hasher = PasswordHasher(**CHEAPEST)


def command_env(env: dict[str, str]) -> dict[str, str]:
    """``env`` with the checkout on PYTHONPATH, where `python -m tests.cheap_argon2` finds it."""
    paths = [str(ROOT), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    return {**env, "PYTHONPATH": os.pathsep.join(paths)}


if __name__ == "__main__":
    use_cheapest()
    from bedside.cli import main

    sys.exit(main())
