"""Awards granted in prose: ``授予陈德平、杨海燕等10户家庭…“十大优秀书香家庭”…荣誉称号``.

A sentence is cut at each granting verb (``授予``, ``推荐…为``, ``评出``); passive clauses
(``15个单位被授予“…”``, ``王锋同志被授予“…”``) name their subject before ``被``.  Inside an
object, every ``等N户``/``等十人``/``100个单位`` anchor opens one award: the names before it,
the honour after it up to the next award's names.  Honour titles lose ``荣誉称号``/``称号``; a
fully quoted honour keeps only the quoted text when what precedes the quote is a year, an
edition or a region (``2017年度“四平好人·最美女性”`` → ``四平好人·最美女性``) and keeps its
quotes when it goes on after them (``“荆楚最美家庭”提名奖``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from . import names
from .lazyre import lazy
from .numerals import to_int
from .record import Node
from .textkey import key

_NUM = "\\d零〇○一二两三四五六七八九十百千"
_UNIT = "个户人名家位项篇"
# the recipients a count names (also needed after a count inside an object): 200名职工全国五一劳动奖章
_NOUN = "(?:单位|家庭|同志|先进集体|集体|个人|位同志|人次|女职工|职工|会员|教师|干部|妇女)?"
_ANCHOR = re.compile(rf"等\s?(?P<n>[{_NUM}]{{1,6}})\s?(?P<u>[{_UNIT}])(?P<noun>{_NOUN})")
_LEAD_ANCHOR = re.compile(rf"(?P<n>[{_NUM}]{{1,6}})\s?(?P<u>[{_UNIT}])(?P<noun>{_NOUN})")
_SUBJECT_COUNT = lazy(rf"^.{{0,3}}?(?P<n>[{_NUM}]{{1,6}})\s?(?P<u>[{_UNIT}])(?:单位|同志|家庭|集体|个人)?$")
_TRAILING_COUNT = lazy(rf"(?P<n>[{_NUM}]{{1,6}})\s?(?P<u>[{_UNIT}])$")
_VERB = lazy(r"授予|推荐|命名|评出|评选出|(?<=[^,，。;；]{2})颁发了?(?=“)")
# Subject-first grants: ``沧州8人荣获省“三八”红旗手称号``, ``4家单位获评…``, ``张三入选全国…``:
# the subject (names, or a count) before the verb, the honour after it.
_AND_AFTER_QUOTE = lazy(r"(?<=”)(?:和|及)")  # 甲等50名“优秀教师”和乙等20名“师德标兵”
_POINTING = ("以下", "下列", "上述", "以上", "如下")  # words that point at a list: 以下家庭 is no name
# a clause that ends pointing at the list: 拟表彰以下(同志), 拟命名下列10户(家庭)
_POINTER_LAST = lazy(rf"(?:以下|下列|上述)\s?(?:[{_NUM}]{{1,6}}\s?[{_UNIT}])?(?:单位|家庭|同志|集体|个人|对象|人员)?$")
_DEICTIC = lazy(f"^(?:{'|'.join(_POINTING)})(?=[\\d零〇○一二两三四五六七八九十百千])")
_AND = lazy(r"(?<=[个户人名家位项篇])(?:和|及|以及)")
_SUBJECT_VERB = lazy(r"荣获|获评|入选|当选为|当选|获得(?=.{1,40}称号)|获(?!得)(?=[^,，]{0,6}“|[^,，]{1,30}称号)")
# ``对张三等10名“最美教师”、李四等20名“优秀校长”以奖励``: the object between 对 and the verb.
_DUI_OBJECT = lazy(r"对(?P<obj>.+?)(?:予以|给予|进行了?)?(?:通报)?(?:表彰|奖励|以奖励|颁奖)$")
# 对受表彰的10名“…”和5个“…”进行了颁奖: who the object is, before its counts
_PRAISED_PREFIX = lazy(r"^(?:受到?表彰的|获奖的|受奖的|获得表彰的)")
# 对2021年度“十佳巾帼志愿者”进行了表彰: the object is the honour itself, quoted
_QUOTED_OBJECT = lazy(r"“[^“”]{2,30}”")
_PASSIVE_VERB = lazy(r"授予|评为|命名为")
_SENTENCE = lazy(r"[。;；!！?？]")
_TRAILING_DATE = lazy(r"(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?$")
_PAREN = lazy(r"[(（][^()（）]{0,30}[)）]")
# a bracketed note closing a heading's key: 表彰名单(兵团部分), 名单(10户)
BRACKET_TAIL = lazy(r"\([^()]{1,20}\)$")
# a bracket that is a note on the sentence (具体名单附后, 排名不分先后), not part of the honour (团支部)
_NOTE_PAREN = lazy(r"[(（][^()（）]{0,30}(?:名单|附|见|详|排名|不分|按|另行)[^()（）]{0,30}[)）]")
_DROPPABLE_PREFIX = lazy(r"\d{4}|年度|届|批|全国|[省市县区州]")  # (第五批, 首批: a batch, as an edition)
# what opens an honour's text after the grant verb: 为 (命名…为), a pronoun (授予我…), 获得
_OBJECT_HEAD = lazy(
    r"^(?:[^为“”,，]{0,10}为|我|他|她|其|(?:获得|荣获)[^“”,，]{1,30}?的(?:先进)?(?:集体|单位|个人|同志|家庭)|荣获|获得|获)(?=.)")
# what a verbless listing ends with: 受到了大会表彰
_TRAILING_PRAISE = lazy(r"(?:受到|获得|得到)了?.{0,6}(?:表彰|奖励)$")
# recipients named before or after the honour (“…”单位, 青年集体“…”)
_RECIPIENT_NOUNS = ("单位", "集体", "个人", "同志", "家庭")
_LEVEL_PREFIX = lazy(r"(?:全国|[省市县区](?:级)?)$")
_QUOTE_OR_SEPARATOR = lazy('[“”",，、]')


def clean_title(text: str) -> str:
    """Honour title as the SPEC reads it (see the module docstring)."""
    t = (_NOTE_PAREN.sub("", text) if "(" in text or "（" in text else text).strip(" ,，、:：")
    t = _TRAILING_PRAISE.sub("", _OBJECT_HEAD.sub("", t))
    for tail in ("的荣誉称号", "荣誉称号", "光荣称号", "称号", "的荣誉", "荣誉"):
        if t.endswith(tail) and len(t) > len(tail):
            t = t[: -len(tail)]
            break
    t = t.strip(" ,，、")
    open_q = t.find("“")
    close_q = t.find("”", open_q + 1) if open_q >= 0 else -1
    if open_q < 0 or close_q < 0:
        return t
    before, inside, after = t[:open_q], t[open_q + 1 : close_q], t[close_q + 1 :]
    if after in _RECIPIENT_NOUNS:  # 为“巾帼文明岗”单位: the units named, not the honour
        t, after = t[: close_q + 1], ""
    droppable = (not before or _DROPPABLE_PREFIX.search(before) is not None or names.is_place(before)
                 or before.endswith(_RECIPIENT_NOUNS)
                 or (len(before) <= 4 and before.endswith(names.ORG_SUFFIXES)))  # 等2个科室“先进集体”: the recipients
    if not after:
        return inside if droppable else t
    # partly quoted: a year, an edition or a place before the quote goes, a level word stays
    # (``全国“三八”红旗手``, ``省“三八”红旗集体`` keep it; ``海南“最美家庭”标兵户`` drops 海南)
    level = _LEVEL_PREFIX.search(before)
    if level is not None:
        return level.group() + t[open_q:]
    return (t[open_q:] if droppable else t)


def _quote_depth_splits(text: str, seps: str) -> list[int]:
    """Offsets of separator characters (some of ``,，、``) outside “…” quotes."""
    out, depth = [], 0
    for m in _QUOTE_OR_SEPARATOR.finditer(text):  # visits only quotes and separators
        c = m.group()
        if c in "“\"":  # a second opening quote closes the first: ``“三八“红旗手``, ``"双学双比“`` are typos
            depth = 1 - min(depth, 1)
        elif c == "”":
            depth = max(0, depth - 1)
        elif c in seps and depth == 0:
            out.append(m.start())
    return out


_NAME_BRACKET = lazy(r"(?P<name>[^()（）]{2,8})[(（](?P<aff>[^()（）]{2,60})[)）]?")


def split_outside_brackets(text: str, seps: str) -> list[str]:
    """``text`` split at ``seps`` characters that stand outside ``()``/``（）`` brackets."""
    if "(" not in text and "（" not in text:  # most text: no bracket, a split in C will do
        return text.split(seps) if len(seps) == 1 else _separators(seps).split(text)
    out: list[str] = []
    depth = start = 0
    for i, c in enumerate(text):
        if c in "(（":
            depth += 1
        elif c in ")）":
            depth = max(0, depth - 1)
        elif c in seps and depth == 0:
            out.append(text[start:i])
            start = i + 1
    out.append(text[start:])
    return out


@lru_cache(maxsize=16)
def _separators(seps: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(seps)}]")


# how a list says it is not ranked: 排名不分先后, 按姓氏笔画排序
_ORDER_NOTE = lazy(r"(?:以上|上述)?(?:排名)?不分[先前]后|按姓氏笔[画划](?:排序|为序)|[^()]{0,10}排序")


def named_affiliations(text: str) -> dict[str, str]:
    """The affiliations an enumeration writes with its names: ``陈某(某医院主任、博士)`` →
    {陈某: 某医院主任、博士}; ``某社区耿某家庭`` → {耿某: 某社区}; ``某校教师甲、乙`` → both 某校教师."""
    out: dict[str, str] = {}
    post = ""  # the post written before the last name, shared by the bare names after it
    for piece in split_outside_brackets(text, "、"):
        piece = piece.strip(" ,，")
        m = _NAME_BRACKET.fullmatch(piece)
        if m is not None and names.is_person_name(m["name"]):
            if _ORDER_NOTE.fullmatch(key(m["aff"])) is None:  # 吴某(按姓氏笔画排序): a note on the list, no unit
                out[m["name"]] = m["aff"]
        elif (family := names.split_family(piece)) is not None and family[1]:
            out[family[0]] = family[1]
        elif (split := names.split_name_last(piece)) is not None:  # 某校教师甲 → 甲: 某校教师
            out[split[0]], post = split[1], split[1]
            continue
        elif post and names.is_person_name(piece):  # 某校教师甲、乙: the post is shared
            out[piece] = post
            continue
        post = ""
    return out


def _with_affiliations(award: Node | None, named_text: str) -> Node | None:
    """Keep what an enumeration says of its names (affiliations, families) in the award's private
    keys, for the list a complete enumeration becomes (:func:`fedextract.award_lists.lists_from_awards`)."""
    if award is not None and award["named"]:
        affs = named_affiliations(named_text)
        if affs:
            award["affiliations"] = affs
        last = split_outside_brackets(named_text, "、")[-1].strip(" ,，。")
        bracket = _NAME_BRACKET.fullmatch(last)
        if bracket is not None and _ORDER_NOTE.fullmatch(key(bracket["aff"])) is not None:
            award["unordered"] = True  # …、吴某(按姓氏笔画排序): the list it makes is not ranked
        pieces = [p.strip(" ,，") for p in split_outside_brackets(named_text, "、") if p.strip(" ,，")]
        if pieces and all(names.split_family(p) is not None for p in pieces):
            award["families"] = True
    return award




def _named(text: str) -> list[str]:
    """``陈德平、杨海燕`` → two names; ``…委员、妇女主任谢金兰`` → [谢金兰] (a piece that is neither
    a name nor a unit is the first half of a post written with ``、``); ``某街道刘某家庭`` → [刘某]."""
    out: list[str] = []
    carry = ""
    for piece in split_outside_brackets(text, "、"):
        p = carry + piece.strip(" ,，").removesuffix("同志").strip()
        carry = ""
        if not p or key(p).startswith(_POINTING) or _POINTER_LAST.search(key(p)):
            continue  # 以下家庭, 上述同志, (拟表彰)以下同志: the list, not a name
        if " " in p and all(len(c) == 1 for c in p.split()):
            p = "".join(p.split())  # 王  芳: a padded name
        bracket = _NAME_BRACKET.fullmatch(p)
        if bracket is not None and names.is_person_name(bracket["name"]):  # 陈某(某医院主任、博士)
            out.append(bracket["name"])
            continue
        family = names.split_family(p)  # 三井街道刘某家庭, 高某家庭: the family's name
        if family is not None:
            out.append(family[0])
            continue
        if names.is_person_name(p):
            out.append(p)
            continue
        split = names.split_name_last(p)  # 某小学教师彭某某: a post before the name (before 院 reads as a unit)
        if split is not None:
            out.append(split[0])
        elif names.looks_like_org(p):
            out.append(p)
        else:
            carry = p + "、"
    if carry:
        out.append(carry.rstrip("、"))
    return out


def _award(title: str, count: str | None, unit: str | None, named: list[str], line: int | None) -> Node | None:
    t = clean_title(title)
    if not t or t.endswith("的"):  # …授予在…作出贡献的个人的光荣称号: who is meant, not a name
        return None
    return {"title": t, "count": to_int(count) if count else None, "unit": unit, "named": named, "line": line}


def _active(obj: str, line: int | None, verb: str) -> list[Node]:
    obj = _DEICTIC.sub("", obj)  # 授予以上10位同志…: the count that follows is the award's
    anchors = list(_ANCHOR.finditer(obj))
    lead = _LEAD_ANCHOR.match(obj)
    if not anchors and lead is not None:
        # 授予10个集体A、10名个人B: every count that opens a piece of the object opens an award
        anchors = [lead, *(m for m in _LEAD_ANCHOR.finditer(obj, lead.end())
                           if obj[m.start() - 1] in "、,，和及" and (m["noun"] or obj[m.end() : m.end() + 1] == "“"))]
    if not anchors:
        if verb in ("评出", "评选出") and (breakdown := _counted_pieces(obj, line)):
            return breakdown
        if verb == "评出":
            m = _TRAILING_COUNT.search(obj.rstrip(" ,，"))
            if m:
                award = _award(obj[: m.start()], m["n"], m["u"], [], line)
                return [award] if award else []
        if "为" in obj and verb in ("推荐", "命名"):
            return _wei_clauses(obj, line)
        if verb == "授予":  # the object ends with its clause: 授予我特别荣誉奖,我将…
            cuts = _quote_depth_splits(obj, ",，")
            return _named_then_quoted(obj[: cuts[0]] if cuts else obj, line)
        return []
    awards: list[Node] = []
    seg_start = 0
    waiting: list[tuple[re.Match[str], str]] = []  # anchors whose honour is named after the next ones
    for k, a in enumerate(anchors):
        named_text = obj[seg_start : a.start()] if a.re is _ANCHOR else ""
        if k + 1 < len(anchors):
            between = obj[a.end() : anchors[k + 1].start()]
            rest = between.lstrip("和及、,，")
            if a.re is _ANCHOR and a["noun"] == "先进集体" and between[:1] in "和及" and _all_names(rest):
                # 对甲等8个先进集体和乙等10名先进个人…: the count's noun is its honour
                if (award := _award(a["noun"], a["n"], a["u"], _named(named_text), line)) is not None:
                    awards.append(award)
                seg_start = a.end() + len(between) - len(rest)
                continue
            if a.re is _ANCHOR and between[:1] in "和及" and "“" not in rest and _all_names(rest):
                # 授予甲、乙等118个单位和丙、丁等515名同志X先进集体和先进个人称号: honours distributed
                waiting.append((a, named_text))
                seg_start = a.end() + len(between) - len(rest)
                continue
            cut = (_quote_depth_splits(between, ",，") or _quote_depth_splits(between, "、")
                   or [m.start() for m in _AND_AFTER_QUOTE.finditer(between)])
            end = a.end() + (cut[-1] if cut else len(between))
            title_text, seg_start = obj[a.end() : end], end + 1
            extra: list[Node] = []
        else:
            tail = obj[a.end() :]
            cuts = _quote_depth_splits(tail, ",，")
            title_text = tail[: cuts[0]] if cuts else tail
            extra = _wei_clauses(tail[cuts[0] + 1 :], line) if cuts else []
        if waiting:
            titles = _distributed(title_text, len(waiting) + 1)
            for (w, w_named), w_title in zip(waiting, titles[:-1], strict=True):
                if (award := _award(w_title, w["n"], w["u"], _named(w_named), line)) is not None:
                    awards.append(award)
            title_text, waiting = titles[-1], []
        award = _award(title_text, a["n"], a["u"], _named(named_text), line)
        if award:
            awards.append(award)
        awards.extend(extra)
    if verb in ("评出", "评选出"):  # 评选出八个类别,20户“最美家庭”: only honours are awards
        awards = [a for a in awards if is_honour(a["title"])]
    return awards


def _names_only(text: str) -> list[str]:
    """The names of ``text`` (:func:`_named`) when every one is a person or a unit, else ``[]``."""
    named = _named(text)
    return named if all(names.is_person_name(n) or names.looks_like_org(n) for n in named) else []


def _all_names(text: str) -> bool:
    return bool(_names_only(text))


def _distributed(title: str, parts: int) -> list[str]:
    """``X先进集体和先进个人称号`` for two anchors → [X先进集体, X先进个人称号]: conjuncts share the
    first one's prefix; when the title has not as many conjuncts, every anchor gets all of it."""
    conj = [c for c in re.split(r"和|及|以及|、", title) if c]
    if len(conj) != parts:
        return [title] * parts
    out = [conj[0]]
    for c in conj[1:]:
        j = conj[0].find(c[:2]) if len(c) >= 2 else -1
        out.append(conj[0][:j] + c if j > 0 else c)
    return out


def _counted_pieces(obj: str, line: int | None, least: int = 2) -> list[Node]:
    """``评出一等奖1篇、二等奖3篇`` → two awards; ``评出征文15篇,其中一等奖1篇、二等奖3篇`` → the
    breakdown after 其中 (the total is no honour of its own).  Every piece must end in a count."""
    tail = obj.split("其中", 1)[1] if "其中" in obj else obj
    out: list[Node] = []
    clauses = [-1, *_quote_depth_splits(tail, ",，"), len(tail)]
    for c in range(len(clauses) - 1):  # …“好媳妇”5名,现将名单公布如下: — the counts end with their clause
        clause = tail[clauses[c] + 1 : clauses[c + 1]]
        bounds = [-1, *_quote_depth_splits(clause, "、"), len(clause)]
        pieces = [p for i in range(len(bounds) - 1) for p in _AND.split(clause[bounds[i] + 1 : bounds[i + 1]].strip(" :："))]
        found = []
        for piece in (p for p in pieces if p):
            m = _TRAILING_COUNT.search(piece)
            award = _award(piece[: m.start()], m["n"], m["u"], [], line) if m is not None else None
            if award is None:
                return out if out and len(out) >= least else []
            found.append(award)
        out.extend(found)
    return out if len(out) >= least else []


def _named_then_quoted(obj: str, line: int | None) -> list[Node]:
    """``授予张三、李四同志“三八红旗手”称号``: names before the quote, the honour inside it."""
    open_q = obj.find("“")
    before = obj[:open_q] if open_q > 0 else ""
    named: list[str] = []
    if before:
        pieces = [p.strip(" ,，").removesuffix("同志") for p in before.split("、")]
        if all(names.is_person_name(p) or names.looks_like_org(p) for p in pieces if p):
            named, obj = [p for p in pieces if p], obj[open_q:]
    if not named and not is_honour(obj):  # 奖状是…授予在…作出贡献的劳动者的光荣称号: a definition
        return []
    award = _award(obj, None, None, named, line)
    return [award] if award else []


# a count pointing at the list below: 以下5名同志, 下列10户家庭
_POINTED_COUNT = lazy(rf"(?:以下|下列)\s?(?P<n>[{_NUM}]{{1,6}})\s?(?P<u>[{_UNIT}])(?:单位|家庭|同志|集体|个人)?\s?$")


def _wei_clauses(text: str, line: int | None) -> list[Node]:
    """``肇庆市…妇女主任谢金兰为全国妇联系统劳动模范初审候选人`` → one award, one name."""
    out = []
    for piece in re.split(r"[,，]", text):
        if "为" not in piece:
            continue
        who, _, what = piece.partition("为")
        pointed = _POINTED_COUNT.search(key(who))
        if pointed is not None:  # (拟表彰)以下5名同志为…: the list below, counted
            award = _award(what, pointed["n"], pointed["u"], [], line)
            out.extend([award] if award else [])
            continue
        named = _named(who)
        pointing = key(who).strip().startswith(_POINTING) or _POINTER_LAST.search(key(who).strip()) is not None
        if not who.strip() or not (named or pointing):  # (命名)以下家庭为…, (拟表彰)以下同志为…
            continue
        award = _award(what, None, None, named, line)
        if award:
            out.append(award)
    return out


def _passive(clause: str, line: int | None) -> Node | None:
    before, _, after = clause.partition("被")
    m = _PASSIVE_VERB.search(after)
    if m is None:
        return None
    title = after[m.end() :]
    subject = _strip_lead(_TRAILING_DATE.sub("", before.strip(" ,，")).strip())  # 我市刘某被授予…
    anchor = _ANCHOR.search(subject)
    if anchor is not None:  # 李某某等5名同志被评为…
        return _award(title, anchor["n"], anchor["u"], _named(subject[: anchor.start()]), line)
    m = _SUBJECT_COUNT.match(subject)
    if m:
        return _award(title, m["n"], m["u"], [], line)
    return _award(title, None, None, _named(subject) if subject else [], line)


# 现将1976个第六届全国文明村镇候选名单予以公示: a counted candidate list made public
_PUBLICITY = lazy(rf"现将(?P<n>[{_NUM}]{{1,6}})\s?(?P<u>[{_UNIT}])(?P<what>[^,，。;；]{{2,40}}?)"
                        r"(?:候选名单|推荐名单|候选对象名单|名单)(?:予以|进行)公示")


def _publicity(sentence: str, line: int | None) -> list[Node]:
    m = _PUBLICITY.search(sentence)
    if m is None:
        return []
    award = _award(_YEAR_EDITION.sub("", m["what"]), m["n"], m["u"], [], line)
    return [award] if award else []


# 拟表彰以下同志为2023年度“巾帼建功标兵”, 评选下列10户家庭为“最美家庭”: the honour of the list below
_POINTED_GRANT = lazy(rf"(?P<verb>表彰|评选|授予)(?P<who>(?:以下|下列)\s?(?:[{_NUM}]{{1,6}}\s?[{_UNIT}])?"
                      r"(?:单位|家庭|同志|集体|个人|对象|人员)?)为(?P<what>[^,，。;；]{2,60})")


def _pointed_grant(sentence: str, line: int | None) -> list[Node]:
    """The honour a sentence grants to the list below it, counted when the pointer counts; after
    评选 (which also picks pilots and venues) only a quoted one."""
    m = _POINTED_GRANT.search(sentence)
    if m is None or (m["verb"] == "评选" and "“" not in m["what"]):  # 评选以下单位为试点单位: no honour
        return []
    counted = _POINTED_COUNT.search(m["who"])
    award = _award(m["what"], counted["n"] if counted else None, counted["u"] if counted else None, [], line)
    return [award] if award is not None and is_honour(award["title"]) else []


# A report of a ceremony: ``会上表彰了第三届“巾帼创新奖”获得者:陈某(某医院主任)、李某(某所研究员)``.
_PRAISED_WINNERS = lazy(r"表彰了?(?P<h>[^,，:]{2,40}?)(?:获得者|获奖者)\s?:?(?P<who>[^:]{2,})$")


def _praised_winners(sentence: str, line: int | None) -> list[Node]:
    """The honour and the people a ceremony report says were honoured as its winners."""
    m = _PRAISED_WINNERS.search(sentence)
    return [] if m is None else _winners(m["h"], m["who"], line)


# ``获得市“三八红旗手”称号的有:李某(某医院)、王某(某小学)等``: the holders of an honour, after it
_HOLDERS = lazy(r"(?:^|[,，])(?:荣获|获得|获)了?(?P<h>[^,，:]{2,40}?)(?:荣誉)?(?:称号|奖章)?的(?:家庭|同志|个人|集体|单位|会员)?(?:有|是|为)\s?:(?P<who>[^:]{2,})$")


def _holders_listed(sentence: str, line: int | None) -> list[Node]:
    """The honour and the people listed as its holders: its ``named`` (all of them, or those
    before ``等``); a page that also counts the honour (``表彰了“三八红旗手”20名``) gets one award,
    see :func:`parse_awards`."""
    m = _HOLDERS.search(sentence)
    if m is None or "“" not in m["h"]:
        return []
    found = _winners(m["h"], m["who"], line)
    for a in found:
        a["holders"] = True
    return found


def _winners(honour: str, who: str, line: int | None) -> list[Node]:
    who = who.strip(" ,，")
    count = _ANCHOR.search(who)  # …等5位同志
    listed = who[: count.start()] if count is not None else who
    partial = count is None and listed.endswith("等")  # 李某、王某等: a few of them, uncounted
    named = _names_only(listed.removesuffix("等") if partial else listed)
    if not named:
        return []
    award = _award(_YEAR_EDITION.sub("", honour), count["n"] if count else None, count["u"] if count else None,
                   named, line)
    award = _with_affiliations(award, listed)
    if award is not None and partial:
        award["partial"] = True
    return [award] if award is not None else []


def _praised_counts(sentence: str, line: int | None) -> list[Node]:
    """A ceremony report that counts what it honoured: ``大会表彰了20名“三八红旗手”、10个“三八红旗
    集体”``, ``表彰了张某等10名“优秀母亲”`` (counts first) or ``会议表彰了“三八红旗手”20名、“最美
    家庭”15户`` (counts after).  Every honour is quoted and counted; ``表彰了一批先进`` is none."""
    at = sentence.find("表彰了")
    obj = sentence[at + 3 :].strip(" ,，")
    cuts = _quote_depth_splits(obj, ",，")
    obj = obj[: cuts[0]] if cuts else obj
    if "“" not in obj:
        return []
    counted_first = _LEAD_ANCHOR.match(obj) or _ANCHOR.search(obj)  # 20名“…”, 张某等10名“…”
    found = _active(obj, line, "表彰") if counted_first else _counted_pieces(obj, line, least=1)
    return [] if any(a["count"] is None for a in found) else found


_STATISTIC = lazy(r"^(?:共有|共计|累计|先后有|已有|历年)")


def _strip_lead(subject: str) -> str:
    subject = _LEAD_WORDS.sub("", subject.strip(" ,，"))
    return _HOME_REGION.sub("", subject)  # 我市王某、张某等12名女性获评…: the page's own region


_LEAD_WORDS = lazy(r"^(?:其中|另外|此外|同时|并且|共有|有)")
_HOME_REGION = lazy(r"^(?:我|本|全)[省市县区镇乡](?=\S{2})")


# 兵团8个先进集体、12名先进工作者获表彰: counted short honour names praised together
_COUNTED_PRAISE = lazy(rf"(?:[{_NUM}]{{1,6}}\s?[{_UNIT}][^、,，]{{2,12}}、?)+(?:获|受到|受)了?表彰$")
_COUNTED_PIECE = lazy(rf"(?P<n>[{_NUM}]{{1,6}})\s?(?P<u>[{_UNIT}])(?P<t>[^、,，]{{2,12}}?)(?=、|(?:获|受到|受)了?表彰$)")


def _counted_praise(clause: str, line: int | None) -> list[Node]:
    """Short honour names with their counts (``8个先进集体、12名先进工作者获表彰``): a local
    share whose full honour names the page gives elsewhere (``short``: the reader completes them
    from the list headings)."""
    m = _COUNTED_PRAISE.search(clause)
    if m is None:
        return []
    out: list[Node] = []
    for piece in _COUNTED_PIECE.finditer(clause, m.start()):
        award = _award(piece["t"], piece["n"], piece["u"], [], line)
        if award is not None and is_honour(award["title"]):
            award["share"] = award["short"] = True
            out.append(award)
    return out


def _subject_first(sentence: str, line: int | None) -> list[Node]:
    """Grants without 授予: subject-verb clauses and ``对…以奖励`` objects (see the patterns)."""
    if sentence.endswith("表彰") and (praised := _counted_praise(sentence.rsplit(",", 1)[-1], line)):
        return praised
    if _SUBJECT_VERB.search(sentence) is None and (
            "对" not in sentence or (_ANCHOR.search(sentence) is None and "“" not in sentence)):
        return []  # most sentences: no subject-first grant and no 对…以奖励 listing
    out: list[Node] = []
    waiting = ""  # clauses of names before the verb's clause (教师甲、乙,某校教师丙获…)
    for start, end in _clauses(sentence):
        clause = sentence[start:end].strip()
        dui = _DUI_OBJECT.search(clause)
        if dui is not None and _ANCHOR.search(dui["obj"]):
            out.extend(_active(dui["obj"], line, "对"))
            continue
        counted = _PRAISED_PREFIX.sub("", dui["obj"].strip()) if dui is not None else ""
        if counted and "“" in counted and _LEAD_ANCHOR.match(counted):
            found = _active(counted, line, "对")  # 对受表彰的10名“甲”和5个“乙”进行了颁奖
            if found and all(a["count"] is not None for a in found):
                out.extend(found)
                continue
        if dui is not None and _QUOTED_OBJECT.fullmatch(_YEAR_EDITION.sub("", dui["obj"].strip())):
            out.extend(a for a in [_award(dui["obj"], None, None, [], line)] if a is not None)
            continue
        m = _SUBJECT_VERB.search(clause)
        if m is None or "被" in clause[: m.start()]:
            waiting = f"{waiting}、{clause}" if waiting else clause
            waiting_names = _named(_strip_lead(waiting))
            if not waiting_names or not all(names.is_person_name(n) for n in waiting_names):
                waiting = ""  # 另外, 近日: no names wait for the verb
            continue
        title = clause[m.end() :]
        if not is_honour(title):
            waiting = ""
            continue
        subject = _TRAILING_DATE.sub("", clause[: m.start()].strip(" ,，")).strip()
        if waiting:
            subject, waiting = f"{_strip_lead(waiting)}、{subject}", ""
        subject = subject.rsplit(":", 1)[-1].rsplit("：", 1)[-1]  # 获得者:陈某(…)、… — after the lead-in
        if _STATISTIC.match(subject):  # 共有15人获得…: a running total, not a grant
            continue
        subject = _strip_lead(subject)
        anchor = _ANCHOR.search(subject)
        if anchor is not None:  # 张三等5人荣获…
            award = _with_affiliations(
                _award(title, anchor["n"], anchor["u"], _named(subject[: anchor.start()]), line), subject[: anchor.start()])
        elif (c := _SUBJECT_COUNT_ANY.search(subject)) is not None:  # 沧州8人荣获…, 4家单位获评…
            listed = _names_only(subject[: c.start()]) if "、" in subject[: c.start()] else []
            award = _award(title, c["n"], c["u"], listed, line)  # 甲、乙、丙3人荣获…
        else:
            named = _subject_names(subject)
            if not named:
                continue
            award = _with_affiliations(_award(title, None, None, named, line), subject)
        if award:
            award["share"] = True
            out.append(award)
    return out


_HONOUR_END = ("称号", "奖", "奖章", "奖状", "手", "兵", "集体", "个人", "者", "家庭", "岗", "单位", "模范",
               "先进", "之家", "示范点", "示范岗", "标兵", "团支部", "干部", "教师", "校长", "号")


def is_honour(title: str) -> bool:
    """An honour's name, as opposed to a prize of money, a result or a team: quoted, or ending
    as honours end (称号, 奖, 标兵, 集体, 先进…)."""
    t = _PAREN.sub("", key(title)).strip(" ,，、")
    return 2 <= len(t) <= 40 and ("“" in t or t.endswith(_HONOUR_END))


_SUBJECT_COUNT_ANY = lazy(
    rf"(?P<n>[{_NUM}]{{1,6}})\s?(?P<u>[{_UNIT}])(?:单位|同志|家庭|集体|个人|教师|女性|“[^“”]{{1,20}}”)?$")


# A lead-in that opens a list and names its honour: ``获得2013年全国五一劳动奖章的会员有:``,
# ``荣获“巾帼文明岗”称号的是:``.
_GRANT_LEAD_IN = lazy(r"(?:获得|荣获|获评|被授予|授予|被评为|评为|入选)(?P<h>.{2,40}?)(?:的|称号的|荣誉的)"
                            r"[^:]{0,12}(?:有|是|为|如下)\s?:?$")
_YEAR_EDITION = lazy(rf"^(?:(?:19|20)\d{{2}}\s?年度?|第[{_NUM}]{{1,4}}[届批])+")  # 第五批: a batch, as an edition


# A grant whose object points at the list below: ``授予以下同志“优秀母亲”称号:``,
# ``决定命名下列家庭为“文明家庭”:``.
_DEICTIC_LEAD_IN = lazy(r"(?:授予|命名|评为)(?:以下|下列)[^“”:：,，。]{0,12}?(?:为)?(?P<h>[^:：,，。]{2,40}?)[:：]$")


# ``决定对以下同志予以表彰:``: the people praised are the list below; no honour is named
_POINTED_PRAISE = lazy(r"对(?:以下|下列)[^:：,，。]{0,20}?(?:予以|给予)?(?:通报)?(?:表彰|奖励)[:：]$")


def pointed_grant(k: str) -> bool:
    """A lead-in that is a grant sentence pointing at the list below (``授予以下同志…称号:``,
    ``对以下同志予以表彰:``)."""
    k = k.rstrip()
    return _DEICTIC_LEAD_IN.search(k) is not None or _POINTED_PRAISE.search(k) is not None


def lead_in_honour(k: str) -> str | None:
    """The honour a lead-in line names (``k``: the line's key), or None when it names none."""
    k = k.rstrip()
    m = _GRANT_LEAD_IN.search(k) or _DEICTIC_LEAD_IN.search(k)
    if m is None:
        return None
    honour = clean_title(_YEAR_EDITION.sub("", m["h"]))
    return honour or None


def _subject_names(subject: str) -> list[str]:
    """The honoured names at the end of a subject: ``沧州…团长咸某杰`` → [咸某杰]; a unit name
    alone (``沧州市传染病医院``) is its own name."""
    named = _names_only(subject)
    if named:
        return named
    split = names.split_name_last(subject)
    if split is not None:
        return [split[0]]
    return [subject] if names.looks_like_org(subject) and len(subject) <= 30 else []


def parse_awards(paragraphs: Sequence[tuple[int | None, str]]) -> list[Node]:
    """Every honour granted in ``paragraphs`` (``(line, text)`` pairs), in text order.

    Matching runs on the folded key (so ``榮譽稱號`` reads as ``荣誉称号``); titles and names
    are then taken from the text as written, at the same offsets."""
    awards: list[Node] = []
    for line, text in paragraphs:
        for a in paragraph_awards(text, line):
            if a.get("holders") and (counted := _counted_unnamed(awards, a["title"])) is not None:
                # 表彰了“三八红旗手”20名 … 获得“三八红旗手”称号的有:李某、王某等: one award, named
                counted.update((k, v) for k, v in _copy(a).items() if k not in ("title", "count", "unit", "line"))
            else:
                awards.append(_copy(a))
    for a in awards:
        a.pop("holders", None)
    # A subject-first sentence (``其中,我市2人荣获…``) usually reports a local share of a grant:
    # it is an award only when the text quotes no grant of the same honour by the deciding body.
    granted = {_bare(a["title"]) for a in awards if "share" not in a}
    for a in awards:
        if a.pop("share", False) and _bare(a["title"]) in granted:
            a["yielded"] = True  # not an award of its own; its names may still make a list
    return awards


def _counted_unnamed(awards: list[Node], title: str) -> Node | None:
    """The award so far of the same honour with a count and no names, if any."""
    bare = _bare(title)
    return next((a for a in awards if a["count"] is not None and not a["named"] and _bare(a["title"]) == bare), None)


@lru_cache(maxsize=2048)
def paragraph_awards(text: str, line: int | None) -> tuple[Node, ...]:
    """The awards one paragraph grants, titles and names as written, before :func:`parse_awards`
    weighs them against each other.  Cached: a page's paragraphs are read by
    :func:`fedextract.classify.classify` and again by the decision reader.  The nodes are
    shared: copy before changing one."""
    k = key(text)
    if not (_VERB.search(k) or "被评为" in k or _SUBJECT_VERB.search(k) or "奖励" in k or "表彰" in k
            or "公示" in k or (("以下" in k or "下列" in k) and _POINTED_GRANT.search(k))):
        return ()
    awards = _parse_folded(k, line)
    for award in awards:
        award["title"] = as_written(text, k, award["title"])
        award["named"] = [as_written(text, k, n) for n in award["named"]]
        if "affiliations" in award:  # (read from the folded text too: 校長杜佳麗 is 校长杜佳丽 there)
            award["affiliations"] = {as_written(text, k, n): as_written(text, k, a)
                                     for n, a in award["affiliations"].items()}
        if award["unit"] is not None:
            award["unit"] = _unit_as_written(text, k, award["unit"])
    return tuple(awards)


def _copy(award: Node) -> Node:
    """A copy the caller may change: its lists and dicts are new too."""
    return {k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v) for k, v in award.items()}


def _bare(title: str) -> str:
    return key(title).replace("“", "").replace("”", "").replace('"', "")


def _unit_as_written(text: str, folded: str, unit: str) -> str:
    """The measure word as the text writes it (``戶`` in a traditional text), found after a count."""
    if unit in text:
        return unit
    for i in range(1, len(folded)):
        if folded[i] == unit and (folded[i - 1].isdigit() or folded[i - 1] in _NUM) and text[i] != unit:
            return text[i]
    return unit


def as_written(text: str, folded: str, part: str) -> str:
    """``part`` of the folded text as the text writes it.  A part put together from two places
    (X先进个人 from ``X先进集体和先进个人``) is mapped piece by piece, each the longest run found."""
    pos = folded.find(part)
    if pos >= 0:
        return text[pos : pos + len(part)]
    out, rest = [], part
    while rest:
        n, pos = len(rest), folded.find(rest)
        while pos < 0 and n > 1:  # the longest prefix of what is left that the text has
            n -= 1
            pos = folded.find(rest[:n])
        out.append(text[pos : pos + n] if pos >= 0 else rest[:n])
        rest = rest[n:]
    return "".join(out)


def _parse_folded(text: str, line: int | None) -> list[Node]:
    awards: list[Node] = []
    carried = ""  # the verb of a sentence that goes on after a semicolon (命名甲等10户为“A”;乙等134户为“B”)
    pos = 0
    for sentence in _SENTENCE.split(text):
        end_mark = text[pos + len(sentence) : pos + len(sentence) + 1]
        pos += len(sentence) + 1
        verbs = _verbs(sentence)
        if not verbs and carried and _ANCHOR.search(sentence):
            awards.extend(_active(sentence.strip(" ,，"), line, carried))
            carried = carried if end_mark in ";；" else ""
            continue
        carried = verbs[-1].group() if verbs and end_mark in ";；" else ""
        if not verbs and "被评为" not in sentence and not any(cue in sentence for cue in _VERBLESS_CUES):
            continue  # most sentences: none of the words a verbless grant needs
        if not verbs and "被评为" not in sentence:
            found = (_holders_listed(sentence, line) or _subject_first(sentence, line)
                     or (_publicity(sentence, line) if "公示" in sentence else [])
                     or (_pointed_grant(sentence, line) if "以下" in sentence or "下列" in sentence else [])
                     or (_praised_winners(sentence, line) if "表彰" in sentence else [])
                     or (_praised_counts(sentence, line) if "表彰了" in sentence else []))
            if not found and len(_ANCHOR.findall(sentence)) >= 2:
                # 甲等10个“某某岗”、乙等4名“某某干部”…: honours listed without a verb
                first = _ANCHOR.search(sentence)
                assert first is not None
                cuts = [c for c in _quote_depth_splits(sentence, ",，") if c < first.start()]
                listing = sentence[cuts[-1] + 1 if cuts else 0 :].strip(" ,，")
                found = [a for a in _active(listing, line, "") if is_honour(a["title"])]
                for a in found:
                    a["share"] = True  # like a subject-first report: it yields to a deciding grant
            awards.extend(found)
            continue
        if "被" in sentence and _PASSIVE_VERB.search(sentence):
            for start, end in _clauses(sentence):
                clause = sentence[start:end]
                if "被" in clause and _PASSIVE_VERB.search(clause):
                    award = _passive(clause, line)
                    if award:
                        awards.append(award)
            continue
        before = len(awards)
        for n, verb in enumerate(verbs):
            end = verbs[n + 1].start() if n + 1 < len(verbs) else len(sentence)
            obj = sentence[verb.end() : end].strip(" ,，")
            if verb.group().startswith("颁发"):
                found = _conferred(sentence[: verb.start()], obj, line)
            else:
                found = _active(obj, line, verb.group())
            if len(found) == 1 and found[0]["count"] is None and not found[0]["named"]:
                _counted_by_dui(found[0], sentence[: verb.start()])
                link = sentence[verbs[n - 1].end() : verb.start()] if n else ""
                if found[0]["count"] is None and len(awards) > before and _ALSO.search(link):
                    # …颁发了“甲”,并授予“乙”: the second honour goes to the same people
                    prev = awards[-1]
                    found[0].update(count=prev["count"], unit=prev["unit"], named=list(prev["named"]))
            awards.extend(found)
    return awards


# Every verbless form needs one of these: 荣获/获评/获得… (subject first, holders listed), 入选,
# 当选, 对…以奖励, …表彰 (praise), 公示 (publicity), 等N名 (a listing of counted honours)
_VERBLESS_CUES = ("获", "入选", "当选", "对", "表彰", "公示", "等", "以下", "下列")
_ALSO = lazy(r"[,，]\s?(?:并|同时)$")  # the end of the text between two verbs: ,并授予
# 向9位…顾问颁发了“某某奖章”: the recipients after 向, counted
_TO_RECIPIENTS = lazy(r"向(?P<who>[^,，。;；向]{2,60}?)$")


_CONFERRED = lazy(r"(?P<q>“[^“”]{2,40}”)(?P<tail>[^,，。;；]{0,10})")
# what is handed over with an honour, not part of its name: “最美母亲”奖牌, 荣誉证书
_TOKEN_OF_HONOUR = lazy(r"(?:荣誉)?(?:证书|奖牌|奖杯|牌匾|匾额|铜牌)?")


def _conferred(before: str, obj: str, line: int | None) -> list[Node]:
    """``向9位…顾问颁发了“中国某某奖章”``: the honour quoted after 颁发, its people after 向."""
    to = _TO_RECIPIENTS.search(before.rstrip())
    quoted = _CONFERRED.match(obj)
    if to is None or quoted is None:
        return []
    count = _LEAD_ANCHOR.search(to["who"])
    title = quoted["q"] if _TOKEN_OF_HONOUR.fullmatch(quoted["tail"]) else quoted.group()
    award = _award(title, count["n"] if count else None, count["u"] if count else None,
                   _names_only(to["who"]), line)
    return [award] if award is not None and (count is not None or award["named"]) else []


def _verbs(sentence: str) -> list[re.Match[str]]:
    """The grant verbs of a sentence, but not those inside a document's title (``印发《关于命名…的
    决定》``): a title quoted in a report grants nothing in the report's sentence."""
    found = list(_VERB.finditer(sentence))
    if not found or "《" not in sentence:
        return found
    spans = [m.span() for m in _BOOK_TITLE.finditer(sentence)]
    return [v for v in found if not any(a < v.start() < b for a, b in spans)]


_BOOK_TITLE = lazy(r"《[^《》]{1,80}》")


# 决定对王某等5名同志予以表彰,授予“优秀共产党员”称号: the people are counted before the verb
_DUI_BEFORE = lazy(r"对(?P<obj>[^,，。;；]{2,80}?)(?:予以|给予|进行)?(?:通报)?(?:表彰|奖励)[,，]?\s*$")


def _counted_by_dui(award: Node, before: str) -> None:
    """Fill a bare grant's count and names from a ``对…等N名同志予以表彰`` clause right before it."""
    m = _DUI_BEFORE.search(before)
    anchor = _ANCHOR.search(m["obj"]) if m is not None else None
    if m is None or anchor is None:
        return
    named = _names_only(m["obj"][: anchor.start()])
    if named:
        award["count"], award["unit"], award["named"] = to_int(anchor["n"]), anchor["u"], named


def _clauses(sentence: str) -> list[tuple[int, int]]:
    cuts = _quote_depth_splits(sentence, ",，")
    bounds = [-1, *cuts, len(sentence)]
    return [(bounds[i] + 1, bounds[i + 1]) for i in range(len(bounds) - 1)]
