"""Stage 4c — honour lists completed: matched to their award, families numbered, sizes checked.

A list takes the honour its category heading names, else the award whose title its heading
contains (the longest, so ``十大优秀书香家庭`` beats ``优秀书香家庭``), else its heading without
``名单``.  Families are numbered per entry when written as families (``宜昌市张治国家庭``), per
line when a household shares a line, else in consecutive groups sized by the award's ``N户``.
A list whose size differs from its count note or its award's count gets ``count_mismatch``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import names
from .award_sentences import clean_title
from .honorees import ListBuilder
from .record import Node
from .textkey import key, squash


@dataclass(eq=False)
class OpenList:
    """A list while its lines are being read."""

    title: str
    award: str | None  # the category heading, when there is one
    attachment: int | None
    line: int
    count: int | None = None  # from a count note such as (5个)
    lead_in: bool = False  # titled by a lead-in (表彰名单如下), which names no honour …
    honour: str | None = None  # … unless it says so (获得…奖章的会员有:)
    builder: ListBuilder = field(default_factory=ListBuilder)
    named_headings: bool = False  # its entries are numbered like headings (一、王某某), particulars below
    line_end: int = 0

    def feed(self, entries: list[str], line: int, marker: str | None = None) -> None:
        if not entries:
            return
        before = len(self.builder.entries)
        self.builder.add_tokens(entries, line)
        if marker and len(self.builder.entries) > before:
            self.builder.entries[before].marker = marker
        self.line_end = line


def _parts_counted(lists: list[OpenList], i: int) -> bool:
    """The empty list ``i`` heads the counted lists that follow it, whose counts add up to its
    own (一、先进集体(3个) over (一)巾帼文明岗(2个) and (二)青年文明号(1个)): its entries are theirs."""
    want, total = lists[i].count, 0
    for nxt in lists[i + 1 :]:
        if want is None or nxt.count is None or total >= want:
            break
        total += nxt.count
    return want is not None and total == want


def finish_lists(lists: list[OpenList], awards: list[Node], warnings: list[Node]) -> list[Node]:
    out: list[Node] = []
    for i, lst in enumerate(lists):
        b = lst.builder
        b.close()
        matched = _match_award(lst, awards)
        award = lst.award
        if award is None:
            if matched is not None:
                award = matched["title"]
            elif lst.title and not lst.lead_in:
                award = clean_title(lst.title[:-2] if key(lst.title).endswith("名单") else lst.title) or None
            elif lst.honour is not None:
                award = lst.honour
            elif len(awards) == 1 and len(lists) == 1:
                matched, award = awards[0], awards[0]["title"]
            elif (counted := [a for a in awards if a["count"] == len(b.entries) > 0]) and len(counted) == 1:
                matched, award = counted[0], counted[0]["title"]  # 5名女性荣获“A”…她们是: / 5 names: the award of that count
        honorees = [
            {"name": squash(e.name), "affiliation": e.affiliation, "household": None,
             "kind": "organization" if e.kind == "organization" else "person", "marker": e.marker,
             "region": e.region, "work": e.work, "note": e.note, "award": e.award, "line": e.line}
            for e in b.entries
        ]
        _number_households(lst, honorees, matched)
        expected = lst.count if lst.count is not None else (matched["count"] if matched is not None else None)
        found = len({h["household"] for h in honorees}) if honorees and honorees[0]["household"] else len(honorees)
        if expected is not None and found != expected and not (not honorees and _parts_counted(lists, i)):
            warnings.append({"code": "count_mismatch", "line": lst.line,
                             "message": f"list '{lst.title or award}' has {found}, the award says {expected}"})
        out.append({"title": lst.title, "award": award, "attachment": lst.attachment, "ordered": b.ordered,
                    "note": " ".join(b.notes) or None, "honorees": honorees, "line": lst.line,
                    "line_end": max([lst.line_end, *(e.line for e in b.entries)])})
    return out


def _match_award(lst: OpenList, awards: list[Node]) -> Node | None:
    target = key(lst.award or lst.title)
    bare = target.replace("“", "").replace("”", "")
    best: Node | None = None
    for a in awards:
        t = key(a["title"])
        if t and (t in target or t.replace("“", "").replace("”", "") in bare):
            if best is None or len(a["title"]) > len(best["title"]):
                best = a
    return best


def _number_households(lst: OpenList, honorees: list[Node], matched: Node | None) -> None:
    entries = lst.builder.entries
    if any(e.family for e in entries):  # one number per family; people written as one family share it
        numbers: dict[object, int] = {}
        for e, h in zip(entries, honorees, strict=True):
            h["household"] = numbers.setdefault(e.group if e.family and e.group is not None else id(e),
                                                 len(numbers) + 1)
        return
    if matched is None or matched["unit"] not in ("户", "戶"):  # (the measure word as written)
        return
    if any(e.group is not None for e in entries):
        groups: dict[object, int] = {}
        for e, h in zip(entries, honorees, strict=True):
            h["household"] = groups.setdefault(e.group if e.group is not None else id(e), len(groups) + 1)
    elif matched["count"]:
        # members of N families listed in order: consecutive groups of equal size
        size = max(1, round(len(honorees) / matched["count"]))
        for n, h in enumerate(honorees):
            h["household"] = n // size + 1


def lists_from_awards(awards: list[Node]) -> list[Node]:
    """Honours granted in prose to a complete enumeration of recipients, with no list: one list
    per award."""
    out: list[Node] = []
    for a in awards:
        affs: dict[str, str] = a.pop("affiliations", None) or {}
        families = a.pop("families", False)
        a.pop("yielded", None)
        a.pop("short", None)
        partial = a.pop("partial", False)  # 李某、王某等 (no count)
        unordered = a.pop("unordered", False)  # …、吴某(按姓氏笔画排序)
        # a complete enumeration is a list; a partial one (张三、李四等10人) only names a few
        if a["named"] and not partial and (a["count"] is None or len(a["named"]) >= a["count"]):
            out.append({"title": "", "award": a["title"], "line": a["line"], "line_end": a["line"],
                        **({"ordered": False} if unordered else {}), "honorees": [
                {"name": n, "affiliation": affs.get(n), "household": i if families else None,
                 "kind": "organization" if names.looks_like_org(n) and not families else "person",
                 "line": a["line"] or 0}
                for i, n in enumerate(a["named"], start=1)]})
    return out
