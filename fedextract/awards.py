"""Stage 4b — a commendation decision: body, awards, attachments, honour lists.

The lines after the header are read in one pass with three states.  In ``body`` lines are
paragraphs (hard breaks joined) until ``附件:`` opens the attachment list (``1、…名单``), a
list heading (a first token ending in ``名单``) or a lead-in (``…名单如下:``) opens the lists,
or the signing date closes the body.  After the signing date (the signature block: unit line,
date line) come the attachments themselves: ``附件1:`` sets the attachment number, a
``…名单`` line starts a list (a count note such as ``(10户)`` is kept apart), a marker line or
``宣传工作优秀奖:`` starts a category (one list per category), and every other line is entries
(see :mod:`fedextract.honorees`); :mod:`fedextract.award_lists` then completes the lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from . import names
from .award_lists import OpenList, finish_lists, lists_from_awards
from .award_sentences import BRACKET_TAIL, as_written, is_honour, lead_in_honour, parse_awards, pointed_grant
from .award_tables import (
    COLUMNS,
    Table,
    cells_of,
    column_block,
    header_roles,
    names_header,
    row_roles,
    spaced_cells,
    spaced_header,
)
from .dates import masked_date_line, standalone_date
from .header import signature_units
from .honorees import (
    Entry,
    are_entries,
    inline_list,
    is_table_header,
    line_tokens,
    quoted_groups,
    read_list_line,
)
from .honorees import classify as classify_token
from .lazyre import lazy
from .markers import MarkerMatch, continues, match_marker, prose_width
from .normalize import Line
from .numerals import to_int
from .record import Node
from .textkey import key, squash

_NAME_NOTE = lazy(r"(?P<name>[^()（）\s]{2,4})(?P<note>[(（][^()（）]{1,12}[)）])")
_ATTACH = lazy(r"^附(?:件)?\s?(?P<num>\d{1,2})?\s?[:：]?\s?(?P<rest>.*)$")
_ENTRY_GROUPS = lazy("[;；]")
_INLINE_CATEGORY = lazy(r"^(?P<cat>[^:：,，、。]{2,30}?)\s?[:：]\s?(?P<rest>\S.*)$")
_COUNT_NOTE = lazy(r"\s?\((?:共计?|计)?\s?(?P<n>\d{1,5}|[一二三四五六七八九十百]{1,4})\s?(?P<u>[名个户人家位项篇])\)\s?$")


@dataclass(eq=False)
class DecisionBody:
    body: list[str] = field(default_factory=list)
    body_lines: list[tuple[int, str]] = field(default_factory=list)
    awards: list[Node] = field(default_factory=list)
    attachments: list[Node] = field(default_factory=list)
    award_lists: list[Node] = field(default_factory=list)
    signing_date: str | None = None
    signers: list[str] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    roles: dict[int, str] = field(default_factory=dict)  # structural lines: line → role
    warnings: list[Node] = field(default_factory=list)
    prose: set[int] = field(default_factory=set)  # the lines read into the body
    prose_end: int = -1  # the last line of the last paragraph (a paragraph may span many lines)


def _honour_then_names(cat: str, rest: str) -> bool:
    """``一等奖:李晓红、王静``: an honour, a colon, then nothing but names or units."""
    if not is_honour(_category_name_text(cat)[0]):
        return False
    line = Line(0, rest, rest, key(rest), 0)
    tokens = line_tokens(line)
    return bool(tokens) and all(classify_token(t) in ("name", "org", "family", "note") for t in tokens)


def _is_list_title(token: str) -> bool:
    """``…名单``, also with a bracketed note after it (``表彰名单(兵团部分)``, ``名单(10户)``) or a
    colon (``获奖名单:``)."""
    if "名" not in token:  # (名单 and 名單 alike: most tokens, no folding needed)
        return False
    k = key(token).rstrip(":")
    if k.endswith(")"):
        k = BRACKET_TAIL.sub("", k)
    return k.endswith("名单") and 4 <= len(k) <= 80 and "。" not in k



_ENUMERATION_LEADS = ("分别为", "分别是", "他们是", "她们是", "名单为", "名单是")


def _is_lead_in(k: str) -> bool:
    """``…名单如下:``, ``其中,“十大最美家庭”分别为:``, ``获得…奖章的会员有:``; ``k`` is a line's key,
    right-stripped."""
    return (k.endswith(("如下:", "如下")) or k.rstrip(":").endswith(_ENUMERATION_LEADS)
            or (k.endswith(":") and (lead_in_honour(k) is not None or pointed_grant(k) or _names_the_list(k))))


def _names_the_list(k: str) -> bool:
    """``…,现将名单予以公示:``: the sentence before the colon speaks of the list (``获奖名单:``
    ends with it: a list heading, not a sentence)."""
    tail = k[max(k.rfind(","), k.rfind("。"), k.rfind(";")) + 1 :].rstrip(":")
    return "名单" in tail and not tail.endswith("名单")


def _letter_spaced(text: str) -> bool:
    """``全 国 三 八 红 旗 手``: a heading spaced out character by character (four or more), every
    gap alike (``查 韵  储 倩`` is two padded names: one space inside a name, two between)."""
    if len(text) < 7 or not text[1].isspace():  # 全 国…: a space after the first character
        return False
    parts = text.split()
    return (len(parts) >= 4 and all(len(p) == 1 and "\u4e00" <= p <= "\u9fff" for p in parts)
            and len(set(_GAP.findall(text))) == 1)


_GAP = lazy(r"\s+")


_WORK = lazy(r"《[^《》]{1,60}》")
# (作者单位:某某小学): the affiliation of the entry above, behind a label
_UNIT_LABEL = lazy(r"^\((?:作者|工作|推荐|所在)?单位[:：]\s?(?P<unit>[^()]{2,60})\)$")


def _last_labelled_entry(k: str) -> bool:
    """``驻军部队:刘某、谭某家庭。``: the last entry of a labelled enumeration, closed by 。."""
    body = k[:-1] if k.endswith("。") else k
    inline = _INLINE_CATEGORY.match(body) if "。" not in body else None
    return inline is not None and len(body) <= 60 and _is_region(inline["cat"])


def _is_place_label(label: str) -> bool:
    """A division's name, or a short name ending in a division suffix (``青西新区``, or
    ``东关街道``: a 街道 is a township-level division)."""
    k = squash(key(label))
    return bool(k) and (names.is_place(k) or (len(k) <= 6 and (k[-1] in names.PLACE_SUFFIX or k.endswith("街道"))))


def _is_region(label: str) -> bool:
    """A label that groups the entries after it — a region (``上海``, ``市南区``) or a unit
    (``驻军部队``, ``某中学支部``) — as opposed to a category heading that names an honour
    (``三八红旗手``, ``一等奖``)."""
    k = squash(key(label))
    if k.endswith(")"):
        k = _category_name_text(k)[0]  # 东风村(4户): a place with its count
    if not k or is_honour(k):
        return False
    return _is_place_label(k) or names.looks_like_org(k)


def _is_paragraph(k: str) -> bool:
    """Prose inside or after a list: a sentence (entries do not end in 。!), or a long unspaced run.
    ``k`` is the line's key, right-stripped."""
    return ("。" in k or k.endswith(("!", "！")) or (len(k) >= 60 and " " not in k)
            or (k.endswith("…") and "、" not in k))  # 会议号召全区广大妇女……: prose cut short


# 公示期:2024年4月1日—4月7日, 受理时间:2023年5月8日至12日: a notice's field, dated
_DATED_FIELD = lazy(r"[^:()]{2,8}:\s?(?:19|20)\d\d\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日")


def _dated_field(k: str) -> bool:
    """A notice's field that gives a date (the period of a 公示 after its list): prose, no entry."""
    return ":" in k and _DATED_FIELD.match(k) is not None


def _is_category(m: MarkerMatch | None, squashed: str) -> bool:
    """A category heading, from the line's marker match and its squashed key: a section marker,
    a trailing colon, or an honour with a count note (``优秀奖(6篇)``)."""
    if m is not None and m.kind == "section":
        return True
    note = _COUNT_NOTE.search(squashed) if squashed.endswith(")") else None
    head = squashed[: note.start()] if note is not None and note.end() == len(squashed) else ""
    if head and is_honour(head) and not _is_list_title(head):
        return True
    if 2 <= len(squashed) <= 8 and squashed.endswith("奖") and not names.is_person_name(squashed):
        return True  # 一等奖, 优秀奖, 优秀组织奖 alone on a line: a prize level over its entries
    return (squashed.endswith(":") and 3 <= len(squashed) <= 30 and not squashed.startswith(("附", "("))
            and not _is_list_title(squashed))  # 获奖名单: is a list heading


def _category_name(line: Line, m: MarkerMatch | None) -> tuple[str, int | None]:
    text = line.text[m.end :] if m is not None and m.kind == "section" else line.text
    return _category_name_text(text)


def _category_name_text(text: str) -> tuple[str, int | None]:
    text = text.strip().rstrip(":：").strip()
    k = key(text)
    note = _COUNT_NOTE.search(k) if ")" in k else None  # (a pattern led by \s? is tried everywhere)
    count = None
    if note:
        count = to_int(note["n"])
        text = text[: note.start()].strip()
    return text, count


def read_decision(lines: list[Line]) -> DecisionBody:
    """Read the lines after a decision's header, page chrome already dropped (see the module
    docstring)."""
    return _Reader(lines).read()


class _Reader:
    """One forward pass over a decision's lines; ``state`` is body, attachments, lists or
    appendix (the lists after the signature)."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.out = DecisionBody()
        self.lists: list[OpenList] = []
        self.state = "body"
        self.attachment: int | None = None
        self.list_title = ""
        self.title_prefix = ""
        self.cur: OpenList | None = None
        self.region: str | None = None  # the region label or heading the next entries are grouped under
        self.label: str | None = None  # a unit label written before this line's entries (单位:姓名)
        self.work: str | None = None  # the work title (《…》) on the line being read
        self.table: Table | None = None  # a table whose cells are being read
        self._headless_at = -2  # the last row read under no header
        self.heading_notes: list[str] = []  # the notes under a list heading that categories divide
        # the awards of the body before the lists, their titles bare, and how many body lines they read
        # (keyed on the body's last line read: a paragraph grows as hard-broken lines join it)
        self._granted: tuple[int, tuple[str, ...], list[Node]] = (-2, (), [])
        self.index = {ln.number: i for i, ln in enumerate(lines)}
        self.last_line = next((ln.number for ln in reversed(lines) if ln.text), None)
        # three-line prize entries need a (…单位:…) label somewhere: most decisions have none
        self.unit_labels = any("单位" in ln.key and ln.key.lstrip().startswith("(") for ln in lines)
        self._width: list[float | None] = []  # (asked only when a paragraph stops mid-sentence: computed then)
        self.sign_idx = next((i for i, ln in enumerate(lines) if standalone_date(ln.key)
                              or (ln.key[:2] in ("19", "20") and masked_date_line(ln.key))), None)

    def read(self) -> DecisionBody:
        out = self.out
        self._signature()
        for i, ln in enumerate(self.lines):
            if not ln.text or ln.number in out.used:
                if i == self.sign_idx:
                    self.state, self.cur = "appendix", None
                continue
            self._line(ln, squash(ln.key))
        if self.table is not None:
            self._close_table()
        early, found = self._granted[0], self._granted[2]
        if early != out.prose_end:  # the body grew after the lists began (or no list asked)
            found = parse_awards(out.body_lines)
        out.awards = [a for a in found if not a.get("yielded")]
        headings = [lst.award for lst in self.lists if lst.award]
        completed: list[Node] = []
        for a in out.awards:  # 8个先进集体 → the list heading that ends with it: 全国…先进集体
            if a.pop("short", False):
                full = [h for h in headings if h.endswith(a["title"]) and len(h) > len(a["title"])]
                if not full:  # 我省12名个人…受到表彰 over 全国三八红旗手(12名): the one heading of that count
                    counted = {lst.award for lst in self.lists if lst.award and a["count"] is not None and lst.count == a["count"]}
                    full = list(counted) if len(counted) == 1 else []
                if not full:
                    continue  # a short name no heading completes (8名教师受到表彰) is no honour
                a["title"] = max(full, key=len)
            completed.append(a)
        out.awards = completed
        from_prose = lists_from_awards(found)  # (also takes the awards' private keys)
        out.award_lists = finish_lists(self.lists, out.awards, out.warnings) or from_prose
        return out

    def _mark(self, ln: Line, role: str) -> None:
        self.out.used.add(ln.number)
        self.out.roles[ln.number] = role

    def _signature(self) -> None:
        """The signing date, and the unit line just above it."""
        if self.sign_idx is None:
            return
        date_line = self.lines[self.sign_idx]
        self.out.signing_date = standalone_date(date_line.key)
        self._mark(date_line, "date")
        run: list[Line] = []
        above = [ln for ln in self.lines[: self.sign_idx] if ln.text][-6:]
        for ln in reversed(above[1:]):
            if not _is_signer(ln):
                break
            run.insert(0, ln)
        # two or three unit lines above the date sign together; a longer run of units, or one
        # right under a list or category heading, is the end of a list, of which only the last
        # line can be the signature
        before = above[-len(run) - 1] if run and len(above) > len(run) else None
        under_heading = before is not None and _heads_entries(before)
        signers = run if len(run) <= 3 and not under_heading else run[-1:]
        if not signers or under_heading:  # 2022年11月21日 / 某某市妇女联合会: the date written above the
            below = self._following(date_line, 2)  # unit (the unit line above it, under a heading, then ends the list)
            if below and _is_signer(below[0]) and (len(below) == 1 or not _is_signer(below[1])):
                signers = below[:1]
        for ln in signers:
            self.out.signers.extend(signature_units(ln.text))
            self._mark(ln, "signature")

    def _new_list(self, title: str, award: str | None, line: int, count: int | None = None) -> OpenList:
        lists = self.lists
        if award is not None and lists and lists[-1].award is None and not lists[-1].builder.entries:
            dropped = lists.pop()  # a list heading whose entries come under category headings
            if dropped.title and dropped.title != title:  # (附件 reset the title): keep its line
                self.out.roles.setdefault(dropped.line, "list_title")
            self.heading_notes = dropped.builder.notes  # (排名不分先后) under the heading: every category's
        elif award is None:
            self.heading_notes = []
        lst = OpenList(title, award, self.attachment, line, count, line_end=line)
        if award is not None:
            lst.builder.notes.extend(self.heading_notes)
        lists.append(lst)
        self.cur = lst
        return lst

    def _line(self, ln: Line, k: str) -> None:
        if self._continues_prose(ln):
            _add_paragraph(self.out, ln, joined=True)  # …现将1976个第六届全国文明 / 村镇候选名单予以公示: one sentence
            tail = key(self.out.body[-1][self.out.body[-1].rfind("。") + 1 :]).rstrip()
            if self.state == "body" and _is_lead_in(tail):
                self.state, self.list_title = "lists", ""  # the joined sentence leads in: the lists open
                self._new_list("", None, ln.number).lead_in = True
            return
        if ("|" in k or "｜" in k) and self._table_line(ln):
            return
        if self.table is not None and self.table.spaced and self._spaced_row(ln):
            return
        if self.table is not None:
            self._close_table()
        if len(k) <= 6 and COLUMNS.get(k) == "name" and self._column_block(ln):  # 姓名 alone: columns may follow
            return
        if " " in ln.key and (roles := spaced_header(ln.text)) is not None:
            self.table = Table(roles, per_line=True, spaced=True)  # 序号  姓名  单位: a table lined up by spaces
            self._mark(ln, "table_header")
            self.state = "lists"
            return
        att = _ATTACH.match(k) if k.startswith("附") else None
        if att is not None and (att["rest"] == "" or self.state != "appendix" or k.startswith("附件")):
            self._attachment_label(ln, att)
            return
        if self.state == "attachments":
            m = match_marker(ln)
            if m is not None and m.kind == "item":
                title = squash(ln.text[m.end :]).rstrip(";；。,，")
                self.out.attachments.append({"number": m.number, "title": title, "line": ln.number})
                self._mark(ln, "attachment")
                return
            self.state = "body"
        if self.state == "body" and not self._body_line(ln):
            return
        self.out.used.add(ln.number)
        self._list_line(ln, k)

    def _named_heading(self, ln: Line, m: MarkerMatch) -> bool:
        """``一、王某某`` or ``(一)王某某(某某医院护士长)``: a person numbered as a heading (a 公示
        with each candidate's particulars below), read as one entry of the list."""
        tokens = _section_name(ln)
        if tokens is None:
            return False
        if self.cur is None and self.lists and self.lists[-1].named_headings:
            self.cur = self.lists[-1]  # (the particulars of the one above, a paragraph, came between)
        if self.cur is None:
            self._new_list(self.list_title, None, ln.number)
        assert self.cur is not None
        before = len(self.cur.builder.entries)
        self.cur.feed(tokens, ln.number, m.marker)
        for e in self.cur.builder.entries[before:]:
            e.awaiting = False  # (its affiliation is a field below, not a column of affiliations)
        self.cur.named_headings = True
        return True

    def _field_row(self, ln: Line) -> bool:
        """``性别:女  民族:汉族  工作单位及职务:某某医院护士长`` under a numbered person: the
        fields of the entry above, named as a table's columns would be."""
        entries = self.cur.builder.entries if self.cur is not None else []
        if not entries or entries[-1].affiliation is not None or entries[-1].line != self._line_above(ln):
            return False
        found = list(_FIELD.finditer(ln.key))
        if not found or len(found) != len(_FIELD_LABEL.findall(ln.key)):
            return False
        roles = [COLUMNS.get(f[1]) for f in found]
        if "affiliation" not in roles or any(r is None for r in roles):
            return False
        values = [ln.text[f.start(2) : f.end(2)] for f in found]  # (as written: found in the folded key)
        entry = entries[-1]
        entry.affiliation = "".join(v for r, v in zip(roles, values, strict=True) if r == "affiliation")  # 单位 + 职务
        notes = [v for r, v in zip(roles, values, strict=True) if r in ("skip", "note")]
        entry.note = "，".join(notes) if notes else entry.note
        self._mark(ln, "fields")
        return True

    def _line_above(self, ln: Line) -> int:
        """The number of the nearest non-blank line above ``ln`` (-1 when there is none)."""
        i = self.index.get(ln.number, 0) - 1
        while i >= 0 and not self.lines[i].text:
            i -= 1
        return self.lines[i].number if i >= 0 else -1

    def _continues_prose(self, ln: Line) -> bool:
        """On a page of prose hard-broken at a fixed width, this line goes on with the paragraph
        whose last line filled the width and stopped mid-sentence."""
        out = self.out
        if out.prose_end != ln.number - 1 or not out.body or not continues(out.body[-1]):
            return False
        if not self._width:  # prose hard-broken at a fixed width (as copied out of a PDF): from the lines with clauses
            self._width.append(prose_width(self.lines))
        width = self._width[0]
        i = self.index.get(ln.number - 1)
        if width is None or i is None or len(self.lines[i].text) < 0.9 * width or match_marker(ln) is not None:
            return False
        # (…评出…24个。现公布名单如下: — a sentence that opens on this line and leads in is read as one)
        stop = ln.key.rfind("。")
        return stop < 0 or ":" not in ln.key[stop:]

    def _attachment_label(self, ln: Line, att: re.Match[str]) -> None:
        """``附件:`` / ``附件1:`` / ``附:…名单``: the attachment list, or a list's attachment."""
        self._mark(ln, "attachment")
        self.region = None  # 附件2: the last attachment's region labels do not reach into this one
        number = int(att["num"]) if att["num"] else None
        rest = ln.text[len(ln.text) - len(att["rest"]) :].strip() if att["rest"] else ""
        if self.state == "appendix" or (self.sign_idx is None and not rest and self.state == "lists"):
            self.attachment, self.cur, self.list_title = number, None, ""
        elif rest:
            first = Line(ln.number, rest, rest, key(rest), 0)
            m = match_marker(first)
            if m is not None and m.kind == "item":  # 附件:1.甲名单 / 2.乙名单: a numbered index begins
                self.out.attachments.append({"number": m.number, "title": squash(rest[m.end :]).rstrip(";；。,，"),
                                             "line": ln.number})
                self.state = "attachments"
            else:
                self.out.attachments.append({"number": number, "title": squash(rest), "line": ln.number})
                if _is_list_title(squash(rest)) and self._people_follow(ln):
                    # 附:“最美家庭”名单 / 张某家庭  李某家庭 / signature: the list is right here
                    self.state, self.attachment, self.region = "lists", number, None
                    self.list_title = squash(rest)
                    self._new_list(self.list_title, None, ln.number)
        else:
            self.state = "attachments"

    def _body_line(self, ln: Line) -> bool:
        """A line while in the body; True when it opens the lists and is to be read as one."""
        if (enumerated := inline_list(ln)) is not None:
            # …名单如下:张三、李四、王五。 — the list is the paragraph's tail
            entries, marker = enumerated
            _add_paragraph(self.out, ln)
            lst = self._new_list("", None, ln.number)
            lst.lead_in = True
            lst.feed(entries, ln.number, marker)
            lst.builder.close()  # a sentence's enumeration is whole: no later line pairs with it
            self.state = "lists"
            return False
        if (groups := quoted_groups(ln)) is not None:
            # 其中,“甲”:张某、李某;“乙”:某医院、某银行。 — a list per honour, in the paragraph; a line
            # that is nothing but groups (“甲”:张某、李某) is a category line, not prose
            if ln.key.startswith("“"):
                self._mark(ln, "category")
            else:
                _add_paragraph(self.out, ln)
            for honour, entries in groups:
                lst = self._new_list(self._table_title(), honour, ln.number)  # (附:获奖名单 above: its title)
                lst.feed(entries, ln.number, None)
                lst.builder.close()
            self.cur = None
            return False
        if self._rows_after_grant(ln):
            self.state = "lists"  # …等3个单位予以表彰。 / 东村妇女之家 / 南湾社区妇女之家: the rows are the list
            return True
        if ":" in ln.key and self._labelled_entries(ln):
            self.state = "lists"  # 城关镇:张某家庭、李某家庭 — a region label over its entries opens the lists
            return True
        first = ln.text.split()[0]
        tail = ln.key.rstrip()
        if _letter_spaced(ln.text):
            self.state = "lists"
            return True
        m = match_marker(ln)
        name, count = _category_name(ln, m)
        if count is not None and ((m is not None and m.kind == "section") or (is_honour(name) and len(name) <= 30)
                                  or self._body_granted(name)):
            self.state = "lists"  # 一、某某文明城区(2个), 拟推荐全国三八红旗手(1名): a counted category opens the lists
            return True
        if _is_list_title(_COUNT_NOTE.sub("", first) if ")" in first or "）" in first else first) or (_is_lead_in(tail) and (
                "名单" in ln.key or tail.rstrip(":").endswith(_ENUMERATION_LEADS) or lead_in_honour(tail)
                or pointed_grant(tail) or self._table_follows(ln) or self._rows_follow(ln))):
            if pointed_grant(tail):  # 授予以下同志“优秀母亲”称号: a grant sentence too
                _add_paragraph(self.out, ln)
            self.state = "lists"
            return True
        _add_paragraph(self.out, ln)
        return False

    def _body_granted(self, name: str) -> bool:
        """``优秀班主任``, heading a count (``优秀班主任(6名):``), is an honour the body so far
        grants (…授予刘某等6名同志“优秀班主任”称号), whatever its words."""
        bare = _bare_title(name)
        return len(bare) >= 2 and any(_bare_title(a["title"]) == bare for a in parse_awards(self.out.body_lines))

    def _rows_after_grant(self, ln: Line) -> bool:
        """This line and the next are each one entry (a name, a unit, a family) or a numbered row
        opening with one (``1. 林某 某村党支部书记``), right after a body paragraph that grants or
        commends."""
        body = self.out.body_lines
        if not body or len(ln.key) > 60 or _GRANT_WORD.search(key(body[-1][1])) is None:
            return False
        nxt = self._following(ln, 1)
        return bool(nxt) and (all(_one_entry(x) for x in (ln, nxt[0])) or all(_numbered_row(x) for x in (ln, nxt[0]))
                              or self._honour_then_entry(ln))

    def _honour_then_entry(self, ln: Line) -> bool:
        """``全国三八红旗集体某某公司工艺室``: an honour the body granted, glued to one entry."""
        k = squash(ln.key)
        known = self._granted_heading(k) if len(k) <= 80 and "。" not in k else None
        return known is not None and bool(known[1]) and classify_token(known[1]) in ("name", "org", "family", "name_aff")

    def _rows_follow(self, ln: Line) -> bool:
        """The next two lines are numbered rows that open with an entry (``现将推荐人选公示如下:`` /
        ``1、周某(女,汉族,某某医院主任)`` / ``2、…``)."""
        nxt = self._following(ln, 2)
        return len(nxt) == 2 and (all(_numbered_row(x) for x in nxt) or _section_name(nxt[0], any_marker=True) is not None)

    def _table_follows(self, ln: Line) -> bool:
        """The next line is a flattened table's header (``现将…公示如下:`` / ``序号|姓名|单位|``)."""
        nxt = self._following(ln, 1)
        return bool(nxt) and names_header(nxt[0].text) is not None

    def _labelled_entries(self, ln: Line) -> bool:
        """``城关镇:张某家庭、李某家庭``: a place label, then names or families only."""
        inline = _INLINE_CATEGORY.match(ln.text)
        if inline is None or not _is_place_label(squash(key(inline["cat"]))):
            return False
        rest = inline["rest"].rstrip("。;；")
        tokens = [t for part in _ENTRY_GROUPS.split(rest) if part.strip()
                  for t in read_list_line(Line(ln.number, part, part, key(part), 0), None)[0]]
        return len(tokens) >= 1 and all(classify_token(t) in ("name", "family") for t in tokens)

    def _list_line(self, ln: Line, k: str) -> None:
        """A line among the lists: prose, a lead-in, a heading, a category, a note or entries."""
        tail = ln.key.rstrip()
        lead_in = _is_lead_in(tail)
        # 经…审核,拟命名以下8个集体为“巾帼文明岗”,现将名单予以公示: — a sentence (clauses) that leads in
        said = lead_in and len(tail) > 30 and "," in tail
        if ((_is_paragraph(tail) or said or _dated_field(tail)) and not _is_list_title(ln.text.split()[0]) and not _last_labelled_entry(tail)
                and not _long_enumeration(ln, tail)):
            _add_paragraph(self.out, ln)
            if lead_in:
                self.list_title = ""
                self._new_list("", None, ln.number)
            else:
                self.cur = None
            return
        if self.cur is not None and ":" in k and self._field_row(ln):
            return  # 性别:女 工作单位及职务:某某医院护士长 under 一、王某某
        if self._region_heading(ln):  # 四川省 on its own line, over entries that are no places
            self.region = squash(ln.text)
            self._mark(ln, "region")
            if self.cur is None or (not self.cur.title and not self.cur.builder.entries):
                self._new_list(self.region, None, ln.number)  # the first grouping heads the list
            return
        if _letter_spaced(ln.text):  # a spaced-out heading: a list of its own, title without padding
            self._mark(ln, "list_title")
            self.list_title, self.region = squash(ln.text), None
            self._new_list(self.list_title, None, ln.number)
            return
        unit = _UNIT_LABEL.match(k) if k.startswith("(") else None
        if unit is not None and self.cur is not None and self.cur.builder.entries:
            last = self.cur.builder.entries[-1]  # 韩某 / (作者单位:某某小学)
            if last.affiliation is None:
                last.affiliation, last.awaiting = squash(ln.text)[len(k) - len(unit["unit"]) - 1 : -1], False
                self._mark(ln, "affiliation")
                self.cur.line_end = ln.number
                return
        if self.unit_labels and self._work_line(ln):  # 我听见春风吹来 / 韩某 / (作者单位:…): the title of the entry's work
            self.work = squash(ln.text)
            self._mark(ln, "work")
            return
        if "《" in ln.text and (works := _WORK.findall(ln.text)):
            # 《作品》 单位:姓名 — the work is the entry's, the rest of the line is read as usual
            rest = _WORK.sub(" ", ln.text).strip()
            if ln.number == self.last_line and self._people_listed() and " " not in rest and ":" not in key(rest) \
                    and classify_token(rest) not in ("name", "name_paren", "family"):
                self.out.used.discard(ln.number)  # 《一双鞋垫》 某某综 after rows of people: cut before the name
                return
            self.work = works[0]
            if rest:
                rest_line = Line(ln.number, rest, rest, key(rest), 0)
                self._list_line(rest_line, squash(rest_line.key))
            self.work = None
            return
        if lead_in and len(k) <= 30:
            self._mark(ln, "lead_in")
            self.list_title = squash(ln.text).rstrip(":：")
            self.region = None
            lst = self._new_list(self.list_title, None, ln.number)
            lst.lead_in = True
            honour = lead_in_honour(ln.key)
            lst.honour = as_written(ln.text, ln.key, honour) if honour else None  # (found in the key)
            return
        if k.endswith(("、", ",", "，")) and "名单" not in k and not (self.cur and self.cur.builder.entries):
            self.title_prefix += squash(ln.text)  # a list heading broken after 、
            self._mark(ln, "list_title")
            return
        if is_table_header(ln):
            self._mark(ln, "table_header")
            return
        m = match_marker(ln)
        inline = _INLINE_CATEGORY.match(ln.text) if ":" in k and not k.startswith("附") else None
        if inline is not None and _is_region(inline["cat"]):
            # 市南区:高某、戴某家庭; / 上海:江某 某某大学教师 — a region label before the entries
            # 某某支部:张三 — a unit label before a name
            name, count = _category_name_text(inline["cat"])  # 东风村（4户）: the group's count is a note
            label = squash(name)
            if count is not None and self.cur is not None:
                self.cur.builder.notes.append(inline["cat"][len(name) :].strip())
            if _is_place_label(label):
                self.region = label
                self.out.roles[ln.number] = "region"
            else:
                self.label, self.region = label, None
            for part in _ENTRY_GROUPS.split(inline["rest"]):  # 郑某、冯某家庭;陈某家庭: groups apart
                if part.strip():
                    rest_line = Line(ln.number, part, part, key(part), 0)
                    self._entries(rest_line, match_marker(rest_line))
            self.label = None
            return
        if inline is not None and not _is_list_title(inline["cat"]) and (
                read_list_line(ln, m)[0] != [ln.text] or _honour_then_names(inline["cat"], inline["rest"])
                or self._body_granted(_category_name_text(inline["cat"])[0])):
            # 三八红旗手(3名):张丽华、王雪梅、刘 芳 — a category with its entries on one line
            name, count = _category_name_text(inline["cat"])
            lst = self._new_list(self.list_title, name, ln.number, count)
            counted = _COUNT_NOTE.search(key(inline["cat"]))
            if counted:
                lst.builder.notes.append(inline["cat"][counted.start() :].strip())
            rest_line = Line(ln.number, inline["rest"], inline["rest"], key(inline["rest"]), 0)
            tokens, marker = read_list_line(rest_line, match_marker(rest_line))
            if not tokens:  # nothing but a number after the colon: the line lives on as a label
                self._mark(ln, "category")
            lst.feed(tokens, ln.number, marker)
            return
        known = self._granted_heading(k) if len(k) <= 80 and "。" not in k else None
        if known is not None:  # 全国三八红旗手 / 全国三八红旗集体某某公司工艺室: an honour the body granted
            honour, rest = known
            award = squash(ln.text)[: len(honour)]
            if not (rest and self.cur is not None and self.cur.award == award and self.cur.title == self.list_title):
                self._new_list(self.list_title, award, ln.number)  # (the next line of one honour: its list goes on)
            self.region = None
            if not rest:
                self._mark(ln, "category")
                return
            rest = squash(ln.text)[len(k) - len(rest) :]  # (the rest as written: k is the folded key)
            rest_line = Line(ln.number, rest, rest, key(rest), 0)
            self._entries(rest_line, match_marker(rest_line))
            return
        if m is not None and m.kind == "section" and self._named_heading(ln, m):
            return  # 一、王某某 over 工作单位及职务:…: a numbered entry, not a category
        if _is_category(m, k):
            name, count = _category_name(ln, m)
            if (_is_place_label(name) and not is_honour(name)
                    and ((m is None and k.endswith(":")) or (m is not None and self._people_follow(ln)))):
                # 城关镇: alone on its line, over the entries of that place: a region label
                # (一)城关村(3户) over families: a numbered place heads a group of entries, not an
                # honour (一、文明村(5个) over villages is a category)
                self.region = squash(name)
                self._mark(ln, "region")
                if self.cur is None:
                    self._new_list(self.list_title, None, ln.number)
                return
            self._mark(ln, "category")
            self.region = None
            self._new_list(self.list_title, name, ln.number, count)
            return
        self._entries(ln, m)

    def _table_line(self, ln: Line) -> bool:
        """A line of a flattened table (see :mod:`fedextract.award_tables`); False when it is none."""
        cells = cells_of(ln.text)
        if cells is None:
            return False
        if self.table is None or self.table.add_header(cells):
            if self.table is None:
                roles = header_roles(cells)
                if roles is None:
                    return self._headless_row(ln, cells)
                self.table = Table(roles, per_line=len(roles) > 1)
            self._mark(ln, "table_header")
            self.state = "lists"
            return True
        self.out.used.add(ln.number)
        for row in self.table.add_cells(cells, ln.number):
            self._table_entry(row)
        return True

    def _headless_row(self, ln: Line, cells: list[str]) -> bool:
        """``1|张某|某某小学 教师|``: a table row under no header (its header lost, or never
        written), its cells read by what they hold (:func:`row_roles`), when it is numbered or the
        line before or after it is a table line too."""
        roles = row_roles(cells)
        if roles is None:
            return False
        nxt = self._following(ln, 1)
        numbered = roles[:1] == ["marker"]  # 1|张某|…: a numbered row stands alone too
        if not numbered and self._headless_at != self._line_above(ln) and not (nxt and cells_of(nxt[0].text) is not None):
            return False  # one line with a bar in it is no table
        self._headless_at = ln.number
        self.out.used.add(ln.number)
        self.state = "lists"
        for row in Table(roles, per_line=True).add_cells(cells, ln.number):
            self._table_entry(row)
        return True

    def _column_block(self, ln: Line) -> bool:
        """``姓名`` / names / ``工作单位`` / units: columns one after the other, read as rows."""
        i = self.index.get(ln.number)
        if i is None:
            return False
        rest: list[Line] = []  # the non-blank lines column_block reads, from this one on

        def texts() -> Iterator[str]:
            for j in range(i, len(self.lines)):  # walked, not sliced: no copy of the page's tail
                if self.lines[j].text:
                    rest.append(self.lines[j])
                    yield self.lines[j].text

        block = column_block(texts())
        if block is None:
            return False
        roles, rows = block
        width = len(rows)
        headers = [0] + [1 + c * (width + 1) + width for c in range(len(roles) - 1)]
        for c in headers:
            self._mark(rest[c], "table_header")
        table = Table(roles, per_line=True)
        for r, cells in enumerate(rows):
            for c in range(len(roles)):
                self.out.used.add(rest[1 + c * (width + 1) + r].number)
            for row in table.add_cells(cells, rest[1 + r].number):
                self._table_entry(row)
        self.state = "lists"
        return True

    def _spaced_row(self, ln: Line) -> bool:
        """A row of a table lined up by spaces; False when the line has another width."""
        assert self.table is not None
        cells = spaced_cells(ln.text, len(self.table.roles)) if ln.text and "。" not in ln.text else None
        if cells is None:
            return False
        self.out.used.add(ln.number)
        for row in self.table.add_cells(cells, ln.number):
            self._table_entry(row)
        return True

    def _close_table(self) -> None:
        assert self.table is not None
        row = self.table.close()
        if row is not None:
            self._table_entry(row, continued=True)
        self.table = None

    def _table_entry(self, row: dict[str, str | int | None], continued: bool = False) -> None:
        """One table row as an entry, in the list of its award column's value (one list per
        value, all under the list heading), or in the current list."""
        name = row.get("name")
        if not isinstance(name, str):
            return
        award = row.get("award")
        line = int(row["line"] or 0)
        if isinstance(award, str) and not continued:
            lst = next((x for x in self.lists if x.award == award and x.title == self._table_title()), None)
            if lst is None:
                lst = self._new_list(self._table_title(), award, line)
            self.cur = lst
        elif self.cur is None:
            self._new_list(self._table_title(), None, line)
        assert self.cur is not None
        aff, work, marker = row.get("affiliation"), row.get("work"), row.get("marker")
        noted = _NAME_NOTE.fullmatch(name)
        cell = row.get("note")
        note = cell if isinstance(cell, str) else None  # a 备注 cell
        if noted is not None and names.is_person_name(noted["name"]):
            name, note = noted["name"], noted["note"]  # 李敏(女): the bracket is a note on the entry
        family = names.split_family(name)  # 王某某家庭 in a 家庭 column: a household
        if family is not None:
            name, aff = family[0], aff if isinstance(aff, str) else family[1]
        self.cur.builder.entries.append(Entry(
            name, line, affiliation=aff if isinstance(aff, str) else None, family=family is not None,
            kind="organization" if names.looks_like_org(name) and not names.is_person_name(name) else "person",
            marker=marker if isinstance(marker, str) else None, work=work if isinstance(work, str) else None,
            award=award if isinstance(award, str) else None, note=note))
        self.cur.line_end = line

    def _table_title(self) -> str:
        if self.list_title:
            return self.list_title
        last = self.out.attachments[-1]["title"] if self.out.attachments else ""
        return str(last) if _is_list_title(str(last)) else ""

    def _granted_heading(self, flat: str) -> tuple[str, str] | None:
        """``flat`` (a squashed key) opens with an honour the body granted: (honour, the rest)."""
        count, titles, _ = self._granted
        if count != self.out.prose_end:  # the grant sentences come before the lists: read them once (again if the body grew)
            awards = parse_awards(self.out.body_lines)
            titles = tuple(sorted({t for a in awards if len(t := _bare_title(a["title"])) >= 4},
                                  key=len, reverse=True))
            self._granted = (self.out.prose_end, titles, awards)
        bare = flat.replace("“", "").replace("”", "") if "“" in flat else flat
        if not titles or not bare.startswith(titles) or _is_list_title(flat):
            return None
        for title in titles:
            if bare.startswith(title):
                if bare != flat:  # quotes in the line: keep the heading as written, up to the honour
                    return None if len(bare) != len(title) else (flat, "")
                return title, flat[len(title):]
        return None

    def _region_heading(self, ln: Line) -> bool:
        """A province or prefecture alone on its line, followed by a line that is not one."""
        if len(ln.key) > 12:
            return False
        if not _is_region_heading(squash(ln.key)):
            return False
        nxt = self._following(ln, 2)
        if nxt and not names.is_place(squash(nxt[0].key)):
            return True
        # 河北省 / 石家庄市 / 张某 …: a province over a prefecture's heading (a run of places alone
        # on their lines, 广州市 / 深圳市 / 珠海市, is a list of them)
        return (len(nxt) == 2 and len(nxt[0].key) <= 12 and _is_region_heading(squash(nxt[0].key))
                and not names.is_place(squash(nxt[1].key)))

    def _following(self, ln: Line, count: int) -> list[Line]:
        """The next ``count`` non-blank lines after ``ln``."""
        out: list[Line] = []
        i = self.index.get(ln.number)
        if i is None:
            return out
        for nxt in (self.lines[j] for j in range(i + 1, len(self.lines))):  # (a slice would copy the tail)
            if nxt.text:
                out.append(nxt)
                if len(out) == count:
                    break
        return out

    def _people_listed(self) -> bool:
        """The list being read holds people so far."""
        entries = self.cur.builder.entries if self.cur is not None else []
        return bool(entries) and entries[-1].kind == "person"

    def _people_follow(self, ln: Line) -> bool:
        """The next line opens with a person or a family (``张某家庭  李某家庭``)."""
        nxt = self._following(ln, 1)
        tokens = line_tokens(nxt[0]) if nxt else []
        return bool(tokens) and classify_token(tokens[0]) in ("name", "family", "name_paren")

    def _work_line(self, ln: Line) -> bool:
        """A work's title on its own line: not a name, followed by a name alone and then a
        bracketed unit label (three-line prize entries)."""
        nxt = self._following(ln, 2)
        if len(nxt) < 2 or _UNIT_LABEL.match(squash(nxt[1].key)) is None:
            return False
        tokens = line_tokens(nxt[0])
        return len(tokens) == 1 and classify_token(tokens[0]) == "name" and classify_token(squash(ln.text)) != "name"

    def _entries(self, ln: Line, m: MarkerMatch | None) -> None:
        tokens, marker = read_list_line(ln, m)
        if not tokens:  # a list number alone on its line (2.)
            self._mark(ln, "marker")
            return
        if len(tokens) == 1 and len(tokens[0]) == 1 and ln.number == self.last_line:
            self.out.used.discard(ln.number)  # 特, 三: a page cut after a heading's first character
            return
        if (self.cur is None and len(tokens) == 1 and len(tokens[0]) <= 4 and not _is_list_title(tokens[0])
                and classify_token(tokens[0]) in ("aff", "post")):
            self.out.used.discard(ln.number)  # 标识 after the closing prose: a stray word opens no list
            return
        if len(tokens) == 1 and _COUNT_NOTE.fullmatch(key(tokens[0])) and self.cur is not None:
            self.cur.builder.notes.append(tokens[0])
            self._mark(ln, "note")
            return
        titles = [_is_list_title(t) for t in tokens]
        if marker and any(titles):
            self.out.roles[ln.number] = "list_title"  # a numbered list heading: keep its number as written
        segment: list[str] = []
        for tok, title in zip(tokens, titles, strict=True):
            if title:  # a heading inside a flattened line starts the next list
                if segment and self.cur is None:
                    self._new_list(self.list_title, None, ln.number)
                if self.cur is not None:
                    self.cur.feed(segment, ln.number, marker)
                segment = []
                self.list_title, self.title_prefix, self.region = self.title_prefix + squash(tok), "", None
                self._new_list(self.list_title, None, ln.number)
            else:
                segment.append(tok)
        if segment and self.cur is None:
            self._new_list(self.list_title, None, ln.number)
        if self.cur is not None:
            before = len(self.cur.builder.entries)
            self.cur.feed(segment, ln.number, marker)
            for e in self.cur.builder.entries[before:]:
                e.work = e.work or self.work
                self.work = None
                if self.label is not None and e.affiliation is None:
                    e.affiliation, e.awaiting = self.label, False
                if self.region is not None:
                    e.region = self.region
                    if e.family and e.affiliation is None:  # a family with no other unit: the region
                        e.affiliation = self.region


_GRANT_WORD = lazy("授予|表彰|命名|评为|荣获|获评")


def _bare_title(title: str) -> str:
    return squash(key(title)).replace("“", "").replace("”", "")


def _long_enumeration(line: Line, tail: str) -> bool:
    """``张某(某镇妇联主席)、李某(某乡妇联副主席)、…``: a run of 60 characters or more with no space
    is prose unless it enumerates entries (names, units, families) with no sentence end."""
    if "。" in tail or "、" not in tail:
        return False
    return are_entries(line_tokens(line))


def _numbered_row(line: Line) -> bool:
    """``1. 林某  某村党支部书记``: an item number, then a row whose first entry is a name, a
    family or a unit; no sentence."""
    m = match_marker(line)
    if m is None or m.kind != "item" or "。" in line.key:
        return False
    tokens = read_list_line(line, m)[0]
    return bool(tokens) and classify_token(tokens[0]) in ("name", "org", "family", "name_paren")


def _section_name(line: Line, any_marker: bool = False) -> list[str] | None:
    """``一、王某某``, ``(二)李某(某某小学教师)``: a section marker (or, ``any_marker``, any) over
    one person's name; that name's token, or None."""
    m = match_marker(line)
    if m is None or (m.kind != "section" and not any_marker):
        return None
    rest = line.text[m.end :].strip()
    tokens = read_list_line(Line(line.number, rest, rest, key(rest), 0), None)[0] if rest else []
    return tokens if len(tokens) == 1 and classify_token(tokens[0]) in ("name", "name_paren") else None


def _one_entry(line: Line) -> bool:
    """A line that is one name, unit or family and nothing else."""
    tokens = line_tokens(line)
    return len(tokens) == 1 and classify_token(tokens[0]) in ("name", "org", "family") and not line.key.endswith(":")


_FIELD_START = lazy(r"[\u4e00-\u9fff]{2,6}:")  # 公示时间:…, 受理电话:…: a notice's field
# 性别:女  工作单位及职务:某某医院护士长 (a line's key): a label and its value, fields parted by spaces
_FIELD = lazy(r"(?:^|(?<=\s))([\u4e00-\u9fff()]{2,10}):\s?([^\s:]+)")
_FIELD_LABEL = lazy(r"[\u4e00-\u9fff()]{2,10}:")


def _add_paragraph(out: DecisionBody, ln: Line, joined: bool = False) -> None:
    """Read ``ln`` into the body: into the last paragraph when it goes on with it (``joined``: the
    caller knows it does), else as a paragraph of its own."""
    if ln.number in out.prose:  # (a pointing grant is read as prose, then as the lists' lead-in)
        return
    out.used.add(ln.number)
    out.prose.add(ln.number)
    # 一、充分肯定成绩 / 二、…: a heading starts a paragraph of its own, as does a field (受理地点:…)
    joins = joined or (out.body and continues(out.body[-1]) and out.prose_end == ln.number - 1
                       and match_marker(ln) is None and _FIELD_START.match(ln.key) is None)
    out.prose_end = ln.number
    if joins:
        out.body[-1] += ln.text
        out.body_lines[-1] = (out.body_lines[-1][0], out.body[-1])
        return
    out.body.append(ln.text)
    out.body_lines.append((ln.number, ln.text))


def _heads_entries(line: Line) -> bool:
    """A list heading or a category heading: the unit lines under it are entries."""
    flat = squash(line.key)
    note = _COUNT_NOTE.search(flat)
    return (_is_list_title(flat) or (note is not None and note.end() == len(flat)) or flat.endswith(":")
            or _is_region_heading(flat))


def _is_region_heading(flat: str) -> bool:
    """``四川省``, ``绵阳市``: a province or prefecture that can head a group of entries."""
    return 2 <= len(flat) <= 8 and names.is_major_place(flat)


def _is_signer(line: Line) -> bool:
    """A signature line: units that can sign, and nothing numbered (``3.王某家庭  某某社区`` is a row)."""
    if not line.text or line.key[:1].isdecimal() and match_marker(line) is not None:
        return False
    return all(_is_signer_text(part) for part in line.text.split())


def _is_signer_text(text: str) -> bool:
    k = squash(key(text))
    return (3 <= len(k) <= 30 and names.is_signing_body(k) and not any(c in k for c in ",。:;")
            and not k.endswith("家庭"))  # 王某家庭, 冯某、何某家庭 end as units do, and sign nothing
