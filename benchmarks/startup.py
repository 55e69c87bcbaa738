"""Start-up cost of the CLI: one small file end to end against importing the dependencies.

Times (median of N runs, wall clock) ``python -m fedextract seeds/000_f01345817728b86f.txt``
(output discarded) and ``python -c "import pydantic, orjson, regex"``, then prints both, their
difference and the ratio.  Also prints ``python -X importtime``'s ten slowest imports of that
command (cumulative), which is where start-up time goes (``import fedextract.cli`` alone is
lazy and no longer loads the parser).

    python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, SEED, header, median, wall, warm_bytecode  # noqa: E402


def slowest_imports(count: int = 10) -> list[tuple[int, str]]:
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "fedextract", str(SEED.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    rows = []
    for line in proc.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    return sorted(rows, reverse=True)[:count]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--no-compile", action="store_true",
                    help="do not byte-compile fedextract first (time a checkout without __pycache__)")
    args = ap.parse_args()

    header("startup: python -m fedextract SEED vs python -c 'import pydantic, orjson, regex'")
    cli = [sys.executable, "-m", "fedextract", str(SEED.relative_to(ROOT))]
    deps = [sys.executable, "-c", "import pydantic, orjson, regex"]
    bare = [sys.executable, "-c", "pass"]
    if not args.no_compile:
        print(warm_bytecode())
    wall(cli, runs=1)  # warm the OS file cache
    t_cli = median(wall(cli, runs=args.runs))
    t_deps = median(wall(deps, runs=args.runs))
    t_bare = median(wall(bare, runs=args.runs))
    print(f"{'python -c pass':<44}{t_bare * 1000:8.1f} ms")
    print(f"{'python -c import pydantic, orjson, regex':<44}{t_deps * 1000:8.1f} ms")
    print(f"{'python -m fedextract ' + SEED.name:<44}{t_cli * 1000:8.1f} ms")
    print(f"difference {1000 * (t_cli - t_deps):.1f} ms, ratio cli/deps {t_cli / t_deps:.2f}")
    print("slowest imports of 'python -m fedextract SEED' (cumulative us):")
    for micros, name in slowest_imports():
        print(f"  {micros:>8}  {name}")


if __name__ == "__main__":
    main()
