"""Stage 1 — bytes to lines.

Owns decoding (encoding detection), line splitting and the per-line facts every later stage
reads (markdown-it style: computed once, never recomputed): the line number in the input
file, the raw text, the stripped text, its indent and its folded matching key.  It also drops
pager furniture (``1 2 下一页``) from line ends, reporting what it dropped.
"""

from __future__ import annotations

import codecs
from itertools import count, repeat
from typing import NamedTuple

from .lazyre import lazy
from .textkey import SPACES, key

MAX_BYTES = 64 * 1024 * 1024


class InputError(ValueError):
    """The input cannot be read as a text document (empty, binary, undecodable, too big)."""


class Line(NamedTuple):
    """One input line's facts.  A named tuple rather than a frozen dataclass: it is built for
    every input line, and a frozen dataclass's ``__init__`` costs two to three times as much."""

    number: int  # 1-based line of the input file
    raw: str  # as decoded, line ending removed
    text: str  # stripped of every kind of leading/trailing space (and of pager debris)
    key: str  # textkey.key(text): same length, folded for matching
    indent: int  # leading space characters in raw


class Removal(NamedTuple):
    """Text cut from a line end as page furniture."""

    line: int
    text: str


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Frequent characters of Chinese official prose, in both scripts; used to choose between
# GB18030 and Big5 when bytes decode under both.
_COMMON = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
    "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好"
    "应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命"
    "此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老"
    "頭員產們會來為於這說時實國關與發經現開動義點對"
    "妇联女儿童福区市县省镇乡委办局厅讲财"
)
_CONTROL = lazy("[\x00-\x08\x0e-\x1f]")


def decode(data: bytes) -> tuple[str, str]:
    """Decode a document; return ``(text, encoding)`` or raise :class:`InputError`."""
    if not data or data.isspace():  # not data.strip(): no copy of the whole input
        raise InputError("empty input")
    if len(data) > MAX_BYTES:
        raise InputError(f"input too large ({len(data)} bytes, limit {MAX_BYTES})")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError as exc:
                raise InputError(f"cannot decode as {name}: {exc.reason}") from None
            if name != "utf-8-sig":
                _check_printable(text)  # b"\xff\xfe" + anything decodes as UTF-16
                return _checked(text), name
            return _checked(text, data), "utf-8"
    if b"\x00" in data:
        raise InputError("binary file (NUL bytes and no UTF-16/32 byte-order mark)")
    try:
        return _checked(data.decode("utf-8"), data), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[int, str, str]] = []
    for name in ("gb18030", "big5"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        candidates.append((sum(c in _COMMON for c in text), name, text))
    if candidates:
        _, name, text = max(candidates, key=lambda c: c[0])
        return _checked(text, data), name
    best = _charset_normalizer_guess(data)
    if best is None:
        raise InputError("cannot decode: not UTF-8, GB18030, Big5 or UTF-16 text")
    return _checked(best[0]), best[1]


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes  # noqa: PLC0415  (rarely needed)

    match = from_bytes(data[:200_000]).best()
    if match is None or match.encoding is None:
        return None
    try:
        return data.decode(match.encoding), match.encoding
    except (UnicodeDecodeError, LookupError):
        return None


def _check_printable(text: str) -> None:
    sample = text[:4096]
    odd = sum(1 for c in sample if not (c.isprintable() or c in "\r\n\t\u3000"))
    unusual = sum(1 for c in sample if "\ue000" <= c <= "\uf8ff" or "\ufff0" <= c or "\ud800" <= c <= "\udfff")
    if odd + unusual > max(8, len(sample) // 10):
        raise InputError("binary file (decodes to unprintable characters)")


_CONTROL_BYTES = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x20))


def _checked(text: str, data: bytes | None = None) -> str:
    """``text`` unless it looks binary (too many control characters) or is empty.  With ``data``
    (the bytes ``text`` came from, in an ASCII-compatible encoding: there a byte below 0x20 is
    always that control character, never part of a multi-byte one) the count is taken on the
    bytes, about four times faster than a pattern over the text."""
    if data is not None:
        sample_bytes = data[:65536]
        bad = len(sample_bytes) - len(sample_bytes.translate(None, _CONTROL_BYTES))
        size = len(sample_bytes)
    else:
        sample = text[:65536]
        bad = len(_CONTROL.findall(sample))
        size = len(sample)
    if bad > max(8, size // 50):
        raise InputError("binary file (too many control characters)")
    if not text or text.isspace():
        raise InputError("empty input")
    return text


_PAGER_WORDS = ("下一页", "上一页", "尾页", "末页")


def split_lines(text: str) -> list[str]:
    """Split on CRLF, CR or LF only (``str.splitlines`` also splits on U+2028 and friends)."""
    if "\r" in text:  # rare: fold CRLF, then CR, to LF; str.split is much faster than re
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = text.split("\n")
    if len(parts) > 1 and parts[-1] == "":
        parts.pop()
    return parts


def make_lines(raw_lines: list[str]) -> tuple[list[Line], list[Removal]]:
    """Per-line facts for every input line, with pager debris cut from line ends.

    The lines are folded as one text (one scan instead of one call per line): folding maps
    character to character, and every kind of space (and nothing else) to a plain space, so a
    line's key is its folded raw text stripped of plain spaces, and its text is the raw text at
    the same offsets."""
    joined = "\n".join(raw_lines)
    folded = key(joined).split("\n")
    if len(folded) != len(raw_lines):  # a raw line holding "\n" (never from split_lines)
        folded = [key(raw) for raw in raw_lines]
    indents = [len(fk) - len(fk.lstrip(" ")) for fk in folded]
    texts = [raw.strip(SPACES) for raw in raw_lines]
    keys = [fk.strip(" ") for fk in folded]
    lines = list(map(_new_line, repeat(Line), zip(count(1), raw_lines, texts, keys, indents)))
    pager = "页" in joined and any(w in joined for w in _PAGER_WORDS)  # every pager word ends in 页
    return lines, _cut_pager(lines) if pager else []


# Line's generated __new__ is a Python function; building the tuple directly skips a frame
# for every input line.
_new_line = tuple.__new__


def _cut_pager(lines: list[Line]) -> list[Removal]:
    """Cut pager debris from line ends in place; return what was cut."""
    removals: list[Removal] = []
    for i, ln in enumerate(lines):
        if ln.text.endswith(_PAGER_WORDS):
            kept = _strip_pager(ln.text)
            if kept != ln.text:
                removals.append(Removal(ln.number, ln.text[len(kept) :].strip(SPACES)))
                lines[i] = ln._replace(text=kept, key=ln.key[: len(kept)])
    return removals


def _strip_pager(text: str) -> str:
    """``报告1 2 下一页`` → ``报告``; only digits, spaces and pager words are removed."""
    rest = text
    while True:
        before = rest
        for word in _PAGER_WORDS + ("首页",):
            rest = rest.rstrip(SPACES)
            if rest.endswith(word):
                rest = rest[: -len(word)]
        rest = rest.rstrip(SPACES + "0123456789[]")
        if rest == before:
            return rest.rstrip(SPACES)
