"""Loads that survive crashes: a real ``--sqlite`` batch killed with SIGKILL at random moments
leaves a database that opens, passes ``integrity_check`` and ``foreign_key_check``, and holds
every source whole or not at all; readers query while a batch loads (WAL)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import fedextract
from tests.conftest import ROOT, SEED

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

FIXTURES = ROOT / "tests" / "fixtures"


def _inputs(directory: Path, copies: int) -> dict[str, dict[str, int]]:
    """``copies`` variants of each fixture text (a numbered last line keeps them distinct), and
    what each path's record must leave in the database: row counts per table."""
    directory.mkdir()
    texts = [SEED.read_text("utf-8")] + [p.read_text("utf-8") for p in sorted(FIXTURES.glob("*.txt"))[:11]]  # a fixed size
    expected = {}
    for n in range(copies):
        for k, text in enumerate(texts):
            path = directory / f"{n:03d}_{k:02d}.txt"
            path.write_text(f"{text}\n第{n}号\n", "utf-8")
            record = fedextract.extract_file(path)
            expected[str(path)] = {
                "documents": len(record.documents),
                "honorees": sum(len(lst.honorees) for d in record.documents for lst in getattr(d, "award_lists", [])),
                "unparsed": len(record.unparsed),
            }
    return expected


_PER_SOURCE = """
SELECT s.path,
       (SELECT COUNT(*) FROM documents d WHERE d.source_id = s.id),
       (SELECT COUNT(*) FROM honorees h JOIN documents d ON d.id = h.document_id WHERE d.source_id = s.id),
       (SELECT COUNT(*) FROM unparsed u WHERE u.source_id = s.id)
FROM sources s
"""


def _check(db: Path, expected: dict[str, dict[str, int]]) -> int:
    """The database is sound and every source in it is whole; returns how many sources it holds."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.execute("PRAGMA foreign_keys = ON")
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return 0  # killed before the schema was created (it is created in one transaction)
        assert {"sources", "documents", "honorees", "unparsed"} <= tables
        rows = conn.execute(_PER_SOURCE).fetchall()
        for path, documents, honorees, unparsed in rows:
            assert {"documents": documents, "honorees": honorees, "unparsed": unparsed} == expected[path], path
        orphans = conn.execute("SELECT COUNT(*) FROM documents WHERE source_id NOT IN (SELECT id FROM sources)")
        assert orphans.fetchone() == (0,)
        return len(rows)
    finally:
        conn.close()


def _batch(inputs: Path, db: Path, jobs: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "fedextract", str(inputs), "--sqlite", str(db), "--jobs",
                             str(jobs), "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))


@pytest.mark.timeout(240)
def test_a_batch_killed_at_random_moments_leaves_whole_sources(tmp_path: Path) -> None:
    expected = _inputs(tmp_path / "in", 20)
    started = time.monotonic()
    assert _batch(tmp_path / "in", tmp_path / "timing.db", jobs=2).wait(120) == 0
    whole = time.monotonic() - started  # kills are spread over the time a whole run takes
    shared = tmp_path / "again.db"  # reloaded again and again: kills land inside replacements too
    rng = random.Random(20261129)
    seen: list[int] = []
    for run in range(24):
        db = shared if run % 2 else tmp_path / f"fresh{run}.db"
        proc = _batch(tmp_path / "in", db, jobs=1 + run % 3 % 2)
        time.sleep(rng.uniform(0.02, 1.1) * whole)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        if db.exists():
            held = _check(db, expected)
            if db != shared:
                seen.append(held)
    # the kills landed at different moments: before the first commit, during the load, after it
    print(f"sqlite crash: {len(seen)} fresh databases killed at random, sources held: {sorted(seen)}")
    assert len(set(seen)) > 3, seen
    proc = _batch(tmp_path / "in", shared, jobs=2)  # and a run to the end finishes the job
    assert proc.wait(120) == 0, proc.stderr.read() if proc.stderr else ""
    assert _check(shared, expected) == len(expected)


@pytest.mark.timeout(120)
def test_readers_query_while_a_batch_loads(tmp_path: Path) -> None:
    expected = _inputs(tmp_path / "in", 10)
    db = tmp_path / "load.db"
    from fedextract.sqlite import open_db

    open_db(db).close()
    proc = _batch(tmp_path / "in", db, jobs=2)
    counts: list[int] = []
    reader = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.5)
    try:
        while proc.poll() is None:
            counts.append(reader.execute("SELECT COUNT(*) FROM sources").fetchone()[0])
            time.sleep(0.01)
    finally:
        reader.close()
    assert proc.returncode == 0
    assert counts == sorted(counts), "a reader saw the count go back"
    assert len(set(counts)) > 2, "the reader saw the batch progress"
    assert _check(db, expected) == len(expected)
