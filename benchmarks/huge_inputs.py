"""Adversarial sizes through the CLI: a 5 MB single line, 50,000 marker lines, 20,000 short list lines.

Prints the median wall time of ``python -m fedextract FILE -o /dev/null`` for each (startup
included) and the in-process ``extract`` + ``to_json`` time, so a regression to super-linear
behaviour (a regex that backtracks, a quadratic join) shows at once.  Not a test: it asserts
nothing.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import fedextract  # noqa: E402
from benchmarks._common import ROOT, median, wall  # noqa: E402

CASES = {
    "5 MB single line": ("妇联组织要把维护妇女权益作为切入点," * 200_000)[: 5 * 1024 * 1024 // 3],
    "50,000 marker lines": "1、做好工作。\n" * 50_000,
    "50,000 section lines": "一、加强组织建设\n" * 50_000,
    "20,000-name column + one affiliation line": "关于表彰的决定\n名单\n" + "陈德平\n" * 20_000
    + " ".join(["罗湖区贝丽花园居民"] * 20_000),
    # short lines under a list heading: every one is asked whether it opens a block of columns
    # or follows a grant (a tail copied per line made these quadratic: 20,000 lines took 11 s)
    "20,000 lone column names": "关于表彰的决定\n授予以下同志“某某”称号:\n" + "姓名\n" * 20_000,
    "20,000 one-character lines": "关于表彰的决定\n授予以下同志“某某”称号:\n" + "三\n" * 20_000,
    # hard-broken lines with no sentence end are joined into paragraphs: each join copied the
    # paragraph, so 40,000 such lines took 0.35 s and 400,000 would take half a minute
    "40,000 lines of one unended sentence": "某某县妇联召开会议\n" * 40_000,
    "40,000 unended lines in a decision": "关于表彰的决定\n" + "授予张某同志荣誉\n" * 40_000,
    # candidates numbered like headings, particulars below: settling each one walked every entry
    # of the list (10,000 took 0.8 s, growing 3x per doubling)
    "10,000 numbered people with particulars": "关于推荐人选的公示\n现将推荐人选公示如下:\n"
    + "一、王某某\n性别:女  民族:汉族  工作单位及职务:某某县人民医院护士长\n" * 10_000,
}


def main() -> None:
    print(f"python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in CASES.items():
            path = Path(tmp) / "input.txt"
            path.write_text(text, encoding="utf-8")
            size = path.stat().st_size / 1e6
            start = time.perf_counter()
            fedextract.extract(text).to_json()
            inproc = time.perf_counter() - start
            cli = median(wall([sys.executable, "-m", "fedextract", str(path), "-o", "/dev/null"], runs=3, cwd=ROOT))
            print(f"{name:<44} {size:6.2f} MB   extract {inproc:6.2f} s   CLI {cli:6.2f} s")


if __name__ == "__main__":
    main()
