"""The SQLite loader: schema file, counts, reloads, cascades, transactions and the README queries."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

import fedextract
from fedextract import (
    ActionItem,
    Attachment,
    Award,
    AwardDecision,
    AwardList,
    DocNumber,
    DocWarning,
    Extraction,
    Honoree,
    Other,
    Plan,
    Section,
    Source,
    UnparsedLine,
)
from fedextract import sqlite as fsql

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"

# The README queries.  (a) honorees of a year with their units; (b) action items whose title
# mentions 家庭; (c) documents with warnings.
HONOREES_OF_YEAR = """
SELECT h.name, h.kind, h.affiliation, l.award, d.title AS decision, s.name AS source
FROM honorees h
JOIN award_lists l ON l.id = h.award_list_id
JOIN documents d ON d.id = h.document_id
JOIN sources s ON s.id = d.source_id
WHERE COALESCE(d.year, CAST(substr(d.date, 1, 4) AS INTEGER)) = :year
ORDER BY s.name, d.position, l.position, h.position
"""

ITEMS_ABOUT_FAMILIES = """
SELECT i.marker || i.title AS item, sec.marker || sec.title AS section, d.title AS document, i.line,
       s.name AS source
FROM items i
JOIN documents d ON d.id = i.document_id
JOIN sources s ON s.id = d.source_id
LEFT JOIN sections sec ON sec.id = i.section_id
WHERE i.title LIKE '%家庭%'
ORDER BY s.name, d.position, i.line
"""

DOCUMENTS_WITH_WARNINGS = """
SELECT s.name AS source, d.position, d.title, COUNT(*) AS warnings,
       group_concat(DISTINCT w.code) AS codes
FROM documents d
JOIN sources s ON s.id = d.source_id
JOIN warnings w ON w.document_id = d.id
GROUP BY d.id
ORDER BY s.name, d.position
"""

TABLES = (
    "sources documents sections items awards attachments award_lists honorees labels warnings unparsed"
).split()


def _item(number: int, title: str, line: int, text: str = "") -> ActionItem:
    return ActionItem(marker=f"{number}、", number=number, title=title, text=text, line=line, line_end=line)


def _honoree(name: str, line: int, affiliation: str | None = None, **kw: object) -> Honoree:
    return Honoree.model_validate({"name": name, "affiliation": affiliation, "line": line, **kw})


def hand_built(sha: str = "a" * 64) -> Extraction:
    """A compilation: a plan with three section levels and items everywhere, a decision, an other."""
    plan = Plan(
        index=1,
        heading="市妇联",
        title="市妇联2006年工作意见",
        issuers=["市妇联"],
        year=2006,
        line_start=1,
        line_end=20,
        preamble=["前言。"],
        closing=["让我们携手奋进。"],
        items=[_item(1, "总体要求", 2)],
        warnings=[DocWarning(code="masked_year", line=3, message="year masked: ~年")],
        sections=[
            Section(
                marker="一、",
                number=1,
                level=1,
                title="维护权益",
                paragraphs=["段落。"],
                line=4,
                line_end=12,
                items=[_item(1, "推进平安家庭创建", 5, "继续开展。"), _item(2, "开展法律援助", 6)],
                sections=[
                    Section(
                        marker="（一）",
                        number=1,
                        level=2,
                        title="源头参与",
                        line=7,
                        line_end=10,
                        items=[_item(1, "评选五好家庭", 8)],
                        sections=[
                            Section(
                                marker="(1)",
                                number=1,
                                level=3,
                                title="第三层",
                                line=9,
                                line_end=10,
                                items=[_item(1, "家庭教育讲座", 10)],
                            )
                        ],
                    ),
                    Section(marker="（二）", number=2, level=2, title="政策维权", line=11, line_end=12),
                ],
            ),
            Section(marker="二、", number=2, level=1, title="服务发展", line=13, line_end=20),
        ],
    )
    decision = AwardDecision(
        index=2,
        title="关于表彰十大优秀书香家庭的决定",
        issuers=["深圳读书月组委会"],
        doc_number=DocNumber(raw="深妇字[2008]34号", agency="深妇字", year=2008, serial=34),
        date="2008-12-16",
        year=None,
        addressees=["各区妇联"],
        line_start=21,
        line_end=40,
        body=["为表彰先进……"],
        awards=[Award(title="十大优秀书香家庭", count=2, unit="户", named=["陈德平", "杨海燕"], line=23)],
        attachments=[Attachment(number=1, title="十大优秀书香家庭名单", line=25)],
        warnings=[
            DocWarning(code="count_mismatch", line=23, message="10 announced, 2 listed"),
            DocWarning(code="truncated", line=40, message="pager removed"),
        ],
        award_lists=[
            AwardList(
                title="“十大优秀书香家庭”名单",
                award="十大优秀书香家庭",
                attachment=1,
                ordered=False,
                line=27,
                line_end=30,
                honorees=[
                    _honoree("陈德平", 28, "罗湖区贝丽花园居民", household=1),
                    _honoree("李莉", 29, None, household=1),
                    _honoree("杨海燕", 30, "福田区居民", household=2),
                ],
            ),
            AwardList(
                title="先进集体名单",
                award="先进集体",
                line=31,
                line_end=32,
                honorees=[_honoree("泌阳县妇联", 32, None, kind="organization")],
            ),
        ],
    )
    other = Other(index=3, title="新闻", year=2007, line_start=41, line_end=42, paragraphs=["一则消息。"])
    return Extraction(
        source=Source(name="hand.txt", sha256=sha, encoding="utf-8", lines=43),
        documents=[plan, decision, other],
        unparsed=[UnparsedLine(line=43, text="1 2 下一页")],
    )


def expected_counts(record: Extraction) -> dict[str, int]:
    """Row counts per table that loading ``record`` must produce, walking the models."""
    counts = dict.fromkeys(TABLES, 0)
    counts["sources"] = 1
    counts["unparsed"] = len(record.unparsed)

    def walk(sections: list[Section]) -> None:
        for s in sections:
            counts["sections"] += 1
            counts["items"] += len(s.items)
            walk(s.sections)

    for doc in record.documents:
        counts["documents"] += 1
        counts["warnings"] += len(doc.warnings)
        counts["labels"] += len(doc.labels)
        if isinstance(doc, Plan):
            counts["items"] += len(doc.items)
            walk(doc.sections)
        elif isinstance(doc, AwardDecision):
            counts["awards"] += len(doc.awards)
            counts["attachments"] += len(doc.attachments)
            counts["award_lists"] += len(doc.award_lists)
            counts["honorees"] += sum(len(lst.honorees) for lst in doc.award_lists)
    return counts


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


@pytest.fixture
def conn() -> Iterator[sqlite3.Connection]:
    c = fsql.open_db(":memory:")
    yield c
    c.close()


def test_committed_schema_file_is_the_ddl() -> None:
    assert (ROOT / "schemas" / "fedextract.sql").read_text(encoding="utf-8") == fsql.DDL


def test_ddl_command_prints_the_ddl(capsys: pytest.CaptureFixture[str]) -> None:
    assert fsql.main(["--ddl"]) == 0
    assert capsys.readouterr().out == fsql.DDL


def test_open_db_enables_foreign_keys_and_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    for _ in range(2):
        c = fsql.open_db(db)
        assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert set(TABLES) <= {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        c.close()


def test_hand_built_counts_and_integrity(conn: sqlite3.Connection) -> None:
    record = hand_built()
    source_id = fsql.load(conn, record, path="/data/hand.txt")
    counts = table_counts(conn)
    assert counts == expected_counts(record)
    assert counts["sections"] == 5 and counts["items"] == 5 and counts["honorees"] == 4
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("SELECT name, path FROM sources WHERE id = ?", (source_id,)).fetchone() == (
        "hand.txt",
        "/data/hand.txt",
    )
    # nesting: each section's parent is one level up, in the same document
    rows = conn.execute(
        "SELECT c.level, p.level, c.document_id = p.document_id FROM sections c JOIN sections p ON p.id = c.parent_id"
    ).fetchall()
    assert sorted(rows) == [(2, 1, 1), (2, 1, 1), (3, 2, 1)]
    top = conn.execute("SELECT title FROM sections WHERE parent_id IS NULL ORDER BY position").fetchall()
    assert top == [("维护权益",), ("服务发展",)]
    assert conn.execute("SELECT title FROM items WHERE section_id IS NULL").fetchall() == [("总体要求",)]
    doc = conn.execute(
        "SELECT type, idx, issuers, doc_agency, doc_year, doc_serial, doc_raw, date, addressees "
        "FROM documents WHERE position = 2"
    ).fetchone()
    assert doc == (
        "award_decision",
        2,
        '["深圳读书月组委会"]',
        "深妇字",
        2008,
        34,
        "深妇字[2008]34号",
        "2008-12-16",
        '["各区妇联"]',
    )
    named = conn.execute("SELECT value FROM awards, json_each(awards.named)").fetchall()
    assert named == [("陈德平",), ("杨海燕",)]
    plan = conn.execute("SELECT paragraphs, closing FROM documents WHERE type = 'plan'").fetchone()
    assert [json.loads(v) for v in plan] == [["前言。"], ["让我们携手奋进。"]]


def test_sources_are_keyed_by_path(conn: sqlite3.Connection) -> None:
    record = hand_built()
    first = fsql.load(conn, record, path="x/a.txt")
    fsql.load(conn, record, path="y/a.txt")  # the same text under another path: its own source
    second = fsql.load(conn, hand_built(sha="b" * 64), path="x/a.txt")  # x/a.txt again: replaced
    assert second != first
    assert table_counts(conn) == {t: 2 * n for t, n in expected_counts(record).items()}
    assert conn.execute("SELECT path, sha256 FROM sources ORDER BY path").fetchall() == [
        ("x/a.txt", "b" * 64), ("y/a.txt", "a" * 64)]
    assert conn.execute("SELECT COUNT(*) FROM documents WHERE source_id = ?", (first,)).fetchone()[0] == 0
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_documented_duplicates_query(conn: sqlite3.Connection) -> None:
    for path, sha in [("a.txt", "a"), ("b.txt", "b"), ("copy/a.txt", "a"), ("again/a.txt", "a")]:
        fsql.load(conn, hand_built(sha=sha * 64), path=path)
    query = fsql.__doc__.split("one query away::")[1].split(";")[0]  # as the docs print it
    assert conn.execute(query).fetchall() == [("a" * 64, 3, "a.txt | copy/a.txt | again/a.txt")]
    readme = (ROOT / "README.md").read_text("utf-8")
    assert " ".join(query.split()) in " ".join(readme.split()), "the README shows the same query"


def test_path_defaults_to_the_records_path_then_its_name(conn: sqlite3.Connection) -> None:
    record = hand_built()
    fsql.load(conn, record)
    fsql.load(conn, record.model_copy(update={"source": record.source.model_copy(update={"path": "in/h.txt"})}))
    fsql.load(conn, record)  # by name again: replaced
    assert sorted(r[0] for r in conn.execute("SELECT path FROM sources")) == ["hand.txt", "in/h.txt"]


def test_an_old_database_keyed_by_sha256_is_rebuilt_keyed_by_path(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    old = sqlite3.connect(db)
    old_ddl = fsql.DDL.replace("path           TEXT NOT NULL UNIQUE", "path           TEXT").replace(
        "sha256         TEXT NOT NULL,", "sha256         TEXT NOT NULL UNIQUE,").replace(
        "CREATE INDEX IF NOT EXISTS sources_sha256 ON sources(sha256);", "")
    old.executescript(old_ddl)  # an old fedextract loads three texts, two from one path over time
    old.execute("PRAGMA foreign_keys = ON")
    rows = [("a.txt", "a"), (None, "b"), ("a.txt", "c")]
    for path, sha in rows:
        old.execute("INSERT INTO sources (name, path, sha256, encoding, lines, schema_version, loaded_at) "
                    "VALUES ('n', ?, ?, 'utf-8', 1, '1.1', 'now')", (path, sha * 64))
        sid = old.execute("SELECT MAX(id) FROM sources").fetchone()[0]
        old.execute("INSERT INTO unparsed (source_id, line, text) VALUES (?, 1, 'x')", (sid,))
    old.commit()
    old.close()
    conn = fsql.open_db(db)
    assert conn.execute("SELECT path FROM sources ORDER BY id").fetchall() == [
        ("a.txt#sha256:" + "a" * 64,), ("sha256:" + "b" * 64,), ("a.txt",)]
    assert conn.execute("SELECT COUNT(*) FROM unparsed").fetchone() == (3,)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    fsql.load(conn, hand_built(sha="a" * 64), path="b.txt")  # the same text again: allowed now
    fsql.load(conn, hand_built(sha="d" * 64), path="a.txt")  # a path again: replaced
    assert conn.execute("SELECT COUNT(*) FROM sources").fetchone() == (4,)
    assert conn.execute("SELECT COUNT(*) FROM unparsed").fetchone() == (2 + 2,)
    schema = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'documents'").fetchone()[0]
    assert "REFERENCES sources(id)" in schema


def test_deleting_a_source_cascades(conn: sqlite3.Connection) -> None:
    source_id = fsql.load(conn, hand_built())
    conn.execute("DELETE FROM sources WHERE id = ?", (source_id,))
    assert set(table_counts(conn).values()) == {0}


def test_a_failed_load_leaves_nothing_behind(
    conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    fsql.load(conn, hand_built())
    before = table_counts(conn)
    original = fsql._load_section
    calls = 0

    def failing(*args: object, **kwargs: object) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise RuntimeError("boom")
        original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(fsql, "_load_section", failing)
    with pytest.raises(RuntimeError):
        fsql.load(conn, hand_built())  # the same path: the delete of the old rows is rolled back too
    with pytest.raises(RuntimeError):
        calls = 0
        fsql.load(conn, hand_built(sha="c" * 64))
    assert not conn.in_transaction
    assert table_counts(conn) == before


def test_load_inside_a_callers_transaction_nests(tmp_path: Path) -> None:
    c = sqlite3.connect(tmp_path / "y.db")  # default isolation level, not open_db's autocommit
    c.execute("PRAGMA foreign_keys = ON")
    c.executescript(fsql.DDL)
    c.execute("BEGIN")
    fsql.load(c, hand_built())
    assert c.in_transaction  # the caller's transaction is still open ...
    c.rollback()  # ... and rolling it back removes the record
    assert c.execute("SELECT COUNT(*) FROM sources").fetchone()[0] == 0
    fsql.load(c, hand_built())  # no open transaction: the load commits by itself
    assert not c.in_transaction
    c.rollback()
    assert table_counts(c) == expected_counts(hand_built())
    c.close()


def test_readme_query_honorees_of_a_year(conn: sqlite3.Connection) -> None:
    fsql.load(conn, hand_built())
    rows = conn.execute(HONOREES_OF_YEAR, {"year": 2008}).fetchall()
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("陈德平", "person", "罗湖区贝丽花园居民", "十大优秀书香家庭"),
        ("李莉", "person", None, "十大优秀书香家庭"),
        ("杨海燕", "person", "福田区居民", "十大优秀书香家庭"),
        ("泌阳县妇联", "organization", None, "先进集体"),
    ]
    assert conn.execute(HONOREES_OF_YEAR, {"year": 2006}).fetchall() == []


def test_readme_query_items_about_families(conn: sqlite3.Connection) -> None:
    fsql.load(conn, hand_built())
    rows = conn.execute(ITEMS_ABOUT_FAMILIES).fetchall()
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("1、推进平安家庭创建", "一、维护权益", 5),
        ("1、评选五好家庭", "（一）源头参与", 8),
        ("1、家庭教育讲座", "(1)第三层", 10),
    ]


def test_readme_query_documents_with_warnings(conn: sqlite3.Connection) -> None:
    fsql.load(conn, hand_built())
    rows = conn.execute(DOCUMENTS_WITH_WARNINGS).fetchall()
    assert [(r[1], r[2], r[3]) for r in rows] == [
        (1, "市妇联2006年工作意见", 1),
        (2, "关于表彰十大优秀书香家庭的决定", 2),
    ]
    assert set(rows[1][4].split(",")) == {"count_mismatch", "truncated"}


def _real_files() -> list[Path]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures").glob("*.txt"))
    if DEV.is_dir():
        files += sorted(DEV.glob("*.txt"))
    return files


def test_real_files_load_with_matching_counts(conn: sqlite3.Connection) -> None:
    """Holds for any correct parser: the tables hold exactly what the records hold."""
    expected = dict.fromkeys(TABLES, 0)
    for path in _real_files():
        record = fedextract.extract_file(path)
        for _ in range(2):  # the second load of a path replaces the first
            fsql.load(conn, record, path=str(path))
        for table, n in expected_counts(record).items():
            expected[table] += n
    assert table_counts(conn) == expected
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    for query in (ITEMS_ABOUT_FAMILIES, DOCUMENTS_WITH_WARNINGS):
        conn.execute(query).fetchall()
    conn.execute(HONOREES_OF_YEAR, {"year": 2008}).fetchall()


def test_command_loads_text_and_jsonl_skipping_failures(tmp_path: Path) -> None:
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    jsonl = tmp_path / "records.jsonl"
    lines = [hand_built().to_json(), json.dumps({"source": {"path": "bad.txt"}, "error": "boom"}).encode()]
    jsonl.write_bytes(b"\n".join(lines) + b"\n")
    db = tmp_path / "out.db"
    assert fsql.main([str(db), str(seed), str(jsonl), str(seed)]) == 0
    c = sqlite3.connect(db)
    names = sorted(r[0] for r in c.execute("SELECT name FROM sources"))
    assert names == sorted(["hand.txt", seed.name])
    c.close()


def _rows(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    out = {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables if t != "sources"}
    out["sources"] = conn.execute("SELECT id, name, path, sha256, encoding, lines, schema_version FROM sources").fetchall()
    return out


def test_a_record_dict_loads_the_same_rows_as_the_objects(tmp_path: Path) -> None:
    data = (Path(__file__).resolve().parent.parent / "seeds" / "000_f01345817728b86f.txt").read_bytes()
    loaded = []
    for n, record in enumerate([fedextract.extract_bytes(data, name="s.txt"), fedextract.extract_record(data, name="s.txt")]):
        c = fsql.open_db(str(tmp_path / f"{n}.db"))
        fsql.load(c, record, path="s.txt")
        loaded.append(_rows(c))
        c.close()
    assert loaded[0] == loaded[1] and len(loaded[0]["honorees"]) > 10
