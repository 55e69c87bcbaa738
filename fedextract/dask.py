"""Dask integration (extra ``fedextract[dask]``): parse a corpus on a cluster.

This module owns the distributed path from files to records and tables:

* :func:`records` — a :class:`dask.bag.Bag` of SPEC record dicts, one per input path
  (what ``Extraction.model_dump(mode="json")`` gives, via :func:`fedextract.extract_record`); a file that cannot be read or parsed becomes an
  error record ``{"schema_version": "1", "source": {"name": …, "path": …}, "error": "…"}``,
  as in the CLI's JSONL output;
* :func:`to_jsonl` — one JSONL file per partition;
* :func:`to_parquet` — a flat, typed table with one row per document (error records have no
  documents and are left out: find them in the JSONL).

It runs on whatever scheduler is active (a ``distributed.Client`` if one is set up, else dask's
default).  Workers need ``fedextract`` importable.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import dask.bag as db
import orjson
import pyarrow as pa
import pyarrow.parquet as pq
from dask.bag.core import to_textfiles
from dask.base import compute
from dask.delayed import Delayed, delayed

from .normalize import InputError
from .pipeline import extract_record
from .record import SCHEMA_VERSION

__all__ = ["DOCUMENTS_SCHEMA", "document_rows", "record", "records", "to_jsonl", "to_parquet"]

Record = dict[str, Any]

#: Columns of :func:`to_parquet`'s table.
DOCUMENTS_SCHEMA = pa.schema(
    [
        pa.field("source_name", pa.string()),
        pa.field("source_sha256", pa.string(), nullable=False),
        pa.field("position", pa.int32(), nullable=False),
        pa.field("index", pa.int32()),
        pa.field("type", pa.string(), nullable=False),
        pa.field("title", pa.string(), nullable=False),
        pa.field("year", pa.int32()),
        pa.field("date", pa.date32()),
        pa.field("issuers", pa.string(), nullable=False),
        pa.field("doc_number", pa.string()),
        pa.field("status", pa.string()),
        pa.field("line_start", pa.int32(), nullable=False),
        pa.field("line_end", pa.int32(), nullable=False),
        pa.field("sections", pa.int32(), nullable=False),
        pa.field("items", pa.int32(), nullable=False),
        pa.field("award_lists", pa.int32(), nullable=False),
        pa.field("honorees", pa.int32(), nullable=False),
        pa.field("warnings", pa.int32(), nullable=False),
    ]
)


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


def _expand(paths_or_glob: str | Sequence[str]) -> list[str]:
    """A directory → its ``*.txt`` files (recursive, sorted); a glob → its matches (sorted); a
    sequence → as given."""
    if not isinstance(paths_or_glob, str):
        return [os.fspath(p) for p in paths_or_glob]
    if os.path.isdir(paths_or_glob):
        return sorted(str(p) for p in Path(paths_or_glob).rglob("*.txt") if p.is_file())
    if glob.has_magic(paths_or_glob):
        return sorted(glob.glob(paths_or_glob, recursive=True))
    return [paths_or_glob]


def records(paths_or_glob: str | Sequence[str], *, npartitions: int | None = None) -> db.Bag:
    """A bag of record dicts, one per path, in path order.

    ``paths_or_glob`` is a directory (its ``*.txt`` files, recursively), a glob pattern, one path
    or a sequence of paths.  ``npartitions`` defaults to dask's choice (at most ~100).
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


def _count_sections(sections: list[Any]) -> tuple[int, int]:
    n_sections = n_items = 0
    for section in sections:
        n_sections += 1
        n_items += len(section["items"])
        sub_sections, sub_items = _count_sections(section["sections"])
        n_sections += sub_sections
        n_items += sub_items
    return n_sections, n_items


def document_rows(rec: Record) -> Iterator[dict[str, Any]]:
    """The flat rows (columns of :data:`DOCUMENTS_SCHEMA`) of one record dict; none for an error."""
    if "error" in rec:
        return
    source = rec["source"]
    for position, doc in enumerate(rec["documents"], start=1):
        n_sections, n_items = _count_sections(doc.get("sections", []))
        lists = doc.get("award_lists", [])
        number = doc.get("doc_number")
        yield {
            "source_name": source.get("name"),
            "source_sha256": source["sha256"],
            "position": position,
            "index": doc.get("index"),
            "type": doc["type"],
            "title": doc["title"],
            "year": doc.get("year"),
            "date": doc.get("date"),
            "issuers": orjson.dumps(doc.get("issuers", [])).decode("utf-8"),
            "doc_number": number["raw"] if number else None,
            "status": doc.get("status"),
            "line_start": doc["line_start"],
            "line_end": doc["line_end"],
            "sections": n_sections,
            "items": n_items + len(doc.get("items", [])),
            "award_lists": len(lists),
            "honorees": sum(len(lst["honorees"]) for lst in lists),
            "warnings": len(doc.get("warnings", [])),
        }


def _table(recs: list[Record]) -> pa.Table:
    rows = [row for rec in recs for row in document_rows(rec)]
    columns: dict[str, list[Any]] = {name: [row[name] for row in rows] for name in DOCUMENTS_SCHEMA.names}
    arrays = []
    for field in DOCUMENTS_SCHEMA:
        values = columns[field.name]
        if field.type == pa.date32():
            arrays.append(pa.array(values, type=pa.string()).cast(pa.date32()))
        else:
            arrays.append(pa.array(values, type=field.type))
    return pa.Table.from_arrays(arrays, schema=DOCUMENTS_SCHEMA)


def _write_partition(recs: list[Record], filename: str) -> str:
    pq.write_table(_table(recs), filename)
    return filename


def to_parquet(bag: db.Bag, outdir: str | os.PathLike[str]) -> list[str]:
    """Write the documents table of ``bag`` as ``outdir/part-NNNNN.parquet``, one file per
    partition (every file has :data:`DOCUMENTS_SCHEMA`, even an empty one); read the directory
    back with ``pyarrow.parquet.read_table(outdir)`` or ``pandas.read_parquet(outdir)``.
    Returns the file names in order."""
    os.makedirs(outdir, exist_ok=True)
    parts: list[Delayed] = bag.to_delayed()  # type: ignore[no-untyped-call]
    writes = [
        delayed(_write_partition)(part, os.path.join(os.fspath(outdir), f"part-{i:05d}.parquet"))
        for i, part in enumerate(parts)
    ]
    (names,) = compute(writes)  # type: ignore[no-untyped-call]
    return list(names)
