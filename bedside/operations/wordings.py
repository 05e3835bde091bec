"""The clinic's wordings of the ALSFRS-R: adding one from its file (`bedside instrument add`),
and which wording a visit is shown and printed in. Qt-free: the screens and the commands
share it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from bedside.domain import Visit
from bedside.i18n import Context, fill
from bedside.instruments import Questionnaire, alsfrs_r
from bedside.instruments.wording import Wording, WordingError, from_json, worded
from bedside.store import Store, wordings

WORDING_FILE_BYTES = 1_000_000  # a wording is a few tens of kilobytes
OPERATIONS = Context("OPERATIONS")


def read_wording_file(path: Path) -> Wording:
    """The complete wording a file holds; WordingError names what is wrong, on one line."""
    name = path.name
    try:
        info = os.stat(path)
    except OSError as e:
        raise WordingError(fill(OPERATIONS.tr("%1: cannot read it (%2)"), name,
                                e.strerror)) from None
    if not stat.S_ISREG(info.st_mode):
        raise WordingError(OPERATIONS.tr("%1: not a regular file").replace("%1", name))
    if info.st_size > WORDING_FILE_BYTES:
        raise WordingError(fill(OPERATIONS.tr("%1: larger than %2 bytes: not a wording file"),
                                name, WORDING_FILE_BYTES))
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as e:
        raise WordingError(fill(OPERATIONS.tr("%1: cannot read it (%2)"), name,
                                e.strerror)) from None
    except UnicodeDecodeError as e:
        raise WordingError(fill(OPERATIONS.tr("%1: not UTF-8 text (byte %2)"), name,
                                e.start)) from None
    return from_json(text, name)


def add_wording(store: Store, path: Path) -> Wording:
    """Check the wording file complete and store it (audited); WordingError or the store's
    Conflict say why not, and nothing is stored."""
    return wordings.add(store, read_wording_file(path))


def wording_for_new_visit(store: Store, language: str) -> Wording | None:
    """The clinic's wording for the interface language; None: the English original."""
    return wordings.for_language(store, language)


def wording_of(store: Store, visit: Visit) -> Wording | None:
    """The wording ``visit`` was entered in; None: the English original."""
    if not visit.alsfrs_wording:
        return None
    found = wordings.get(store, visit.alsfrs_wording)
    if found is None:  # a visit that came from another laptop before its wording did
        raise WordingError(OPERATIONS.tr(
            "the wording %1 this visit was entered in is not in this database").replace(
            "%1", visit.alsfrs_wording[:12]))
    return found


def questionnaire(wording: Wording | None) -> Questionnaire:
    """The ALSFRS-R as a wording words it (its names, anchors, notes)."""
    return worded(wording) if wording is not None else alsfrs_r()
