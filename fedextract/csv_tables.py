"""CSV for spreadsheets: the SQLite tables of :mod:`fedextract.sqlite`, one CSV file per table.

The rows come from a database the records were loaded into (the CLI's ``--csv DIR`` loads the
batch into a temporary one), so the CSV files have exactly the SQLite tables, columns and keys:
``honorees.csv`` joins ``award_lists.csv`` on ``award_list_id`` as in SQL.

Files are UTF-8 with a byte-order mark (a spreadsheet then reads Chinese text as UTF-8 rather
than the system's legacy code page), RFC 4180 quoting, CRLF line ends, a header row, rows in
``id`` order; ``NULL`` is an empty cell.  Each file is written atomically.
"""

from __future__ import annotations

import csv
import os
import sqlite3

from .batch import atomic_output

__all__ = ["export"]


def tables(conn: sqlite3.Connection) -> list[str]:
    """The tables of ``conn`` in creation order (parents before children)."""
    return [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")]


def export(conn: sqlite3.Connection, directory: str) -> list[str]:
    """Write ``DIRECTORY/TABLE.csv`` for every table of ``conn`` (creating the directory);
    returns the paths written."""
    import io  # noqa: PLC0415

    os.makedirs(directory, exist_ok=True)
    written = []
    for table in tables(conn):
        cur = conn.execute(f'SELECT * FROM "{table}" ORDER BY id')
        path = os.path.join(directory, f"{table}.csv")
        with atomic_output(path) as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
            writer = csv.writer(text)
            writer.writerow([d[0] for d in cur.description])
            writer.writerows(cur)  # streamed from the cursor
            text.flush()
            text.detach()  # leave ``raw`` open: atomic_output syncs and renames it
        written.append(path)
    return written
