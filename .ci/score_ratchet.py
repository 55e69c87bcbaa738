"""The accuracy ratchet: score ../shared/corpus/dev and fail below the floor kept in the repo.

    python .ci/score_ratchet.py            # check (CI): exit 1 if any figure is below its floor
    python .ci/score_ratchet.py --update   # after a gain: raise the floor to today's figures

The floor (``.ci/score_floor.json``) holds the overall score and every field's F1 or accuracy as
``score.py`` prints them.  Floors only go up: ``--update`` never lowers one.  When the corpus is
not beside the project (``../shared/corpus/dev``), the check is skipped with a note.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
FLOOR = Path(__file__).resolve().parent / "score_floor.json"
_FIELD = re.compile(r"^\s+(\w+)\s+(?:F1|acc)\s+([0-9.]+)", re.M)
_OVERALL = re.compile(r"^overall\s+([0-9.]+)", re.M)


def figures() -> dict[str, float]:
    out = subprocess.run([sys.executable, str(SCORER), "--corpus", str(CORPUS)], cwd=ROOT, capture_output=True,
                         text=True, check=False, timeout=1200)
    text = out.stdout
    overall = _OVERALL.search(text)
    if out.returncode != 0 or overall is None:
        sys.exit(f"score_ratchet: the scorer failed ({out.returncode}):\n{text[-2000:]}{out.stderr[-2000:]}")
    found = {name: float(value) for name, value in _FIELD.findall(text)}
    found["overall"] = float(overall.group(1))
    return found


def main(argv: list[str]) -> int:
    if not (CORPUS.is_dir() and SCORER.is_file()):
        print(f"score_ratchet: {CORPUS} not found, accuracy not checked")
        return 0
    now = figures()
    floor: dict[str, float] = json.loads(FLOOR.read_text("utf-8")) if FLOOR.exists() else {}
    if "--update" in argv:
        raised = {k: max(v, floor.get(k, 0.0)) for k, v in now.items()}
        FLOOR.write_text(json.dumps(raised, indent=2, sort_keys=True) + "\n", "utf-8")
        print(f"score_ratchet: floor written to {FLOOR.name}")
        return 0
    below = []
    for name, value in sorted(floor.items()):
        got = now.get(name)
        mark = "ok" if got is not None and got >= value - 1e-9 else "BELOW"
        if mark == "BELOW":
            below.append(name)
        print(f"score_ratchet: {name:<12} {got if got is not None else 'missing':>6} floor {value:.3f} {mark}")
    if below:
        print(f"score_ratchet: below the floor: {', '.join(below)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
