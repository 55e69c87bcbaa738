"""Throughput of ``extract`` + ``to_json`` against a floor and against markdown-it-py.

On the same bytes, in the same run, it times (best of N, ``time.perf_counter``):

* fedextract — ``fedextract.record.dumps(fedextract.extract_record(data))``: decode, parse,
  validate against the output contract, serialise with orjson — the JSON path the CLI, batch,
  SQLite and Dask use; the ratios are computed from it;
* fedextract models — ``fedextract.extract_bytes(data).to_json()``: the same, going through
  the pydantic ``Extraction`` objects (what ``import fedextract`` users who want objects pay);
* floor — decode + split lines + one pass of a marker regex + ``orjson.dumps`` of the lines:
  the least any line-oriented extractor must do;
* markdown-it-py — ``MarkdownIt().parse(text)`` on the decoded text (extra ``bench``), a
  well-known pure-Python parser of line-structured text, for scale.

Inputs: each file of the dev corpus (``../shared/corpus/dev/*.txt`` beside the clone, timed file
by file and summed) if present, then the seed concatenated 1×, 10× and 100× (copies joined with
``"\\n"``).  Prints MB/s of each, extract/floor (time ratio), fedextract/markdown-it (MB/s
ratio) and the growth factor time(100×)/time(1×) (100 = linear).

    python benchmarks/throughput.py [--repeat N] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this tree's fedextract, not an installed one

from _common import DEV, MB, SEED, best_of, header  # noqa: E402

import fedextract  # noqa: E402
from fedextract import record  # noqa: E402

try:
    from markdown_it import MarkdownIt
except ImportError:  # pragma: no cover - the bench extra is optional
    MarkdownIt = None  # type: ignore[assignment,misc]

MARKER = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[、.．])", re.M)


def run_fedextract(data: bytes) -> bytes:
    return record.dumps(fedextract.extract_record(data))


def run_models(data: bytes) -> bytes:
    return fedextract.extract_bytes(data).to_json()


def run_floor(data: bytes) -> bytes:
    text = data.decode("utf-8", "replace")
    lines = text.splitlines()
    MARKER.findall(text)
    return orjson.dumps(lines)


def make_markdown() -> Callable[[bytes], object] | None:
    if MarkdownIt is None:
        return None
    md = MarkdownIt()

    def run(data: bytes) -> object:
        return md.parse(data.decode("utf-8", "replace"))

    return run


def time_inputs(fn: Callable[[bytes], object], inputs: list[bytes], repeat: int) -> float:
    return sum(best_of(lambda d=d: fn(d), repeat=repeat) for d in inputs)  # type: ignore[misc]


def clear_caches() -> None:
    """Empty the parser's memo caches (folded keys, name tests, marker prefixes…), so a run sees
    its input as a corpus of all-new documents would; the record validator is built once per
    process in any case and is kept."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("fedextract.") or name == "fedextract.record":
            continue
        for obj in vars(module).values():
            clear = getattr(obj, "cache_clear", None)
            if callable(clear):
                clear()


def time_cold(fn: Callable[[bytes], object], inputs: list[bytes], repeat: int) -> float:
    """Sum over inputs of the best single call made right after :func:`clear_caches`."""
    total = 0.0
    for d in inputs:
        best = float("inf")
        for _ in range(repeat):
            clear_caches()
            start = time.perf_counter()
            fn(d)
            best = min(best, time.perf_counter() - start)
        total += best
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="rounds per measurement (best is kept)")
    ap.add_argument("--profile", action="store_true", help="also print a cProfile of extract on the seed ×10")
    args = ap.parse_args()

    header("throughput: extract + to_json vs floor vs markdown-it-py")
    seed = SEED.read_bytes()
    sets: list[tuple[str, list[bytes]]] = []
    dev_files = sorted(DEV.glob("*.txt")) if DEV.is_dir() else []
    if dev_files:
        sets.append((f"dev corpus ({len(dev_files)} files)", [p.read_bytes() for p in dev_files]))
    for n in (1, 10, 100):
        sets.append((f"seed x{n}", [b"\n".join([seed] * n)]))

    markdown = make_markdown()
    if markdown is None:
        print("   (markdown-it-py not installed: pip install -e '.[bench]')")
    row = "{:<22} {:>7} {:>10} {:>11} {:>10} {:>9} {:>13} {:>13}"
    print(row.format("input", "MB", "fedx MB/s", "models MB/s", "floor MB/s", "md MB/s", "fedx/floor t",
                     "fedx/md MB/s"))
    seed_times: dict[str, float] = {}
    for label, inputs in sets:
        size = sum(len(d) for d in inputs) / MB
        repeat = args.repeat if size < 2 else max(2, args.repeat // 2)
        t_fed = time_inputs(run_fedextract, inputs, repeat)
        t_models = time_inputs(run_models, inputs, repeat)
        t_floor = time_inputs(run_floor, inputs, repeat)
        t_md = time_inputs(markdown, inputs, repeat) if markdown else float("nan")
        seed_times[label] = t_fed
        print(
            row.format(
                label,
                f"{size:.3f}",
                f"{size / t_fed:.2f}",
                f"{size / t_models:.2f}",
                f"{size / t_floor:.1f}",
                f"{size / t_md:.2f}",
                f"{t_fed / t_floor:.0f}x",
                f"{t_md / t_fed:.2f}",
            )
        )
    growth = seed_times["seed x100"] / seed_times["seed x1"]
    print(f"growth time(seed x100)/time(seed x1) = {growth:.1f} (100 = linear)")
    if dev_files:
        # The rows above repeat each input, so the memo caches are warm; a corpus of all-new
        # documents hits them less.  The same dev files with the caches emptied before each call:
        label, inputs = sets[0]
        size = sum(len(d) for d in inputs) / MB
        t_cold = time_cold(run_fedextract, inputs, max(3, args.repeat))
        print(f"{label}, caches emptied before each file: {size / t_cold:.2f} MB/s")

    if args.profile:
        data = b"\n".join([seed] * 10)
        prof = cProfile.Profile()
        prof.enable()
        run_fedextract(data)
        prof.disable()
        print("\n== cProfile of record.dumps(extract_record(seed x10)), top 20 by cumulative time")
        pstats.Stats(prof).sort_stats("cumulative").print_stats(20)
        print("== top 15 by own time")
        pstats.Stats(prof).sort_stats("tottime").print_stats(15)


if __name__ == "__main__":
    main()
