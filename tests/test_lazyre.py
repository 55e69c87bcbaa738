"""Patterns compiled on first use stand in for compiled ones, then give way to them."""

from __future__ import annotations

import re
import types

from fedextract.lazyre import lazy


def test_a_lazy_pattern_is_not_compiled_until_used_and_then_behaves_as_one() -> None:
    p = lazy(r"(?P<n>\d+)名")
    assert "search" not in vars(p)  # nothing compiled yet
    m = p.search("表彰了20名先进")
    assert m is not None and m["n"] == "20" and m.re.pattern == p.pattern
    assert p.sub("#", "3名、4名") == "#、#" and p.findall("5名6名") == ["5", "6"]
    assert p.groupindex == {"n": 1} and "lazy" in repr(lazy("x"))


def test_the_module_that_uses_it_gets_the_compiled_pattern_in_its_place() -> None:
    module = types.ModuleType("made_up")
    exec("from fedextract.lazyre import lazy\n_NOTE = lazy('备注')\n"
         "def first(text):\n    return _NOTE.search(text)\n", module.__dict__)
    stand_in = module._NOTE
    assert module.first("备注:已故") is not None
    assert isinstance(module._NOTE, re.Pattern)  # the global now names the compiled pattern
    assert stand_in.search("备注") is not None  # and any other holder of the stand-in still works
