"""The command line in single-file mode: output, options and the error contract (exit 2, one
``fedextract: error:`` line, nothing on stdout, never a traceback).  Assertions are on structure
and exit codes, so they hold for any correct parser."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fedextract
from fedextract import schema
from tests.conftest import ROOT, SEED, Cli, Result, run_module

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 512


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _record(out: str) -> dict[str, object]:
    assert out.endswith("\n") and out.count("\n") == 1
    record = json.loads(out)
    assert isinstance(record, dict)
    assert record["schema_version"] == "1"
    assert {"source", "documents", "unparsed"} <= record.keys()
    return record


# --------------------------------------------------------------------------- success


def test_seed_to_stdout(cli: Cli) -> None:
    res = cli(SEED)
    assert res.code == 0 and res.err == ""
    record = _record(res.out)
    assert record["source"]["name"] == SEED.name  # type: ignore[index]
    assert res.out.encode("utf-8") == fedextract.extract_file(SEED).to_json() + b"\n"


def test_output_is_stable_between_runs(cli: Cli) -> None:
    assert cli(SEED).out == cli(SEED).out


def test_pretty(cli: Cli) -> None:
    plain, pretty = cli(SEED), cli(SEED, "--pretty")
    assert pretty.code == 0 and pretty.out.count("\n") > 10 and '\n  "source": {' in pretty.out
    assert json.loads(pretty.out) == json.loads(plain.out)


def test_stdin(cli: Cli) -> None:
    res = cli("-", stdin=SEED.read_bytes())
    assert res.code == 0 and res.err == ""
    record, from_file = _record(res.out), _record(cli(SEED).out)
    assert record["source"]["name"] == "-" and record["source"]["path"] == "-"  # type: ignore[index]  # --stdin-name
    assert record["documents"] == from_file["documents"] and record["unparsed"] == from_file["unparsed"]


def test_schema_option(cli: Cli) -> None:
    res = cli("--schema")
    assert res.code == 0 and res.err == ""
    assert json.loads(res.out) == schema.json_schema()


def test_version(cli: Cli) -> None:
    res = cli("--version")
    assert res.code == 0 and fedextract.__version__ in res.out


def test_help_exits_zero(cli: Cli) -> None:
    res = cli("--help")
    assert res.code == 0 and "--jobs" in res.out


# --------------------------------------------------------------------------- -o OUT


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_output_file_is_written_atomically(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "out" / "seed.json"
    out.parent.mkdir()
    out.write_text("old contents")
    res = cli(SEED, "-o", out)
    assert res.code == 0 and res.out == "" and res.err == ""
    assert out.read_text(encoding="utf-8") == cli(SEED).out
    assert sorted(p.name for p in out.parent.iterdir()) == ["seed.json"]


def test_output_file_untouched_on_bad_input(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("keep me")
    cli(_write(tmp_path / "bad.txt", PNG), "-o", out).assert_one_error()
    assert out.read_text() == "keep me" and _leftovers(tmp_path) == []


def test_output_temp_removed_when_parser_fails(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(data: bytes, *, name: str | None = None, path: str | None = None) -> dict[str, Any]:
        raise RuntimeError("boom")

    monkeypatch.setattr("fedextract.batch.extract_record", boom)
    cli(SEED, "-o", tmp_path / "out.json").assert_one_error()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_output_to_a_fifo_is_written_in_place(cli: Cli, tmp_path: Path) -> None:
    """``-o`` on a special file (a FIFO here; ``/dev/null`` in the benchmarks) writes into it:
    the temp-file-and-rename dance once replaced ``/dev/null`` with a regular file."""
    import stat  # noqa: PLC0415
    import threading  # noqa: PLC0415

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    res = cli(SEED, "-o", fifo)
    reader.join(timeout=20)
    assert res.code == 0 and res.err == ""
    assert received == [fedextract.extract_file(SEED).to_json() + b"\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


@pytest.mark.parametrize("target", ["missing-dir/out.json", "."])
def test_output_unwritable(cli: Cli, tmp_path: Path, target: str) -> None:
    line = cli(SEED, "-o", tmp_path / target).assert_one_error()
    assert "cannot write" in line


# --------------------------------------------------------------------------- bad input


BAD_INPUTS = {
    "empty": b"",
    "blank": b" \n\t\r\n\n",
    "png": PNG,
    "nul_text": "妇联工作".encode() + b"\x00" * 100,
    "control_chars": bytes(range(1, 9)) * 200,
}


@pytest.mark.parametrize("kind", sorted(BAD_INPUTS))
def test_bad_input_file(cli: Cli, tmp_path: Path, kind: str) -> None:
    path = _write(tmp_path / f"{kind}.txt", BAD_INPUTS[kind])
    line = cli(path).assert_one_error()
    assert str(path) in line


def test_missing_file(cli: Cli, tmp_path: Path) -> None:
    line = cli(tmp_path / "nope.txt").assert_one_error()
    assert "nope.txt" in line and "No such file" in line


def test_directory_in_single_mode(cli: Cli, tmp_path: Path) -> None:
    line = cli("--format", "json", tmp_path).assert_one_error()
    assert "directory" in line


def test_directory_without_input_files(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("不是txt")
    line = cli(tmp_path).assert_one_error()
    assert "no input files" in line


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(cli: Cli, tmp_path: Path) -> None:
    path = _write(tmp_path / "locked.txt", SEED.read_bytes())
    path.chmod(0)
    assert "Permission denied" in cli(path).assert_one_error()


def test_file_over_the_size_limit(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("fedextract.batch.MAX_BYTES", 1000)
    path = _write(tmp_path / "big.txt", "妇联工作。\n".encode() * 200)
    assert "too large" in cli(path).assert_one_error()


def test_stdin_over_the_size_limit(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("fedextract.batch.MAX_BYTES", 1000)
    assert "too large" in cli("-", stdin="妇联工作。\n".encode() * 200).assert_one_error()


def test_empty_stdin(cli: Cli) -> None:
    assert "<stdin>" in cli("-", stdin=b"").assert_one_error()


def _complete_or_one_error(res: Result) -> None:
    assert "Traceback" not in res.err
    if res.code == 0:
        _record(res.out)
        assert res.err == ""
    else:
        res.assert_one_error()


@pytest.mark.parametrize("data", [b"\xff\xfe\xfa" * 1000, b"\xfa\xff\xfe" * 1000, b"\x80\x81" * 5000,
                                  b"\xfe\xff\xd8\x00" * 10, b"\xef\xbb\xbf\xff\xff"])
def test_undecodable_bytes(cli: Cli, tmp_path: Path, data: bytes) -> None:
    _complete_or_one_error(cli(_write(tmp_path / "odd.txt", data)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300) | st.text(max_size=200).map(lambda s: s.encode("utf-8", "surrogatepass")))
def test_any_bytes_give_json_or_one_error_line(cli: Cli, tmp_path: Path, data: bytes) -> None:
    _complete_or_one_error(cli(_write(tmp_path / "any.txt", data)))


def test_internal_error_is_one_line(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(data: bytes, *, name: str | None = None, path: str | None = None) -> dict[str, Any]:
        raise RuntimeError("parser bug\non two lines")

    monkeypatch.setattr("fedextract.batch.extract_record", boom)
    line = cli(SEED).assert_one_error()
    assert line == f"fedextract: error: internal error while parsing {SEED}: RuntimeError: parser bug on two lines"


def test_keyboard_interrupt(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(data: bytes, *, name: str | None = None, path: str | None = None) -> dict[str, Any]:
        raise KeyboardInterrupt

    monkeypatch.setattr("fedextract.batch.extract_record", interrupted)
    res = cli(SEED)
    assert res.code == 130 and res.out == "" and "Traceback" not in res.err


@pytest.mark.parametrize("args", [["--bogus"], [], ["--jobs", "0", "x.txt"], ["--pretty", "a.txt", "b.txt"],
                                  ["-", "a.txt"], ["--format", "json", "a.txt", "b.txt"], ["--format", "xml", "a"]])
def test_usage_errors(cli: Cli, args: list[str]) -> None:
    cli(*args).assert_one_error()


# --------------------------------------------------------------------------- huge inputs (timed by benchmarks/)


def test_five_megabyte_single_line(cli: Cli, tmp_path: Path) -> None:
    line = "各级妇联组织要围绕中心服务大局，切实做好妇女儿童工作，"
    path = _write(tmp_path / "long.txt", (line * (5_000_000 // len(line.encode()) + 1)).encode())
    assert path.stat().st_size > 5_000_000
    res = cli(path)
    assert res.code == 0 and res.err == ""
    assert _record(res.out)["source"]["lines"] == 1  # type: ignore[index]


def test_fifty_thousand_marker_lines(cli: Cli, tmp_path: Path) -> None:
    path = _write(tmp_path / "markers.txt", "1、做好工作。\n".encode() * 50_000)
    res = cli(path)
    assert res.code == 0 and res.err == ""
    assert _record(res.out)["source"]["lines"] == 50_000  # type: ignore[index]


# --------------------------------------------------------------------------- end to end (subprocess)


def test_module_seed_end_to_end(cli: Cli) -> None:
    res = run_module(SEED)
    assert res.code == 0 and res.err == ""
    assert res.out == cli(SEED).out


def test_module_stdin_end_to_end() -> None:
    res = run_module("-", stdin=SEED.read_bytes())
    assert res.code == 0 and _record(res.out)["source"]["name"] == "-"  # type: ignore[index]


@pytest.mark.parametrize("kind", ["missing", "png", "empty"])
def test_module_bad_input_end_to_end(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.txt"
    if kind != "missing":
        path.write_bytes(BAD_INPUTS.get(kind, PNG))
    run_module(path).assert_one_error()


def test_module_schema_end_to_end() -> None:
    res = run_module("--schema")
    assert res.code == 0 and res.out == schema.dumps()


def test_module_broken_pipe_is_quiet(tmp_path: Path) -> None:
    for n in range(30):
        (tmp_path / f"{n:02}.txt").write_bytes(SEED.read_bytes())
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "fedextract", "--jobs", "1", str(tmp_path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert "Traceback" not in err and "Error" not in err


def test_single_file_path_does_not_build_the_models() -> None:
    # the CLI validates with the record schema; building the pydantic model classes costs tens
    # of milliseconds of every start
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "fedextract", str(SEED)], capture_output=True,
                          cwd=ROOT, check=False, timeout=120)
    imported = [line.rsplit("|", 1)[-1].strip() for line in proc.stderr.decode().splitlines()]
    assert proc.returncode == 0 and proc.stdout.startswith(b"{")
    assert "fedextract.pipeline" in imported and "fedextract.models" not in imported


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_is_one_plain_error_line() -> None:
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "fedextract", str(SEED)], stdout=full, stderr=subprocess.PIPE,
                              timeout=60, check=False)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and err == "fedextract: error: cannot write output: No space left on device\n"
