"""Output text is the input's text: matching runs on a folded key (traditional → simplified,
full-width → ASCII), but every name, affiliation, title, issuer and honour comes out as the page
writes it.  Checked on every fixture as written and converted to traditional script (opencc's
s2t), so that a value taken from the key instead of the text shows as a simplified string."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import opencc
import pytest

import fedextract

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(p.stem for p in FIXTURES.glob("*.txt"))
_S2T = opencc.OpenCC("s2t").convert


def _values(doc: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(field, text) of every value taken from the page as one piece (award titles may be put
    together from two places of a sentence, and notes from table cells: not these)."""
    yield "title", doc.get("title") or ""
    for issuer in doc.get("issuers") or []:
        yield "issuers", issuer
    for a in doc.get("awards") or []:
        yield from (("awards.named", n) for n in a["named"])
    for lst in doc.get("award_lists") or []:
        yield "award_lists.title", lst["title"]
        yield "award_lists.award", lst.get("award") or ""
        for h in lst["honorees"]:
            yield "honorees.name", h["name"]
            yield "honorees.affiliation", h.get("affiliation") or ""
            yield "honorees.region", h.get("region") or ""


def _squashed(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("script", ["as written", "traditional"])
@pytest.mark.parametrize("name", CASES)
def test_every_value_is_text_of_the_page(name: str, script: str) -> None:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    if script == "traditional":
        text = _S2T(text)
    page = _squashed(text)
    record = fedextract.extract(text, name=f"{name}.txt").model_dump(mode="json")
    missing = [(f, v) for doc in record["documents"] for f, v in _values(doc) if _squashed(v) not in page]
    assert not missing
