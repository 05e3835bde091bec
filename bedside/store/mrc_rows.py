"""A visit's MRC grades as its row holds them: character N of mrc_grades is cell N of the
recorded layout mrc_layout (the characters: migrations.MRC_CODE_CHARS); mrc_not_tested holds
the reasons given for cells not tested, as a JSON object by cell."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING

from bedside.domain import NOT_TESTED, MrcCell
from bedside.store.db import Store
from bedside.store.errors import StoreError
from bedside.store.migrations import MRC_CODE_CHARS, MRC_NOT_GRADED_CHAR, MRC_SLOTS

if TYPE_CHECKING:
    from bedside.domain import Grading

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


def encode_grading(store: Store, grading: Grading | None) -> tuple[int, str, str | None] | None:
    """Layout id, grades text and the not-tested reasons (JSON, None when no cell has one) of
    a grading; None when it grades no cell."""
    if grading is None:
        return None
    try:
        text = "".join(map(_CHAR_OR_DOT.__getitem__, grading.codes))
    except KeyError as e:
        raise StoreError(f"MRC grade {e.args[0]!r} is not a grade of the MRC scale "
                         f"({', '.join(_CHAR)})") from None
    if not text.strip(_NOT_GRADED):
        return None
    lid = layouts(store).id_for(grading.cells)
    if _NOT_TESTED_CHAR not in text or not grading.reasons:
        return lid, text, None
    reasons = {c: r for c, code, r in zip(grading.cells, grading.codes, grading.reasons,
                                          strict=True) if code == NOT_TESTED and r}
    return lid, text, json.dumps(reasons, ensure_ascii=False, sort_keys=True) if reasons else None


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


_CODE_OR_NONE = {**_CODE_OF_CHAR, MRC_NOT_GRADED_CHAR: None}


def codes(text: str) -> tuple[str | None, ...]:
    """The code of each cell of a grades text (None: not graded), in the layout's order."""
    return tuple(map(_CODE_OR_NONE.__getitem__, text))


def cells_graded(cells: Sequence[str], text: str) -> set[str]:
    return {cell for cell, ch in zip(cells, text, strict=True) if ch != _NOT_GRADED}


_NO_GRADES: MappingProxyType = MappingProxyType({})


def grades_of(lay: Layouts, layout: int | None, text: str | None,
              not_tested: str | None) -> MappingProxyType:
    """The graded cells of a visit row's mrc_layout, mrc_grades and mrc_not_tested."""
    if layout is None or text is None:
        return _NO_GRADES
    return MappingProxyType(decode(lay.cells(layout), text,
                                   json.loads(not_tested) if not_tested else {}))
