"""Dask integration (extra ``fedextract[dask]``): parse a corpus on a cluster.

This module owns the distributed path from files to records and tables:

* :func:`records` — a :class:`dask.bag.Bag` of SPEC record dicts, one per input path
  (what ``Extraction.model_dump(mode="json")`` gives, via :func:`fedextract.extract_record`); a file that cannot be read or parsed becomes an
  error record ``{"schema_version": "1", "source": {"name": …, "path": …}, "error": "…"}``,
  as in the CLI's JSONL output;
* :func:`to_jsonl` — one JSONL file per partition;
* :func:`to_parquet` — one typed Parquet dataset per table (documents, sections, items,
  awards, award lists, honorees; :mod:`fedextract.rows` gives the keys), list columns as
  Arrow lists (error records have no rows: find them in the JSONL).

It runs on whatever scheduler is active (a ``distributed.Client`` if one is set up, else dask's
default).  Workers need ``fedextract`` importable.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Sequence
from datetime import date
from typing import Any

import dask.bag as db
import orjson
import pyarrow as pa
import pyarrow.parquet as pq
from dask.bag.core import to_textfiles
from dask.base import compute
from dask.delayed import Delayed, delayed

from .batch import discover
from .normalize import InputError
from .pipeline import extract_record
from .record import SCHEMA_VERSION
from .rows import TABLES, table_rows

__all__ = ["SCHEMAS", "record", "records", "to_jsonl", "to_parquet"]

Record = dict[str, Any]

_S, _I, _B = pa.string(), pa.int32(), pa.bool_()
_LIST = pa.list_(pa.string())


def _schema(*fields: tuple[str, pa.DataType, bool]) -> pa.Schema:
    return pa.schema([pa.field(name, kind, nullable=nullable) for name, kind, nullable in fields])


_DOC_KEY = (("source_path", _S, False), ("document", _I, False))

#: The Parquet datasets of :func:`to_parquet`, one per table of :mod:`fedextract.rows`.
SCHEMAS: dict[str, pa.Schema] = {
    "documents": _schema(
        ("source_path", _S, False), ("source_name", _S, True), ("source_sha256", _S, False), ("position", _I, False),
        ("index", _I, True), ("type", _S, False), ("heading", _S, True), ("title", _S, False),
        ("issuers", _LIST, False), ("doc_agency", _S, True), ("doc_year", _I, True), ("doc_serial", _I, True),
        ("doc_number", _S, True), ("date", pa.date32(), True), ("year", _I, True), ("status", _S, True),
        ("addressees", _LIST, False), ("line_start", _I, False), ("line_end", _I, False), ("sections", _I, False),
        ("items", _I, False), ("award_lists", _I, False), ("honorees", _I, False), ("warnings", _I, False)),
    "sections": _schema(
        *_DOC_KEY, ("section", _S, False), ("parent", _S, True), ("level", _I, False), ("position", _I, False),
        ("marker", _S, False), ("number", _I, False), ("title", _S, False), ("paragraphs", _LIST, False),
        ("line", _I, False), ("line_end", _I, False)),
    "items": _schema(
        *_DOC_KEY, ("section", _S, True), ("position", _I, False), ("marker", _S, False), ("number", _I, False),
        ("title", _S, False), ("text", _S, False), ("line", _I, False), ("line_end", _I, False)),
    "awards": _schema(
        *_DOC_KEY, ("position", _I, False), ("title", _S, False), ("count", _I, True), ("unit", _S, True),
        ("named", _LIST, False), ("line", _I, True)),
    "award_lists": _schema(
        *_DOC_KEY, ("position", _I, False), ("title", _S, False), ("award", _S, True), ("attachment", _I, True),
        ("ordered", _B, False), ("note", _S, True), ("line", _I, True), ("line_end", _I, True),
        ("honorees", _I, False)),
    "honorees": _schema(
        *_DOC_KEY, ("award_list", _I, False), ("position", _I, False), ("name", _S, False),
        ("affiliation", _S, True), ("kind", _S, False), ("household", _I, True), ("marker", _S, True),
        ("line", _I, False), ("region", _S, True), ("work", _S, True), ("note", _S, True), ("award", _S, True)),
}
assert tuple(SCHEMAS) == TABLES


def _one_line(text: str) -> str:
    return " ".join(text.split())


def record(path: str) -> Record:
    """The record dict for one file, or its error record.  Never raises an ``Exception``."""
    try:
        with open(path, "rb") as fh:
            return extract_record(fh.read(), name=os.path.basename(path), path=path)
    except InputError as exc:
        message = _one_line(str(exc))
    except OSError as exc:
        message = _one_line(exc.strerror or str(exc))
    except Exception as exc:  # noqa: BLE001 - a worker reports, it does not crash the graph
        message = _one_line(f"internal error: {type(exc).__name__}: {exc}")
    return {
        "schema_version": SCHEMA_VERSION,
        "source": {"name": os.path.basename(path), "path": path},
        "error": message,
    }


def _expand(paths_or_glob: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> list[str]:
    """The input paths, in the same form as the CLI's: a directory → its ``*.txt`` files found
    as the CLI finds them (:func:`fedextract.batch.discover`: recursive, sorted, case-insensitive,
    paths joined onto the directory as given); a glob → its matches (sorted); a sequence → as
    given.  Raises ``FileNotFoundError`` when nothing matches, as the CLI fails."""
    if not isinstance(paths_or_glob, (str, os.PathLike)):
        paths = [os.fspath(p) for p in paths_or_glob]
        if not paths:
            raise ValueError("no input files: the sequence of paths is empty")
        return paths
    spec = os.fspath(paths_or_glob)
    if os.path.isdir(spec):
        paths = [t.path for t in discover([spec]) if t.error is None]
    elif glob.has_magic(spec):
        paths = sorted(glob.glob(spec, recursive=True))
    else:
        return [spec]  # one path: a missing file becomes an error record, as in a batch
    if not paths:
        raise FileNotFoundError(f"no input files: nothing matches {spec!r}")
    return paths


def records(paths_or_glob: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], *,
            npartitions: int | None = None) -> db.Bag:
    """A bag of record dicts, one per path, in path order.

    ``paths_or_glob`` is a directory (its ``*.txt`` files, recursively), a glob pattern, one path
    or a sequence of paths; a directory or glob that matches nothing raises ``FileNotFoundError``.
    ``npartitions`` defaults to dask's choice (at most ~100).  Each use of the bag parses again:
    ``records(…).persist()`` keeps the parsed records in the cluster's memory when they are to be
    written twice (``to_jsonl`` and ``to_parquet``).
    """
    paths = _expand(paths_or_glob)
    if npartitions is not None:
        npartitions = max(1, min(npartitions, len(paths) or 1))
    bag: db.Bag = db.from_sequence(paths, npartitions=npartitions)  # type: ignore[no-untyped-call]
    return bag.map(record)  # type: ignore[no-untyped-call,no-any-return]


def _jsonl_line(rec: Record) -> str:
    return orjson.dumps(rec).decode("utf-8")


def to_jsonl(bag: db.Bag, outdir: str | os.PathLike[str]) -> list[str]:
    """Write ``bag`` (record dicts) as ``outdir/part-NNNNN.jsonl``, one file per partition, one
    record per line (UTF-8, ``\\n`` after every record).  Returns the file names in order."""
    os.makedirs(outdir, exist_ok=True)
    pattern = os.path.join(os.fspath(outdir), "part-*.jsonl")
    lines: db.Bag = bag.map(_jsonl_line)  # type: ignore[no-untyped-call]
    names: list[str] = to_textfiles(  # type: ignore[no-untyped-call]
        lines, pattern, name_function=lambda i: f"{i:05d}", encoding="utf-8", last_endline=True
    )
    return names


def _table(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    if "date" in schema.names:
        rows = [{**row, "date": date.fromisoformat(row["date"]) if row["date"] else None} for row in rows]
    return pa.Table.from_pylist(rows, schema=schema)


def _write_partition(recs: list[Record], outdir: str, index: int) -> dict[str, str]:
    """Write partition ``index``'s rows of every table as ``outdir/TABLE/part-NNNNN.parquet``."""
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for rec in recs:
        for name, rows in table_rows(rec).items():
            tables[name] += rows
    written = {}
    for name, rows in tables.items():
        filename = os.path.join(outdir, name, f"part-{index:05d}.parquet")
        pq.write_table(_table(rows, SCHEMAS[name]), filename)
        written[name] = filename
    return written


def to_parquet(bag: db.Bag, outdir: str | os.PathLike[str]) -> dict[str, list[str]]:
    """Write ``bag``'s records as one Parquet dataset per table (:data:`SCHEMAS`, keyed as in
    :mod:`fedextract.rows`): ``outdir/documents/``, ``outdir/sections/``, ``outdir/items/``,
    ``outdir/awards/``, ``outdir/award_lists/``, ``outdir/honorees/``, one ``part-NNNNN.parquet``
    per partition (every file has its table's schema, even an empty one).  Error records have no
    rows (find them in the JSONL).  Read a table back with
    ``pyarrow.parquet.read_table(outdir / "honorees")`` or ``pandas.read_parquet``.
    Returns the file names per table, in partition order."""
    root = os.fspath(outdir)
    for name in TABLES:
        os.makedirs(os.path.join(root, name), exist_ok=True)
    parts: list[Delayed] = bag.to_delayed()  # type: ignore[no-untyped-call]
    writes = [delayed(_write_partition)(part, root, i) for i, part in enumerate(parts)]
    (written,) = compute(writes)  # type: ignore[no-untyped-call]
    return {name: [w[name] for w in written] for name in TABLES}
