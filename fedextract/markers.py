"""Outline markers: one small class per marker family, tried in registry order.

Contract (written once, here): a family has a compiled class-level ``pattern`` matched at the
start of a line's folded key (so ``（一）`` and ``(一)``, ``1．`` and ``1.`` match alike while
the stored text stays as written), a ``kind`` (``"section"`` for Chinese numerals, ``"item"``
for Arabic ones) and ``start(line)``, which returns a :class:`MarkerMatch` or None.  A family
never keeps state: whatever it recognises is in the returned match.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar, Literal, NamedTuple

from .normalize import Line
from .numerals import cn_to_int

_CN = "一二三四五六七八九十百〇零两"


class MarkerMatch(NamedTuple):
    kind: Literal["section", "item"]
    style: str  # the family and punctuation, e.g. "一、", "(一)", "1.", "①" — levels key on it
    marker: str  # as written in the line, e.g. "（一）"
    number: int
    end: int  # offset in line.text where the heading text starts


class MarkerFamily:
    kind: ClassVar[Literal["section", "item"]]
    pattern: ClassVar[re.Pattern[str]]
    style: ClassVar[str]

    @classmethod
    def start(cls, line: Line) -> MarkerMatch | None:
        m = cls.pattern.match(line.key)
        if m is None:
            return None
        number = cls.value(m.group("num"))
        if number is None:
            return None
        marker = line.text[: m.end("mark")]
        return MarkerMatch(cls.kind, cls.style_of(m), marker, number, m.end())

    @classmethod
    def value(cls, numeral: str) -> int | None:
        return cn_to_int(numeral)

    @classmethod
    def style_of(cls, m: re.Match[str]) -> str:
        return cls.style


class ChapterMarker(MarkerFamily):
    """``第一部分`` / ``第二章`` / ``第三节``."""

    kind = "section"
    style = "第一部分"
    pattern = re.compile(rf"第(?P<num>[{_CN}\d]{{1,4}})(?P<mark>部分|章|节|節)[\s、:.]*")

    @classmethod
    def style_of(cls, m: re.Match[str]) -> str:
        return "第一" + m.group("mark")


class CnParenMarker(MarkerFamily):
    """``(一)`` / ``（一）``."""

    kind = "section"
    style = "(一)"
    pattern = re.compile(rf"\((?P<num>[{_CN}]{{1,4}})(?P<mark>\))[\s、.]*")


class CnCommaMarker(MarkerFamily):
    """``一、`` and the rarer ``一．``.  A numeral right after ``、`` that is itself followed by
    ``、``, ``等``, ``级``, ``类``, ``期`` or ``月`` is an enumeration (``一、二、三等奖``, ``三、四月份``,
    ``一、二级联动``), not a heading; one that begins a
    word is a heading (``一、三八红旗手``, ``二、五好家庭``)."""

    kind = "section"
    style = "一、"
    pattern = re.compile(rf"(?P<num>[{_CN}]{{1,4}})\s?(?P<mark>、(?![{_CN}]{{1,4}}(?:[、等级类期号批线]|个?月))|\.(?![{_CN}\d]))\s*")

    @classmethod
    def style_of(cls, m: re.Match[str]) -> str:
        return "一" + m.group("mark")


class ArabicParenMarker(MarkerFamily):
    """``(1)`` / ``（1）``."""

    kind = "item"
    style = "(1)"
    pattern = re.compile(r"\((?P<num>\d{1,3})(?P<mark>\))\s*")


class CircledMarker(MarkerFamily):
    """``①`` … ``⑳``."""

    kind = "item"
    style = "①"
    pattern = re.compile(r"(?P<num>(?P<mark>[\u2460-\u2473]))\s*")

    @classmethod
    def value(cls, numeral: str) -> int | None:
        return ord(numeral) - 0x2460 + 1


class ParenDigitMarker(MarkerFamily):
    """``⑴`` … ``⒇``: ``(1)`` written as one character (Word's numbering inserts them)."""

    kind = "item"
    style = "⑴"
    pattern = re.compile(r"(?P<num>(?P<mark>[\u2474-\u2487]))\s*")

    @classmethod
    def value(cls, numeral: str) -> int | None:
        return ord(numeral) - 0x2474 + 1


class DigitStopMarker(MarkerFamily):
    """``⒈`` … ``⒛``: ``1.`` written as one character."""

    kind = "item"
    style = "⒈"
    pattern = re.compile(r"(?P<num>(?P<mark>[\u2488-\u249b]))\s*")

    @classmethod
    def value(cls, numeral: str) -> int | None:
        return ord(numeral) - 0x2488 + 1


class IdeographParenMarker(MarkerFamily):
    """``㈠`` … ``㈩``: ``(一)`` written as one character."""

    kind = "section"
    style = "㈠"
    pattern = re.compile(r"(?P<num>(?P<mark>[\u3220-\u3229]))[\s、.]*")

    @classmethod
    def value(cls, numeral: str) -> int | None:
        return ord(numeral) - 0x3220 + 1


class ArabicMarker(MarkerFamily):
    """``1、`` ``1.`` ``1．`` — not ``1.5万元`` nor ``14.02.2017`` (a digit follows), unless the
    digits are a year: ``2.2022年度“书香家庭”名单`` is item 2 (no number reads ``2.2022年``)."""

    kind = "item"
    style = "1、"
    pattern = re.compile(r"(?P<num>\d{1,3})\s?(?P<mark>、|\.(?![\d.])|\.(?=(?:19|20)\d\d年))\s*")

    @classmethod
    def style_of(cls, m: re.Match[str]) -> str:
        return "1" + m.group("mark")


class ArabicHalfParenMarker(MarkerFamily):
    """``1)``."""

    kind = "item"
    style = "1)"
    pattern = re.compile(r"(?P<num>\d{1,2})(?P<mark>\))(?!\d)\s*")


REGISTRY: tuple[type[MarkerFamily], ...] = (
    ChapterMarker,
    CnParenMarker,
    IdeographParenMarker,
    CnCommaMarker,
    ArabicParenMarker,
    ParenDigitMarker,
    CircledMarker,
    DigitStopMarker,
    ArabicMarker,
    ArabicHalfParenMarker,
)


def match_marker(line: Line) -> MarkerMatch | None:
    """The first family of the registry that recognises ``line``, or None.

    Every stage asks this of the same lines, and a marker lives in the first few characters,
    so the answer is cached on the line's folded prefix (a frozen match, shared while the
    marker is written as its folded form)."""
    k = line.key
    first = k[:1]
    if first not in _OPENERS and not first.isdecimal():  # most lines: no slicing or hashing
        return None
    found = _match_prefix(k[:_PREFIX])
    if found is None or line.text.startswith(found.marker):
        return found
    return MarkerMatch(found.kind, found.style, line.text[: len(found.marker)], found.number, found.end)


_PREFIX = 24
# What a marker can start with besides a digit (``\d``, i.e. ``str.isdecimal``).
_OPENERS = frozenset("(第" + _CN + "".join(chr(c) for c in [*range(0x2460, 0x249C), *range(0x3220, 0x322A)]))


@lru_cache(maxsize=16384)
def _match_prefix(prefix: str) -> MarkerMatch | None:
    probe = Line(0, prefix, prefix, prefix, 0)
    for family in REGISTRY:
        found = family.start(probe)
        if found is not None:
            return found
    return None


TERMINATORS = "。！？；!?;"


_TERMINATOR = re.compile(f"[{TERMINATORS}]")


def cut_sentence(text: str) -> tuple[str, str, bool]:
    """Heading text → (lead sentence without its terminator, the rest, whether one was found)."""
    m = _TERMINATOR.search(text)
    if m is None:
        return text.strip(), "", False
    return text[: m.start()].strip(), text[m.end() :].strip(), True


_CLOSED = frozenset(TERMINATORS + ":：…")


def ends_sentence(text: str) -> bool:
    """False when ``text`` stops mid-sentence (a hard line break to be joined)."""
    return bool(text) and text[-1] in _CLOSED


# A paragraph joined from hard-broken lines stops growing here: joining copies the paragraph,
# so a text of many thousand lines with no sentence end would cost time quadratic in its size.
# Real paragraphs are far shorter; a longer one goes on as a paragraph of its own.
MAX_PARAGRAPH = 5000


def continues(paragraph: str) -> bool:
    """The next line of text joins ``paragraph``: it stops mid-sentence and is not too long."""
    return not ends_sentence(paragraph) and len(paragraph) < MAX_PARAGRAPH


def wrap_width(lines: list[Line]) -> float | None:
    """The width of hard-wrapped text, or None when lines are paragraphs of free length."""
    texts = [ln.text for ln in lines if len(ln.text) >= 15]
    if len(texts) < 4:
        return None
    widths = sorted(map(len, texts))
    half = len(widths) // 2
    mid = widths[half] if len(widths) % 2 else (widths[half - 1] + widths[half]) / 2  # the median
    low, high = 0.8 * mid, 1.2 * mid
    near = [t for t in texts if low <= len(t) <= high]
    open_ended = sum(1 for t in near if not ends_sentence(t))
    # wrapped text: most lines share one width and most of those stop mid-sentence
    return mid if mid <= 100 and len(near) >= 0.5 * len(widths) and open_ended * 2 >= len(near) else None


def prose_width(lines: list[Line]) -> float | None:
    """:func:`wrap_width` of the lines with clauses (``,`` or ``。``): the width prose is hard-broken
    at, as in a PDF copy, unaffected by short list rows."""
    return wrap_width([ln for ln in lines if "," in ln.key or "。" in ln.key])


def double_spaced(lines: list[Line]) -> bool:
    """Every line followed by one blank line (as some pages are copied out of HTML): a single
    blank line then says nothing of paragraphs."""
    gaps = 0
    singles = 0
    blank_run = 0
    seen = False
    for ln in lines[:80]:  # (a page-wide habit: its first lines show it)
        if not ln.text:
            blank_run += 1
            continue
        if seen:
            gaps += 1
            singles += blank_run == 1
        seen, blank_run = True, 0
    return gaps >= 6 and singles >= 0.9 * gaps
