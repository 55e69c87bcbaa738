"""Stage 2 — split a compilation into articles on ``第N篇:`` headings.

A heading is ``第一篇:…`` / ``第五篇：…`` (or the 范文-site form ``篇一：…``) at the start of a
line; the colon is required, so labels such as ``【第一篇】`` or ``(篇一)`` stay inside their
article.  A file with no heading is one
article.  Lines before the first heading belong to no article (they end in ``unparsed``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .lazyre import lazy
from .normalize import Line
from .numerals import cn_to_int

_HEADING = lazy(
    r"(?:第(?P<num>[一二三四五六七八九十百〇零两\d]{1,4})篇|篇(?P<alt>[一二三四五六七八九十]{1,3}))\s*:\s*(?P<rest>.*)$"
)


_HEADING_START = ("第", "篇")


@dataclass(frozen=True, slots=True)
class Article:
    index: int | None
    heading: str | None
    heading_line: Line | None
    lines: list[Line]  # the article's lines after its heading


def heading_of(line: Line) -> tuple[int, str] | None:
    """``第五篇:深圳市妇联`` → (5, ``深圳市妇联``)."""
    if not line.key.startswith(_HEADING_START):
        return None
    m = _HEADING.match(line.key)
    if m is None:
        return None
    number = cn_to_int(m["num"] or m["alt"])
    if number is None:
        return None
    return number, line.text[m.start("rest") :].strip()


def split_articles(lines: list[Line]) -> tuple[list[Line], list[Article]]:
    """Return (lines before the first heading, articles)."""
    # the cheap start test inline: a call per line would cost more than the test
    starts = [
        (i, h) for i, ln in enumerate(lines)
        if ln.key.startswith(_HEADING_START) and (h := heading_of(ln)) is not None
    ]
    if not starts:
        return [], [Article(None, None, None, lines)]
    preface = lines[: starts[0][0]]
    articles = []
    for n, (i, (number, rest)) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        articles.append(Article(number, rest or None, lines[i], lines[i + 1 : end]))
    return preface, articles
