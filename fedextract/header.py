"""Stage 3a — the header of one article: title, issuers, doc number, dates, status, addressees.

The header is the run of lines before the body.  It is read in one forward scan that stops at
the first outline marker, the ``附件`` line, the addressee line (``各县区妇联:``) or the first
body paragraph after a title.  Within it:

* the **title** is the last title-like line (a short line naming a document kind: ``…通知``,
  ``…工作意见``, ``关于…的决定``), so a compilation page title or a site banner before the
  article's own title loses; a title split over two lines is joined; a title given twice
  counts once (the repeat is a ``duplicate_line``);
* **issuers** come from ``…文件`` header lines and short lines of unit names; failing those,
  the pipeline takes the signature block or the title prefix (``市妇联2006年…`` → ``市妇联``);
* the **doc number** is the first ``机关代字〔年份〕序号号`` on a header line (numbers cited inside
  body sentences are never the document's own);
* a **standalone date** line is the signing date, a web timestamp only the fallback.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from . import names
from .dates import standalone_date, web_date
from .furniture import is_furniture
from .lazyre import lazy
from .markers import match_marker, prose_width
from .normalize import Line
from .record import Node
from .textkey import key, squash

_DOCNUM = lazy(
    r"(?P<agency>[\u4e00-\u9fff]{1,12})(?:\[(?P<year>(?:19|20)\d{2})\]|\((?P<pyear>(?:19|20)\d{2})\))第?(?P<serial>\d{1,5})[号號]"
)  # (鲁妇发（2019）5号: round brackets too, rarer)
_DOCNUM_LOOSE = lazy(r"[\[(](?:19|20)\d{2}[\])]\d{1,5}[号號]")
_AGENCY_CUT = ("文件", "栏目", "印发", "字号")

_KINDS = (
    "通知|决定|意见|要点|计划|方案|规划|通报|通告|公告|公示|总结|报告|办法|细则|思路|安排|纲要|条例|规定|讲话|倡议书|"
    "实施意见|工作意见|工作要点|工作计划|决议|批复|函|计划书|致辞|策划|计画"  # 計畫: the usage of Taiwan
)
_TITLE_END = lazy(
    rf"(?:{_KINDS})(?:\((?:征求意见稿|草案|试行|讨论稿)\))?"
    r"(?:范文|范例|模板|大全|精选|汇编){0,2}"  # an essay site's page title: …工作计划范文(3篇)
    r"(?:\s*\d{1,2}|\s*\[[^\]]{1,12}\]|\s*\([^)]{1,12}\)|\s*\d{1,2}\s*篇|\s*篇\s*\d{1,2})?$"  # …方案 篇1
)
_TITLE_START = lazy(r"^[^,。:;]{0,20}?关于")
_TITLE_END_SPAN = 40  # a kind word, a status and a number or bracketed tag: at most 26 characters
_SITE_SUFFIX = lazy(r"(?:_|\s-\s|\||——|-{2,})[^_|]{2,30}$")
_STATUS = lazy(r"征求意见稿|讨论稿|草案")
_SENTENCE_MARK = lazy(r"[,。:;!?“”\"《》]")
_STATUS_LINE = lazy(r"\((?:征求意见稿|草案|试行|讨论稿)\)")


_KIND_WORDS = tuple(_KINDS.split("|"))
_TAG_LAST = frozenset(")]篇文例板全选编")  # how a status, tag or essay-site word after the kind word ends, or a digit


def ends_like_title(squashed: str) -> bool:
    """The text (whitespace removed) ends with a document kind: ``…的通知``, ``…工作要点(草案)``.

    A bare kind word ends most titles (str.endswith); only text ending as a status or tag can
    still match, and only its tail is searched: the pattern is anchored at the end, and an
    unanchored search would try all its kind words at every position of a long line."""
    if squashed.endswith(_KIND_WORDS):
        return True
    last = squashed[-1:]
    if last not in _TAG_LAST and not last.isdecimal():
        return False
    return _TITLE_END.search(squashed[-_TITLE_END_SPAN:]) is not None


def _without_site(k: str) -> str:
    """A page title's squashed key without its site suffix (``…的决定_某某妇联网`` → ``…的决定``)."""
    cut = _site_suffix(k)
    return k[: cut.start()] if cut is not None and cut.start() >= 6 else k  # (喜报|我市…: a label, no site)


def _site_suffix(k: str) -> re.Match[str] | None:
    """A page title's site suffix (``_某某妇联网``), sought only when a separator is present."""
    if "_" in k or "|" in k or "-" in k or "—" in k:
        return _SITE_SUFFIX.search(k)
    return None


@dataclass
class Header:
    title: str = ""
    title_line: int | None = None
    announcement: str = ""  # a headline that announces the titled document: 全国妇联下发《…》
    issuers: list[str] = field(default_factory=list)
    doc_number: Node | None = None  # raw, agency, year, serial
    signing_date: str | None = None
    web_date: str | None = None
    status: str | None = None
    addressees: list[str] = field(default_factory=list)
    body_start: int = 0  # index into the article's lines
    used: set[int] = field(default_factory=set)
    roles: dict[int, str] = field(default_factory=dict)  # structural lines: line → role
    furniture: set[int] = field(default_factory=set)
    warnings: list[Node] = field(default_factory=list)


def find_doc_number(text: str) -> Node | None:
    """``深妇字[2008]34号`` (any bracket style, spaces anywhere) → a doc number node."""
    s = squash(text)
    k = key(s)
    if "[" not in k and "(" not in k:  # every square-bracket style folds to [, round ones to (
        return None
    m = _DOCNUM.search(k)
    if m is None:
        return None
    start = m.start("agency")
    agency_key = m["agency"]
    if start > 0 and k[start - 1].isdigit() and agency_key[:1] in "年月日号":
        start, agency_key = start + 1, agency_key[1:]  # (2007年4月28日 总工发[2007]18号): the date's 日
    for cut in _AGENCY_CUT:
        pos = agency_key.rfind(cut)
        if pos >= 0:
            start += pos + len(cut)
            agency_key = agency_key[pos + len(cut) :]
    if not agency_key:
        return None
    raw = s[start : m.end()]
    year = "year" if m["year"] is not None else "pyear"
    return {"raw": raw, "agency": s[start : m.start(year) - 1], "year": int(m[year]), "serial": int(m["serial"])}


def line_doc_number(line: Line) -> Node | None:
    """:func:`find_doc_number` of a line's text, answered from its key without squashing or
    folding when the line holds no bracket (every bracket style folds to ``[``)."""
    return find_doc_number(line.text) if "[" in line.key or ("(" in line.key and ("号" in line.key or "號" in line.key)) else None


def is_title_like(line: Line) -> bool:
    """A short line naming a document kind, not a sentence."""
    return _title_like(squash(line.key)) and match_marker(line) is None


def _title_like(flat: str) -> bool:
    """:func:`is_title_like` of a line's squashed key, but for the outline-marker test."""
    if not 4 <= len(flat) <= 90 or "。" in flat or flat.endswith((":", "：")):
        return False
    if flat.count("《") > flat.count("》") and "关于" not in flat[: flat.find("《")]:
        return False  # 为贯彻落实《中共中央…关于实施科技规划 (broken inside a cited title): prose, no title
    cut = _site_suffix(flat)
    if cut is not None and ends_like_title(flat[: cut.start()]):
        return True
    return ends_like_title(flat) or (len(flat) <= 60 and "关于" in flat and "," not in flat
                                     and _TITLE_START.match(flat) is not None)  # (…总书记关于…,贯彻…: prose)


def _title_text(line: Line) -> str:
    """The title as written, whitespace removed, a glued doc number, 《》 wrapper and a page
    title's site suffix (``…的决定_某某妇联网``) dropped."""
    text = line.text.strip()
    cut = _site_suffix(key(text))
    if cut is not None and ends_like_title(squash(key(text[: cut.start()]))):
        text = text[: cut.start()]
    text = squash(text)
    number = find_doc_number(text) if "[" in line.key or "(" in line.key else None  # (every bracket style folds to [ or ()
    if number is not None and number["raw"] in text:
        rest = text.replace(number["raw"], "", 1).strip()
        if rest.startswith("《") and rest.endswith("》"):
            rest = rest[1:-1]
        text = rest or text
    return text


def wenjian_issuers(line: Line, flat: str) -> list[str] | None:
    """``福 州 市 晋 安 区 妇 女 联 合 会 文 件`` → [福州市晋安区妇女联合会] (``flat``: the line's squashed key)."""
    k = flat
    if not k.endswith("文件") or len(k) > 50 or ":" in k or len(k) < 6:
        return None
    text = line.text.strip()
    return _split_units(text[: text.rfind("文")].strip()) or None


def signature_units(text: str) -> list[str]:
    """The units a signature line names: ``县妇联          县教育局`` → both; one unit → itself;
    a line that names none → nothing."""
    parts = text.split()
    if len(parts) > 1 and all(names.is_signing_body(p) for p in parts):
        return parts
    flat = squash(text)
    return [flat] if names.is_signing_body(flat) else []


def _split_units(text: str) -> list[str]:
    """Two issuers on one line are separated by spaces; letter-spaced text is one issuer."""
    parts = text.split()
    if len(parts) > 1 and all(len(p) == 1 for p in parts):
        return [squash(text)]
    if len(parts) > 1 and all(names.is_signing_body(p) for p in parts):
        return parts
    return [squash(text)]


def issuer_line(line: Line, flat: str) -> list[str] | None:
    """A short header line made only of unit names: ``深圳市妇联``, ``中共河南省委 河南省人民政府``
    (``flat``: the line's squashed key)."""
    k = flat
    if not 3 <= len(k) <= 40 or any(c.isdigit() for c in k) or _SENTENCE_MARK.search(k):
        return None
    if ends_like_title(k) or k.startswith("关于") or _site_suffix(k) is not None:  # (…_某某妇联网: a page title)
        return None
    parts = line.text.split()
    if not all(names.looks_like_org(p) for p in parts):
        return None
    return parts if len(parts) > 1 else [squash(line.text)]


def split_addressees(text: str) -> list[str]:
    """``各县(市)区、开发区妇联,市直机关妇委会:`` → two addressees.

    Split on commas always, and on ``、`` only where every piece is a complete body."""
    body = text.strip().rstrip(":：").strip()
    out: list[str] = []
    for piece in re.split(r"[,，]\s*", body):
        piece = piece.strip()
        if not piece:
            continue
        sub = [s.strip() for s in piece.split("、")]
        if len(sub) > 1 and all(names.looks_like_org(re.sub(r"\([^)]*\)$", "", key(s))) for s in sub):
            out.extend(sub)
        else:
            out.append(piece)
    return out


def is_addressee_line(line: Line) -> bool:
    """``各县区妇联:`` / ``市直机关妇委会,各乡镇妇联:`` — not ``…通知如下:``."""
    k = line.key.rstrip()
    if not k.endswith(":") or len(k) > 100 or "。" in k or "如下" in k:
        return False
    if k.startswith(("附件", "附:", "附")) or is_furniture(line):
        return False
    body = squash(k.rstrip(":"))
    if body.startswith("各"):
        return True
    pieces = [re.sub(r"\([^)]*\)", "", p) for p in re.split(r"[,、]", body) if p]
    return bool(pieces) and all(names.looks_like_org(p) for p in pieces)


_DIGITS = str.maketrans("", "", "0123456789")


def same_title(a: str, b: str) -> bool:
    """Two squashed lines that are one title: equal, or equal but for digits a mangled copy lost
    or changed (``2017年市妇联…方案`` and ``207年市妇联…方案``)."""
    if a == b:
        return True
    return abs(len(a) - len(b)) <= 3 and len(a) >= 8 and a.translate(_DIGITS) == b.translate(_DIGITS)


def _is_body_paragraph(line: Line, width: Callable[[], float | None] | None = None) -> bool:
    """Prose: a long line, a sentence, or a lead-in (``授予以下同志“优秀母亲”称号:``; an
    addressee line is recognised before this is asked); on a page hard-broken at a width
    (``width()``, asked only when it matters), a line with clauses that fills it."""
    k = line.key
    return len(k) >= 40 or (k.endswith(("。", "!", "?", ";", ":")) and len(k) >= 12) or _fills_width(line, width)


def _fills_width(line: Line, width: Callable[[], float | None] | None) -> bool:
    """A line with clauses as long as the page's hard-break width (``width()``, asked only when
    it matters)."""
    k = line.key
    if width is None or len(k) < 15 or ("," not in k and "、" not in k):
        return False
    w = width()
    return w is not None and len(k) >= 0.9 * w


def read_header(lines: list[Line], heading: str | None = None, scan_limit: int = 15) -> Header:
    """Read the header of an article (see the module docstring)."""
    h = Header()
    furniture: dict[int, bool] = {}  # asked of a line up to three times: ask once

    def is_furn(ln: Line) -> bool:
        found = furniture.get(ln.number)
        if found is None:
            found = furniture[ln.number] = is_furniture(ln)
        return found

    widths: list[float | None] = []

    def width() -> float | None:  # prose hard-broken at a width (as from a PDF): the first lines with clauses give it
        if not widths:
            widths.append(prose_width(lines[:40]))
        return widths[0]

    # 1. find where the header zone ends and which line is the title
    limit = len(lines)
    title_idx: int | None = None
    prev_idx: int | None = None
    seen = 0
    flats: list[str] = []  # squashed keys of the lines this pass visits (the zone and one more)
    for i, ln in enumerate(lines):
        flat = squash(ln.key) if ln.text else ""
        flats.append(flat)
        if not flat:
            continue
        seen += 1
        if match_marker(ln) is not None or flat.startswith(("附件", "附:")):
            limit = i
            break
        if glued_title(ln) is not None and title_idx is None:
            title_idx = i  # 关于…的通知 各乡镇妇联:… — the title glued to its addressee
            limit = i + 1
            break
        if is_addressee_line(ln):
            limit = i + 1
            break
        if _title_like(flat) and not is_furn(ln):
            # the second half of a title split over two lines keeps the first half's index, as
            # does the end of one split over three or four (关于表彰 / 2023年度…和 / …的决定); a
            # title given again, digits lost (2017年… / 207年…), keeps the first
            if not (title_idx is not None and ((title_idx == prev_idx and _open_title(lines[title_idx]))
                                               or (_open_title(lines[title_idx])
                                                   and i in (_title_run(lines, title_idx) or ()))
                                               or same_title(_without_site(flats[title_idx]), _without_site(flat)))):
                title_idx = i
        elif _ends_before_kind(lines, i, flat):
            title_idx = i  # 某某在…会上的 / 讲 话: a title broken before its kind word
        elif title_idx is not None and (_is_body_paragraph(ln, width) or flat.count("|") >= 2) and not is_furn(ln):
            limit = i  # prose, or a table's row (|序号|姓名|…): the body has begun
            break
        if seen >= scan_limit:
            limit = i + 1
            break
        prev_idx = i
    # 2. classify every line of the zone
    title_text = ""
    if title_idx is not None and (glued := glued_title(lines[title_idx])) is not None:
        h.title, h.title_line = glued, lines[title_idx].number
        h.used.add(lines[title_idx].number)
        h.roles[lines[title_idx].number] = "title"
    elif title_idx is not None:
        title_text = _title_text(lines[title_idx])
        nxt = _next_nonblank(lines, title_idx)
        run = _title_run(lines, title_idx) if _open_title(lines[title_idx]) else None
        if run is not None and len(run) > 2 and run[-1] < limit:  # a title split over three or four lines
            for j in run[1:]:
                title_text += _title_text(lines[j])
                h.used.add(lines[j].number)
        elif nxt is not None and nxt < limit and _open_title(lines[title_idx]) and (
                is_title_like(lines[nxt]) or squash(lines[nxt].key) in _KIND_WORDS):
            # a title split over two lines: 关于表彰… / …的决定
            title_text += _title_text(lines[nxt])
            h.used.add(lines[nxt].number)
            h.doc_number = line_doc_number(lines[nxt])
        h.title, h.title_line = title_text, lines[title_idx].number
        h.used.add(lines[title_idx].number)
        period = _next_nonblank(lines, title_idx)
        if period is not None and period < limit and _PERIOD_LINE.fullmatch(squash(lines[period].key)):
            # 某某县…实施方案 / (2024—2026年): the period the title covers, broken onto its own line
            h.title += squash(lines[period].text)
            h.used.add(lines[period].number)
        if (start := _broken_above(lines, flats, title_idx, is_furn)) is not None:
            # 2019年县妇联纪念“三 / 八”国际妇女节系列活动方案: the title wrapped inside a word
            h.title, h.title_line = squash(lines[start].text) + h.title, lines[start].number
            h.used.add(lines[start].number)
        elif (owner := _owner_above(lines, flats, title_idx, title_text)) is not None:
            # 某某区妇联 / 2022年工作思路: the body on the line above opens a title that starts with its year
            h.title, h.title_line = squash(lines[owner].text) + title_text, lines[owner].number
            h.used.add(lines[owner].number)
            _add_unique(h.issuers, [squash(lines[owner].text)])
        if not title_text.startswith(squash(lines[title_idx].text)):
            h.roles[lines[title_idx].number] = "title"  # something was cut from it: keep the line
        h.doc_number = line_doc_number(lines[title_idx]) or h.doc_number  # 鲁政发〔2014〕20号《…》
    elif heading and ends_like_title(key(squash(heading))):
        h.title = squash(heading)
    elif (heads := _headline(lines, flats, limit, is_furn, width)) is not None:
        # a news page's headline: the first short line (or two, wrapped inside a word), right above the story
        head = heads[0]
        texts = [squash(lines[j].text) for j in heads]
        h.title, h.title_line = _headline_text(lines[heads[-1]], "".join(texts[:-1])), lines[head].number
        h.used.update(lines[j].number for j in heads)
        if h.title != "".join(texts):
            h.roles[lines[heads[-1]].number] = "title"  # a site's name or [复制链接] was cut from it: keep the line
        title_idx = head
    elif (first := _list_page_title(lines, flats, limit, is_furn)) is not None:
        # 2022年度优秀志愿者名单 / rows: the page is the list, its heading the title; the line
        # stays in the body, where it heads the list
        h.title, h.title_line = squash(lines[first].text), lines[first].number
    elif (sent := _transmitted_title(lines, is_furn)) is not None:
        # a transmittal notice with no title of its own (发文单位:… / 各县区: / 《某某规划》… / date):
        # the transmitted document's title line, right under the notice's date, titles the page;
        # the notice's date is the signing date
        sent_idx, date_idx = sent
        h.title, h.title_line = _title_text(lines[sent_idx]), lines[sent_idx].number
        h.signing_date = h.signing_date or standalone_date(lines[date_idx].key)
        for i, role in ((sent_idx, "title"), (date_idx, "date")):
            h.used.add(lines[i].number)
            h.roles[lines[i].number] = role
    if (inner := announced_title(h.title)) is not None:
        h.announcement, h.title = h.title, inner
    body_start: int | None = None
    prose_seen = False
    for i in range(limit):
        ln, flat = lines[i], flats[i]
        if not ln.text or ln.number in h.used:
            continue
        number = line_doc_number(ln) if len(ln.key) <= 80 and "。" not in ln.key else None
        if number is not None and h.doc_number is None:
            h.doc_number = number
        if h.status is None and len(flat) <= 60 and _STATUS.search(ln.key):
            h.status = "draft"
        if is_furn(ln):
            h.furniture.add(ln.number)
            h.web_date = h.web_date or web_date(ln.key)
            if (field := _ISSUER_FIELD.match(flat)) is not None and names.looks_like_org(field["org"]):
                # 发文单位:某某市人民政府 — a record's issuer field, as written (flat is the folded key)
                _add_unique(h.issuers, [squash(ln.text)[field.start("org") : field.end("org")]])
            continue
        if number is not None and (len(flat) - len(number["raw"]) <= 4 or "签发人" in ln.key):
            h.used.add(ln.number)
            h.roles[ln.number] = "doc_number"
            continue
        if number is not None and (dated := standalone_date(flat.replace(key(number["raw"]), ""))) is not None:
            h.signing_date = h.signing_date or dated  # (2007年4月28日 总工发[2007]18号)
            h.used.add(ln.number)
            h.roles[ln.number] = "doc_number"
            continue
        date = standalone_date(ln.key) if not prose_seen else None  # (a date after prose signs the text)
        if date is not None:
            h.signing_date = h.signing_date or date
            h.used.add(ln.number)
            h.roles[ln.number] = "date"
            continue
        if _STATUS_LINE.fullmatch(flat):
            h.used.add(ln.number)
            h.roles[ln.number] = "status"
            continue
        if h.title and ln.number != h.title_line and same_title(squash(ln.text), h.title):
            h.warnings.append({"code": "duplicate_line", "line": ln.number, "message": f"title repeated: {ln.text}"})
            h.used.add(ln.number)
            continue
        # unit lines after the first body paragraph are list entries or a signature, not a header
        units = wenjian_issuers(ln, flat) or (issuer_line(ln, flat) if body_start is None else None)
        if units is not None:
            _add_unique(h.issuers, units)
            h.used.add(ln.number)
            h.roles[ln.number] = "issuer"
            continue
        if is_addressee_line(ln):
            h.addressees = split_addressees(ln.text)
            h.used.add(ln.number)
            continue
        if title_idx is not None and i < title_idx:
            # before the title: intro text of an aggregator or a compilation title
            continue
        if body_start is None:
            body_start = i
        prose_seen = prose_seen or _is_body_paragraph(ln, width)
    h.body_start = body_start if body_start is not None else limit
    if not h.title and (carried := transmitted_title(lines[h.body_start : h.body_start + 6])) is not None:
        h.title = carried
    if heading and not h.title and not ends_like_title(key(squash(heading))) and names.looks_like_org(squash(heading)):
        _add_unique(h.issuers, [squash(heading)])
    return h


# A news item's sign-off: ``(县妇联供稿)``, ``县总工会 供稿``, ``供稿:某某街道妇联``.
_SIGN_OFF = lazy(r"^\(?(?:(?P<a>[^\s():]{3,30}?)\s?供稿|供稿(?:单位)?:\s?(?P<b>[^\s():]{3,30}))\)?$")


def sign_off(ln: Line) -> str | None:
    """The unit of a news item's sign-off line (``(县妇联供稿)`` → ``县妇联``), or None."""
    if "供稿" not in ln.key or len(ln.key) > 40:
        return None
    flat = squash(ln.key)
    m = _SIGN_OFF.match(flat)
    if m is None:
        return None
    org = m["a"] or m["b"]
    start = flat.find(org)
    written = squash(ln.text)[start : start + len(org)]
    return written if names.is_signing_body(org) else None


_ISSUER_FIELD = lazy(r"^(?:发文单位|发文机关):(?P<org>[^\s:]{4,40}?)(?=$|[^\u4e00-\u9fff])")


_HEADLINE_MAX = 40
_NOT_IN_HEADLINE = lazy(r"[。;:?]|名单|如下")  # (喜报!我县…: a headline may exclaim)


def glued_title(line: Line) -> str | None:
    """``…的通知 各乡镇妇联:…``: a title, a space, then its addressee on the same line."""
    k = line.key.strip()
    cut = _BEFORE_ADDRESSEE.search(k) if "各" in k else None
    if cut is None:
        return None
    head = k[: cut.start()]
    flat = squash(head)
    if not 6 <= len(flat) <= 90 or "。" in flat or not ends_like_title(flat):
        return None
    return squash(line.text.strip()[: len(head)])


_BEFORE_ADDRESSEE = lazy(r"\s+(?=各)")


_ANNOUNCES = lazy(r"^[^《》]{2,30}?(?:下发|印发|出台|发布|颁布|转发|制定)了?《(?P<title>[^《》]{4,80})》$")


def announced_title(headline: str) -> str | None:
    """A headline that announces a document gives that document's title (``省妇联印发《关于开展
    家庭教育宣传周活动的通知》`` → ``关于开展家庭教育宣传周活动的通知``); ``None`` for any other."""
    m = _ANNOUNCES.match(key(headline))
    if m is None or not ends_like_title(squash(m["title"])):
        return None
    return headline[m.start("title") : m.end("title")]


_TRANSMITTED = lazy(r"(?:现将|特将|印发|转发)《(?P<title>[^《》]{4,80})》")


def transmitted_title(lines: list[Line]) -> str | None:
    """A transmittal notice without its own title takes the title of what it transmits
    (``现将《某某活动方案》印发给你们``), read from the first paragraphs."""
    for ln in [ln for ln in lines if ln.text][:3]:
        m = _TRANSMITTED.search(ln.key)
        if m is not None and ends_like_title(squash(m["title"])):
            return squash(ln.text[m.start("title") : m.end("title")])
    return None


def _headline(lines: list[Line], flats: list[str], limit: int, is_furn: Callable[[Line], bool],
              width: Callable[[], float | None] | None = None) -> list[int] | None:
    """The index of a news headline when no line names a document kind: the first line of the
    zone that is not furniture, short, not a sentence, a date, a number or a list heading, and
    stands right above the story (a paragraph, or a timestamp line before it); with the index of
    the line that finishes it when it wraps inside a word."""
    first = next((i for i in range(min(limit, len(flats))) if flats[i] and not is_furn(lines[i])), None)
    if first is None:
        return None
    ln, flat = lines[first], _without_site(flats[first])
    if (len(flat) > _HEADLINE_MAX or len(flat) < 6 or _NOT_IN_HEADLINE.search(flat) or flat.count(",") > 2  # (prose, hard-broken)
            or match_marker(ln) is not None
            or standalone_date(ln.key) or line_doc_number(ln) or issuer_line(ln, flats[first]) or names.looks_like_org(flat)):
        return None
    nxt = _next_nonblank(lines, first)
    if nxt is None:
        return None
    head = [first]
    if _broken_word(flat, flats[nxt] if nxt < len(flats) else squash(lines[nxt].key)) and not is_furn(lines[nxt]):
        # 颍东区召开2016 / 年度妇联工作总结会议: a headline wrapped inside a word
        head.append(nxt)
        flat = flat + squash(lines[nxt].key)
        if len(flat) > _HEADLINE_MAX or (nxt := _next_nonblank(lines, nxt)) is None:
            return None
    after = lines[nxt]
    if (_fills_width(ln, width) and not _is_body_paragraph(ln)) or flat.count("《") > flat.count("》"):
        return None  # a line of hard-broken prose that fills the page's width, or stops inside a 《…》, is no headline
    if _is_body_paragraph(after, width) or web_date(after.key) or is_furn(after) or squash(after.key).startswith(flat[:6]):
        return head
    return None


_LIST_PAGE_TITLE = lazy(r"^[^。;:!?,，、]{4,40}名单(?:\([^()]{1,12}\))?$")


def _list_page_title(lines: list[Line], flats: list[str], limit: int, is_furn: Callable[[Line], bool]) -> int | None:
    """The index of a ``…名单`` heading that opens the page (no title line above it)."""
    first = next((i for i in range(min(limit, len(flats))) if flats[i] and not is_furn(lines[i])), None)
    if first is None or _LIST_PAGE_TITLE.match(flats[first]) is None or match_marker(lines[first]) is not None:
        return None
    return first


def _transmitted_title(lines: list[Line], is_furn: Callable[[Line], bool], scan: int = 30) -> tuple[int, int] | None:
    """(the index of a title line that follows a signing date within the first ``scan`` lines,
    the date line's index), when the body before the date quotes the title as ``《…》``."""
    prev: int | None = None
    for i, ln in enumerate(lines[:scan]):
        if not ln.text:
            continue
        if prev is not None and standalone_date(lines[prev].key) and _title_like(squash(ln.key)) and not is_furn(ln):
            quoted = f"《{squash(ln.key)}》"  # (sought in the lines joined: a hard break may split the quote)
            return (i, prev) if quoted in "".join(squash(x.key) for x in lines[:i]) else None
        prev = i
    return None


def _headline_text(line: Line, before: str = "") -> str:
    """A headline as written (``before``: its first part, on the line above), whitespace and a
    trailing link of page debris (``[复制链接]``, a dangling bracket) removed."""
    text = before + squash(line.text)
    text = text[: len(_without_site(key(text)))]  # 十大最美家庭评的是他们_某某妇联网: the page title of a news item
    return _LINK_TAIL.sub("", text).rstrip("[(【")


_LINK_TAIL = lazy(r"\[[^\[\]]{1,8}\]$")


def _title_run(lines: list[Line], start: int, most: int = 4) -> list[int] | None:
    """The indexes of the lines a title opened at ``start`` is split over (``关于表彰`` /
    ``2023年度全县优秀妇女干部和`` / ``优秀妇女工作者的决定``): short lines with no sentence mark, up
    to ``most``, the last of which ends the title with its kind; None when no line ends it."""
    run = [start]
    text = squash(lines[start].key)
    for j in range(start + 1, len(lines)):
        if len(run) == most:
            return None
        if not lines[j].text:
            continue
        flat = squash(lines[j].key)
        if len(flat) > 40 or any(c in flat for c in "。:;,") or match_marker(lines[j]) is not None:
            return None
        run.append(j)
        text += flat
        if ends_like_title(text):
            return run
    return None


def _open_title(line: Line) -> bool:
    """``关于表彰2014-2015年度``, ``某某在…会上的``: a title start that has not reached its
    document kind yet."""
    k = _without_site(squash(line.key))  # (关于…的决定_某某妇联网: a page title, complete)
    unclosed = k.count("《") > k.count("》")  # 关于印发《某某妇女发展规划 / (2021—2030年)》的通知
    return ("关于" in k[:20] or (k.endswith("的") and len(k) <= 40)) and (unclosed or not ends_like_title(k))


def _ends_before_kind(lines: list[Line], i: int, flat: str) -> bool:
    """``某某在…会上的`` followed by a line that is a kind word alone (``讲 话``)."""
    if not flat.endswith("的") or len(flat) > 40 or "。" in flat:
        return False
    nxt = _next_nonblank(lines, i)
    return nxt is not None and squash(lines[nxt].key) in _KIND_WORDS


_PERIOD_LINE = lazy(r"\((?:19|20)\d\d年?度?(?:[-—–~至](?:19|20)?\d\d年?度?)?\)")
_YEAR_FIRST = lazy(r"(?:19|20)\d\d(?:年|[-—~至](?:19|20)?\d\d年)|[〇○零一二三四五六七八九]{4}年")


def _owner_above(lines: list[Line], flats: list[str], title_idx: int, title_text: str) -> int | None:
    """The line right above a title that opens with its year (``2022年工作思路``) when that line
    is one unit's name alone (``某某区妇联``): the title's first half, broken before the year."""
    if title_idx == 0 or _YEAR_FIRST.match(key(title_text)) is None:
        return None
    above = _prev_nonblank(lines, title_idx)
    if above is None or (units := issuer_line(lines[above], flats[above])) is None or len(units) != 1:
        return None
    return above


def _broken_above(lines: list[Line], flats: list[str], idx: int, is_furn: Callable[[Line], bool]) -> int | None:
    """The line right above a title that stops inside a word the title finishes: a quotation
    left open (``…纪念“三`` / ``八”国际妇女节系列活动方案``) or a number whose measure word opens
    the title's line (``…召开2016`` / ``年度工作总结会议``).  Neither a sentence nor furniture."""
    above = _prev_nonblank(lines, idx)
    if above is None or is_furn(lines[above]) or match_marker(lines[above]) is not None:
        return None
    return above if _broken_word(flats[above], flats[idx]) else None


def _broken_word(flat: str, after: str) -> bool:
    """A short line (squashed key ``flat``) that is no sentence stops inside a word the line
    ``after`` it finishes: a quotation left open (``…纪念“三`` / ``八”…``) or a number whose
    measure word opens the next line (``…召开2016`` / ``年度…``, ``…“半边天”24`` / ``集体7个人…``)."""
    if not flat or not after or len(flat) > 40 or any(c in flat for c in "。:;,!?"):
        return False
    quoted = flat.count("“") > flat.count("”") or flat.count('"') % 2 == 1
    return quoted or (flat[-1].isdigit() and after[0] in _MEASURE_WORDS)


_MEASURE_WORDS = "年月日届周期号个名位户家人项次集"  # what a number in a headline counts (2016 / 年度…, 24 / 集体…)


def _next_nonblank(lines: list[Line], i: int) -> int | None:
    for j in range(i + 1, len(lines)):
        if lines[j].text:
            return j
    return None


def _prev_nonblank(lines: list[Line], i: int) -> int | None:
    for j in range(i - 1, -1, -1):
        if lines[j].text:
            return j
    return None


def _add_unique(target: list[str], values: list[str]) -> None:
    for v in values:
        if v and v not in target:
            target.append(v)


_TITLE_ORG = lazy(
    r"^(?:(?:19|20)\d{2}年?度?)?(?:上半年|下半年|半年|年度|全年)?"
    r"(?P<org>[\u4e00-\u9fff]{0,14}?(?:妇女联合会|妇联|人民政府|委员会|政府|党委|团委|工委|总工会))"
)


def title_issuers(title: str) -> list[str]:
    """Issuer named by the title: ``市妇联2006年工作意见`` → 市妇联, ``X人民政府关于…`` → X人民政府."""
    k = key(title)
    pos = k.find("关于")
    if pos > 0:
        prefix = title[:pos]
        if names.looks_like_org(prefix) or names.is_place(prefix):  # 某市妇联关于…, 某县关于…
            return [prefix]
        m = _TITLE_ORG.match(key(prefix))  # 全国妇联下发《关于…》: the body, not the verb after it
        return [prefix[m.start("org") : m.end("org")]] if m is not None else []
    if pos == 0:
        return []
    m = _TITLE_ORG.match(k)
    if m is None or "在" in m["org"]:  # 某某同志在省妇联…会议上的讲话: a person speaks, no body issues
        return []
    end = m.end("org")
    while end < len(k) and k[end] == " " and not title[end].isspace():
        end += 1  # 婦聯(lián)工作計劃: pinyin debris (blank in the key) stays with the body as written
    return [title[m.start("org") : end]]
