"""Build ``fedextract/data/t2s.txt``: traditional → simplified, one character to one character.

Source: the official ``opencc`` package's ``t2s`` conversion, asked one character at a time for
every CJK unified ideograph (U+3400–U+9FFF), so only character-level mappings are kept (no phrase
rules: matching keys must keep their offsets).  Each line is ``<traditional><simplified>``.
Run ``python scripts/build_t2s.py`` after upgrading opencc; ``tests/test_textkey.py`` checks
the shipped table against this script when opencc is installed.

Usage: python scripts/build_t2s.py [OUT]   (default: fedextract/data/t2s.txt)
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "fedextract" / "data" / "t2s.txt"


def build() -> str:
    import opencc  # the official binding (pip install opencc)

    convert = opencc.OpenCC("t2s").convert
    pairs = []
    for code in range(0x3400, 0xA000):
        c = chr(code)
        s = convert(c)
        if len(s) == 1 and s != c:
            pairs.append(c + s)
    head = (f"# Traditional -> simplified, character to character: {len(pairs)} pairs.\n"
            f"# Built by scripts/build_t2s.py from opencc {metadata.version('opencc')} (t2s).\n")
    return head + "\n".join(pairs) + "\n"


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(build(), "utf-8")
    print(f"wrote {target}")
