"""Stage 3b — what kind of document an article is: plan, award_decision or other.

The title decides when it can: a commendation (``表彰/命名/授予…的决定/通报``, or a ``名单``
title) is an award decision; a ``決定`` without a commendation verb is a policy and parses as a
plan when it has an outline.  Without a telling title, a body with an honour list (a
``…名单`` heading or a ``名单如下`` lead-in) and a granting verb is an award decision; any
outline makes a plan; the rest is ``other``.  A grant sentence that names or counts its
honorees (``授予张三等10人…称号``, ``沧州8人荣获…``) makes an award decision before any outline
is considered: category headings (``一、先进集体``) are an outline too.  A page titled as a plan
(``…工作意见``) with an outline is a plan unless a list heading, a table of names or a counted
honour heading says otherwise: its grant sentences and lead-ins are work to be done.
"""

from __future__ import annotations

import re
from typing import Literal

from . import names
from .award_sentences import BRACKET_TAIL, is_honour, lead_in_honour, paragraph_awards
from .award_tables import NAME_COLUMNS, names_header
from .honorees import inline_list
from .lazyre import lazy
from .markers import continues, match_marker
from .normalize import Line
from .textkey import key, squash

DocType = Literal["plan", "award_decision", "other"]

_AWARD_TITLE = lazy(r"(?:表彰|命名|授予|嘉奖|表扬|奖励|评选|获奖|先进).{0,60}(?:决定|通报|通知|通告|公告|公示|名单)|名单")
_AWARD_VERB = lazy(r"授予|表彰|评出|评选出|荣获|获评|入选|评为|命名|奖励|推荐")


def classify(title: str, lines: list[Line]) -> DocType:
    t = key(title)
    if t and _AWARD_TITLE.search(t):
        return "award_decision"
    # the list and verb tests run once over the whole body (no word spans a line end)
    keys = "\n".join([ln.key for ln in lines])
    verb = _AWARD_VERB.search(keys) is not None
    if "名单" in keys and verb and any(_lists_honours(ln.key) for ln in lines if "名单" in ln.key):
        return "award_decision"
    if "名单" in keys and _named_rows_under_a_list_heading(lines):
        return "award_decision"  # 某某区“巾帼建功标兵”名单 / 1.王某,某单位 / 2.陈 某,…: a bare list page
    if verb and _NAME_COLUMN.search(keys) and _table_of_names(lines):
        return "award_decision"  # 序号|家庭|所在村|类别| over rows, on a page that recommends or grants
    if _counts_at_line_end(keys) and _counted_honour_heading(lines):
        return "award_decision"  # 一、巾帼建功标兵(3名): a category of honorees, not a section of a plan
    if t.endswith(_PLAN_KINDS) and _outlined(lines):
        return "plan"  # 某某2006年工作意见 with its outline: its grants and lead-ins are plans too
    if (verb or _AWARD_VERB.search(t) is not None) and (_COUNTED.search(keys) or not _outlined(lines)) \
            and _grants_to_someone(title, lines):
        return "award_decision"
    colons = [i for i, ln in enumerate(lines) if ln.key.endswith(":")] if ":" in keys else []
    if any(lead_in_honour(lines[i].key) for i in colons):
        return "award_decision"  # 获得…奖章的会员有: — a list of honorees follows
    if any(_lead_in_over_entries(lines, i) for i in colons):
        return "award_decision"  # …揭晓了10户“最美家庭”,他们是: / 王某某家庭(某镇) / …
    if verb and ":" in keys and any(inline_list(ln) for ln in lines if ":" in ln.key):
        return "award_decision"  # …进行了表彰。她们是:张某(某街道)、李某(某社区)…: the honorees, inline
    items = 0
    for ln in lines:
        m = match_marker(ln)  # (None for a blank line)
        if m is not None:
            if m.kind == "section":
                return "plan"
            items += 1
            if items >= 2:
                return "plan"
    return "other"


_PLAN_KINDS = ("意见", "要点", "计划", "方案", "规划", "思路", "安排", "纲要", "计画")
# 等10户, 5名, 3个: a grant counts its honorees; a plan that only mentions 表彰 or 推荐 does not
_COUNTED = lazy(r"等\s?[\d一二三四五六七八九十百]{1,5}\s?[个户人名家位]|[\d一二三四五六七八九十百]{1,5}\s?[户名位]"
                      r"|[\d一二三四五六七八九十百]{1,5}\s?[个人家](?:单位|集体|同志|家庭)?(?:荣获|获评|获得|被评为|被授予|入选|当选)")


def _outlined(lines: list[Line]) -> bool:
    """Two section headings or more: an outline (a plan, unless the grants count their honorees)."""
    sections = 0
    for ln in lines:
        m = match_marker(ln)
        if m is not None and m.kind == "section":
            sections += 1
            if sections >= 2:
                return True
    return False


_CLOSE_AT_LINE_END = lazy(r"\)[ \t]*$", re.M)  # led by the literal: a quick scan


def _counts_at_line_end(keys: str) -> bool:
    """Some line closes with a count note, ``(3名)``: worth looking for counted headings."""
    return any(keys[m.start() - 1 : m.start()] in ("名", "个", "户", "人", "家", "位") for m in _CLOSE_AT_LINE_END.finditer(keys))


_HEADING_COUNT = lazy(r"^(?P<head>[^,，。:;]{2,30}?)\((?:共计?|计)?(?:\d{1,4}|[一二三四五六七八九十百]{1,4})[名个户人家位]\)$")


_NAME_COLUMN = lazy("|".join(NAME_COLUMNS))  # (column names are plain words)


def _table_of_names(lines: list[Line]) -> bool:
    """A flattened table's header row with a name column (``序号|姓名|单位|``, ``序号  姓名  单位``)
    over at least one more line."""
    texts = [ln for ln in lines if ln.text]
    for ln, _ in zip(texts, texts[1:], strict=False):
        if len(ln.text) > 60 or _NAME_COLUMN.search(ln.key) is None:
            continue  # a header row names its name column
        roles = names_header(ln.text)
        if roles is not None and len(roles) >= 2:
            return True
    return False


def _counted_honour_heading(lines: list[Line]) -> bool:
    """A section heading that is an honour with a count of its holders: ``一、巾帼建功标兵(3名)``."""
    texts = [ln for ln in lines if ln.text]
    for ln, nxt in zip(texts, texts[1:], strict=False):
        if not ln.key.endswith(")") or "。" in nxt.key or len(nxt.key) > 60:
            continue  # the heading must stand over an entry, not over prose
        m = match_marker(ln)
        if m is not None and m.kind == "section" and match_marker(nxt) is None:
            counted = _HEADING_COUNT.match(squash(ln.key[m.end :]))
            if counted is not None and is_honour(counted["head"]):
                return True
    return False


def _grants_to_someone(title: str, lines: list[Line]) -> bool:
    """A grant sentence that names its honorees or counts them (``授予张三等10人…``, ``沧州8人荣获…``),
    in the body or in a headline (``我区五名女性获评…``): the page reports honours."""
    texts: list[tuple[int | None, str]] = []  # the paragraphs, as the decision reader joins them
    last = -1  # (so that paragraph_awards, cached, parses each of them once for both)
    for ln in lines:
        if not ln.text:
            continue
        if texts and ln.number == last + 1 and continues(texts[-1][1]):
            texts[-1] = (texts[-1][0], texts[-1][1] + ln.text)  # a hard line break inside a sentence
        else:
            texts.append((ln.number, ln.text))
        last = ln.number
    if title:
        texts.insert(0, (None, title))
    return any(a["named"] or (a["count"] and (is_honour(a["title"]) or f"“{a['title']}”" in text))  # quoted: “好婆婆”5名
               for number, text in texts for a in paragraph_awards(text, number))  # the first one will do


_ENUMERATION_LEAD = lazy(r"(?:他们是|她们是|分别是|分别为|获得者是|名单如下|公示如下)\s?:$")  # (通知如下: opens plans)


def _lead_in_over_entries(lines: list[Line], i: int) -> bool:
    """Line ``i`` ends as an enumeration's lead-in (``他们是:``) and the next line opens with a
    person's name or a family."""
    if _ENUMERATION_LEAD.search(lines[i].key) is None:
        return False
    nxt = next((lines[j] for j in range(i + 1, len(lines)) if lines[j].text), None)  # (no copy of the tail)
    return nxt is not None and (
        _starts_with_name(nxt) or names.split_family(_ROW_CELL_END.split(nxt.key.strip(), maxsplit=1)[0]) is not None)


def _named_rows_under_a_list_heading(lines: list[Line]) -> bool:
    """A ``…名单`` heading whose next two lines each begin with a person's name."""
    texts = [ln for ln in lines if ln.text]
    for i, ln in enumerate(texts[:-2]):
        if "名单" in ln.key and _lists_honours(ln.key):
            return all(_starts_with_name(row) for row in texts[i + 1 : i + 3])
    return False


def _starts_with_name(line: Line) -> bool:
    m = match_marker(line)
    rest = line.key[m.end :] if m is not None else line.key
    words = _ROW_CELL_END.split(rest.strip(), maxsplit=1)[0].split()
    if not words:
        return False
    head = "".join(words) if all(len(w) == 1 for w in words) else words[0]  # 陈  红: a padded name
    return names.is_person_name(head)


_ROW_CELL_END = lazy(r"[,:(]")


def _lists_honours(k: str) -> bool:
    """A ``…名单`` heading or a ``名单如下`` lead-in."""
    first = BRACKET_TAIL.sub("", k.split(maxsplit=1)[0])  # 表彰名单(兵团部分), 名单(10户)
    return (first.endswith("名单") and len(first) <= 80) or "名单如下" in k

