"""The column-by-column reading of a large visit CSV (csv_visit_columns) in a second process,
part by part, so that this process can store each part while the next is read: on two cores
reading and storing overlap instead of following each other.

The reader only reads: it has no database. It is a fork of this process (it shares the
file's bytes with it: nothing is copied or read twice), made only where a fork is safe (Linux,
no other thread running here). Elsewhere, and for small files, the parts are read here, one
after the other, with the same result.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
import threading
from collections.abc import Iterator
from multiprocessing.connection import Connection

from bedside.interchange.csv_read import CsvTable
from bedside.interchange.csv_visit_columns import CHUNK_ROWS, NotClean, read_chunks
from bedside.interchange.csv_visits import FileColumns, ParsedVisits

# Below this many bytes (about 20,000 visit rows) a second process gains nothing.
MIN_BYTES_FOR_A_READER = 4_000_000
PART_ROWS = CHUNK_ROWS // 2  # parts of 10,000 rows: the last part stored alone is short
_DONE, _NOT_CLEAN = "done", "not clean"


def read_parts(columns: FileColumns, table: CsvTable) -> Iterator[ParsedVisits]:
    """The parts of read_chunks, read ahead in a second process where that is safe and the
    file is large; raises NotClean as read_chunks does."""
    if len(table.data) < MIN_BYTES_FOR_A_READER or not _can_fork():
        yield from read_chunks(columns, table, PART_ROWS)
        return
    yield from _from_reader(columns, table)


def _can_fork() -> bool:
    """Linux only: macOS has fork but its system libraries are not safe in a forked child
    (Python itself starts processes there by spawning them), Windows has none."""
    return sys.platform.startswith("linux") and threading.active_count() == 1


def _from_reader(columns: FileColumns, table: CsvTable) -> Iterator[ParsedVisits]:
    ctx = multiprocessing.get_context("fork")
    here, there = ctx.Pipe(duplex=False)
    reader = ctx.Process(target=_read, args=(here, there, columns, table), daemon=True,
                         name="bedside csv reader")
    sys.stdout.flush()  # (the fork would write out what is still buffered a second time)
    sys.stderr.flush()
    reader.start()
    there.close()
    try:
        while True:
            try:
                message = here.recv()
            except EOFError:  # the reader died (killed, out of memory): read it here
                raise NotClean from None
            if message == _DONE:
                return
            if message == _NOT_CLEAN or isinstance(message, tuple):
                raise NotClean  # (a tuple: the reader failed; the reading here tells why)
            yield message
    finally:
        here.close()
        if reader.is_alive():
            reader.kill()
        reader.join()


def _read(parent_end: Connection, out: Connection, columns: FileColumns,
          table: CsvTable) -> None:
    """In the reader: every part, then _DONE; _NOT_CLEAN as soon as a cell needs the
    row-by-row reading; on any other failure its description. Ctrl+C is left to this
    process's parent, which stops it. The parent's end of the pipe, inherited by the fork,
    is closed first: the reader's next send then fails as soon as the parent is gone (killed
    with the command), and the reader ends instead of waiting for a reader forever."""
    parent_end.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        try:
            for part in read_chunks(columns, table, PART_ROWS):
                out.send(part)
            out.send(_DONE)
        except NotClean:
            out.send(_NOT_CLEAN)
        except Exception as e:  # noqa: BLE001 (reported, and the file is read again here)
            if isinstance(e, OSError):
                raise
            out.send(("failed", repr(e)))
    except OSError:
        pass  # the parent stopped listening (BrokenPipeError): nothing more to do
    finally:
        out.close()
