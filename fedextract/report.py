"""``fedextract report``: one self-contained HTML page to review what was extracted, line by line.

The page shows, per input file, the source text with line numbers beside the record as a tree.
Every tree node that carries a line span (document, section, item, award, attachment, list,
honoree, label, unparsed line) is clickable and highlights its lines; every source line knows the
*owner* node that holds it (the smallest span that contains it), so clicking a line selects that
node and names its path (``documents[0].award_lists[1].honorees[3]``).

How it is built, one way:

1. each input is read and decoded once, its lines split exactly as the parser splits them, and
   parsed into the plain record (:func:`fedextract.pipeline.record_of_text`);
2. :func:`view_of` turns the record into a tree of :class:`ViewNode` (ids, labels, spans,
   fields), and :func:`owners` maps every line to its owner node;
3. Jinja2, with autoescaping on, renders the page; nothing from an input reaches the page except
   through an escaped ``{{ … }}``.  Each file's section sits in an inert ``<template>`` that the
   page's script clones only when the section is opened, so a report of thousands of files opens
   quickly.  CSS and JS are inline: the page makes no network request.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from .normalize import InputError, decode, split_lines
from .record import Node

PAGE = "report.html.j2"


@dataclass(eq=False, slots=True)
class ViewNode:
    """One node of the record tree as the page shows it."""

    id: str
    kind: str  # document, section, item, award, attachment, award_list, honoree, label, unparsed
    label: str
    path: str  # where the node lives in the record: documents[0].award_lists[1]
    start: int | None = None
    end: int | None = None
    fields: list[tuple[str, str]] = field(default_factory=list)
    children: list[ViewNode] = field(default_factory=list)
    record: Node | None = None  # the record node itself (honoree rows read their columns from it)


@dataclass(eq=False, slots=True)
class FileView:
    """One input file: its lines and what the page shows of its record, or the error."""

    number: int
    path: str
    lines: list[str]
    record: Node | None = None
    error: str | None = None
    tree: list[ViewNode] = field(default_factory=list)
    owner: dict[int, ViewNode] = field(default_factory=dict)
    warned: dict[int, list[str]] = field(default_factory=dict)
    unparsed: set[int] = field(default_factory=set)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def anchor(self) -> str:
        return f"file-{self.number}"


def _span(node: Node, start: str = "line", end: str = "line_end") -> tuple[int | None, int | None]:
    first = node.get(start)
    last = node.get(end) or first
    return first, last


class _Ids:
    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.n = 0

    def __call__(self) -> str:
        self.n += 1
        return f"{self.prefix}n{self.n}"


def view_of(record: Node, prefix: str = "") -> list[ViewNode]:
    """The documents of ``record`` (and its unparsed lines) as view trees."""
    ids = _Ids(prefix)
    nodes = [_document(doc, f"documents[{i}]", ids) for i, doc in enumerate(record["documents"])]
    for i, row in enumerate(record.get("unparsed", [])):
        nodes.append(ViewNode(ids(), "unparsed", f"unparsed: {row['text']}", f"unparsed[{i}]",
                              row["line"], row["line"], record=row))
    return nodes


def _document(doc: Node, path: str, ids: _Ids) -> ViewNode:
    title = doc.get("title") or "(no title)"
    node = ViewNode(ids(), "document", f"{doc['type']}: {title}", path, doc["line_start"], doc["line_end"])
    number = doc.get("doc_number")
    node.fields = [(key, value) for key, value in (
        ("title", doc.get("title") or ""),
        ("issuers", "、".join(doc.get("issuers") or [])),
        ("doc_number", number["raw"] if number else ""),
        ("date", doc.get("date") or ""),
        ("year", "" if doc.get("year") is None else str(doc["year"])),
        ("status", doc.get("status") or ""),
        ("addressees", "、".join(doc.get("addressees") or [])),
        ("index", "" if doc.get("index") is None else str(doc["index"])),
    ) if value]
    kids = node.children
    for i, sec in enumerate(doc.get("sections", [])):
        kids.append(_section(sec, f"{path}.sections[{i}]", ids))
    for i, item in enumerate(doc.get("items", [])):
        kids.append(_item(item, f"{path}.items[{i}]", ids))
    for i, award in enumerate(doc.get("awards", [])):
        count = "" if award.get("count") is None else f" ({award['count']}{award.get('unit') or ''})"
        named = "、".join(award.get("named") or [])
        kids.append(ViewNode(ids(), "award", f"award: {award['title']}{count}", f"{path}.awards[{i}]",
                             award.get("line"), award.get("line"),
                             [("named", named)] if named else [], record=award))
    for i, att in enumerate(doc.get("attachments", [])):
        number_text = "" if att.get("number") is None else f"{att['number']} "
        kids.append(ViewNode(ids(), "attachment", f"attachment {number_text}{att['title']}",
                             f"{path}.attachments[{i}]", att.get("line"), att.get("line"), record=att))
    for i, lst in enumerate(doc.get("award_lists", [])):
        kids.append(_award_list(lst, f"{path}.award_lists[{i}]", ids))
    for i, label in enumerate(doc.get("labels", [])):
        kids.append(ViewNode(ids(), "label", f"label ({label['role']}): {label['text']}", f"{path}.labels[{i}]",
                             label["line"], label["line"], record=label))
    return node


def _section(sec: Node, path: str, ids: _Ids) -> ViewNode:
    node = ViewNode(ids(), "section", f"{sec['marker']}{sec['title']}", path, *_span(sec),
                    [("level", str(sec["level"]))])
    for i, sub in enumerate(sec.get("sections", [])):
        node.children.append(_section(sub, f"{path}.sections[{i}]", ids))
    for i, item in enumerate(sec.get("items", [])):
        node.children.append(_item(item, f"{path}.items[{i}]", ids))
    return node


def _item(item: Node, path: str, ids: _Ids) -> ViewNode:
    return ViewNode(ids(), "item", f"{item['marker']}{item['title']}", path, *_span(item),
                    [("text", item["text"])] if item.get("text") else [])


def _award_list(lst: Node, path: str, ids: _Ids) -> ViewNode:
    fields = [(key, value) for key, value in (
        ("award", lst.get("award") or ""),
        ("attachment", "" if lst.get("attachment") is None else str(lst["attachment"])),
        ("ordered", "" if lst.get("ordered", True) else "false"),
        ("note", lst.get("note") or ""),
    ) if value]
    node = ViewNode(ids(), "award_list", f"list: {lst.get('title') or '(untitled)'}", path, *_span(lst), fields)
    for i, hon in enumerate(lst.get("honorees", [])):
        node.children.append(ViewNode(ids(), "honoree", f"honoree {hon['name']}", f"{path}.honorees[{i}]",
                                      hon["line"], hon["line"], record=hon))
    return node


def _walk(nodes: Iterable[ViewNode], depth: int = 0) -> Iterator[tuple[int, ViewNode]]:
    for node in nodes:
        yield depth, node
        yield from _walk(node.children, depth + 1)


def owners(tree: list[ViewNode]) -> dict[int, ViewNode]:
    """For each line, the node that holds it: the smallest span containing it (on a tie, the
    deeper node, then the earlier one: an honoree over its one-line list, the first of two
    people on one family line)."""
    best: dict[int, tuple[int, int, ViewNode]] = {}
    for depth, node in _walk(tree):
        if node.start is None:
            continue
        end = node.end if node.end is not None else node.start
        width = end - node.start
        for line in range(node.start, end + 1):
            held = best.get(line)
            if held is None or (width, -depth) < (held[0], -held[1]):
                best[line] = (width, depth, node)
    return {line: node for line, (_, _, node) in best.items()}


def build_file(number: int, path: str, data: bytes | None = None, error: str | None = None) -> FileView:
    """Read (unless ``data`` is given), decode and parse one input into its :class:`FileView`."""
    from .pipeline import record_of_text  # noqa: PLC0415

    view = FileView(number, path, [])
    if error is not None:
        view.error = error
        return view
    try:
        if data is None:
            from .batch import read_input  # noqa: PLC0415

            data = read_input(path)
        text, encoding = decode(data)
    except InputError as exc:
        view.error = str(exc)
        return view
    except OSError as exc:
        view.error = exc.strerror or str(exc)
        return view
    view.lines = split_lines(text)
    try:
        record = record_of_text(text, name=os.path.basename(path) or path, encoding=encoding,
                                sha256=hashlib.sha256(data).hexdigest(), path=path)
    except Exception as exc:  # noqa: BLE001 - a parser bug shows as this file's error, the report goes on
        view.error = f"internal error: {type(exc).__name__}: {exc}"
        return view
    view.record = record
    view.tree = view_of(record, prefix=f"f{number}-")
    view.owner = owners(view.tree)
    for doc in record["documents"]:
        for warning in doc["warnings"]:
            if warning.get("line") is not None:
                view.warned.setdefault(warning["line"], []).append(f"{warning['code']}: {warning['message']}")
    view.unparsed = {row["line"] for row in record["unparsed"]}
    docs = record["documents"]
    view.counts = {
        "documents": len(docs),
        "honorees": sum(len(lst["honorees"]) for d in docs for lst in d.get("award_lists", [])),
        "awards": sum(len(d.get("awards", [])) for d in docs),
        "warnings": sum(len(d["warnings"]) for d in docs),
        "unparsed": len(record["unparsed"]),
    }
    return view


def warnings_by_code(view: FileView) -> list[tuple[str, list[Node]]]:
    """The file's warnings grouped by code, codes sorted."""
    groups: dict[str, list[Node]] = {}
    if view.record is not None:
        for doc in view.record["documents"]:
            for warning in doc["warnings"]:
                groups.setdefault(warning["code"], []).append(warning)
    return sorted(groups.items())


def render(views: Sequence[FileView], *, title: str = "fedextract report") -> str:
    """The report page for ``views`` as one HTML string."""
    from importlib import resources  # noqa: PLC0415

    import jinja2  # noqa: PLC0415  (the report is the only user of Jinja2)

    from . import __version__  # noqa: PLC0415

    templates = resources.files(__package__) / "templates"
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(lambda name: (templates / name).read_text("utf-8")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["warnings_by_code"] = warnings_by_code
    totals = {key: sum(v.counts.get(key, 0) for v in views)
              for key in ("documents", "honorees", "awards", "warnings", "unparsed")}
    page: str = env.get_template(PAGE).render(
        views=views, title=title, version=__version__, totals=totals,
        failed=sum(1 for v in views if v.error is not None),
    )
    return page


def views_of(paths: Sequence[str], pattern: str | Sequence[str] = "*.txt") -> list[FileView]:
    """The file views of every input that ``paths`` names (directories walked as by the CLI)."""
    from .batch import discover  # noqa: PLC0415

    return [build_file(i, task.path, error=task.error) for i, task in enumerate(discover(paths, pattern), 1)]

