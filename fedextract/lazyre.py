"""Regular expressions compiled on first use.

A run on one page uses about half of the parser's module-level patterns (a plan page fewer, a
decision page more), and ``re`` compiles in pure Python (0.1–1 ms a pattern): compiling them all
at import was about 30 ms of a 130 ms CLI start.  :func:`lazy` returns a stand-in that compiles
its pattern on the first attribute access.  It then puts the compiled pattern in its place in
the module that asked (the global that named the stand-in now names the pattern, so later calls
are plain pattern calls, which the interpreter specialises) and keeps the pattern's methods as its
own attributes for any other holder.

It is typed as ``re.Pattern`` and used as one, except where identity matters: ``match.re`` is
the compiled pattern, never the stand-in (compare a match's pattern with a pattern compiled by
``re.compile``).
"""

from __future__ import annotations

import re
import sys
from typing import Any, cast

_ATTRIBUTES = ("search", "match", "fullmatch", "sub", "subn", "split", "finditer", "findall", "scanner",
               "pattern", "flags", "groups", "groupindex")


class _Lazy:
    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:  # asked only while the attribute is not set yet
        compiled = re.compile(*self._source)
        for attr in _ATTRIBUTES:
            setattr(self, attr, getattr(compiled, attr))
        names = sys._getframe(1).f_globals  # the module whose code asked
        for key, value in list(names.items()):
            if value is self:
                names[key] = compiled
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r})"


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern compiled when first used (see the module docstring)."""
    return cast("re.Pattern[str]", _Lazy(pattern, flags))
