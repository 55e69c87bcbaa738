"""Data-driven end-to-end cases: ``fixtures/NAME.txt`` parsed must contain ``fixtures/NAME.json``.

Each expected file is a partial record (only the fields it names are compared; lists compare
element-wise and must have the same length).  The inputs are written for these tests and show
the patterns real documents have: compilations, masked years, pager debris, flattened tables,
glued names, categories with counts, padded names, traditional characters, page furniture.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import fedextract
from tests.helpers import assert_nothing_lost, assert_subset

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(p.stem for p in FIXTURES.glob("*.json") if p.with_suffix(".txt").exists())


@pytest.mark.parametrize("name", CASES)
def test_fixture(name: str) -> None:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    record = fedextract.extract(text, name=f"{name}.txt")
    assert_subset(expected, record.model_dump(mode="json"))
    assert_nothing_lost(text, record)


def test_there_are_fixtures() -> None:
    assert len(CASES) >= 6
