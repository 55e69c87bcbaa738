"""Fail when the project holds a person's name, a unit or a title copied from the dev corpus.

The corpus pages are third-party text: rules, tests and docs are written from made-up examples.
This reads every answer key beside the project (``../shared/corpus/dev/*.gold.json``) and looks
for its honorees' names (two characters or more), affiliations (six or more) and document titles
(eight or more) in the project's code, tests, fixtures, docs and benchmarks.  The seed's key and
strings of the seed (``seeds/``, the project's own document) and of the bundled data files (the division names
of ``fedextract/data/places.txt`` are general knowledge, not copied text) are allowed.  Without
the corpus it says so and exits 0.

    python .ci/corpus_strings.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
SCANNED = ("fedextract/*.py", "tests/*.py", "tests/fixtures/*.txt", "tests/fixtures/*.json", "docs/*.md",
           "benchmarks/*.py", "scripts/*.py", "README.md")
ALLOWED = ("seeds/*.txt", "fedextract/data/*.txt")


def _strings(key: dict[str, object]) -> set[str]:
    out: set[str] = set()
    for doc in key.get("documents") or []:  # type: ignore[attr-defined]
        title = doc.get("title") or ""
        if len(title) >= 8:
            out.add(title)
        for lst in doc.get("award_lists") or []:
            for h in lst.get("honorees") or []:
                name, aff = h.get("name") or "", h.get("affiliation") or ""
                if len(name) >= 2 and "某" not in name:
                    out.add(name)
                if len(aff) >= 6 and "某" not in aff:
                    out.add(aff)
    return out


def main() -> int:
    if not CORPUS.is_dir():
        print(f"corpus strings: {CORPUS} not found, not checked")
        return 0
    found: dict[str, str] = {}
    seeds = {p.stem for p in (ROOT / "seeds").glob("*.txt")}  # the seed's own key is the project's
    for gold in sorted(CORPUS.glob("*.gold.json")):
        if gold.name.removesuffix(".gold.json") in seeds:
            continue
        for s in _strings(json.loads(gold.read_text(encoding="utf-8"))):
            found.setdefault(s, gold.name)
    allowed = "\n".join(p.read_text(encoding="utf-8", errors="replace") for pat in ALLOWED for p in ROOT.glob(pat))
    strings = {s: src for s, src in found.items() if s not in allowed}
    bad = 0
    for pat in SCANNED:
        for path in sorted(ROOT.glob(pat)):
            text = path.read_text(encoding="utf-8", errors="replace")
            for s, src in sorted(strings.items()):
                if s in text:
                    print(f"{path.relative_to(ROOT)}: {s!r} (from {src})")
                    bad += 1
    print(f"corpus strings: {len(strings)} strings of {len(found)} looked for, {bad} found")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
