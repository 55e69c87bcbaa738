"""The surname table: built from faker's and jionlp's data by ``scripts/build_surnames.py``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from fedextract import names

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "fedextract" / "data" / "surnames.txt"


def _script():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_surnames  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    return build_surnames


def _shipped() -> set[str]:
    return {line for line in TABLE.read_text("utf-8").split("\n") if line and not line.startswith("#")}


@pytest.mark.skipif(importlib.util.find_spec("faker") is None or importlib.util.find_spec("jionlp") is None,
                    reason="faker and jionlp (pip install --no-deps jionlp) rebuild the table")
def test_the_shipped_table_is_the_scripts_output() -> None:
    assert TABLE.read_text("utf-8") == _script().build()


@pytest.mark.skipif(importlib.util.find_spec("faker") is None, reason="faker not installed")
def test_every_faker_surname_is_in_the_table() -> None:
    """The part of the check that needs faker only (the test extra installs it)."""
    assert set(_script().faker_surnames()) <= _shipped()


def test_the_table_is_what_names_uses() -> None:
    shipped = _shipped()
    assert names.SURNAMES | names.COMPOUND_SURNAMES == shipped
    assert len(names.SURNAMES) > 400 and len(names.COMPOUND_SURNAMES) > 50
    assert TABLE.read_text("utf-8").startswith("# ") and "faker" in TABLE.read_text("utf-8")


def test_made_up_names_and_words() -> None:
    for name in ("王小明", "欧阳春花", "付红", "肖玲", "张简美", "陳美玲"):  # 陳: traditional, folded
        assert names.has_surname(name), name
    for word in ("全国五一巾帼标兵", "文昌市"):
        assert not names.is_person_name(word), word
