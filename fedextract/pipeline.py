"""The pipeline: text in, one validated record out (:func:`extract_record`: plain data, the
JSON path) or one :class:`~fedextract.models.Extraction` (:func:`extract`: the objects).

Data flows one way through five stages, none reaching back:

1. **normalise** (:mod:`normalize`) — decode bytes (UTF-8 with or without BOM, GB18030, Big5,
   UTF-16), split on CRLF/CR/LF, compute each line's facts once (number, stripped text, folded
   key, indent) and cut pager debris (``1 2 下一页``) from line ends;
2. **split** (:mod:`articles`) — a compilation becomes one article per ``第N篇:`` heading;
3. **read the header and classify** (:mod:`header`, :mod:`classify`) — title, issuers, doc
   number, dates, status and addressees; then plan, award decision or other;
4. **parse the body** — :mod:`plan` builds an outline; :mod:`awards` reads a decision's body,
   attachments and lists (granting sentences in :mod:`award_sentences`, list entries in
   :mod:`honorees` with the name knowledge of :mod:`names`, list completion in
   :mod:`award_lists`); the stages build the record as plain dicts (:func:`build_tree`);
5. **validate and serialise** — the tree is validated once against the output contract:
   into the pydantic models (``Extraction.model_validate``), or, on the JSON path, by the
   same contract compiled without the model classes (:mod:`record`); orjson writes the JSON.

Nothing is lost: every line a stage consumes is recorded, and every non-blank input line that
no document field holds is returned in ``unparsed`` (page furniture included); text cut as
pager debris is reported in a ``truncated`` warning.
"""

from __future__ import annotations

import gc
import hashlib
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING

from .articles import Article, split_articles
from .awards import read_decision
from .classify import classify
from .dates import masked_date_line, standalone_date, statement_year, year_tokens
from .furniture import chrome_numbers
from .header import read_header, sign_off, signature_units, title_issuers
from .lazyre import lazy
from .markers import continues, match_marker
from .names import looks_like_org
from .normalize import Line, Removal, decode, make_lines, split_lines
from .plan import build_outline
from .record import Node, validate
from .textkey import key, squash

if TYPE_CHECKING:
    from .models import Extraction

_SUSPECT_CHARS = "矗龋"  # typical of mojibake
_SUSPECT = lazy(f"[{_SUSPECT_CHARS}]")


def extract(
    text: str, *, name: str | None = None, encoding: str = "utf-8", sha256: str | None = None
) -> Extraction:
    """Parse one document (or a compilation) given as text."""
    from .models import Extraction  # noqa: PLC0415  (the CLI validates without the models)

    with gc_paused():
        return Extraction.model_validate(build_tree(text, name=name, encoding=encoding, sha256=sha256))


def extract_bytes(data: bytes, *, name: str | None = None) -> Extraction:
    """Decode ``data`` (encoding detected) and parse it."""
    text, encoding = decode(data)
    return extract(text, name=name, encoding=encoding, sha256=hashlib.sha256(data).hexdigest())


def extract_file(path: str | Path) -> Extraction:
    """Read, decode and parse the file at ``path`` (recorded as ``source.path``)."""
    from .models import Extraction  # noqa: PLC0415

    p = Path(path)
    return Extraction.model_validate(extract_record(p.read_bytes(), name=p.name, path=str(path)))


def extract_record(data: bytes, *, name: str | None = None, path: str | None = None) -> Node:
    """Like :func:`extract_bytes`, as a validated plain record (what ``Extraction.model_dump``
    would give), without building the models: the CLI's path."""
    text, encoding = decode(data)
    return record_of_text(text, name=name, encoding=encoding, sha256=hashlib.sha256(data).hexdigest(), path=path)


def record_of_text(
    text: str, *, name: str | None = None, encoding: str = "utf-8", sha256: str | None = None, path: str | None = None
) -> Node:
    """The validated plain record of already decoded ``text`` (the report keeps the text too)."""
    with gc_paused():
        return validate(build_tree(text, name=name, encoding=encoding, sha256=sha256, path=path))


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a document is parsed and validated.

    The parser makes no reference cycles (reference counting frees all it drops), but it
    allocates a tree that grows with the input, and the collector's passes over it cost ~30% of
    the time on a 5 MB input.  Nested or concurrent calls leave the collector as they found it,
    or enabled by whichever call paused it."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def build_tree(
    text: str, *, name: str | None = None, encoding: str = "utf-8", sha256: str | None = None, path: str | None = None
) -> Node:
    """The record of ``text`` as plain data, not yet validated."""
    raw_lines = split_lines(text)
    lines, removals = make_lines(raw_lines)
    removed = {r.line: r for r in removals}
    _, articles = split_articles(lines)
    # str.find per character is far cheaper than a regex scan of every line
    suspect = any(c in text for c in _SUSPECT_CHARS)
    used: set[int] = set()
    documents: list[Node] = []
    for article in articles:
        doc, doc_used = build_document(article, removed, suspect=suspect)
        documents.append(doc)
        used |= doc_used
    digest = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    warned = {w["line"] for d in documents for w in d["warnings"] if w["code"] == "truncated"}
    # pager debris outside every document (a preface line) has no warning to live in
    orphans = {r.line for r in removals} - warned
    unparsed = [
        {"line": ln.number, "text": ln.raw.strip()}
        for ln in lines
        if ln.number not in used and (ln.text or ln.number in orphans)
    ]
    return {
        "source": {"name": name, "sha256": digest, "encoding": encoding, "lines": len(raw_lines), "path": path},
        "documents": documents,
        "unparsed": unparsed,
    }


def build_document(article: Article, removed: dict[int, Removal], *, suspect: bool) -> tuple[Node, set[int]]:
    """One article's document node and the lines it holds.  ``removed``: the file's pager cuts
    by line; ``suspect``: whether the file holds any character typical of mojibake."""
    lines = article.lines
    header = read_header(lines, article.heading)
    used = set(header.used)
    if article.heading_line is not None:
        used.add(article.heading_line.number)
    taken = header.used | header.furniture
    body = [ln for ln in lines[header.body_start :] if ln.number not in taken]
    chrome = chrome_numbers(body)
    if chrome:
        body = [ln for ln in body if ln.number not in chrome]
    last_line = next((ln for ln in reversed(body) if ln.text), None)
    signed_off = sign_off(last_line) if last_line is not None else None  # (县妇联供稿)
    if signed_off is not None and last_line is not None:
        body = [ln for ln in body if ln is not last_line]
    kind = classify(header.title, body)
    warnings = list(header.warnings)
    first = article.heading_line.number if article.heading_line else next((ln.number for ln in lines if ln.text), 1)
    last = max(first, next((ln.number for ln in reversed(lines) if ln.text), first))
    doc: Node = {  # the fields every document type shares
        "index": article.index,
        "heading": article.heading,
        "title": header.title,
        "doc_number": header.doc_number,
        "status": header.status,
        "addressees": header.addressees,
        "line_start": first,
        "line_end": last,
    }
    issuers = list(header.issuers)
    title_line = header.title_line or (article.heading_line.number if article.heading_line else None)
    roles = dict(header.roles)
    if article.heading_line is not None:
        roles[article.heading_line.number] = "heading"
    date = header.signing_date
    if signed_off is not None and last_line is not None:
        used.add(last_line.number)
        roles[last_line.number] = "signature"
        issuers = issuers or [signed_off]
    body, trailer = _strip_trailer(body)  # 抄送:… / …印发: the distribution trailer under any document
    used |= {ln.number for ln in trailer}
    roles.update(dict.fromkeys((ln.number for ln in trailer), "distribution"))
    if kind == "award_decision":
        dec = read_decision(body)
        used |= dec.used
        roles.update(dec.roles)
        warnings += dec.warnings
        issuers = issuers or dec.signers or title_issuers(header.announcement or header.title)
        year, ywarn = _award_year(header.title, dec.body_lines, title_line)
        doc.update(type="award_decision", issuers=issuers, date=date or dec.signing_date or header.web_date,
                   year=year, body=dec.body, awards=dec.awards, attachments=dec.attachments,
                   award_lists=dec.award_lists)
    else:
        body, signers, signing = _strip_signature(body)
        if not signers:
            body, signers, signing = _inner_signature(body)
        used |= {ln.number for ln in signers}
        roles.update({ln.number: "date" if standalone_date(ln.key) or _MONTH_DATE.search(ln.key) or masked_date_line(ln.key)
                      else "signature"
                      for ln in signers})
        issuers = (issuers or [u for ln in signers for u in signature_units(ln.text)]
                   or title_issuers(header.announcement or header.title))
        date = date or signing or header.web_date
        year, ywarn = _plan_year(header.title, body, title_line)
        if kind == "plan":
            outline = build_outline(body)
            used |= outline.used
            warnings += outline.warnings
            doc.update(type="plan", issuers=issuers, date=date, year=year, preamble=outline.preamble,
                       sections=outline.sections, items=outline.items, closing=outline.closing)
        else:
            paragraphs = _paragraphs(body)
            used |= {ln.number for ln in body if ln.text}
            doc.update(type="other", issuers=issuers, date=date, year=year, paragraphs=paragraphs)
    warnings += ywarn
    own_lines = ([article.heading_line] if article.heading_line is not None else []) + lines
    warnings += _line_warnings(own_lines, removed, suspect)
    doc["warnings"] = sorted(warnings, key=lambda w: (w["line"] or 0, w["code"]))
    text_of = {ln.number: ln.text for ln in lines}
    if article.heading_line is not None:
        text_of[article.heading_line.number] = article.heading_line.text
    doc["labels"] = [{"line": n, "role": roles[n], "text": text_of[n]} for n in sorted(roles)]
    return doc, used


_MONTH_DATE = lazy(r"(?:(?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})\s?年\s?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?月")


def _strip_signature(body: list[Line]) -> tuple[list[Line], list[Line], str | None]:
    """Cut a trailing signature block off a plan's body: a unit line and a date line (a full
    date gives the signing date; ``2019年1月`` still closes the block), or a unit line alone."""
    nonblank = _last_nonblank(body, 2)
    if not nonblank:
        return body, [], None
    last = body[nonblank[-1]]
    date = standalone_date(last.key)
    dated = (date is not None or _MONTH_DATE.fullmatch(squash(last.key).strip("()")) is not None
             or masked_date_line(last.key))  # 20XX年X月X日: a template's date still closes the block
    signers = [last] if dated else []
    unit_pos = nonblank[-2] if dated and len(nonblank) > 1 else (nonblank[-1] if not dated else None)
    if unit_pos is not None and len(nonblank) > 1:
        unit = body[unit_pos]
        if signature_units(unit.text) and len(unit.text) <= 30 and match_marker(unit) is None:
            signers.insert(0, unit)
            if not dated and (date := standalone_date(body[nonblank[-2]].key)) is not None:
                signers.insert(0, body[nonblank[-2]])  # 2014年2月27日 / 某某中学工会: the date written above the unit
    cut = {ln.number for ln in signers}
    return [ln for ln in body if ln.number not in cut], signers, date


# a distribution trailer under a document: 抄送:市妇联。 / 某某县妇联办公室  2024年2月1日印发 / (共印20份)
_TRAILER = lazy(r"\(?(?:抄送|抄报|主送|分送|发送|报送)\s*:|.{0,40}\d{1,2}\s?日\s?印发\)?$|\(?共印\s?\d{1,5}\s?份\)?$")


def _strip_trailer(body: list[Line]) -> tuple[list[Line], list[Line]]:
    """Cut the distribution trailer (抄送/抄报 lines, the 印发 line, 共印N份) off a body's end."""
    trailer: list[Line] = []
    for ln in reversed(body):
        if not ln.text:
            continue
        k = ln.key
        if len(k) > 120 or ("送" not in k and "印" not in k and "抄报" not in k) or _TRAILER.match(k) is None:
            break
        trailer.append(ln)
    if not trailer:
        return body, []
    cut = {ln.number for ln in trailer}
    return [ln for ln in body if ln.number not in cut], trailer[::-1]


_DEBRIS = lazy(r"\s*[|｜/\\.。…·•\-_=*#~]{1,6}\s*")


def _inner_signature(body: list[Line]) -> tuple[list[Line], list[Line], str | None]:
    """A signature block inside the text: a transmittal notice signed (unit line, date line)
    before the plan it transmits, or a notice followed by its distribution trailer (抄报, 共印).
    The first unit line directly above a full date line."""
    prev: Line | None = None
    for ln in body:
        if not ln.text:
            continue
        if prev is not None and (date := standalone_date(ln.key)) is not None:
            unit = squash(prev.key)
            if looks_like_org(unit) and len(unit) <= 30 and match_marker(prev) is None:
                cut = {prev.number, ln.number}
                return [x for x in body if x.number not in cut], [prev, ln], date
        prev = ln
    return body, [], None


def _last_nonblank(lines: list[Line], n: int) -> list[int]:
    """The indexes of the last ``n`` non-blank lines that are not punctuation debris (fewer if
    there are fewer), in order."""
    found: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].text and not _DEBRIS.fullmatch(lines[i].key):  # a stray | or ... after the signature
            found.append(i)
            if len(found) == n:
                break
    return found[::-1]


_PLAN_WORD = lazy(r"^年?度?[^,。;]{0,10}?(?:计划|要点|意见|安排|思路|规划|方案)")


def _title_year(title: str, line: int | None) -> tuple[int | None, list[Node]] | None:
    """The year a title names; with two (``2018年工作总结和2019年工作计划``) the one a plan word
    follows; None when the title names no year."""
    title = key(title)  # (２０１９年, 貳零 read as the digits they are)
    tokens = year_tokens(title)
    if not tokens:
        return None
    plain = {t.value for t in tokens if t.kind == "year"}
    if len(plain) > 1:
        for t in tokens:
            if t.kind == "year" and _PLAN_WORD.match(title[t.start + len(t.text) :]):
                return t.value, []
        return None, []
    return _year_of(tokens[0].kind, tokens[0].value, tokens[0].text, line)


def _plan_year(title: str, body: list[Line], line: int | None = None) -> tuple[int | None, list[Node]]:
    from_title = _title_year(title, line)
    if from_title is not None:
        return from_title
    for ln in body[:40]:
        st = statement_year(ln.key)
        if st is not None:
            return _year_of(st.kind, st.value, st.text, ln.number)
    for ln in body[:40]:
        opening = _OPENING_YEAR.match(ln.key)  # 2010年,我省各级妇联…: the paragraph's own year
        if opening is not None:
            return int(opening["y"]), []
    # 于2012年3月15日前上报: the dates the plan sets for its work, when they name one year only
    planned = {int(m["y"]) for ln in body[:40] if "年" in ln.key and not standalone_date(ln.key)
               for m in _DATED_WORK.finditer(ln.key)}  # (the key: 於, ２０１２ read as 于, 2012)
    if len(planned) == 1:
        return planned.pop(), []
    return None, []


# a full date that a plan's work is due or held by
_DATED_WORK = lazy(r"(?:于|在|至|到|前|截止|截至)(?P<y>(?:19|20)\d{2})年\d{1,2}月(?:\d{1,2}[日号])?")


_OPENING_YEAR = lazy(r"(?P<y>(?:19|20)\d{2})年(?:度)?[,，]")


def _award_year(
    title: str, paragraphs: list[tuple[int, str]], line: int | None = None
) -> tuple[int | None, list[Node]]:
    """The honours' year: from the title, else the one plain year the decision's body names
    (full dates and history aside: ``…以来``, ``…成立``, ``2001年起``; a range gives None).
    When the body names several, the one named by the sentences that grant the honours
    (``2004年3月,…表彰了第三届…``), if they name one."""
    from_title = _title_year(title, line)
    if from_title is not None:
        return from_title
    seen: set[int] = set()
    granted: set[int] = set()
    for _, text in paragraphs:
        if _FOLDS_IN_YEARS.search(text) is not None:
            text = key(text)  # ２０１９年, 民國: read as folded (most paragraphs need no fold: a quicker scan)
        for sentence in text.split("。"):
            grants = _GRANTS.search(sentence) is not None
            for clause in sentence.replace(";", ",").split(","):
                if "以来" in clause or "成立" in clause or not ("年" in clause or "19" in clause or "20" in clause):
                    continue  # (every year token holds 年, 19 or 20)
                for tok in year_tokens(clause):
                    after = clause[tok.start + len(tok.text) :]
                    if tok.kind == "range":
                        return None, []
                    if tok.kind == "year" and tok.value is not None:
                        if not after.lstrip().startswith("年") or _is_full_date(after):
                            continue  # 1986个单位 is a count; 2014年6月6日 a date
                        if after.lstrip().startswith(("年起", "年开始")):
                            continue  # 2001年起…: since when, history
                        seen.add(tok.value)
                        if grants:
                            granted.add(tok.value)
    if len(seen) == 1:
        return seen.pop(), []
    return (granted.pop(), []) if len(granted) == 1 else (None, [])


_GRANTS = lazy("表彰|授予|荣获|评为|命名")
_FOLDS_IN_YEARS = lazy("[０-９國－～]")  # characters of a year token that the key folds


_FULL_DATE_TAIL = lazy(r"年\d{1,2}月\d{1,2}[日号]")


def _is_full_date(after_year: str) -> bool:
    return _FULL_DATE_TAIL.match(after_year) is not None


def _year_of(kind: str, value: int | None, text: str, line: int | None) -> tuple[int | None, list[Node]]:
    if kind == "masked":
        return None, [{"code": "masked_year", "line": line, "message": f"year is masked: {text}"}]
    return (value if kind == "year" else None), []


def _paragraphs(body: list[Line]) -> list[str]:
    out: list[str] = []
    for ln in body:
        if not ln.text:
            continue
        if out and continues(out[-1]):
            out[-1] += ln.text
        else:
            out.append(ln.text)
    return out


def _line_warnings(lines: list[Line], removed: dict[int, Removal], suspect: bool) -> list[Node]:
    """Pager debris cut from the article's lines (``removed``: by line, for the whole file) and,
    when the file holds any (``suspect``), characters typical of mojibake."""
    out: list[Node] = []
    if removed:  # the article's own lines, looked up one by one (not every removal of the file per article)
        for number in sorted(ln.number for ln in lines if ln.number in removed):
            r = removed[number]
            out.append({"code": "truncated", "line": r.line, "message": f"pager furniture removed: {r.text}"})
    if suspect:  # str.find over the article's text, not a pattern per line: the hits are few
        texts = [ln.text for ln in lines]
        joined = "\n".join(texts)
        found: list[int] = []
        for c in _SUSPECT_CHARS:
            at = joined.find(c)
            while at >= 0:
                found.append(at)
                at = joined.find(c, at + 1)
        if found:
            starts = list(accumulate((len(t) + 1 for t in texts), initial=0))  # each line's offset
            for i in sorted({bisect_right(starts, at) - 1 for at in found}):
                bad = "".join(_SUSPECT.findall(texts[i]))
                out.append({"code": "suspect_text", "line": lines[i].number, "message": f"possible mojibake: {bad}"})
    return out
