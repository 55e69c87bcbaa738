"""The JSON Schema of the output, generated from the pydantic models (never edited by hand).

``python -m fedextract.schema [PATH]`` regenerates ``schemas/fedextract.schema.json``;
``tests/test_schema.py`` fails when the committed file differs from what the models give.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from .models import SCHEMA_VERSION, Extraction

DRAFT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = f"urn:fedextract:schema:{SCHEMA_VERSION}"
DEFAULT_PATH = Path(__file__).resolve().parent.parent / "schemas" / "fedextract.schema.json"


def json_schema() -> dict[str, Any]:
    """The schema of one output record (the SPEC top-level object), draft 2020-12."""
    schema = Extraction.model_json_schema(mode="serialization")
    schema["$schema"] = DRAFT
    schema["$id"] = SCHEMA_ID
    schema["title"] = f"fedextract output, schema_version {SCHEMA_VERSION}"
    return schema


def dumps() -> str:
    """The schema as committed: pretty, sorted keys, trailing newline, byte-for-byte stable."""
    return json.dumps(json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write(path: str | Path = DEFAULT_PATH) -> Path:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(dumps(), encoding="utf-8", newline="\n")
    return target


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    print(write(args[0]) if args else write())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
