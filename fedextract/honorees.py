"""Honour-list entries: tokens of a list line to people and units.

A list line is split on runs of spaces; a one-character surname followed by a one-character
token is a padded name (``张 兰``, ``严 俊``).  Each token is then a note (``(排名不分先后)``),
a name, a name glued to its affiliation, an affiliation ending in a name (post before name), a
family (``宜昌市张治国家庭``), a post (``总经理``), a unit, or an affiliation.

:class:`ListBuilder` assembles entries line by line.  Rows (``name unit post``, or several
``name affiliation`` pairs on one line) pair on the line.  A flattened table — a column of
names on their own lines followed by one line of affiliations — pairs in order; when the
affiliations are one short, a token holding two glued affiliations is split at a place name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from . import names
from .award_sentences import split_outside_brackets
from .lazyre import lazy
from .markers import MarkerMatch, match_marker
from .normalize import Line
from .textkey import is_cjk, key

_NOTE = lazy(
    r"\((?:(?:以上|上述)?(?:排名)?不分先后|(?:以上|上述)?(?:排名)?不分前后|按姓氏笔画排序|按姓氏笔画为序|按姓氏笔划排序|[^()]{0,10}排序|\d{1,4}[名个户人家位项篇]"
    r"|[女男](?:[,，、](?:[^(),，、]{1,4}族|中共党员|党员|团员|群众|已故|退休|\d{2,4}岁))*|[^()]{0,8}族|已故|退休)\)"
)
_HEADER_WORDS = frozenset(
    "序号 编号 姓名 名字 单位 工作单位 单位名称 名称 职务 职称 工作单位及职务 单位及职务 性别 民族 年龄 出生年月 政治面貌 "
    "备注 地区 所在地区 推荐单位 家庭 家庭名称 户主 事迹 类别 荣誉称号".split()
)
_ENUM = lazy(r"[、,，]")
_PRIZE = lazy(r"[^\s()]{1,5}奖")  # 一等奖, 优秀奖, 金奖: a prize level
_UNORDERED = lazy(r"不分先后|不分前后|笔画|笔划")
_TRAIL = " ;；,，。、:："


@dataclass(slots=True, eq=False)  # an entry is one object, compared by identity
class Entry:
    name: str
    line: int
    affiliation: str | None = None
    kind: str = "person"
    family: bool = False
    marker: str | None = None
    group: int | None = None  # entries written together as one household (their line)
    awaiting: bool = False  # a name still waiting for its affiliation from a later line
    region: str | None = None  # v1.1: a region label or heading the entry is grouped under
    work: str | None = None  # v1.1: the honoured work's title
    note: str | None = None  # v1.1: a bracketed note on the entry
    award: str | None = None  # v1.1: the entry's own honour in a list that mixes honours


@dataclass(eq=False)
class ListBuilder:
    entries: list[Entry] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Names waiting for an affiliation, oldest first.  A name settles either as the newest (its
    # affiliation follows on its line) or from the oldest (a later affiliation line), so the
    # waiting names stay one contiguous run: trimming both ends keeps pending() amortised O(1)
    # instead of a scan of the whole list per token.
    _waiting: list[Entry] = field(default_factory=list)
    _first: int = 0

    @property
    def ordered(self) -> bool:
        return not any(_UNORDERED.search(n) for n in self.notes)

    def pending(self) -> list[Entry]:
        self._trim()
        return self._waiting[self._first :]

    def _pending_count(self) -> int:
        self._trim()
        return len(self._waiting) - self._first

    def _trim(self) -> None:
        w = self._waiting
        while w and not w[-1].awaiting:
            w.pop()
        if self._first >= len(w):  # every waiting name has settled
            w.clear()
            self._first = 0
        while self._first < len(w) and not w[self._first].awaiting:
            self._first += 1
        if self._first > 64 and self._first * 2 > len(w):
            del w[: self._first]
            self._first = 0

    def _wait(self, entry: Entry) -> Entry:
        entry.awaiting = True
        self.entries.append(entry)
        self._waiting.append(entry)
        return entry

    def add_tokens(self, tokens: list[str], line: int) -> None:
        if len(tokens) >= 2 and _PRIZE.fullmatch(key(tokens[-1])) and not names.is_person_name(tokens[-1]):
            # 王某 某某小学 一等奖: a prize column at the row's end is the entry's own award
            before = len(self.entries)
            self.add_tokens(tokens[:-1], line)
            for e in self.entries[before:]:
                e.award = tokens[-1]
            return
        body: list[str] = []  # the tokens that are not notes, and their kinds
        kinds: list[str] = []
        lead = 0  # how many names open the line
        for t in tokens:
            k = classify(t)
            if k == "note":
                self.notes.append(t)
                continue
            if k == "name" and lead == len(body):
                lead += 1
            body.append(t)
            kinds.append(k)
        if len(body) >= 2 and lead == len(body) - 1 and kinds[-1] == "family" and names.split_family(body[-1]):
            split = names.split_family(body[-1])
            assert split is not None
            if split[1] is None:  # 高某、戴某家庭: two people of one family
                for t in body[:-1]:
                    self.entries.append(Entry(t.removesuffix("同志"), line, family=True, group=line))
                self.entries.append(Entry(split[0], line, family=True, group=line))
                return
        if lead == len(body):  # names only (or nothing): each waits for its affiliation
            for t in body:
                self._wait(Entry(t.removesuffix("同志"), line))
            return
        if (len(body) % 2 == 0 and lead == 0 and not self._pending_count()
                and all(k in ("aff", "org") for k in kinds[::2]) and all(k in ("name", "family") for k in kinds[1::2])):
            # 文昌市 黄玉兰家庭, 某某公司 王某: a place or unit column before the name; a table of
            # two such columns flattened side by side (城关镇 王某家庭  城关镇 李某家庭) pairs the same way
            for unit, who, kind in zip(body[::2], body[1::2], kinds[1::2], strict=True):
                name, _ = names.split_family(who) or (who.removesuffix("同志"), None)
                self.entries.append(Entry(name, line, unit, family=kind == "family"))
            return
        if (lead == 0 and len(body) >= 3 and kinds[-1] == "name" and not self._pending_count()
                and all(k in ("aff", "org", "post") for k in kinds[:-1])):
            # 某某有限公司 总经理  王某: the unit and post columns before the name column
            self.entries.append(Entry(body[-1].removesuffix("同志"), line, " ".join(body[:-1])))
            return
        rest, rest_kinds = body[lead:], kinds[lead:]
        if lead >= 2 and len(rest) == 1 and rest_kinds[0] in ("aff", "org") and not self._pending_count():
            # 张三 李四 某某社区居民: the people of one household share the affiliation
            for t in body[:lead]:
                self.entries.append(Entry(t.removesuffix("同志"), line, rest[0], group=line))
            return
        if self._unknown_name_in_name_column(body, kinds):
            # 益西卓玛 西藏自治区某某公司副总经理 under rows of names and units: a name with no
            # surname of the table (a transliterated name) in the name column
            self.entries.append(Entry(body[0], line, body[1]))
            return
        if self._is_column(lead, rest_kinds):
            for t in body[:lead]:
                self._wait(Entry(t, line))
            self._pair_column(rest, line)
            return
        self._add_row(body, kinds, line)

    def _unknown_name_in_name_column(self, body: list[str], kinds: list[str]) -> bool:
        """``X unit`` where X (2–4 CJK characters) is no place, unit or post, after an entry that
        is a person with an affiliation: the list's rows are ``name unit``."""
        if len(body) != 2 or kinds[0] != "aff" or kinds[1] not in ("aff", "org") or self._pending_count():
            return False
        x = body[0]
        last = self.entries[-1] if self.entries else None
        return (2 <= len(x) <= 4 and is_cjk(x) and not names.is_place(x)
                and not names.ends_with_post(x) and last is not None and last.kind == "person"
                and bool(last.affiliation) and not last.family)

    def _is_column(self, lead: int, rest_kinds: list[str]) -> bool:
        """The line's tokens after its ``lead`` names are affiliations for a column of names."""
        affs = rest_kinds.count("aff")
        if affs * 2 < len(rest_kinds) or not all(k in ("aff", "org", "post") for k in rest_kinds):
            return False
        pending = self._pending_count()
        waiting = pending + lead
        return waiting >= 2 and bool(pending or lead > 1) and waiting / 2 <= len(rest_kinds) <= waiting + 1

    def _add_row(self, body: list[str], kinds: list[str], line: int) -> None:
        """Tokens that pair on their line (name, affiliation, post)."""
        last: Entry | None = None
        n = 0
        while n < len(body):
            t, k = body[n], kinds[n]
            if (k in ("aff", "org") and n + 1 < len(body) and kinds[n + 1] == "name" and names.ends_with_post(t)
                    and not (last is not None and last.awaiting and last.line == line)):
                # a post written before the name, with a space: 光泽县崇仁乡妇联主席 陈 红
                last = Entry(body[n + 1].removesuffix("同志"), line, t)
                self.entries.append(last)
                n += 2
                continue
            last = self._add_row_token(t, k, line, last)
            n += 1

    def _add_row_token(self, t: str, k: str, line: int, last: Entry | None) -> Entry | None:
        if k == "name":
            return self._wait(Entry(t.removesuffix("同志"), line))
        if k in ("name_aff", "aff_name", "family", "place_name", "name_paren"):
            split = _SPLITTERS[k](t)
            assert split is not None
            family = k in ("family", "place_name") or (k == "name_paren" and "家庭(" in key(t))
            e = Entry(split[0], line, affiliation=split[1], family=family)
            e.awaiting = k == "family" and split[1] is None  # 王某家庭  某某街道: the place may follow
            if k == "name_paren" and split[1] is not None:
                e.note, e.affiliation = profile_split(split[1])  # 周某(女,汉族,1975年5月生,某医院主任)
            self.entries.append(e)
            return e
        if k == "post" and last is not None and last.affiliation:
            last.affiliation += " " + t
            return last
        if last is not None and last.awaiting and last.line == line:
            last.affiliation, last.awaiting = t, False
            return last
        if k == "aff" and self._pending_count():
            oldest = self._waiting[self._first]
            oldest.affiliation, oldest.awaiting = t, False
            return oldest
        if k != "post" and (noted := _unit_note(t)) is not None:
            e = Entry(noted[0], line, kind="organization", note=noted[1])  # 某公司业务部(某某任总经理)
        else:
            e = Entry(t, line, kind="organization" if k != "post" else "person")
        self.entries.append(e)
        return e

    def _pair_column(self, affs: list[str], line: int) -> None:
        pending = self.pending()
        affs = _split_glued(affs, len(pending))
        for e, a in zip(pending, affs, strict=False):
            e.affiliation, e.awaiting = a, False
        for a in affs[len(pending) :]:
            self.entries.append(Entry(a, line, kind="organization"))

    def close(self) -> None:
        for e in self.entries:
            e.awaiting = False


# What a 公示 says of a person before her unit: sex, ethnic group, birth, party, age
_PROFILE_ITEM = lazy(
    r"[女男]|[^\s,、]{1,4}族|(?:19|20)\d{2}(?:年\d{1,2}月|\.\d{1,2})(?:出?生)?|\d{2,3}岁|已故|退休|群众|无党派人士"
    r"|(?:中共|共产|中共预备|预备)?党员|(?:共青)?团员|[^\s,、]{1,4}(?:盟员|会员|党员|社员)")


def profile_split(bracket: str) -> tuple[str | None, str | None]:
    """A name's bracket → (note, affiliation): ``女,汉族,1975年5月生,中共党员,某医院主任`` →
    (``女,汉族,1975年5月生,中共党员``, ``某医院主任``); a bracket with no such items is all unit."""
    k = key(bracket)
    end = 0
    for m in re.finditer(r"[^,、]+", k):
        if _PROFILE_ITEM.fullmatch(m.group().strip()) is None:
            break
        end = m.end()
    else:
        return (bracket, None) if end else (None, bracket)
    if end == 0:
        return None, bracket
    return bracket[:end], bracket[end + 1 :].strip() or None


_UNIT_NOTE = lazy(r"(?P<unit>[^()]{4,60})(?P<note>\([^()]{6,40}\))")


def _unit_note(token: str) -> tuple[str, str] | None:
    """``某某公司业务部(民进会员王某任总经理)`` → (unit, bracket): a sentence-long bracket after a
    unit is a note on the entry, not part of the unit's name (a short one, ``(分校)``, is)."""
    m = _UNIT_NOTE.fullmatch(key(token)) if token.endswith((")", "）")) else None
    if m is None or not names.looks_like_org(token[: m.end("unit")]) or names.looks_like_org(m["note"][1:-1]):
        return None
    return token[: m.end("unit")], token[m.start("note") :]


def _split_glued(affs: list[str], want: int) -> list[str]:
    """Split tokens holding two affiliations (``…主任,退休龙岗区…``) until ``want`` are there."""
    out = list(affs)
    for _ in range(min(want - len(out), 3)):  # a few glued pairs at most: keeps this linear
        best: tuple[int, int, int] | None = None  # (score, token index, offset)
        for i, tok in enumerate(out):
            for p in names.place_split_points(tok):
                score = 2 if names.ends_with_post(tok[:p]) else 1
                if best is None or score > best[0]:
                    best = (score, i, p)
        if best is None:
            break
        _, i, p = best
        out[i : i + 1] = [out[i][:p], out[i][p:]]
    return out


@lru_cache(maxsize=16384)
def classify(token: str) -> str:
    k = key(token)
    if _NOTE.fullmatch(k) or k in ("女", "男") or names.is_ethnic(k):
        return "note"
    bare = token.removesuffix("同志")
    if names.is_person_name(bare):
        return "name"
    if split_name_paren(token):
        return "name_paren"
    if names.split_family(token):
        return "family"
    if names.split_name_first(token):
        return "name_aff"
    if names.split_name_last(token):
        return "aff_name"
    if names.split_place_name(token):
        return "place_name"
    if len(token) <= 12 and names.ends_with_post(token) and not names.starts_with_place(token):
        return "post"
    if (names.looks_like_org(token) or names.is_place(token)) and not names.ends_with_post(token):
        return "org"
    return "aff"


_NAME_PAREN = lazy(r"(?P<name>[^()]{2,16})\((?P<aff>[^()]{2,40})\)")


def split_name_paren(token: str) -> tuple[str, str | None] | None:
    """``王芳(某县某乡妇联主席)`` → (``王芳``, ``某县某乡妇联主席``); a family the same way."""
    m = _NAME_PAREN.fullmatch(key(token))
    if m is None:
        return None
    name, aff = token[: m.end("name")], token[m.start("aff") : m.end("aff")]
    if names.is_person_name(name):
        return name, aff
    family = names.split_family(name)
    if family is not None and family[1] is None:
        return family[0], aff
    return None


_SPLITTERS: dict[str, Callable[[str], tuple[str, str | None] | None]] = {
    "name_aff": names.split_name_first,
    "aff_name": names.split_name_last,
    "family": names.split_family,
    "place_name": names.split_place_name,
    "name_paren": split_name_paren,
}


def entry_marker(line: Line) -> str | None:
    """The numbering of a list line (``3.`` in ``3.道里区…;``, ``1`` in ``1 李敏 …``), or None."""
    return _numbering(line, match_marker(line))[0]


def _numbering(line: Line, m: MarkerMatch | None) -> tuple[str | None, str]:
    """A list line's numbering (or None) and its text after the numbering."""
    if m is not None and m.kind == "item":
        return m.marker, line.text[m.end :]
    if not line.text.lstrip()[:1].isdigit():  # most lines: no split needed
        return None, line.text
    parts = line.text.split(maxsplit=1)
    if len(parts) > 1 and parts[0].isdigit() and len(parts[0]) <= 3:
        return parts[0], parts[1]
    return None, line.text


def is_table_header(line: Line) -> bool:
    """``序号 姓名 工作单位及职务``: the column heads of a flattened table."""
    if " " not in line.key:  # (every kind of space is folded to " " in the key)
        return False
    words = line.key.split()
    return len(words) >= 2 and all(w in _HEADER_WORDS for w in words)


def line_tokens(line: Line) -> list[str]:
    """The entry tokens of a list line: numbering and trailing punctuation dropped, notes cut
    out, padded names merged, and ``张丽华、王雪梅、刘 芳`` enumerations split."""
    return read_list_line(line, match_marker(line))[0]


def read_list_line(line: Line, m: MarkerMatch | None) -> tuple[list[str], str | None]:
    """A list line's entry tokens (:func:`line_tokens`) and its numbering (:func:`entry_marker`),
    given its marker match: one reading of the line for both."""
    marker, text = _numbering(line, m)
    text = text.strip(_TRAIL)
    enumerated = _enumeration(text)
    if enumerated is not None:
        return enumerated, marker
    comma = _name_comma_rest(text)
    if comma is not None:
        return comma, marker
    words = text.split()
    return merge_padded(_split_notes(_whole_brackets(words) if "(" in text or "（" in text else words)), marker


_NAME_SEPARATORS = lazy("[,，\\-－—–―]")  # a charset scan in C: the quickest test per line
_NAME_SEPARATOR = lazy(r"[,，]|[-－—–―]{1,2}")  # the separator itself: the same characters, a dash doubled


def _name_comma_rest(text: str) -> list[str] | None:
    """``王丽华,某某街道社区卫生服务中心主任`` (``陈  红,…``), ``王某——某某街道妇联主席``: a name,
    a comma or a dash, its unit and post."""
    if _NAME_SEPARATORS.search(text) is None:
        return None
    sep = _NAME_SEPARATOR.search(text)
    if sep is None or sep.start() < 2 or sep.start() > 12:
        return None
    cut = sep.start()
    words = text[:cut].split()
    name = "".join(words) if words and all(len(w) == 1 for w in words) else text[:cut].strip()
    rest = text[sep.end() :].strip(" ,，")
    if not rest or not names.is_person_name(name) or names.is_person_name(rest.split()[0]):
        return None
    return [name, " ".join(rest.split())]  # (某公司 总经理: the space between unit and post, as the rows without a comma keep it)


def _whole_brackets(parts: list[str]) -> list[str]:
    """Words split at spaces, joined again where a space falls inside a bracket: ``许某(某某公司 总经理)``
    is one entry."""
    out: list[str] = []
    depth = 0
    for p in parts:
        if depth > 0:
            out[-1] += " " + p
        else:
            out.append(p)
        depth = max(0, depth + p.count("(") + p.count("（") - p.count(")") - p.count("）"))
    return out


def _split_notes(parts: list[str]) -> list[str]:
    raw: list[str] = []
    for part in parts:
        part = part.strip(_TRAIL)
        if "(" not in part and "（" not in part:  # no note: skip folding and the regex
            if part:
                raw.append(part)
            continue
        pos = 0
        for nm in _NOTE.finditer(key(part)):
            raw.extend(x for x in (part[pos : nm.start()], part[nm.start() : nm.end()]) if x)
            pos = nm.end()
        if part[pos:]:
            raw.append(part[pos:])
    return raw


def _enumeration(text: str) -> list[str] | None:
    """Entries separated by ``、`` or commas, when every piece is one name or one unit."""
    if not _ENUM.search(text):
        return None
    out: list[str] = []
    brackets = "(" in text or "（" in text  # 王某(某医院主任、博士)、李某: two pieces
    for segment in split_outside_brackets(text, "、,，") if brackets else _ENUM.split(text):
        pieces = merge_padded(_split_notes(segment.split()))
        entries = [p for p in pieces if classify(p) != "note"]
        if len(entries) != 1 or classify(entries[0]) not in ("name", "org", "family", "name_paren"):
            return None
        out.extend(pieces)
    return out


def merge_padded(tokens: list[str]) -> list[str]:
    """Names padded character by character: ``["张", "兰"]`` → ``["张兰"]``, ``["宋", "晓", "峰"]``
    → ``["宋晓峰"]``.  A third single character joins unless it starts the next padded name
    (a surname followed by another single character: ``张 兰 李 明`` is two names).  The last
    character may carry a bracket: ``["王", "芳(某某小学教师)"]`` → ``["王芳(某某小学教师)"]``."""
    if all(len(t) > 1 for t in tokens):  # most lines: no single character to join
        return tokens
    out: list[str] = []
    n = 0
    while n < len(tokens):
        t = tokens[n]
        if len(t) == 1 and names.has_surname(t) and n + 1 < len(tokens) and (
                _bracketed(tokens[n + 1]) or _family_tail(tokens[n + 1], 2)):
            out.append(t + tokens[n + 1])  # 王 芳(某某小学教师), 王 军家庭: the rest follows the name's last character
            n += 2
            continue
        if len(t) == 1 and names.has_surname(t) and n + 1 < len(tokens) and _single_cjk(tokens[n + 1]):
            name, n = t + tokens[n + 1], n + 2
            if n < len(tokens) and (_single_cjk(tokens[n]) or _bracketed(tokens[n]) or _family_tail(tokens[n], 1)) and not (
                    names.has_surname(tokens[n]) and n + 1 < len(tokens) and _single_cjk(tokens[n + 1])) and not (
                    tokens[n] in ("男", "女") and n + 1 < len(tokens)):  # 张  丽 女 某某单位: a sex column
                name, n = name + tokens[n], n + 1
            elif n < len(tokens) and _glued_last_character(name, tokens[n]):
                # 张 馨 月运河区…: the name's third character glued to the unit after it
                out.extend((name + tokens[n][0], tokens[n][1:]))
                n += 1
                continue
            out.append(name)
            continue
        out.append(t)
        n += 1
    return out


_FAMILY_TAIL = lazy(r"[\u4e00-\u9fff]{1,2}家庭(?:\([^()]{1,30}\))?")


def _family_tail(t: str, most: int) -> bool:
    """``军家庭``, ``辉家庭(新华乡)``: the last character(s) of a padded name, at most ``most``,
    glued to 家庭 (``王 军家庭``, ``宋 晓 峰家庭``)."""
    k = key(t)
    return k.find("家庭") <= most and _FAMILY_TAIL.fullmatch(k) is not None


def _glued_last_character(name: str, nxt: str) -> bool:
    """``nxt`` opens with the third character of the padded ``name`` and goes on as a unit that
    starts with a place (``之运河区…`` after ``张 馨``)."""
    return (len(nxt) >= 4 and _single_cjk(nxt[0]) and names.is_person_name(name + nxt[0])
            and names.opens_with_division(nxt[1:]) and not names.opens_with_division(nxt))


def _bracketed(t: str) -> bool:
    """``芳(某某小学教师)``: one character, then a bracket (the end of a padded name)."""
    return len(t) >= 3 and _single_cjk(t[0]) and t[1] in "(（"


def _single_cjk(t: str) -> bool:
    return len(t) == 1 and "\u4e00" <= t <= "\u9fff"


# A lead-in word and a colon inside a paragraph, the enumeration after it: …名单如下:张三、李四。
_LEAD_IN_WORDS = ("名单", "如下", "他们是", "她们是", "分别是", "分别为", "获得者", "获奖者")
_LEAD_IN_LIST = lazy(f"(?:{'|'.join(_LEAD_IN_WORDS)})" + r"\s?[:：]\s?(?P<rest>[^:：]{2,})$")


def inline_list(line: Line) -> tuple[list[str], str | None] | None:
    """``…表彰。她们是:张某(某街道)、李某(某社区)。``: the entries (and their numbering) of an
    enumeration that ends a paragraph after a lead-in word and a colon, when there are two or
    more and every one is a name, a unit or a family; else None."""
    if not any(w in line.key for w in _LEAD_IN_WORDS):
        return None
    found = _LEAD_IN_LIST.search(line.key)
    if found is None:
        return None
    rest = line.text[found.start("rest") :]
    rest_line = Line(line.number, rest, rest, key(rest), 0)
    entries, marker = read_list_line(rest_line, match_marker(rest_line))
    return (entries, marker) if are_entries(entries) else None


# ``“巾帼建功标兵”:张某、李某;`` or ``二等奖:王某(某中学)、赵某(某局);`` inside a paragraph: a
# quoted honour or a prize, a colon, its holders
_QUOTED_GROUP = lazy(r"(?:“(?P<h>[^“”]{2,30})”(?:荣誉称号|称号)?|(?:^|(?<=[:;,。]))(?P<p>[^:;,。“”、\s()]{1,10}奖))"
                     r"\s?:(?P<rest>[^:;。“”]+)")


def quoted_groups(line: Line) -> list[tuple[str, list[str]]] | None:
    """``其中,“甲”:张某、李某;“乙”:某医院、某银行。``, ``一等奖:张某(某医院);二等奖:王某(某中学)、
    赵某(某局)。``: each quoted honour or prize with the complete list of its holders written after
    it in prose, when every group is entries and there are two entries or more; else None."""
    if ":" not in line.key or ("”" not in line.key and "奖:" not in line.key):
        return None
    groups: list[tuple[str, list[str]]] = []
    for m in _QUOTED_GROUP.finditer(line.key):
        rest = line.text[m.start("rest") : m.end("rest")].strip(" ,，、")
        entries = read_list_line(Line(line.number, rest, rest, key(rest), 0), None)[0]
        if not (are_entries(entries) or (len(entries) == 1 and are_entries(entries * 2))):
            return None
        group = "h" if m["h"] is not None else "p"
        groups.append((line.text[m.start(group) : m.end(group)], entries))
    return groups if sum(len(e) for _, e in groups) >= 2 else None


def are_entries(tokens: list[str]) -> bool:
    """Two tokens or more, every one a name, a unit, a family or a note: an enumeration of entries."""
    return len(tokens) >= 2 and all(classify(t) in ("name", "org", "family", "note", "name_paren") for t in tokens)
