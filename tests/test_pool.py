"""The process pool: order, crashes, half-written results, kills, and workers that end with
their parent.  Work functions here are toys (no parser), so each test is about the pool only."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from fedextract.pool import Pool
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="signals and /proc are POSIX")


def shout(paths: list[str]) -> list[str]:
    """Upper-case each path; ``die…`` kills the worker, ``slow…`` takes a while, ``half…`` dies
    while its (big) result is being written to the pipe."""
    out = []
    for p in paths:
        if p.startswith("die"):
            os._exit(3)
        if p.startswith("slow"):
            time.sleep(0.2)
        if p.startswith("half"):
            threading.Timer(0.02, os._exit, (3,)).start()
            return ["x" * 300_000_000]
        out.append(p.upper())
    return out


def lost(path: str) -> str:
    return f"LOST {path}"


def _chunks(words: list[str], size: int) -> list[tuple[list[str], list[str] | None]]:
    return [(words[i:i + size], None) for i in range(0, len(words), size)]


def test_map_keeps_order_and_yields_done_chunks_in_place() -> None:
    words = [f"w{n}" for n in range(200)]
    items = _chunks(words, 7)
    items.insert(3, (["pre"], ["PRESET"]))
    out = [r for chunk in Pool(3, shout, lost).map(items) for r in chunk]
    expected = [w.upper() for w in words]
    assert out == expected[:21] + ["PRESET"] + expected[21:]


def test_unordered_gives_every_result_once() -> None:
    words = [("slow" if n % 10 == 0 else "w") + str(n) for n in range(60)]
    out = [r for chunk in Pool(2, shout, lost).map(_chunks(words, 3), ordered=False) for r in chunk]
    assert sorted(out) == sorted(w.upper() for w in words)


@pytest.mark.parametrize("ordered", [True, False])
def test_a_dying_worker_loses_only_the_path_it_died_on(ordered: bool) -> None:
    words = [f"w{n}" for n in range(100)]
    words[17] = "die17"
    words[18] = "die18"  # in the same chunk: both culprits found, one path at a time
    words[64] = "die64"
    out = [r for chunk in Pool(2, shout, lost).map(_chunks(words, 8), ordered=ordered) for r in chunk]
    expected = [lost(w) if w.startswith("die") else w.upper() for w in words]
    assert (out if ordered else sorted(out)) == (expected if ordered else sorted(expected))


@pytest.mark.timeout(60)
def test_a_worker_killed_while_writing_its_result_does_not_hang_the_parent() -> None:
    """Half a message in a pipe is read as end-of-file, never waited on (the failure of the
    shared result queue of ``concurrent.futures``)."""
    words = ["a", "b", "half", "c", "d"]
    out = [r for chunk in Pool(2, shout, lost).map(_chunks(words, 1)) for r in chunk]
    assert out == ["A", "B", "LOST half", "C", "D"]


def _alive(pid: int) -> bool:
    """``pid`` runs (a zombie, dead but not yet reaped by its new parent, does not count)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    except OSError:  # no /proc: ask the kernel
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return state != "Z"


def _wait_dead(pids: list[int], seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while (alive := [p for p in pids if _alive(p)]) and time.monotonic() < deadline:
        time.sleep(0.05)
    return alive


def test_kill_ends_busy_workers_at_once() -> None:
    pool = Pool(2, shout, lost)
    results = pool.map(_chunks(["slow"] * 50, 1))
    next(results)
    pids = [w.process.pid for w in pool.workers]
    assert all(isinstance(p, int) for p in pids)
    started = time.monotonic()
    results.close()  # the caller stops early: the workers are killed, not waited for
    assert time.monotonic() - started < 5
    assert _wait_dead([p for p in pids if p is not None], 5) == []
    assert pool.workers == []


_ORPHAN_SCRIPT = """
import sys, time
from fedextract.pool import Pool
from tests.test_pool import lost, shout
pool = Pool(3, shout, lost)
pool.start()
print(" ".join(str(w.process.pid) for w in pool.workers), flush=True)
results = pool.map([(["slow"] * 5, None)] * 200)  # busy workers, and idle ones after the map
next(results)
print("busy", flush=True)
time.sleep(600)
"""


@pytest.mark.parametrize("run", range(3))
def test_workers_end_when_their_parent_is_killed(run: int) -> None:
    proc = subprocess.Popen([sys.executable, "-c", _ORPHAN_SCRIPT], stdout=subprocess.PIPE, text=True,
                            cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    try:
        assert proc.stdout is not None
        pids = [int(p) for p in proc.stdout.readline().split()]
        assert len(pids) == 3 and all(_alive(p) for p in pids)
        if run:  # once while they start, twice while they work
            assert proc.stdout.readline().strip() == "busy"
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        assert _wait_dead(pids, 5) == [], "a worker outlived its parent by more than 5 s"
    finally:
        proc.kill()
        proc.wait()
