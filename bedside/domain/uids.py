"""Ids that travel: UUIDs (RFC 9562 version 7) for patients, visit versions, events and
imports, beside each row's local integer key.

A version 7 UUID starts with the milliseconds since 1970 (so ids sort by the time they were
minted) followed by 74 random bits. Within one process, ids minted in the same millisecond
count up from a random start (RFC 9562 §6.2, method 2), so they stay in order; two laptops
share an id only if, in the same millisecond, their random starts lie within a batch of each
other: about one chance in 2^73 / (ids minted).
"""

from __future__ import annotations

import re
import secrets
import threading
import time

_RANDOM_BITS = 74  # rand_a (12 bits) and rand_b (62 bits)
_LOW_BITS = 48  # the last group of hex digits
_UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
UID_RULE = "must be a UUID: 32 hex digits as 8-4-4-4-12, e.g. 0190f5c2-7b1e-7cc4-9a3e-1f2b3c4d5e6f"

_lock = threading.Lock()
_last_ms = -1
_last_random = 0


def _reserve(n: int) -> tuple[int, int]:
    """The millisecond and the first random part of ``n`` consecutive ids."""
    global _last_ms, _last_random
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms > _last_ms:
            start = secrets.randbits(_RANDOM_BITS - 1)  # room to count up within the ms
        else:  # the same millisecond (or the clock went back): count on
            ms, start = _last_ms, _last_random + 1
            if start + n >= 1 << _RANDOM_BITS:
                ms, start = ms + 1, secrets.randbits(_RANDOM_BITS - 1)
        _last_ms, _last_random = ms, start + n - 1
        return ms, start


def _text(ms: int, random: int) -> str:
    value = (ms << 80) | (7 << 76) | ((random >> 62) << 64) | (2 << 62) | (random & (2**62 - 1))
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def new_uid() -> str:
    """A new id, as its canonical text (lower case, 8-4-4-4-12)."""
    return _text(*_reserve(1))


def new_uids(n: int) -> list[str]:
    """``n`` new ids in order. Consecutive ids differ only in their last digits, so they are
    written from one shared beginning (an import mints 200,000 at once)."""
    if n <= 0:
        return []
    ms, start = _reserve(n)
    out: list[str] = []
    random = start
    while len(out) < n:
        low = random & (2**_LOW_BITS - 1)
        take = min(n - len(out), 2**_LOW_BITS - low)  # until the last group would carry
        head = _text(ms, random)[:-12]
        out += [f"{head}{x:012x}" for x in range(low, low + take)]
        random += take
    return out


def canonical_uid(text: str) -> str | None:
    """``text`` as a stored id (lower case), or None when it is not a UUID written 8-4-4-4-12
    (any version: another program's ids are kept as they are)."""
    if _UID.fullmatch(text):
        return text
    lowered = text.strip().lower()
    return lowered if _UID.fullmatch(lowered) else None
