"""MRC grades as one row per graded visit: character N of its grades text is cell N of the
row's layout (the characters: migrations.MRC_CODE_CHARS)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence

from bedside.domain import NOT_TESTED, Grading, MrcCell
from bedside.store.db import Store
from bedside.store.errors import StoreError
from bedside.store.migrations import MRC_CODE_CHARS, MRC_NOT_GRADED_CHAR, MRC_SLOTS

GRADES_INTO, GRADES_ROW = "INSERT INTO mrc_grades (visit_id, layout, grades)", "(?, ?, ?)"
GRADES_INSERT = f"{GRADES_INTO} VALUES {GRADES_ROW}"
NOT_TESTED_INTO, NOT_TESTED_ROW = ("INSERT INTO mrc_not_tested (visit_id, cell, reason)",
                                   "(?, ?, ?)")
NOT_TESTED_INSERT = f"{NOT_TESTED_INTO} VALUES {NOT_TESTED_ROW}"
GRADES_SELECT = "SELECT visit_id, layout, grades FROM mrc_grades"
_CODE_OF_CHAR = {ch: code for code, ch in MRC_CODE_CHARS.items()}


class Layouts:
    """The store's recorded layouts, cached for the life of the connection."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.by_id: dict[int, tuple[str, ...]] = {}
        self.by_cells: dict[tuple[str, ...], int] = {}
        for lid, cells in store.conn.execute("SELECT id, cells FROM mrc_layouts"):
            self._remember(lid, tuple(json.loads(cells)))

    def _remember(self, lid: int, cells: tuple[str, ...]) -> None:
        self.by_id[lid] = cells
        self.by_cells[cells] = lid

    def id_for(self, cells: tuple[str, ...]) -> int:
        """The layout id for ``cells``, recording it first if new (inside a transaction)."""
        if cells in self.by_cells:
            return self.by_cells[cells]
        row = self.store.conn.execute(  # recorded by another window or command meanwhile?
            "SELECT id FROM mrc_layouts WHERE cells = ?", (json.dumps(list(cells)),)).fetchone()
        if row is not None:
            self._remember(int(row[0]), cells)
            return int(row[0])
        if len(cells) > MRC_SLOTS:
            raise StoreError(f"an MRC grading can hold at most {MRC_SLOTS} muscle cells; "
                             f"this one has {len(cells)}")
        cur = self.store.execute("INSERT INTO mrc_layouts (cells) VALUES (?)",
                                 (json.dumps(list(cells)),))
        self._remember(int(cur.lastrowid), cells)
        return self.by_cells[cells]

    def cells(self, lid: int) -> tuple[str, ...]:
        if lid not in self.by_id:  # recorded by another connection since we loaded
            row = self.store.conn.execute(
                "SELECT cells FROM mrc_layouts WHERE id = ?", (lid,)).fetchone()
            self._remember(lid, tuple(json.loads(row[0])))
        return self.by_id[lid]


def layouts(store: Store) -> Layouts:
    """Cached in store.cache, which a rollback empties: a layout recorded in a transaction
    that was rolled back must not be remembered (its id may be given to other cells)."""
    cached = store.cache.get("mrc_layouts")
    if cached is None:
        cached = store.cache["mrc_layouts"] = Layouts(store)
    return cached


def encode_grading(store: Store, grading: Grading
                   ) -> tuple[int, str, list[tuple[str, str]]] | None:
    """Layout id, grades text and the (cell, reason) of each not-tested cell of a grading;
    None when it grades no cell."""
    try:
        text = "".join(map(_CHAR_OR_DOT.__getitem__, grading.codes))
    except KeyError as e:
        raise StoreError(f"MRC grade {e.args[0]!r} is not a grade of the MRC scale "
                         f"({', '.join(_CHAR)})") from None
    if not text.strip(_NOT_GRADED):
        return None
    lid = layouts(store).id_for(grading.cells)
    if _NOT_TESTED_CHAR not in text:
        return lid, text, []
    reasons = grading.reasons or ("",) * len(grading.cells)
    return lid, text, [(c, r) for c, code, r in zip(grading.cells, grading.codes, reasons,
                                                    strict=True) if code == NOT_TESTED]


_CHAR = MRC_CODE_CHARS
_NOT_GRADED = MRC_NOT_GRADED_CHAR
_CHAR_OR_DOT = {**MRC_CODE_CHARS, None: MRC_NOT_GRADED_CHAR}
_NOT_TESTED_CHAR = MRC_CODE_CHARS[NOT_TESTED]


class _PlainCells(dict):
    """One shared MrcCell per grade character without a reason (they are frozen values)."""

    def __missing__(self, char: str) -> MrcCell:
        cell = self[char] = MrcCell(_CODE_OF_CHAR[char])
        return cell


_PLAIN = _PlainCells()


def decode(cells: Sequence[str], text: str, reasons: Mapping[str, str]) -> dict[str, MrcCell]:
    """The graded cells of one grades text laid out on ``cells`` (one character each: a text
    of another length was not written by Bedside, and says so rather than be half read)."""
    pairs = zip(cells, text, strict=True)
    if not reasons:
        plain = _PLAIN
        return {cell: plain[ch] for cell, ch in pairs if ch != _NOT_GRADED}
    return {cell: MrcCell(_CODE_OF_CHAR[ch], reasons.get(cell, ""))
            for cell, ch in pairs if ch != _NOT_GRADED}


_SPELLED = str.maketrans({**{ch: code + " " for code, ch in MRC_CODE_CHARS.items()},
                          MRC_NOT_GRADED_CHAR: MRC_NOT_GRADED_CHAR + " "})


def spelled(text: str) -> str:
    """A grades text as people write it, for audit entries: 'NT . 4+ 5-'."""
    return text.translate(_SPELLED)[:-1]


_CODE_OR_NONE = {**_CODE_OF_CHAR, MRC_NOT_GRADED_CHAR: None}


def codes(text: str) -> tuple[str | None, ...]:
    """The code of each cell of a grades text (None: not graded), in the layout's order."""
    return tuple(map(_CODE_OR_NONE.__getitem__, text))


def cells_graded(cells: Sequence[str], text: str) -> set[str]:
    return {cell for cell, ch in zip(cells, text, strict=True) if ch != _NOT_GRADED}


def write(store: Store, visit_id: int, grades: Mapping[str, MrcCell], protocol: str) -> None:
    encoded = encode_grading(store, Grading.of(grades, protocol)) if grades else None
    if encoded is None:
        return
    lid, text, reasons = encoded
    store.execute(GRADES_INSERT, (visit_id, lid, text))
    if reasons:
        store.executemany(NOT_TESTED_INSERT, [(visit_id, c, r) for c, r in reasons])


def delete(store: Store, visit_id: int) -> None:
    store.execute("DELETE FROM mrc_not_tested WHERE visit_id = ?", (visit_id,))
    store.execute("DELETE FROM mrc_grades WHERE visit_id = ?", (visit_id,))


def load(store: Store, visit_ids: Iterable[int]) -> dict[int, dict[str, MrcCell]]:
    ids = list(visit_ids)
    out: dict[int, dict[str, MrcCell]] = {i: {} for i in ids}
    lay = layouts(store)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        reasons: dict[int, dict[str, str]] = {}
        for vid, cell, reason in store.conn.execute(
            f"SELECT visit_id, cell, reason FROM mrc_not_tested WHERE visit_id IN ({marks})",
            chunk,
        ):
            reasons.setdefault(vid, {})[cell] = reason
        for row in store.conn.execute(f"{GRADES_SELECT} WHERE visit_id IN ({marks})", chunk):
            out[row[0]] = decode(lay.cells(row[1]), row[2], reasons.get(row[0], {}))
    return out
