"""Batch throughput of the CLI: files/s with one process against two.

Generates N small synthetic plans and decisions (sentences of the seed, random names; 2,000 by
default) in a temporary directory, then times (median of ``--runs``)

    python -m fedextract DIR --format jsonl --jobs 1 -o /dev/null
    python -m fedextract DIR --format jsonl --jobs 2 -o /dev/null

and prints files/s of each and the speed-up of ``--jobs 2``.  A non-zero exit (some file
failed) is reported, not fatal: the timing still counts.

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
    proc = subprocess.run(
        [*cmd, "-o", "/dev/null"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(
            f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[-2000:]}"
        )
    return elapsed, proc.returncode


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=2000)
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
        results = {}
        for jobs in (1, 2):
            times, codes = zip(*(run(directory, jobs) for _ in range(args.runs)), strict=True)
            results[jobs] = median(times)
            note = "" if set(codes) == {0} else f"  (exit codes {sorted(set(codes))}: some files failed)"
            print(f"--jobs {jobs}: {results[jobs]:6.2f} s  {len(paths) / results[jobs]:8.0f} files/s{note}")
        print(f"speed-up --jobs 2 / --jobs 1: {results[1] / results[2]:.2f}x")


if __name__ == "__main__":
    main()
