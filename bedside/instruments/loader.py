"""Load and validate the instrument files in resources/ once.

A malformed file is a ResourceError naming the file and the entry.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from bedside.instruments.model import (
    Alternate,
    Anchor,
    Domain,
    Grade,
    Item,
    MrcScale,
    Muscle,
    Protocol,
    Questionnaire,
)

_SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")


class ResourceError(ValueError):
    """A resource file is malformed; the message names the file and the entry."""


def resource_root() -> Traversable:
    return resources.files("bedside.resources")


def _read_json(path: Traversable, label: str) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ResourceError(f"{label}: file is missing from the resources folder") from None
    except UnicodeDecodeError as e:
        raise ResourceError(f"{label}: not UTF-8 text (byte {e.start})") from None
    except json.JSONDecodeError as e:
        raise ResourceError(f"{label}: not valid JSON (line {e.lineno}): {e.msg}") from None
    if not isinstance(data, dict):
        raise ResourceError(f"{label}: expected a JSON object at the top level")
    return data


def _need(obj: dict[str, Any], field: str, kind: type, where: str) -> Any:
    if not isinstance(obj, dict):
        raise ResourceError(f"{where}: expected an object with field '{field}'")
    if field not in obj:
        raise ResourceError(f"{where}: missing field '{field}'")
    value = obj[field]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ResourceError(f"{where}: field '{field}' must be {kind.__name__}")
    return value


def parse_questionnaire(data: dict[str, Any], label: str) -> Questionnaire:
    lo = _need(data, "min_score", int, label)
    hi = _need(data, "max_score", int, label)
    domains = tuple(
        Domain(
            key=_need(d, "key", str, f"{label}: domains[{n}]"),
            name=_need(d, "name", str, f"{label}: domains[{n}]"),
            column=_need(d, "column", str, f"{label}: domains[{n}]"),
        )
        for n, d in enumerate(_need(data, "domains", list, label))
    )
    domain_keys = {d.key for d in domains}
    items: list[Item] = []
    for n, raw in enumerate(_need(data, "items", list, label)):
        key = raw.get("key", f"#{n + 1}") if isinstance(raw, dict) else f"#{n + 1}"
        where = f"{label}: item {key}"
        if not isinstance(raw, dict):
            raise ResourceError(f"{where}: expected an object")
        dom = _need(raw, "domain", str, where)
        if dom not in domain_keys:
            raise ResourceError(f"{where}: unknown domain '{dom}'")
        anchors = []
        for a in _need(raw, "anchors", list, where):
            anchors.append(
                Anchor(_need(a, "score", int, where), _need(a, "text", str, where).strip())
            )
        scores = sorted(a.score for a in anchors)
        if scores != list(range(lo, hi + 1)):
            raise ResourceError(f"{where}: anchors must cover scores {lo}-{hi} once each")
        if any(not a.text for a in anchors):
            raise ResourceError(f"{where}: an anchor has empty text")
        items.append(
            Item(
                number=_need(raw, "number", str, where),
                key=_need(raw, "key", str, where),
                name=_need(raw, "name", str, where),
                domain=dom,
                anchors=tuple(sorted(anchors, key=lambda a: -a.score)),
                help=_need(raw, "help", str, where) if "help" in raw else "",
            )
        )
    keys = [i.key for i in items]
    dupes = {k for k in keys if keys.count(k) > 1}
    if dupes:
        raise ResourceError(f"{label}: duplicate item keys {sorted(dupes)}")
    alternates = []
    for n, a in enumerate(data.get("alternates", [])):
        where = f"{label}: alternates[{n}]"
        alt = Alternate(
            slot=_need(a, "slot", str, where),
            without_gastrostomy=_need(a, "without_gastrostomy", str, where),
            with_gastrostomy=_need(a, "with_gastrostomy", str, where),
        )
        for k in alt.keys:
            if k not in keys:
                raise ResourceError(f"{where}: names unknown item '{k}'")
        alternates.append(alt)
    loinc = _need(data, "loinc", dict, label)
    return Questionnaire(
        id=_need(data, "id", str, label),
        name=_need(data, "name", str, label),
        short_name=_need(data, "short_name", str, label),
        citation=data.get("citation", ""),
        instruction=data.get("instruction", ""),
        min_score=lo,
        max_score=hi,
        loinc_panel=_need(loinc, "panel", str, f"{label}: loinc"),
        loinc_total=_need(loinc, "total", str, f"{label}: loinc"),
        domains=domains,
        items=tuple(items),
        alternates=tuple(alternates),
    )


def parse_mrc_scale(data: dict[str, Any], label: str) -> MrcScale:
    grades: list[Grade] = []
    for n, g in enumerate(_need(data, "grades", list, label)):
        where = f"{label}: grades[{n}]"
        grade = Grade(
            _need(g, "code", str, where),
            _need(g, "value", int, where),
            _need(g, "text", str, where),
        )
        if not 0 <= grade.value <= 5:
            raise ResourceError(f"{where}: value must be 0-5")
        if any(g.code == grade.code for g in grades):
            raise ResourceError(f"{where}: code '{grade.code}' is used twice")
        grades.append(grade)
    nt = _need(data, "not_tested", dict, label)
    return MrcScale(
        name=_need(data, "name", str, label),
        citation=data.get("citation", ""),
        grades=tuple(grades),
        not_tested_code=_need(nt, "code", str, f"{label}: not_tested"),
        not_tested_text=_need(nt, "text", str, f"{label}: not_tested"),
        not_tested_reasons=tuple(nt.get("reasons", [])),
    )


def parse_protocol(data: dict[str, Any], label: str) -> Protocol:
    muscles = []
    for n, m in enumerate(_need(data, "muscles", list, label)):
        where = f"{label}: muscles[{n}]"
        key = _need(m, "key", str, where)
        if not _SNAKE.match(key):
            raise ResourceError(f"{where}: key '{key}' must be snake_case")
        if any(other.key == key for other in muscles):
            raise ResourceError(f"{where}: muscle key '{key}' appears twice")
        sided = _need(m, "sided", bool, where) if "sided" in m else True
        muscles.append(Muscle(key, _need(m, "label", str, where), sided))
    return Protocol(
        id=_need(data, "id", str, label),
        name=_need(data, "name", str, label),
        muscles=tuple(muscles),
        citation=data.get("citation", ""),
    )


@cache
def alsfrs_r() -> Questionnaire:
    path = resource_root() / "instruments" / "alsfrs_r.json"
    return parse_questionnaire(_read_json(path, "alsfrs_r.json"), "alsfrs_r.json")


@cache
def mrc_scale() -> MrcScale:
    path = resource_root() / "instruments" / "mrc.json"
    return parse_mrc_scale(_read_json(path, "mrc.json"), "mrc.json")


@cache
def protocols() -> dict[str, Protocol]:
    """Every muscle protocol in resources/protocols/, by id. A clinic adds one as a JSON file."""
    out: dict[str, Protocol] = {}
    folder = resource_root() / "protocols"
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".json"):
            continue
        proto = parse_protocol(_read_json(entry, entry.name), entry.name)
        if proto.id in out:
            raise ResourceError(f"{entry.name}: protocol id '{proto.id}' is used twice")
        out[proto.id] = proto
    return out


@cache
def all_mrc_cells() -> tuple[str, ...]:
    """Every MRC cell key any protocol knows, in a stable order (first protocol first)."""
    seen: dict[str, None] = {}
    order = ["mrc_sum_score", "als_clinic", "seven_groups"]
    protos = protocols()
    for pid in order + sorted(set(protos) - set(order)):
        if pid in protos:
            for cell in protos[pid].cells:
                seen.setdefault(cell, None)
    return tuple(seen)


@cache
def _cells() -> dict[str, tuple[str, str]]:
    """Cell key -> (muscle label, side 'L', 'R' or ''), from every protocol (first wins)."""
    out: dict[str, tuple[str, str]] = {}
    for proto in protocols().values():
        for m in proto.muscles:
            for cell in m.cells:
                out.setdefault(cell, (m.label, cell[-1] if m.sided else ""))
    return out


def cell_parts(cell: str) -> tuple[str, str]:
    """An MRC cell's muscle label and side ('L', 'R' or ''); a cell no protocol knows gets
    its key in words."""
    known = _cells().get(cell)
    if known is None:  # a cell of no protocol: its key in words, its side read off the key
        side = cell[-1] if cell[-2:] in ("_L", "_R") else ""
        known = ((cell[:-2] if side else cell).replace("_", " ").capitalize(), side)
    return known


def cell_label(cell: str, short: bool = False) -> str:
    """How an MRC cell is named to people: 'Shoulder abduction, left' (``short``:
    'Shoulder abduction L')."""
    label, side = cell_parts(cell)
    if not side:
        return label
    if short:
        return f"{label} {side}"
    return f"{label}, {'left' if side == 'L' else 'right'}"

