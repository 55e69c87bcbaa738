"""Reusable test helpers: the nothing-lost check and a partial JSON matcher."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from fedextract import Extraction


def _bare(text: str) -> str:
    """Letters, digits and ideographs only: what the parser must never drop."""
    return "".join(c for c in unicodedata.normalize("NFC", text) if unicodedata.category(c)[0] in "LN")


def _strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def lost_lines(text: str, result: Extraction) -> list[tuple[int, str]]:
    """Non-blank input lines whose letters and digits cannot be found in the output.

    The output's strings (every field, ``unparsed`` and warning messages) are concatenated in
    order.  A line is recovered when it can be covered by at most ``tokens + 2`` pieces, each
    a run found in that concatenation, where tokens are split on spaces and enumeration
    commas and a bracketed note such as ``(排名不分先后)`` (kept apart from its entry) counts two,
    a family (``王某家庭``, kept as its name) two: a paragraph line is one or two runs (joined to its neighbours, or with pager
    debris moved to a warning), a list line one run per entry (names and affiliations of a
    flattened table are paired far apart).
    """
    dump = result.model_dump(mode="json")
    dump.pop("source", None)
    haystack = _bare("".join(_strings(dump)))
    lost = []
    for number, raw in enumerate(_split(text), start=1):
        bare = _bare(raw)
        if not bare:
            continue
        pieces = _cover(bare, haystack)
        words = _TOKEN_SEPARATORS.split(raw.strip())
        # a family's 家庭 is dropped from its name (王某家庭 → 王某, a household): one more run
        tokens = len(words) + 2 * len(_NOTE.findall(raw)) + sum(w.endswith("家庭") for w in words)
        if pieces is None or pieces > tokens + 2:
            lost.append((number, raw))
    return lost


_TOKEN_SEPARATORS = re.compile(r"[\s、,，|｜]+")  # a table cell is a token too
_NOTE = re.compile(r"[(（][^()（）]{0,12}[)）]")


def _split(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _cover(bare: str, haystack: str) -> int | None:
    """Fewest greedy runs of ``bare`` found in ``haystack`` (None if some character is absent)."""
    i, pieces = 0, 0
    while i < len(bare):
        lo, hi = i + 1, len(bare)
        if bare[i:lo] not in haystack:
            return None
        while lo < hi:  # longest prefix present; presence is monotone in the length
            mid = (lo + hi + 1) // 2
            if bare[i:mid] in haystack:
                lo = mid
            else:
                hi = mid - 1
        i, pieces = lo, pieces + 1
    return pieces


def assert_nothing_lost(text: str, result: Extraction) -> None:
    lost = lost_lines(text, result)
    assert not lost, f"lines lost: {lost[:5]}"


def assert_subset(expected: Any, actual: Any, path: str = "$") -> None:
    """``expected`` is a partial copy of ``actual``: dict keys it names must match, lists must
    have the same length and match element-wise."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{path}: expected an object, got {actual!r}"
        for k, v in expected.items():
            assert k in actual, f"{path}: missing key {k!r}"
            assert_subset(v, actual[k], f"{path}.{k}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{path}: expected a list, got {actual!r}"
        assert len(expected) == len(actual), f"{path}: {len(actual)} elements, expected {len(expected)}: {actual!r}"
        for n, (e, a) in enumerate(zip(expected, actual, strict=True)):
            assert_subset(e, a, f"{path}[{n}]")
    else:
        assert expected == actual, f"{path}: {actual!r} != expected {expected!r}"
