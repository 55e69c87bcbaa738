"""Batch throughput of the CLI: files/s with one process against two.

Generates N small synthetic plans and decisions (sentences of the seed, random names; 20,000 by
default: enough for the pool's steady state to show) in a temporary directory, then times ``--runs`` rounds of

    python -m fedextract DIR --format jsonl --jobs 1 > /dev/null
    python -m fedextract DIR --format jsonl --jobs 2 > /dev/null

one after the other in each round (so that a noisy neighbour weighs on both alike), and prints
the best and the median of each, files/s, and the speed-up of ``--jobs 2`` by both.  The output
goes to stdout redirected, never ``-o /dev/null``.  A non-zero exit (some file failed) is
reported, not fatal: the timing still counts.

    python benchmarks/batch.py [--files N] [--runs N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, header, make_corpus, median, warm_bytecode  # noqa: E402


def run(directory: Path, jobs: int) -> tuple[float, int]:
    cmd = [sys.executable, "-m", "fedextract", str(directory), "--format", "jsonl", "--jobs", str(jobs)]
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(
            f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[-2000:]}"
        )
    return elapsed, proc.returncode


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=20000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="generate into this directory and keep it")
    ap.add_argument("--no-compile", action="store_true", help="do not byte-compile fedextract first")
    args = ap.parse_args()

    header(f"batch: {args.files} small files, --jobs 1 vs --jobs 2")
    if not args.no_compile:
        print(warm_bytecode())
    with tempfile.TemporaryDirectory(prefix="fedx-batch-") as tmp:
        directory = args.keep or Path(tmp)
        paths = make_corpus(directory, args.files)
        size = sum(p.stat().st_size for p in paths)
        print(f"   {len(paths)} files, {size / 1e6:.2f} MB, mean {size / len(paths) / 1000:.1f} KB")
        rounds = [(run(directory, 1), run(directory, 2)) for _ in range(args.runs)]
        best, middle = {}, {}
        for jobs in (1, 2):
            times, codes = zip(*(r[jobs - 1] for r in rounds), strict=True)
            best[jobs], middle[jobs] = min(times), median(times)
            note = "" if set(codes) == {0} else f"  (exit codes {sorted(set(codes))}: some files failed)"
            print(f"--jobs {jobs}: best {best[jobs]:5.2f} s {len(paths) / best[jobs]:6.0f} files/s, "
                  f"median {middle[jobs]:5.2f} s {len(paths) / middle[jobs]:6.0f} files/s{note}")
        print(f"speed-up --jobs 2 / --jobs 1: {best[1] / best[2]:.2f}x (best), {middle[1] / middle[2]:.2f}x (median)")


if __name__ == "__main__":
    main()
