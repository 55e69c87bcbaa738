"""Shared helpers for the benchmark scripts: paths, timing, corpus generation, child processes."""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_f01345817728b86f.txt"
DEV = ROOT.parent / "shared" / "corpus" / "dev"
MB = 1_000_000


def best_of(fn: Callable[[], object], *, repeat: int = 5, min_time: float = 0.2) -> float:
    """Best wall time of one call of ``fn`` over ``repeat`` rounds (each round loops until
    ``min_time`` has passed, so tiny inputs are timed over many calls)."""
    best = float("inf")
    for _ in range(repeat):
        calls = 0
        start = time.perf_counter()
        while True:
            fn()
            calls += 1
            elapsed = time.perf_counter() - start
            if elapsed >= min_time:
                break
        best = min(best, elapsed / calls)
    return best


def wall(cmd: Sequence[str], *, runs: int = 7, cwd: Path = ROOT) -> list[float]:
    """Wall times of ``runs`` runs of ``cmd`` (stdout/stderr discarded; a failure raises)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
    return times


def warm_bytecode() -> str:
    """Write ``fedextract/__pycache__`` (``compileall``), as an installed package has it.

    With ``PYTHONDONTWRITEBYTECODE`` set (it is on the project's machines) an editable checkout
    never gets a ``__pycache__``, so every run compiles every module again (~50-70 ms of
    start-up here), while the dependencies it is compared with are installed compiled.
    Returns a note for the output saying what was done.
    """
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "fedextract")], check=True,
                   stdout=subprocess.DEVNULL)
    flag = " (PYTHONDONTWRITEBYTECODE is set: compiled explicitly)" if os.environ.get("PYTHONDONTWRITEBYTECODE") else ""
    return f"   fedextract byte-compiled before timing{flag}"


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def git_head() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "log", "-1", "--format=%h %s"],
            capture_output=True,
            text=True,
            check=True,
        )
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no", "fedextract"],
            capture_output=True,
            text=True,
            check=True,
        )
        return out.stdout.strip()[:72] + (
            " (+ uncommitted changes in fedextract/)" if dirty.stdout.strip() else ""
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def header(title: str) -> None:
    print(f"== {title}")
    print(f"   python {sys.version.split()[0]}, {os.cpu_count()} CPUs, fedextract at {git_head()}")


def seed_paragraphs() -> list[str]:
    return [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]


_PLAN = """市妇联{year}年工作要点
{intro}
一、{t1}。
{p1}
1、{i1}。{p2}
2、{i2}。{p3}
二、{t2}。
（一）{t3}。
1、{i3}。{p4}
"""

_DECISION = """关于表彰{year}年度{award}的决定
各县区妇联:
{p1}授予{n1}、{n2}等{count}人“{award}”荣誉称号。
附件:{award}名单
{award}名单
{n1} {unit1}
{n2} {unit2}
{n3} {unit3}
{org}
二○{yy}年十二月十六日
"""

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = "英华明丽芳军平静敏强磊洋艳勇娜杰涛秀霞"
_UNITS = ["罗湖区贝丽花园居民", "福田区妇联主席", "南山区蛇口街道办事处干部", "宝安区西乡街道居民"]


def synthetic_file(rng: random.Random, paragraphs: list[str]) -> str:
    """A small plan or decision built from the seed's sentences and random names."""

    def para() -> str:
        return rng.choice(paragraphs)

    def sentence() -> str:
        text = para().lstrip("0123456789一二三四五六七八九十、.（）() ")
        return text.split("。")[0][:30] or "加强家庭建设"

    def name() -> str:
        return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.randint(1, 2)))

    year = rng.randint(2005, 2020)
    if rng.random() < 0.5:
        return _PLAN.format(
            year=year,
            intro=para(),
            t1=sentence(),
            p1=para(),
            i1=sentence(),
            p2=para(),
            i2=sentence(),
            p3=para(),
            t2=sentence(),
            t3=sentence(),
            i3=sentence(),
            p4=para(),
        )
    return _DECISION.format(
        year=year,
        yy="一" + "〇一二三四五六七八九"[year % 10],
        award=rng.choice(["三八红旗手", "最美家庭", "巾帼建功标兵"]),
        p1=para()[:80],
        n1=name(),
        n2=name(),
        n3=name(),
        count=3,
        unit1=rng.choice(_UNITS),
        unit2=rng.choice(_UNITS),
        unit3=rng.choice(_UNITS),
        org="泌阳县妇联",
    )


def make_corpus(directory: Path, count: int, *, seed: int = 1) -> list[Path]:
    """Write ``count`` synthetic files into ``directory`` (sharded 500 per subdirectory)."""
    rng = random.Random(seed)
    paragraphs = seed_paragraphs()
    paths = []
    for i in range(count):
        sub = directory / f"{i // 500:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"{i:05d}.txt"
        path.write_text(synthetic_file(rng, paragraphs), encoding="utf-8")
        paths.append(path)
    return paths
