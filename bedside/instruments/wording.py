"""A clinic's wording of the ALSFRS-R: the item names and anchor texts in one language, with
where they come from. Clinical data, not an interface string: no translation ships with
Bedside; a clinic adds the version it holds a licence for (`bedside instrument add FILE`).

The file (JSON, UTF-8)::

    {"format": "bedside-instrument-wording/1", "instrument": "alsfrs_r",
     "language": "ka", "title": "...", "source": "citation of the validation",
     "licence_holder": "...", "version": "1.0", "date": "2024-03-01",
     "instruction": "... (optional)",
     "items": {"Q1_Speech": {"name": "...", "anchors": {"4": "...", ..., "0": "..."},
                             "help": "... (optional)"}, ...}}

It must word every item of resources/instruments/alsfrs_r.json (5a and 5b both) and every
anchor of each, and nothing else; a wording that is not complete is refused, naming what is
missing or extra. Its identity is the SHA-256 of its canonical JSON, the same on every laptop.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any

from bedside.i18n import Context, fill
from bedside.instruments.loader import alsfrs_r
from bedside.instruments.model import Anchor, Questionnaire

FORMAT = "bedside-instrument-wording/1"
INSTRUMENT = "alsfrs_r"
WORDING = Context("WORDING")
_FIELDS = {"format", "instrument", "language", "title", "source", "licence_holder", "version",
           "date", "instruction", "items"}
_REQUIRED = ("format", "instrument", "language", "title", "source", "licence_holder",
             "version", "date", "items")
_ITEM_FIELDS = {"name", "anchors", "help"}
_LANGUAGE = re.compile(r"^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})*$")
MAX_TEXT = 2000  # characters in one name, anchor or note


class WordingError(ValueError):
    """The wording file is not complete or not well formed; the message names what and
    where, on one line."""


@dataclass(frozen=True)
class ItemWording:
    name: str
    anchors: tuple[tuple[int, str], ...]  # (score, text), highest score first
    help: str = ""


@dataclass(frozen=True)
class Wording:
    language: str
    title: str
    source: str
    licence_holder: str
    version: str
    date: date
    items: tuple[tuple[str, ItemWording], ...]  # (item key, its wording), in the form's order
    instruction: str = ""
    instrument: str = INSTRUMENT

    @property
    def id(self) -> str:
        """The wording's identity: the SHA-256 of its canonical JSON (hex)."""
        return hashlib.sha256(canonical_json(self).encode("utf-8")).hexdigest()

    def label(self) -> str:
        """How a page names it: 'ALSFRS-R (ka), title, version 1.0 (2024-03-01)'."""
        return fill(WORDING.tr("%1, version %2 (%3; %4)"), self.title, self.version,
                    self.language, self.date.isoformat())


def _text(value: Any, where: str, *, optional: bool = False) -> str:
    if value is None and optional:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise WordingError(fill(WORDING.tr("%1: must be a text that is not empty"), where))
    if len(value) > MAX_TEXT:
        raise WordingError(fill(WORDING.tr("%1: at most %2 characters"), where, MAX_TEXT))
    if any(ord(c) < 32 and c not in "\n\t" for c in value):
        raise WordingError(fill(WORDING.tr("%1: holds a control character"), where))
    return value.strip()


def parse(data: Any, label: str, questionnaire: Questionnaire | None = None) -> Wording:
    """The wording ``data`` (a parsed JSON document) gives, checked complete against the
    instrument; WordingError says what is missing or extra, naming ``label`` (the file)."""
    q = questionnaire or alsfrs_r()
    if not isinstance(data, dict):
        raise WordingError(fill(WORDING.tr("%1: expected a JSON object at the top level"),
                                label))
    extra = sorted(set(data) - _FIELDS)
    if extra:
        raise WordingError(fill(WORDING.tr("%1: unknown field %2 (the fields are: %3)"), label,
                                extra[0], ", ".join(sorted(_FIELDS))))
    for field in _REQUIRED:
        if field not in data:
            raise WordingError(fill(WORDING.tr("%1: the field %2 is missing"), label, field))
    if data["format"] != FORMAT:
        raise WordingError(fill(WORDING.tr("%1: format must be %2"), label, FORMAT))
    if data["instrument"] != q.id:
        raise WordingError(fill(WORDING.tr("%1: instrument must be %2"), label, q.id))
    language = _text(data["language"], f"{label}: language")
    if not _LANGUAGE.match(language):
        raise WordingError(fill(WORDING.tr("%1: language %2 is not a language code such as ka "
                                           "or ka_GE"), label, language))
    try:
        day = date.fromisoformat(_text(data["date"], f"{label}: date"))
    except ValueError:
        raise WordingError(fill(WORDING.tr("%1: date %2 is not a date YYYY-MM-DD"), label,
                                data["date"])) from None
    items = data["items"]
    if not isinstance(items, dict):
        raise WordingError(fill(WORDING.tr("%1: items must be an object with one entry per "
                                           "item key"), label))
    unknown = [k for k in items if k not in q.keys]
    if unknown:
        raise WordingError(fill(WORDING.tr("%1: item %2 is not an item of the %3"), label,
                                unknown[0], q.short_name))
    worded = []
    for item in q.items:
        where = f"{label}: {item.key}"
        raw = items.get(item.key)
        if raw is None:
            raise WordingError(fill(WORDING.tr("%1: item %2 (%3) is missing"), label, item.key,
                                    item.number))
        if not isinstance(raw, dict):
            raise WordingError(fill(WORDING.tr("%1: must be an object with name and anchors"),
                                    where))
        extra = sorted(set(raw) - _ITEM_FIELDS)
        if extra:
            raise WordingError(fill(WORDING.tr("%1: unknown field %2"), where, extra[0]))
        anchors = raw.get("anchors")
        if not isinstance(anchors, dict):
            raise WordingError(fill(WORDING.tr("%1: anchors must be an object with one text per "
                                               "score"), where))
        scores = [str(a.score) for a in item.anchors]
        for key in anchors:
            if key not in scores:
                raise WordingError(fill(WORDING.tr("%1: anchor %2 is not a score of this item "
                                                   "(%3)"), where, key, ", ".join(scores)))
        for score in scores:
            if score not in anchors:
                raise WordingError(fill(WORDING.tr("%1: anchor %2 is missing"), where, score))
        worded.append((item.key, ItemWording(
            _text(raw.get("name"), f"{where}: name"),
            tuple((int(s), _text(anchors[s], f"{where}: anchor {s}")) for s in scores),
            _text(raw.get("help"), f"{where}: help", optional=True))))
    return Wording(language, _text(data["title"], f"{label}: title"),
                   _text(data["source"], f"{label}: source"),
                   _text(data["licence_holder"], f"{label}: licence_holder"),
                   _text(data["version"], f"{label}: version"), day, tuple(worded),
                   _text(data.get("instruction"), f"{label}: instruction", optional=True),
                   q.id)


def from_json(text: str, label: str) -> Wording:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise WordingError(fill(WORDING.tr("%1:%2: not valid JSON: %3"), label, e.lineno,
                                e.msg)) from None
    return parse(data, label)


def as_data(w: Wording) -> dict[str, Any]:
    """The wording as its file holds it."""
    data: dict[str, Any] = {
        "format": FORMAT, "instrument": w.instrument, "language": w.language,
        "title": w.title, "source": w.source, "licence_holder": w.licence_holder,
        "version": w.version, "date": w.date.isoformat(),
        "items": {key: {"name": i.name, "anchors": {str(s): t for s, t in i.anchors},
                        **({"help": i.help} if i.help else {})} for key, i in w.items},
    }
    if w.instruction:
        data["instruction"] = w.instruction
    return data


def canonical_json(w: Wording) -> str:
    return json.dumps(as_data(w), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@cache
def worded(w: Wording) -> Questionnaire:
    """The ALSFRS-R with this wording's title, names, anchors, notes and instruction (the
    keys, numbers, domains and scores are the instrument's own)."""
    q = alsfrs_r()
    texts = dict(w.items)
    items = tuple(replace(i, name=texts[i.key].name, help=texts[i.key].help,
                          anchors=tuple(Anchor(s, t) for s, t in texts[i.key].anchors))
                  for i in q.items)
    return replace(q, name=w.title, items=items, instruction=w.instruction)
