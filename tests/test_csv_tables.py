"""``--csv DIR``: one CSV per SQLite table, UTF-8 with BOM, read back equal to the database."""

from __future__ import annotations

import csv
import shutil
import sqlite3
from pathlib import Path

import pytest

from fedextract import sqlite as sqlite_module
from fedextract.csv_tables import export, tables
from fedextract.sqlite import open_db
from tests.conftest import ROOT, SEED, Cli

FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    directory = tmp_path / "in"
    directory.mkdir()
    shutil.copy(SEED, directory / "seed.txt")
    for name in ("decision_households.txt", "decision_categories.txt", "news_inline_list.txt"):
        shutil.copy(FIXTURES / name, directory / name)
    # text that needs CSV quoting: commas, quotes, a bare line of its own that stays unparsed
    (directory / "quoting.txt").write_text('关于表彰"巾帼标兵",先进集体的决定\n授予张三同志"巾帼标兵"称号。\n'
                                           '1 2 3 下一页 ,"尾页"\n', "utf-8")
    return directory


def _read(path: Path) -> tuple[list[str], list[list[str]]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def test_csv_files_read_back_equal_to_the_sqlite_tables(inputs: Path, tmp_path: Path, cli: Cli) -> None:
    out = tmp_path / "csv"
    db = tmp_path / "same.db"
    res = cli(inputs, "--csv", out, "--sqlite", db, "--jobs", "1")
    assert res.code == 0 and res.out == ""  # stdout stays empty, as with --sqlite
    conn = sqlite3.connect(db)
    names = tables(conn)
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.csv" for t in names)
    for table in names:
        header, rows = _read(out / f"{table}.csv")
        cur = conn.execute(f'SELECT * FROM "{table}" ORDER BY id')
        assert header == [d[0] for d in cur.description]
        assert rows == [[_cell(v) for v in row] for row in cur], table
    honorees = _read(out / "honorees.csv")
    assert len(honorees[1]) > 5 and any("\u4e00" <= ch <= "\u9fff" for row in honorees[1] for ch in row[4])
    titles = [row[6] for row in _read(out / "documents.csv")[1]]
    assert '关于表彰"巾帼标兵",先进集体的决定' in titles


def test_one_record_is_stamped_alike_in_the_database_and_the_csv(
        inputs: Path, tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    ticks = iter(range(10_000))  # a clock that moves on every call, as a slow load's does
    monkeypatch.setattr(sqlite_module, "now", lambda: f"2026-01-01T00:00:{next(ticks) % 60:02d}+00:00")
    out, db = tmp_path / "csv", tmp_path / "same.db"
    assert cli(inputs, "--csv", out, "--sqlite", db, "--jobs", "1", "-q").code == 0
    stamps = [row[-1] for row in _read(out / "sources.csv")[1]]
    with sqlite3.connect(db) as conn:
        assert stamps == [r[0] for r in conn.execute("SELECT loaded_at FROM sources ORDER BY id")]
    assert len(set(stamps)) == len(stamps) == 5  # one tick per record, not one per output


def test_csv_holds_this_run_only_and_replaces_the_files(inputs: Path, tmp_path: Path, cli: Cli) -> None:
    out = tmp_path / "csv"
    assert cli(inputs, "--csv", out, "-q").code == 0
    assert cli(SEED, "--csv", out).code == 0  # a single file, into the same directory
    assert len(_read(out / "sources.csv")[1]) == 1
    assert not [p for p in out.iterdir() if not p.name.endswith(".csv")], "no temporary files left"


def test_csv_with_json_asked_for_and_a_bad_directory(inputs: Path, tmp_path: Path, cli: Cli) -> None:
    out = tmp_path / "csv"
    res = cli(inputs, "--csv", out, "--format", "jsonl")
    assert res.code == 0 and len(res.out.splitlines()) == 5
    (tmp_path / "file").write_text("x")
    cli(SEED, "--csv", tmp_path / "file").assert_one_error()


def test_export_from_an_empty_database(tmp_path: Path) -> None:
    conn = open_db(":memory:")
    written = export(conn, str(tmp_path / "empty"))
    assert len(written) == len(tables(conn)) > 5
    header, rows = _read(Path(written[0]))
    assert header[0] == "id" and rows == []
