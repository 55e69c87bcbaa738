"""Character folding used for *matching only*; stored text is never rewritten.

``key(text)`` returns a string of the same length as ``text`` (every mapping is one character
to one character) so that offsets found in the key are offsets in the text.  It folds
full-width ASCII to ASCII, the many spaces (NBSP, U+3000, …) to a plain space, ``○`` to ``〇``,
bracket variants to ``()``/``[]`` and traditional characters to their simplified forms (the
character-level part of opencc's t2s conversion, shipped as ``data/t2s.txt``).  NFKC is deliberately not used: it
folds ``①`` to ``1`` and leaves ``○`` and ``〔`` alone.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

_TABLE: dict[int, int] = {0xFF01 + i: 0x21 + i for i in range(0x5E)}  # full-width ASCII
_TABLE.update({ord(c): ord(" ") for c in "\u00a0\u3000\u2002\u2003\u2009\u200b\t\u2007\u202f\ufeff"})
_TABLE.update({ord(a): ord(b) for a, b in zip("○〔〕［］【】﹝﹞", "〇[][][][]", strict=True)})
LOST = "〓"  # a character the text lost (the geta mark printers set for a missing glyph)
_TABLE[0xFFFD] = ord(LOST)  # a decoder's replacement character


def _traditional() -> dict[int, int]:
    """Traditional → simplified, one character to one character (``data/t2s.txt``, built by
    ``scripts/build_t2s.py`` from opencc's t2s conversion), so that offsets survive."""
    # next to this module, not importlib.resources: its import costs ~9 ms of start-up
    with open(os.path.join(os.path.dirname(__file__), "data", "t2s.txt"), encoding="utf-8") as fh:
        text = fh.read()
    start = 0
    while text.startswith("#", start):  # the header
        start = text.index("\n", start) + 1
    pairs = text[start:].replace("\n", "")  # traditional, simplified, traditional, …
    return str.maketrans(pairs[0::2], pairs[1::2])  # built in C: ~10x faster than a dict comprehension


_TABLE.update(_traditional())


# str.translate looks every character up in the dict (~100 ns each on CJK text), while most
# characters need no folding: scan in C for runs of foldable ones and translate only those.
# Spelled ``[…][…]*`` rather than ``[…]+``: a pattern that starts with a bare character set lets
# the regex engine skip to candidates with its set-prefix loop (about 3x fewer instructions per
# character than trying the repeat at every position).


def _escape(code: int) -> str:
    return re.escape(chr(code)) if code < 0x80 else chr(code)


def _char_class(codes: list[int]) -> str:
    """A regex character set for sorted ``codes``, consecutive runs written as ranges (the
    t2s table has thousands of characters: ranges keep the pattern short and quick to compile)."""
    # a run starts where the previous code is not one less, and ends where the next is not one more
    starts = [c for c, prev in zip(codes, [-2, *codes[:-1]], strict=True) if c != prev + 1]
    ends = [c for c, nxt in zip(codes, [*codes[1:], -2], strict=True) if nxt != c + 1]
    parts = [_escape(a) if a == b else _escape(a) + _escape(b) if b == a + 1 else f"{_escape(a)}-{_escape(b)}"
             for a, b in zip(starts, ends, strict=True)]
    return "[" + "".join(parts) + "]"


def _fold_runs(text: str, run: re.Pattern[str]) -> str:
    """``text`` with each run of foldable characters translated.  A page has a few hundred runs
    (punctuation; every character of a traditional one): split at them and translate each, in
    one list comprehension, rather than a Python callback per run from ``re.sub`` (~40% less)."""
    if run.search(text) is None:  # most texts: nothing to fold (a scan in C, no list built)
        return text
    parts = run.split(text)  # (the pattern captures: runs at the odd indices)
    parts[1::2] = [p.translate(_TABLE) for p in parts[1::2]]
    return "".join(parts)


# The run pattern's class holds thousands of characters: compiling it costs ~5 ms, a fifth of a
# one-file run's start-up.  The first texts are folded with str.translate alone (the same
# result, ~100 ns a character); once a process has folded _WARM_UP characters it compiles the
# pattern, which pays for itself within the next few pages.
_WARM_UP = 60_000
_state = {"folded": 0}
_runs: list[re.Pattern[str]] = []


def _foldable_run(size: int) -> re.Pattern[str] | None:
    """The run pattern once this process has folded enough text to want it, counting the ``size``
    characters about to be folded (a first text of megabytes wants it at once), else None."""
    if _runs:
        return _runs[0]
    if _state["folded"] + size < _WARM_UP:
        return None
    foldable = _char_class(sorted(_TABLE))
    _runs.append(re.compile(f"({foldable}{foldable}*)"))
    return _runs[0]


def key(text: str) -> str:
    """Width-, space- and script-folded copy of ``text`` with the same length."""
    if len(text) <= 48:
        return _short_key(text)  # tokens and headings recur: cache them
    return _fold(text)


def _fold(text: str) -> str:
    run = _foldable_run(len(text))
    if run is None:
        _state["folded"] += len(text)
        folded = text.translate(_TABLE)
    else:
        folded = _fold_runs(text, run)
    if "?" in text:
        folded = _lost_marked(text, folded)
    if "(" not in folded or _PINYIN_DEBRIS.search(folded) is None:  # most text: no bracket at all
        return folded
    return _PINYIN_DEBRIS.sub(_blank, folded)


# Pinyin debris that some converters leave after a character (``節(jié)``, ``了(le)``): blanked in
# the key (same length), so that ``節(jié)日`` matches as ``节日`` once squashed.  Only a bracket
# holding a syllable with a tone mark is debris: ``(a)`` or ``(ICP)`` stay.
_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_DEBRIS = re.compile(f"\\((?=[a-zü{_TONES}]*[{_TONES}])[a-zü{_TONES}]{{1,7}}\\)")


# An ASCII ``?`` written for a character an encoder could not write: right after an ideograph
# and before 家庭, 等, an enumeration comma or a bracket (``戴荣?家庭``, ``黄玉?等10户``, ``王?、李某``),
# or ending a word of one to three ideographs before a space or the line's end (``王?  某某小学``),
# where no question ends.  (A real question, ``…是什么呢?下面是…``, follows a longer run of words
# and goes on with words; a full-width ``？`` is never lost.)
_BEFORE_LOST = frozenset("等、,，()（）")


def is_cjk(text: str) -> bool:
    """Every character a CJK unified ideograph (U+4E00–U+9FFF)."""
    return all("\u4e00" <= c <= "\u9fff" for c in text)


def _lost_question(text: str, pos: int) -> bool:
    """The ``?`` at ``pos`` stands for a lost character (see above)."""
    if pos == 0 or not is_cjk(text[pos - 1]):
        return False
    after = text[pos + 1 : pos + 3]
    if after[:1] in _BEFORE_LOST or after == "家庭":
        return True
    if after[:1] and not after[:1].isspace():
        return False
    start = pos - 1  # the word before: one to three ideographs, none before it (looked at no further)
    while start > 0 and pos - start <= 3 and is_cjk(text[start - 1]):
        start -= 1
    return pos - start <= 3


def _lost_marked(text: str, folded: str) -> str:
    """``folded`` with each lost-character ``?`` of ``text`` as :data:`LOST`, so that it neither
    ends a sentence nor stops a name."""
    chars: list[str] | None = None
    pos = text.find("?")
    while pos >= 0:
        if _lost_question(text, pos):
            chars = chars or list(folded)
            chars[pos] = LOST
        pos = text.find("?", pos + 1)
    return "".join(chars) if chars is not None else folded


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


_short_key = lru_cache(maxsize=8192)(_fold)


SPACES = " \t\u00a0\u3000\u2002\u2003\u2009\u200b\u2007\u202f\ufeff"


def squash(text: str) -> str:
    """``text`` with every kind of whitespace removed (titles, doc numbers, padded names)."""
    if len(text) <= 512:
        return _short_squash(text)  # stages ask it of the same line keys again and again
    return _squash(text)


def _squash(text: str) -> str:
    return "".join(text.split()).replace("\u200b", "").replace("\ufeff", "")


_short_squash = lru_cache(maxsize=4096)(_squash)  # at most a few MB of cached lines
