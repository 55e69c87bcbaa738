"""One document, many byte forms: every supported encoding and line ending gives the same
``documents`` and ``unparsed``, and ``source.encoding`` names the codec that was used."""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable
from pathlib import Path

import pytest

import fedextract
from tests.conftest import ENCODING_FIXTURES, SEED, Cli

Encoder = Callable[[str], bytes]

# name → (encoder, codec that source.encoding must name)
FORMS: dict[str, tuple[Encoder, str]] = {
    "utf-8": (lambda t: t.encode("utf-8"), "utf-8"),
    "utf-8-bom": (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8"),
    "gb18030": (lambda t: t.encode("gb18030"), "gb18030"),
    "big5": (lambda t: t.encode("big5"), "big5"),
    "utf-16": (lambda t: t.encode("utf-16"), "utf-16"),
    "utf-16-le-bom": (lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), "utf-16"),
    "utf-16-be-bom": (lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16"),
    "crlf": (lambda t: t.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    "cr": (lambda t: t.replace("\n", "\r").encode("utf-8"), "utf-8"),
    "big5-crlf": (lambda t: t.replace("\n", "\r\n").encode("big5"), "big5"),
    "gb18030-cr": (lambda t: t.replace("\n", "\r").encode("gb18030"), "gb18030"),
}
TRADITIONAL = ["decision_traditional.txt", "plan_traditional.txt"]


def _same_codec(reported: str, expected: str) -> bool:
    name = codecs.lookup(reported).name
    return name == codecs.lookup(expected).name or (expected == "utf-8" and name == "utf-8-sig")


def _content(record: fedextract.Extraction) -> dict[str, object]:
    dump = record.model_dump(mode="json")
    source = dump.pop("source")
    assert isinstance(source, dict)
    return dump


def _cases() -> list[tuple[str, str]]:
    cases = [(name, form) for name in TRADITIONAL for form in FORMS]
    cases += [(SEED.name, form) for form in FORMS if "big5" not in form]  # simplified: not Big5-encodable
    return cases


def _text(name: str) -> str:
    path = SEED if name == SEED.name else ENCODING_FIXTURES / name
    return path.read_text("utf-8")


@pytest.mark.parametrize(("name", "form"), _cases())
def test_same_record_in_every_encoding(name: str, form: str) -> None:
    text = _text(name)
    reference = fedextract.extract_bytes(text.encode("utf-8"), name=name)
    encode, codec = FORMS[form]
    record = fedextract.extract_bytes(encode(text), name=name)
    assert _content(record) == _content(reference)
    assert _same_codec(record.source.encoding, codec), record.source.encoding
    assert record.source.lines == reference.source.lines


@pytest.mark.parametrize("form", ["big5", "utf-16", "gb18030", "crlf"])
def test_cli_reports_the_encoding(cli: Cli, tmp_path: Path, form: str) -> None:
    encode, codec = FORMS[form]
    path = tmp_path / "doc.txt"
    path.write_bytes(encode(_text("decision_traditional.txt")))
    res = cli(path)
    assert res.code == 0
    assert _same_codec(json.loads(res.out)["source"]["encoding"], codec)


def test_fixtures_are_representable_in_big5() -> None:
    for name in TRADITIONAL:
        text = _text(name)
        assert text.encode("big5").decode("big5") == text
        assert "關於表彰" in text or "工作要點" in text
