"""Reading a Qt Linguist .ts file: the one source of every translation.

Qt's side compiles it into a .qm file with lrelease (bedside.ui.language loads that); the parts
of Bedside that must not import Qt (the PDF summary, the command line) read the same file here.
Only finished translations count: an unfinished, vanished or obsolete one is left out, so the
English source text shows, as QTranslator does.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REVIEW_MARK = "NOT YET REVIEWED by a native clinician"  # in the header of each shipped file
_SKIPPED = {"unfinished", "vanished", "obsolete"}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str  # the disambiguation: "" when none
    numerus: bool
    forms: tuple[str, ...]  # one translation, or one per plural form; () when not finished


@dataclass(frozen=True)
class TsFile:
    language: str  # as the file names it: "ka", "ru"
    header: str  # the comments before the <TS> element
    messages: tuple[Message, ...]

    def finished(self) -> dict[tuple[str, str, str], tuple[str, ...]]:
        return {(m.context, m.source, m.comment): m.forms for m in self.messages if m.forms}


def _text(element: ET.Element | None) -> str:
    return "" if element is None else "".join(element.itertext())


def read(path: Path | str) -> TsFile:
    """The messages of a .ts file; ValueError names the file when it is not one."""
    raw = Path(path).read_bytes()
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as e:
        raise ValueError(f"{Path(path).name}: not a .ts file ({e})") from None
    if root.tag != "TS":
        raise ValueError(f"{Path(path).name}: not a .ts file (its root is <{root.tag}>)")
    head = raw.split(b"<TS", 1)[0].decode("utf-8", "replace")
    messages = []
    for context in root.iter("context"):
        name = _text(context.find("name"))
        for m in context.iter("message"):
            tr = m.find("translation")
            numerus = m.get("numerus") == "yes"
            forms: tuple[str, ...] = ()
            if tr is not None and tr.get("type") not in _SKIPPED:
                forms = tuple(_text(f) for f in tr.iter("numerusform")) if numerus else (_text(tr),)
            messages.append(Message(name, _text(m.find("source")), _text(m.find("comment")),
                                    numerus, forms))
    return TsFile(root.get("language", ""), head, tuple(messages))
