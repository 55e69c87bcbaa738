"""Stage 4b — a commendation decision: body, awards, attachments, honour lists.

The lines after the header are read in one pass with three states.  In ``body`` lines are
paragraphs (hard breaks joined) until ``附件:`` opens the attachment list (``1、…名单``), a
list heading (a first token ending in ``名单``) or a lead-in (``…名单如下:``) opens the lists,
or the signing date closes the body.  After the signing date (the signature block: unit line,
date line) come the attachments themselves: ``附件1:`` sets the attachment number, a
``…名单`` line starts a list (a count note such as ``(10户)`` is kept apart), a marker line or
``宣传工作优秀奖:`` starts a category (one list per category), and every other line is entries
(see :mod:`fedextract.honorees`).  Afterwards each list is matched to the award it lists, its
families numbered, and its size checked against the award's count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import names
from .award_sentences import clean_title, parse_awards
from .dates import standalone_date
from .furniture import is_chrome
from .honorees import ListBuilder, entry_marker, is_table_header, line_tokens
from .honorees import classify as classify_token
from .markers import ends_sentence, match_marker
from .models import Attachment, Award, AwardList, DocWarning, Honoree
from .normalize import Line
from .numerals import to_int
from .textkey import key, squash

_ATTACH = re.compile(r"^附(?:件)?\s?(?P<num>\d{1,2})?\s?[:：]?\s?(?P<rest>.*)$")
_LEAD_IN_LIST = re.compile(r"(?:名单|如下)\s?[:：]\s?(?P<rest>[^:：]{2,})$")
_INLINE_CATEGORY = re.compile(r"^(?P<cat>[^:：,，、。]{2,30}?)\s?[:：]\s?(?P<rest>\S.*)$")
_COUNT_NOTE = re.compile(r"\s?\((?P<n>\d{1,5}|[一二三四五六七八九十百]{1,4})(?P<u>[名个户人家位项])\)\s?$")


@dataclass
class _List:
    title: str
    award: str | None
    attachment: int | None
    line: int
    count: int | None = None
    lead_in: bool = False  # titled by a lead-in (表彰名单如下), which names no honour
    builder: ListBuilder = field(default_factory=ListBuilder)
    line_end: int = 0


@dataclass
class DecisionBody:
    body: list[str] = field(default_factory=list)
    body_lines: list[tuple[int, str]] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    award_lists: list[AwardList] = field(default_factory=list)
    signing_date: str | None = None
    signers: list[str] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    roles: dict[int, str] = field(default_factory=dict)  # structural lines: line → role
    warnings: list[DocWarning] = field(default_factory=list)


def _is_list_title(token: str) -> bool:
    k = key(token)
    return k.endswith("名单") and 4 <= len(k) <= 80 and "。" not in k


def _is_lead_in(line: Line) -> bool:
    return line.key.rstrip().endswith(("如下:", "如下"))


def _is_paragraph(line: Line) -> bool:
    """Prose inside or after a list: a sentence (entries do not end in 。!), or a long unspaced run."""
    k = line.key.rstrip()
    return "。" in k or k.endswith(("!", "！")) or (len(k) >= 60 and " " not in k)


def _is_category(line: Line) -> bool:
    m = match_marker(line)
    if m is not None and m.kind == "section":
        return True
    k = squash(line.key)
    return k.endswith(":") and 3 <= len(k) <= 30 and not k.startswith("附")


def _category_name(line: Line) -> tuple[str, int | None]:
    m = match_marker(line)
    text = line.text[m.end :] if m is not None and m.kind == "section" else line.text
    return _category_name_text(text)


def _category_name_text(text: str) -> tuple[str, int | None]:
    text = text.strip().rstrip(":：").strip()
    note = _COUNT_NOTE.search(key(text))
    count = None
    if note:
        count = to_int(note["n"])
        text = text[: note.start()].strip()
    return text, count


def read_decision(lines: list[Line]) -> DecisionBody:
    out = DecisionBody()
    sign_idx = next((i for i, ln in enumerate(lines) if standalone_date(ln.key)), None)
    if sign_idx is not None:
        out.signing_date = standalone_date(lines[sign_idx].key)
        out.used.add(lines[sign_idx].number)
        out.roles[lines[sign_idx].number] = "date"
        prev = next((j for j in range(sign_idx - 1, -1, -1) if lines[j].text), None)
        if prev is not None and _is_signer(lines[prev]):
            out.signers.append(squash(lines[prev].text))
            out.used.add(lines[prev].number)
            out.roles[lines[prev].number] = "signature"
    lists: list[_List] = []
    state = "body"
    attachment: int | None = None
    list_title = ""
    title_prefix = ""
    cur: _List | None = None

    def new_list(title: str, award: str | None, line: int, count: int | None = None) -> _List:
        if award is not None and lists and lists[-1].award is None and not lists[-1].builder.entries:
            lists.pop()  # a list heading whose entries come under category headings
        lst = _List(title, award, attachment, line, count, line_end=line)
        lists.append(lst)
        return lst

    for i, ln in enumerate(lines):
        if not ln.text or ln.number in out.used or is_chrome(ln):
            if sign_idx is not None and i == sign_idx:
                state, cur = "appendix", None
            continue
        k = squash(ln.key)
        att = _ATTACH.match(k) if k.startswith("附") else None
        if att is not None and (att["rest"] == "" or state != "appendix" or k.startswith("附件")):
            out.used.add(ln.number)
            out.roles[ln.number] = "attachment"
            rest = ln.text[len(ln.text) - len(att["rest"]) :].strip() if att["rest"] else ""
            if state == "appendix" or (sign_idx is None and not rest and state == "lists"):
                attachment = int(att["num"]) if att["num"] else None
                cur, list_title = None, ""
            elif rest:
                out.attachments.append(Attachment(number=int(att["num"]) if att["num"] else None,
                                                  title=squash(rest), line=ln.number))
            else:
                state = "attachments"
            continue
        if state == "attachments":
            m = match_marker(ln)
            if m is not None and m.kind == "item":
                out.attachments.append(Attachment(number=m.number, title=squash(ln.text[m.end :]).rstrip(";；。,，"),
                                                  line=ln.number))
                out.used.add(ln.number)
                out.roles[ln.number] = "attachment"
                continue
            state = "body"
        if state == "body" and (inline_list := _LEAD_IN_LIST.search(ln.text)) is not None:
            entries = line_tokens(Line(ln.number, inline_list["rest"], inline_list["rest"], key(inline_list["rest"]), 0))
            if len(entries) >= 2 and all(classify_token(t) in ("name", "org", "family", "note") for t in entries):
                # …名单如下:张三、李四、王五。 — the list is the paragraph's tail
                _add_paragraph(out, ln)
                cur = new_list("", None, ln.number)
                cur.lead_in = True
                _feed(cur, entries, ln.number)
                state = "lists"
                continue
        if state == "body":
            first = ln.text.split()[0]
            if _is_list_title(_COUNT_NOTE.sub("", first)) or (_is_lead_in(ln) and "名单" in ln.key):
                state = "lists"
            else:
                _add_paragraph(out, ln)
                continue
        # lists (in the body or after the signature)
        out.used.add(ln.number)
        if _is_paragraph(ln) and not _is_list_title(ln.text.split()[0]):
            _add_paragraph(out, ln)
            if _is_lead_in(ln):
                list_title, cur = "", new_list("", None, ln.number)
            else:
                cur = None
            continue
        if _is_lead_in(ln) and len(k) <= 30:
            out.roles[ln.number] = "lead_in"
            list_title = squash(ln.text).rstrip(":：")
            cur = new_list(list_title, None, ln.number)
            cur.lead_in = True
            continue
        if k.endswith(("、", ",", "，")) and "名单" not in k and not (cur and cur.builder.entries):
            title_prefix += squash(ln.text)
            out.roles[ln.number] = "list_title"
            continue
        if is_table_header(ln):
            out.roles[ln.number] = "table_header"
            continue
        inline = _INLINE_CATEGORY.match(ln.text) if not k.startswith("附") else None
        if inline is not None and not _is_list_title(inline["cat"]) and line_tokens(ln) != [ln.text]:
            # 三八红旗手(3名):张丽华、王秀云、刘 芳 — a category with its entries on one line
            name, count = _category_name_text(inline["cat"])
            cur = new_list(list_title, name, ln.number, count)
            counted = _COUNT_NOTE.search(key(inline["cat"]))
            if counted:
                cur.builder.notes.append(inline["cat"][counted.start() :].strip())
            rest_line = Line(ln.number, inline["rest"], inline["rest"], key(inline["rest"]), 0)
            _feed(cur, line_tokens(rest_line), ln.number)
            continue
        if _is_category(ln):
            out.roles[ln.number] = "category"
            name, count = _category_name(ln)
            cur = new_list(list_title, name, ln.number, count)
            continue
        tokens = line_tokens(ln)
        note_only = len(tokens) == 1 and _COUNT_NOTE.fullmatch(key(tokens[0]))
        if note_only and cur is not None:
            cur.builder.notes.append(tokens[0])
            out.roles[ln.number] = "note"
            continue
        segment: list[str] = []
        if entry_marker(ln) and any(_is_list_title(t) for t in tokens):
            out.roles[ln.number] = "list_title"  # a numbered list heading: keep its number as written
        for tok in tokens:
            if _is_list_title(tok):
                _feed(cur, segment, ln.number, entry_marker(ln))
                segment = []
                list_title, title_prefix = title_prefix + squash(tok), ""
                cur = new_list(list_title, None, ln.number)
            else:
                segment.append(tok)
        if segment and cur is None:
            cur = new_list(list_title, None, ln.number)
        _feed(cur, segment, ln.number, entry_marker(ln))
    out.awards = parse_awards(out.body_lines)
    out.award_lists = _finish(lists, out.awards, out.warnings)
    if not out.award_lists:
        out.award_lists = _lists_from_awards(out.awards)
    return out


def _feed(cur: _List | None, entries: list[str], line: int, marker: str | None = None) -> None:
    if cur is not None and entries:
        before = len(cur.builder.entries)
        cur.builder.add_tokens(entries, line)
        if marker and len(cur.builder.entries) > before:
            cur.builder.entries[before].marker = marker
        cur.line_end = line


def _add_paragraph(out: DecisionBody, ln: Line) -> None:
    out.used.add(ln.number)
    if out.body and not ends_sentence(out.body[-1]) and out.body_lines and out.body_lines[-1][0] == ln.number - 1:
        out.body[-1] += ln.text
        out.body_lines[-1] = (out.body_lines[-1][0], out.body[-1])
        return
    out.body.append(ln.text)
    out.body_lines.append((ln.number, ln.text))


def _is_signer(line: Line) -> bool:
    k = squash(line.key)
    return 3 <= len(k) <= 30 and names.looks_like_org(k) and not any(c in k for c in ",。:;")


def _match_award(lst: _List, awards: list[Award]) -> Award | None:
    target = key(lst.award or lst.title)
    bare = target.replace("“", "").replace("”", "")
    best: Award | None = None
    for a in awards:
        t = key(a.title)
        if t and (t in target or t.replace("“", "").replace("”", "") in bare):
            if best is None or len(a.title) > len(best.title):
                best = a
    return best


def _finish(lists: list[_List], awards: list[Award], warnings: list[DocWarning]) -> list[AwardList]:
    out: list[AwardList] = []
    for lst in lists:
        b = lst.builder
        b.close()
        matched = _match_award(lst, awards)
        award = lst.award
        if award is None:
            if matched is not None:
                award = matched.title
            elif lst.title and not lst.lead_in:
                award = clean_title(lst.title[:-2] if key(lst.title).endswith("名单") else lst.title) or None
            elif len(awards) == 1 and len(lists) == 1:
                matched, award = awards[0], awards[0].title
        honorees = [
            Honoree(name=squash(e.name), affiliation=e.affiliation, kind="organization" if e.kind == "organization" else "person",
                    marker=e.marker, line=e.line)
            for e in b.entries
        ]
        if any(e.family for e in b.entries):
            for n, h in enumerate(honorees, start=1):
                h.household = n
        elif any(e.group is not None for e in b.entries) and matched is not None and matched.unit == "户":
            groups: dict[object, int] = {}
            for e, h in zip(b.entries, honorees, strict=True):
                h.household = groups.setdefault(e.group if e.group is not None else id(e), len(groups) + 1)
        elif matched is not None and matched.unit == "户" and matched.count:
            _group_households(honorees, matched.count)
        expected = lst.count if lst.count is not None else (matched.count if matched is not None else None)
        found = len({h.household for h in honorees}) if honorees and honorees[0].household else len(honorees)
        if expected is not None and found != expected:
            warnings.append(DocWarning(code="count_mismatch", line=lst.line,
                                       message=f"list '{lst.title or award}' has {found}, the award says {expected}"))
        out.append(AwardList(title=lst.title, award=award, attachment=lst.attachment, ordered=b.ordered,
                             note=" ".join(b.notes) or None, honorees=honorees, line=lst.line,
                             line_end=max([lst.line_end, *(h.line for h in honorees)])))
    return out


def _group_households(honorees: list[Honoree], count: int) -> None:
    """Members of ``count`` families listed in order: consecutive groups of equal size."""
    size = max(1, round(len(honorees) / count))
    for n, h in enumerate(honorees):
        h.household = n // size + 1


def _lists_from_awards(awards: list[Award]) -> list[AwardList]:
    """Honours granted in prose with named recipients and no list: one list per award."""
    out = []
    for a in awards:
        if not a.named:
            continue
        out.append(AwardList(title="", award=a.title, honorees=[
            Honoree(name=n, kind="organization" if names.looks_like_org(n) else "person", line=a.line or 0)
            for n in a.named], line=a.line, line_end=a.line))
    return out
