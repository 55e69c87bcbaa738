"""Peak memory of the CLI: one big input, and batches of many files.

Peak RSS is ``ru_maxrss`` of ``RUSAGE_CHILDREN`` in a small runner process (Linux: the largest
of the command and the children it reaped, so pool workers count too).  Prints, in MB:

* the baseline — ``python -c "import fedextract.cli, fedextract.batch"`` (the CLI with the
  parser loaded; ``import fedextract.cli`` alone is lazy);
* ``python -m fedextract big.txt -o /dev/null`` for a ~50 MB input (the seed repeated), with
  peak/input and (peak - baseline)/input;
* ``python -m fedextract DIR --format jsonl --jobs 1 -o /dev/null`` over 1,000 and over 5,000
  small files, and the ratio 5,000/1,000 (≈1.0 means memory does not grow with file count).

    python benchmarks/memory.py [--mb 50] [--jobs 1]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import MB, ROOT, SEED, header, make_corpus  # noqa: E402

# A small, fresh process runs the command and reports its peak: on Linux a child's ru_maxrss
# starts from its parent's RSS at fork time, so measuring straight from this (larger) process
# would report this process's size for a small command.
_RUNNER = """
import os, subprocess, sys, time
start = time.perf_counter()
code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
import resource
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.perf_counter() - start, code)
"""


def peak_rss(cmd: list[str]) -> tuple[float, float, int]:
    """(peak RSS in MB, wall seconds, exit code) of ``cmd`` (largest of it and its children)."""
    out = subprocess.run(
        [sys.executable, "-c", _RUNNER, *cmd], cwd=ROOT, capture_output=True, text=True, check=True
    )
    kib, secs, code = out.stdout.split()
    return int(kib) * 1024 / MB, float(secs), int(code)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50, help="size of the big input in MB")
    ap.add_argument("--jobs", type=int, default=1, help="--jobs for the batch runs")
    args = ap.parse_args()

    header("memory: peak RSS of the CLI")
    # the CLI imports lazily: the parser (models, pipeline) is what a run has loaded
    base, _, _ = peak_rss([sys.executable, "-c", "import fedextract.cli, fedextract.batch"])
    print(f"{'baseline: import fedextract.cli + parser':<46}{base:8.1f} MB")
    with tempfile.TemporaryDirectory(prefix="fedx-mem-") as tmp:
        seed = SEED.read_bytes()
        copies = max(1, round(args.mb * MB / (len(seed) + 1)))
        big = Path(tmp) / "big.txt"
        with big.open("wb") as fh:  # streamed, so this process stays small
            for i in range(copies):
                fh.write(seed if i == 0 else b"\n" + seed)
        size = big.stat().st_size / MB
        peak, secs, code = peak_rss([sys.executable, "-m", "fedextract", str(big), "-o", os.devnull])
        print(
            f"{f'big.txt ({size:.1f} MB, seed x{copies})':<46}{peak:8.1f} MB  peak/input {peak / size:.1f}, "
            f"(peak-baseline)/input {(peak - base) / size:.1f}  [{secs:.1f} s, exit {code}]"
        )
        big.unlink()
        peaks = {}
        for count in (1000, 5000):
            directory = Path(tmp) / f"c{count}"
            paths = make_corpus(directory, count, seed=count)
            total = sum(p.stat().st_size for p in paths) / MB
            cmd = [
                sys.executable,
                "-m",
                "fedextract",
                str(directory),
                "--format",
                "jsonl",
                "--jobs",
                str(args.jobs),
                "-o",
                os.devnull,
            ]
            peaks[count], secs, code = peak_rss(cmd)
            label = f"batch {count} files ({total:.1f} MB), --jobs {args.jobs}"
            print(f"{label:<46}{peaks[count]:8.1f} MB  [{secs:.1f} s, exit {code}]")
        print(f"ratio peak(5000 files)/peak(1000 files): {peaks[5000] / peaks[1000]:.2f}")


if __name__ == "__main__":
    main()
