"""The pipeline (placeholder while the stages land)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .models import Extraction, Source, UnparsedLine
from .normalize import decode, make_lines, split_lines


def extract(text: str, *, name: str | None = None, encoding: str = "utf-8", sha256: str | None = None) -> Extraction:
    raw = split_lines(text)
    lines, _ = make_lines(raw)
    digest = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Extraction(
        source=Source(name=name, sha256=digest, encoding=encoding, lines=len(raw)),
        unparsed=[UnparsedLine(line=ln.number, text=ln.text) for ln in lines if ln.text],
    )


def extract_bytes(data: bytes, *, name: str | None = None) -> Extraction:
    text, encoding = decode(data)
    return extract(text, name=name, encoding=encoding, sha256=hashlib.sha256(data).hexdigest())


def extract_file(path: str | Path) -> Extraction:
    p = Path(path)
    return extract_bytes(p.read_bytes(), name=p.name)
