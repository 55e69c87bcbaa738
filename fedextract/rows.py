"""Flat rows of a record: one table per kind of node, for columnar stores (Parquet via
:mod:`fedextract.dask`).

The tables mirror :mod:`fedextract.sqlite`'s, keyed the same way but by natural keys instead of
row ids (ids would depend on load order, and partitions are written independently):

==============  ==========================================================================
table           key (its parent's key + its own column)
==============  ==========================================================================
documents       ``source_path``, ``position``
sections        ``source_path``, ``document``, ``section`` (dotted: ``2.1`` is the first
                subsection of the second section; ``parent`` is ``2``)
items           ``source_path``, ``document``, ``section`` (``None``: the document's own), ``position``
awards          ``source_path``, ``document``, ``position``
award_lists     ``source_path``, ``document``, ``position``
honorees        ``source_path``, ``document``, ``award_list``, ``position``
==============  ==========================================================================

``position`` is 1-based among siblings, as in SQLite.  List-valued fields (``issuers``,
``named``, ``paragraphs``, …) stay lists.  An error record has no rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

__all__ = ["TABLES", "table_rows"]

Row = dict[str, Any]
TABLES = ("documents", "sections", "items", "awards", "award_lists", "honorees")


def table_rows(rec: Row) -> dict[str, list[Row]]:
    """The rows of every table for one record dict (``extract_record``'s output)."""
    out: dict[str, list[Row]] = {name: [] for name in TABLES}
    if "error" in rec:
        return out
    source = rec["source"]
    path = source.get("path") or source.get("name") or "-"
    for position, doc in enumerate(rec["documents"], start=1):
        key = {"source_path": path, "document": position}
        sections = list(_sections(doc.get("sections", []), key, None))
        out["sections"] += [row for row, _ in sections]
        items = [_item(key, None, i, it) for i, it in enumerate(doc.get("items", []), start=1)]
        items += [_item(key, row["section"], i, it) for row, section in sections
                  for i, it in enumerate(section["items"], start=1)]
        out["items"] += items
        lists = doc.get("award_lists", [])
        out["documents"].append(_document(source, path, position, doc, len(sections), len(items)))
        out["awards"] += [{**key, "position": i, "title": a["title"], "count": a["count"], "unit": a["unit"],
                           "named": list(a["named"]), "line": a["line"]}
                          for i, a in enumerate(doc.get("awards", []), start=1)]
        for i, lst in enumerate(lists, start=1):
            out["award_lists"].append({**key, "position": i, "title": lst["title"], "award": lst["award"],
                                       "attachment": lst["attachment"], "ordered": lst["ordered"],
                                       "note": lst["note"], "line": lst["line"], "line_end": lst["line_end"],
                                       "honorees": len(lst["honorees"])})
            out["honorees"] += [{**key, "award_list": i, "position": j, **{f: h[f] for f in _HONOREE}}
                                for j, h in enumerate(lst["honorees"], start=1)]
    return out


_HONOREE = ("name", "affiliation", "kind", "household", "marker", "line", "region", "work", "note", "award")


def _document(source: Row, path: str, position: int, doc: Row, sections: int, items: int) -> Row:
    number = doc.get("doc_number") or {}
    lists = doc.get("award_lists", [])
    return {
        "source_path": path, "source_name": source.get("name"), "source_sha256": source["sha256"],
        "position": position, "index": doc.get("index"), "type": doc["type"], "heading": doc.get("heading"),
        "title": doc["title"], "issuers": list(doc.get("issuers", [])), "doc_agency": number.get("agency"),
        "doc_year": number.get("year"), "doc_serial": number.get("serial"), "doc_number": number.get("raw"),
        "date": doc.get("date"), "year": doc.get("year"), "status": doc.get("status"),
        "addressees": list(doc.get("addressees", [])), "line_start": doc["line_start"], "line_end": doc["line_end"],
        "sections": sections, "items": items, "award_lists": len(lists),
        "honorees": sum(len(lst["honorees"]) for lst in lists), "warnings": len(doc.get("warnings", [])),
    }


def _sections(sections: list[Row], key: Row, parent: str | None) -> Iterator[tuple[Row, Row]]:
    """(row, section) for each section, depth first, with dotted keys."""
    for i, section in enumerate(sections, start=1):
        dotted = f"{parent}.{i}" if parent else str(i)
        yield ({**key, "section": dotted, "parent": parent, "level": section["level"], "position": i,
                "marker": section["marker"], "number": section["number"], "title": section["title"],
                "paragraphs": list(section["paragraphs"]), "line": section["line"], "line_end": section["line_end"]},
               section)
        yield from _sections(section["sections"], key, dotted)


def _item(key: Row, section: str | None, position: int, item: Row) -> Row:
    return {**key, "section": section, "position": position, "marker": item["marker"], "number": item["number"],
            "title": item["title"], "text": item["text"], "line": item["line"], "line_end": item["line_end"]}
