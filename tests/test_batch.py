"""Batch mode: JSON Lines round trip, failures that do not stop the batch, input order with a
process pool, ``--unordered``, ``--glob``, ``-o``, the summary line and ``--sqlite``."""

from __future__ import annotations

import contextlib
import io
import json
import multiprocessing
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import fedextract
from fedextract import batch
from tests.conftest import ENCODING_FIXTURES, ROOT, SEED, Cli, run_module

SUMMARY = re.compile(r"^fedextract: (\d+) files?, (\d+) documents?, (\d+) honorees?, (\d+) warnings?, (\d+) failed, "
                     r"(?:\d+ identical to an earlier file, )?\d+\.\d\d s$")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A small tree: the seed, two traditional-character documents, a nested copy, a non-txt file."""
    root = tmp_path / "corpus"
    (root / "sub" / "deeper").mkdir(parents=True)
    shutil.copy(SEED, root / "a_seed.txt")
    shutil.copy(ENCODING_FIXTURES / "decision_traditional.txt", root / "b_decision.txt")
    (root / "c_big5.txt").write_bytes((ENCODING_FIXTURES / "plan_traditional.txt").read_text("utf-8").encode("big5"))
    shutil.copy(SEED, root / "sub" / "d_seed_copy.txt")
    (root / "sub" / "deeper" / "e_plan.txt").write_text("市妇联2012年工作要点\n一、做好维权工作。\n1、办好热线。\n", "utf-8")
    (root / "sub" / "notes.md").write_text("一、不是输入。\n", "utf-8")
    return root


def _lines(out: str) -> list[dict[str, object]]:
    assert out.endswith("\n") or out == ""
    return [json.loads(line) for line in out.splitlines()]


def _summary(err: str) -> tuple[int, ...]:
    match = SUMMARY.match(err.splitlines()[-1])
    assert match, err
    return tuple(int(g) for g in match.groups())


def test_discover_is_sorted_recursive_and_filtered(corpus: Path) -> None:
    found = [Path(t.path).relative_to(corpus).as_posix() for t in batch.discover([str(corpus)])]
    assert found == ["a_seed.txt", "b_decision.txt", "c_big5.txt", "sub/d_seed_copy.txt", "sub/deeper/e_plan.txt"]


def test_explicit_files_keep_argument_order(corpus: Path, cli: Cli) -> None:
    res = cli(corpus / "c_big5.txt", corpus / "a_seed.txt")
    assert res.code == 0
    assert [r["source"]["name"] for r in _lines(res.out)] == ["c_big5.txt", "a_seed.txt"]  # type: ignore[index]


def test_jsonl_round_trip(corpus: Path, cli: Cli) -> None:
    res = cli(corpus, "--jobs", "1")
    assert res.code == 0
    lines = res.out.splitlines()
    tasks = batch.discover([str(corpus)])
    assert len(lines) == len(tasks) == 5
    for line, task in zip(lines, tasks, strict=True):
        single = cli(task.path)
        assert single.code == 0
        assert line == single.out.rstrip("\n")
        assert json.loads(line) == fedextract.extract_file(task.path).model_dump(mode="json")
    assert _summary(res.err)[0] == 5 and len(res.err.splitlines()) == 1


def test_summary_counts_match_the_records(corpus: Path, cli: Cli) -> None:
    res = cli(corpus, "--jobs", "1")
    records = _lines(res.out)
    docs = [d for r in records for d in r["documents"]]  # type: ignore[attr-defined]
    honorees = sum(len(lst["honorees"]) for d in docs if d["type"] == "award_decision" for lst in d["award_lists"])
    warnings = sum(len(d["warnings"]) for d in docs)
    assert _summary(res.err) == (len(records), len(docs), honorees, warnings, 0)


def test_bad_file_in_the_middle(corpus: Path, cli: Cli) -> None:
    bad = corpus / "b_decision.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    res = cli(corpus, "--jobs", "2")
    assert res.code == 1
    assert "Traceback" not in res.err
    errors = [ln for ln in res.err.splitlines() if ln.startswith("fedextract: error:")]
    assert errors == [f"fedextract: error: {bad}: binary file (NUL bytes and no UTF-16/32 byte-order mark)"] or (
        len(errors) == 1 and errors[0].startswith(f"fedextract: error: {bad}: "))
    records = _lines(res.out)
    assert len(records) == 5
    assert records[1]["error"] and records[1]["source"] == {"name": "b_decision.txt", "path": str(bad)}
    assert records[1]["schema_version"] == "1"
    for i in (0, 2, 3, 4):
        assert "error" not in records[i] and "documents" in records[i]
    assert _summary(res.err)[4] == 1


def test_missing_and_empty_paths_fail_softly(corpus: Path, cli: Cli) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    res = cli(corpus / "a_seed.txt", corpus / "nope.txt", corpus / "empty.txt")
    assert res.code == 1
    records = _lines(res.out)
    assert [("error" in r) for r in records] == [False, True, True]
    assert "No such file" in str(records[1]["error"]) and "empty" in str(records[2]["error"])


def test_parser_exception_is_an_error_record(corpus: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    real = batch.extract_record

    def flaky(data: bytes, *, name: str | None = None, path: str | None = None) -> dict[str, Any]:
        if name == "b_decision.txt":
            raise ValueError("parser bug")
        return real(data, name=name)

    monkeypatch.setattr("fedextract.batch.extract_record", flaky)
    res = cli(corpus, "--jobs", "1")
    assert res.code == 1
    assert f"fedextract: error: {corpus / 'b_decision.txt'}: internal error: ValueError: parser bug" in res.err_lines
    assert _lines(res.out)[1]["error"] == "internal error: ValueError: parser bug"


def test_order_preserved_with_jobs(corpus: Path, cli: Cli) -> None:
    for n in range(12):
        shutil.copy(corpus / ("a_seed.txt" if n % 2 else "c_big5.txt"), corpus / f"f{n:02}.txt")
    serial = cli(corpus, "--jobs", "1")
    parallel = cli(corpus, "--jobs", "2")
    assert serial.code == parallel.code == 0
    assert parallel.out == serial.out


def test_unordered_gives_the_same_set(corpus: Path, cli: Cli) -> None:
    serial = cli(corpus, "--jobs", "1")
    unordered = cli(corpus, "--jobs", "3", "--unordered")
    assert unordered.code == 0
    assert sorted(unordered.out.splitlines()) == sorted(serial.out.splitlines())


def test_glob(corpus: Path, cli: Cli) -> None:
    res = cli(corpus, "--glob", "*.md")
    assert res.code == 0
    assert [r["source"]["name"] for r in _lines(res.out)] == ["notes.md"]  # type: ignore[index]
    nested = cli(corpus, "--glob", "sub/*.txt")
    assert [r["source"]["name"] for r in _lines(nested.out)] == ["d_seed_copy.txt", "e_plan.txt"]  # type: ignore[index]


def test_format_jsonl_for_one_file(cli: Cli) -> None:
    res = cli("--format", "jsonl", SEED)
    assert res.code == 0 and len(res.out.splitlines()) == 1
    assert json.loads(res.out) == json.loads(cli(SEED).out)
    assert _summary(res.err)[0] == 1


def test_output_file_in_batch_mode(corpus: Path, cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    res = cli(corpus, "-o", out, "--jobs", "2")
    assert res.code == 0 and res.out == ""
    assert out.read_text("utf-8") == cli(corpus, "--jobs", "1").out
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_worker_crash_fails_only_its_file(corpus: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    if "fork" not in multiprocessing.get_all_start_methods():  # batch uses fork where there is one
        pytest.skip("the crash is injected by monkeypatching, which only fork children inherit")
    real = batch.extract_record

    def crashing(data: bytes, *, name: str | None = None, path: str | None = None) -> dict[str, Any]:
        if name == "c_big5.txt":
            os._exit(3)
        return real(data, name=name)

    monkeypatch.setattr("fedextract.batch.extract_record", crashing)
    res = cli(corpus, "--jobs", "2")
    assert res.code == 1
    records = _lines(res.out)
    assert [("error" in r) for r in records] == [False, False, True, False, False]
    assert "worker process died" in str(records[2]["error"])


def test_batch_end_to_end_with_a_pool(corpus: Path, cli: Cli) -> None:
    res = run_module(corpus, "--jobs", "2")
    assert res.code == 0 and "Traceback" not in res.err
    assert res.out == cli(corpus, "--jobs", "1").out


def test_sqlite(corpus: Path, cli: Cli, tmp_path: Path) -> None:
    pytest.importorskip("fedextract.sqlite")
    db = tmp_path / "out.db"

    def counts() -> dict[str, int]:
        with sqlite3.connect(db) as conn:
            tables = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")]
            return {t: conn.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables}

    assert cli(corpus, "--sqlite", db, "--jobs", "2").code == 0
    first = counts()
    assert first and any(first.values())
    assert cli(corpus, "--sqlite", db, "--jobs", "1").code == 0
    assert counts() == first  # idempotent per path
    assert cli(corpus / "a_seed.txt", "--sqlite", db).code == 0
    assert counts() == first
    assert cli(SEED, "--sqlite", db).code == 0  # the same text from another path: a source of its own
    after = counts()
    assert after["sources"] == first["sources"] + 1
    assert after["documents"] == first["documents"] + len(fedextract.extract_file(SEED).documents)


def test_summary_counts_inputs_identical_to_an_earlier_one(corpus: Path, cli: Cli) -> None:
    res = cli(corpus, "--jobs", "2")  # the seed is there twice
    assert res.err.splitlines()[-1].endswith("s") and ", 1 identical to an earlier file," in res.err
    assert "identical" not in cli(corpus / "a_seed.txt", corpus / "b_decision.txt").err


def test_sqlite_unopenable(cli: Cli, tmp_path: Path) -> None:
    pytest.importorskip("fedextract.sqlite")
    cli(SEED, "--sqlite", tmp_path / "no" / "such" / "dir" / "x.db").assert_one_error()


class _FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal() -> None:
    from fedextract.cli import _Progress

    for stream, shown in ((_FakeTerminal(), True), (io.StringIO(), False)):
        with _Progress(2048, stream) as progress:
            progress.advance(1024, 1)
            progress.note("fedextract: error: x.txt: empty input")
            progress.advance(1024, 2)
        text = stream.getvalue()
        assert "fedextract: error: x.txt: empty input\n" in text
        assert ("/2.00k" in text) is shown


def test_progress_is_measured_in_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One big file and many small ones: the bar follows the bytes, so it is near its end once
    the big file is done, and its total is the inputs' size."""
    from fedextract import cli as cli_module

    (tmp_path / "a_big.txt").write_bytes("1、做好工作。\n".encode() * 20_000)
    for n in range(20):
        (tmp_path / f"b{n}.txt").write_bytes("1、做好工作。\n".encode())
    tasks = batch.discover([str(tmp_path)])
    total = batch.total_bytes(tasks)
    assert total == sum(p.stat().st_size for p in tmp_path.iterdir())
    seen: list[tuple[int, int]] = []

    class Spy(cli_module._Progress):
        def advance(self, nbytes: int, files: int) -> None:
            seen.append((nbytes, files))

    monkeypatch.setattr(cli_module, "_Progress", Spy)
    assert cli_module.main([str(tmp_path), "-o", str(tmp_path / "out.jsonl"), "--jobs", "1", "-q"]) == 0
    assert len(seen) == 21 and sum(n for n, _ in seen) == total
    assert seen[0][0] / total > 0.99 and seen[-1][1] == 21


def test_unreadable_directory_is_a_failed_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def walk(root: str, onerror: Callable[[OSError], None]) -> Iterator[tuple[str, list[str], list[str]]]:
        onerror(PermissionError(13, "Permission denied", os.path.join(root, "locked")))
        yield root, [], []

    monkeypatch.setattr("fedextract.batch.os.walk", walk)
    tasks = batch.discover([str(tmp_path)])
    assert tasks == [batch.Task(str(tmp_path / "locked"), "Permission denied")]


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_interrupted_batch_cleans_up(tmp_path: Path, sig: int, code: int) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for n in range(8):
        (inputs / f"{n}.txt").write_bytes("1、做好工作。\n".encode() * 50_000)
    out = tmp_path / "out.jsonl"

    def restore_sigint() -> None:  # a background shell may have started us with SIGINT ignored
        signal.signal(signal.SIGINT, signal.SIG_DFL)

    proc = subprocess.Popen([sys.executable, "-m", "fedextract", str(inputs), "--jobs", "2", "-o", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=restore_sigint,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".out.jsonl.*.tmp")) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    time.sleep(0.3)
    proc.send_signal(sig)
    assert proc.wait(timeout=60) == code
    assert proc.stderr is not None and "Traceback" not in proc.stderr.read().decode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


# --------------------------------------------------------------------------- chunks of files per worker task


def _many(directory: Path, count: int) -> list[Path]:
    """``count`` small inputs, alternating a plan and a decision (traditional characters)."""
    directory.mkdir(exist_ok=True)
    sources = [(ENCODING_FIXTURES / f).read_bytes() for f in ("plan_traditional.txt", "decision_traditional.txt")]
    paths = [directory / f"f{n:03}.txt" for n in range(count)]
    for n, path in enumerate(paths):
        path.write_bytes(sources[n % 2] + f"\n{n}、第{n}项工作。\n".encode())
    return paths


def test_chunks_group_small_files_and_keep_order() -> None:
    tasks = [batch.Task(f"f{n}.txt", size=1000) for n in range(1000)]
    groups = list(batch.chunks(tasks, 2))
    assert [t for g in groups for t in g] == tasks
    sizes = [len(g) for g in groups]
    assert sizes[:5] == [batch.CHUNK_FILES] * 5 and sizes[-3:] == [1, 1, 1]  # shrinking at the end
    assert sizes == sorted(sizes, reverse=True) and len(groups) < 60
    few = list(batch.chunks(tasks[:20], 2))  # small batches still give every worker several chunks
    assert len(few) >= 8


def test_chunks_by_size_and_failed_tasks_alone() -> None:
    big, small = batch.CHUNK_BYTES, 10
    tasks = [batch.Task("a", size=small), batch.Task("b", size=big), batch.Task("c", size=small),
             batch.Task("d", error="Permission denied"), batch.Task("e", size=small), batch.Task("f", size=small)]
    groups = [[t.path for t in g] for g in batch.chunks(tasks * 10, 1)]
    assert groups[:6] == [["a"], ["b"], ["c"], ["d"], ["e", "f", "a"], ["b"]]  # a big file goes alone
    assert [t.path for g in batch.chunks(tasks * 10, 1) for t in g] == [t.path for t in tasks * 10]


def test_chunked_pool_matches_serial_order(tmp_path: Path) -> None:
    paths = [str(p) for p in _many(tmp_path / "in", 150)]
    tasks = [batch.Task(p) for p in paths]  # sizes unknown: stat'ed while chunking
    serial = list(batch.run(tasks, jobs=1))
    assert max(len(g) for g in batch.chunks(tasks, 2)) > 1
    parallel = list(batch.run(tasks, jobs=2))
    assert parallel == serial
    assert [r.path for r in parallel] == paths and all(r.ok for r in parallel)
    unordered = list(batch.run(tasks, jobs=2, ordered=False))
    assert sorted(unordered, key=lambda r: r.path) == serial


def test_failing_file_inside_a_chunk(tmp_path: Path) -> None:
    paths = _many(tmp_path / "in", 100)
    paths[37].write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    tasks = batch.discover([str(tmp_path / "in")]) + [batch.Task(str(tmp_path / "missing.txt"))]
    assert any(len(g) > 1 and any(t.path == str(paths[37]) for t in g) for g in batch.chunks(tasks, 2))
    results = list(batch.run(tasks, jobs=2))
    assert [r.path for r in results] == [t.path for t in tasks]
    assert [n for n, r in enumerate(results) if not r.ok] == [37, 100]
    assert "binary file" in str(results[37].error) and not results[37].internal
    assert "No such file" in str(results[100].error)


def _crash_on(doomed: set[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers die (``os._exit``) on the files named in ``doomed``."""
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("the crash is injected by monkeypatching, which only fork children inherit")
    real = batch.extract_record

    def crashing(data: bytes, *, name: str | None = None, path: str | None = None) -> dict[str, Any]:
        if name in doomed:
            os._exit(3)
        return real(data, name=name)

    monkeypatch.setattr("fedextract.batch.extract_record", crashing)


@pytest.mark.parametrize("ordered", [True, False])
def test_worker_crash_inside_a_chunk_fails_only_that_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           ordered: bool) -> None:
    paths = _many(tmp_path / "in", 200)
    _crash_on({paths[70].name}, monkeypatch)
    tasks = batch.discover([str(tmp_path / "in")])
    assert any(len(g) > 1 and g[0].path != str(paths[70]) and any(t.path == str(paths[70]) for t in g)
               for g in batch.chunks(tasks, 2))
    results = list(batch.run(tasks, jobs=2, ordered=ordered))
    assert sorted(r.path for r in results) == sorted(t.path for t in tasks)
    failed = [r for r in results if not r.ok]
    assert [r.path for r in failed] == [str(paths[70])]
    assert failed[0].internal and "worker process died" in str(failed[0].error)
    if ordered:
        assert [r.path for r in results] == [t.path for t in tasks]


def test_two_crashes_in_lost_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The single-worker pool that re-runs lost files is restarted after each crash."""
    paths = _many(tmp_path / "in", 120)
    doomed = {paths[10].name, paths[11].name, paths[90].name}
    _crash_on(doomed, monkeypatch)
    results = list(batch.run(batch.discover([str(tmp_path / "in")]), jobs=2))
    assert [r.path for r in results] == [str(p) for p in paths]
    assert {Path(r.path).name for r in results if not r.ok} == doomed


def test_every_record_names_its_own_path(tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two folders holding files of the same name: each JSON line says which one it is."""
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_bytes(SEED.read_bytes())
    monkeypatch.chdir(tmp_path)
    res = cli("x", "y", "--jobs", "1")
    sources = [json.loads(line)["source"] for line in res.out.splitlines()]
    assert [(s["name"], s["path"]) for s in sources] == [("a.txt", "x/a.txt"), ("a.txt", "y/a.txt")]


def test_stdin_is_named_by_stdin_name(cli: Cli) -> None:
    res = cli("-", "--stdin-name", "inbox/mail.txt", stdin=SEED.read_bytes())
    source = json.loads(res.out)["source"]
    assert (source["name"], source["path"]) == ("mail.txt", "inbox/mail.txt")


def test_extract_file_records_the_path() -> None:
    import fedextract

    assert fedextract.extract_file(SEED).source.path == str(SEED)
    assert fedextract.extract("第一篇:某某工作意见\n一、总体要求").source.path is None


def test_summary_counts_in_singular_and_plural(tmp_path: Path, cli: Cli) -> None:
    (tmp_path / "one.txt").write_text("第一篇:某某工作意见\n一、总体要求\n", "utf-8")
    res = cli(tmp_path, "--jobs", "1")
    assert re.match(r"^fedextract: 1 file, 1 document, 0 honorees, \d+ warnings?, 0 failed, ", res.err_lines[-1])


def test_glob_is_repeatable_case_insensitive_and_takes_double_star(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "B.TXT", "sub/c.txt", "d.md"):
        (tmp_path / name).write_text("x", "utf-8")
    found = lambda pattern: [Path(t.path).relative_to(tmp_path).as_posix() for t in batch.discover([str(tmp_path)], pattern)]  # noqa: E731
    assert found("*.txt") == ["B.TXT", "a.txt", "sub/c.txt"]
    assert found("**/*.txt") == ["B.TXT", "a.txt", "sub/c.txt"]  # a flat folder too
    assert found(["*.txt", "*.md"]) == ["B.TXT", "a.txt", "d.md", "sub/c.txt"]
    assert found("sub/*.txt") == ["sub/c.txt"]


def test_repeated_glob_option(tmp_path: Path, cli: Cli) -> None:
    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "b.text").write_bytes(SEED.read_bytes())
    res = cli(tmp_path, "--glob", "*.txt", "--glob", "*.TEXT", "--jobs", "1")
    assert [json.loads(line)["source"]["name"] for line in res.out.splitlines()] == ["a.txt", "b.text"]


def test_quiet_warnings_and_sqlite_without_json(tmp_path: Path, cli: Cli) -> None:
    (tmp_path / "a.txt").write_text("第一篇:某某20xx年工作意见\n一、总体要求\n", "utf-8")
    res = cli(tmp_path, "--quiet", "--warnings", "--jobs", "1")
    assert res.err_lines == [f"{tmp_path / 'a.txt'}:1: masked_year: year is masked: 20xx年"]  # no summary
    db = tmp_path / "x.db"
    res = cli(tmp_path, "--sqlite", db, "--jobs", "1")
    assert res.code == 0 and res.out == "" and sqlite3.connect(db).execute("SELECT COUNT(*) FROM sources").fetchone() == (1,)
    assert len(cli(tmp_path, "--sqlite", db, "--format", "jsonl", "--jobs", "1").out.splitlines()) == 1


def test_jobs_are_capped_by_the_files_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli: Cli) -> None:
    started: list[int] = []
    real = batch.started_pool

    def spy(jobs: int):  # type: ignore[no-untyped-def]
        started.append(jobs)
        return real(jobs)

    monkeypatch.setattr(batch, "started_pool", spy)
    files = [tmp_path / f"{i}.txt" for i in range(3)]
    for f in files:
        f.write_bytes(SEED.read_bytes())
    assert cli(*files, "--jobs", "64").code == 0
    assert started == [3]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_read_input_is_sized_to_the_file_and_bounded_on_pipes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    small = tmp_path / "small.txt"
    small.write_bytes(b"abc" * 10)
    assert batch.read_input(str(small)) == b"abc" * 10
    monkeypatch.setattr(batch, "MAX_BYTES", 3 << 20)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)

    def write(n: int) -> None:
        with contextlib.suppress(BrokenPipeError), fifo.open("wb") as fh:
            fh.write(b"x" * n)

    for n, fits in ((2 << 20, True), (5 << 20, False)):  # a pipe is read in pieces, up to the limit
        writer = threading.Thread(target=write, args=(n,))
        writer.start()
        if fits:
            assert len(batch.read_input(str(fifo))) == n
        else:
            with pytest.raises(batch.InputError, match="too large"):
                batch.read_input(str(fifo))
        writer.join(30)


def test_control_characters_are_counted_on_the_bytes() -> None:
    from fedextract.normalize import InputError, decode

    text = "妇联工作。\n" * 100
    assert decode(text.encode("utf-8"))[1] == "utf-8"
    assert decode(text.encode("gb18030"))[1] == "gb18030"  # GB18030 trail bytes are never < 0x40
    binary = ("妇联" + "\x01\x02\x03" * 3) * 200
    for encoding in ("utf-8", "gb18030"):
        with pytest.raises(InputError, match="control characters"):
            decode(binary.encode(encoding))
