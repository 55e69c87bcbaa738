"""Flat rows of a record: keys, counts and nesting, on made-up documents."""

from __future__ import annotations

import fedextract
from fedextract.rows import TABLES, table_rows


def test_sections_items_and_their_dotted_keys() -> None:
    record = fedextract.extract_record("市妇联2010年工作要点\n一、甲。\n（一）乙。\n1、丙。\n2、丁。\n二、戊。\n1、己。\n".encode(),
                                       name="p.txt", path="in/p.txt")
    rows = table_rows(record)
    assert [(r["section"], r["parent"], r["level"]) for r in rows["sections"]] == [
        ("1", None, 1), ("1.1", "1", 2), ("2", None, 1)]
    assert [(r["section"], r["position"], r["title"]) for r in rows["items"]] == [
        ("1.1", 1, "丙"), ("1.1", 2, "丁"), ("2", 1, "己")]
    (doc,) = rows["documents"]
    assert (doc["source_path"], doc["position"], doc["sections"], doc["items"]) == ("in/p.txt", 1, 3, 3)
    assert all(r["source_path"] == "in/p.txt" and r["document"] == 1 for t in ("sections", "items") for r in rows[t])


def test_honorees_are_keyed_by_their_list() -> None:
    text = "关于表彰先进集体和先进个人的决定\n各县妇联:\n决定授予以下集体和个人荣誉称号。\n先进集体名单\n城关镇妇联\n南湖街道妇联\n先进个人名单\n张小红\n李明\n"
    rows = table_rows(fedextract.extract_record(text.encode(), name="d.txt"))
    assert rows["documents"][0]["source_path"] == "d.txt"  # no path: the name
    keys = [(r["award_list"], r["position"]) for r in rows["honorees"]]
    assert keys == sorted(keys) and len(set(keys)) == len(keys) > 0
    lists = {r["position"]: r["honorees"] for r in rows["award_lists"]}
    assert all(sum(1 for r in rows["honorees"] if r["award_list"] == k) == n for k, n in lists.items())
    assert rows["documents"][0]["honorees"] == len(rows["honorees"])


def test_an_error_record_has_no_rows() -> None:
    assert table_rows({"source": {"path": "x"}, "error": "boom"}) == {name: [] for name in TABLES}
