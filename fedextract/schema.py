"""Schemas generated from the pydantic models (never edited by hand).

``python -m fedextract.schema [PATH]`` regenerates ``schemas/fedextract.schema.json`` (the
JSON Schema of the output), ``schemas/fedextract.line.schema.json`` (one line of a batch's JSON
Lines: a record or an error line) and ``fedextract/record_schema.json`` (the models' core schema as
typed dicts, which :mod:`fedextract.record` validates with); ``tests/test_schema.py`` fails
when either committed file differs from what the models give.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from .models import SCHEMA_VERSION, Extraction
from .record import SCHEMA_PATH as RECORD_SCHEMA_PATH

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


LINE_PATH = Path(__file__).resolve().parent.parent / "schemas" / "fedextract.line.schema.json"


def line_schema() -> dict[str, Any]:
    """The schema of one line of a batch's JSON Lines: a record, or the error line of an input
    that failed (``{"schema_version", "source": {"name", "path"}, "error"}``)."""
    record = json_schema()
    defs = record.pop("$defs", {})
    for drop in ("$schema", "$id"):
        record.pop(drop, None)
    error = {
        "title": "Error line",
        "description": "An input that could not be read or parsed; the batch went on.",
        "type": "object",
        "additionalProperties": False,
        "required": ["schema_version", "source", "error"],
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION, "description": "As in a record."},
            "source": {
                "type": "object", "additionalProperties": False, "required": ["name", "path"],
                "description": "The input that failed.",
                "properties": {
                    "name": {"type": ["string", "null"], "description": "Its file name (null for standard input)."},
                    "path": {"type": "string", "description": "Its path as given or found."},
                },
            },
            "error": {"type": "string", "description": "One line saying what went wrong."},
        },
    }
    return {"$schema": DRAFT, "$id": f"{SCHEMA_ID}:line", "title": f"fedextract JSON Lines, schema_version {SCHEMA_VERSION}",
            "oneOf": [record, error], "$defs": defs}


def dumps_line_schema() -> str:
    return json.dumps(line_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def dumps() -> str:
    """The schema as committed: pretty, sorted keys, trailing newline, byte-for-byte stable."""
    return json.dumps(json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def record_schema() -> dict[str, Any]:
    """The core schema of :class:`Extraction` with each model as a typed dict (same fields,
    order, defaults and checks; ``extra`` forbidden), JSON-serialisable, stable refs."""
    converted: dict[str, Any] = _as_typed_dicts(Extraction.__pydantic_core_schema__)
    return converted


def _as_typed_dicts(schema: Any) -> Any:
    if isinstance(schema, list):
        return [_as_typed_dicts(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    kind = schema.get("type")
    if kind == "model":
        fields = {
            name: {
                "type": "typed-dict-field",
                "schema": _as_typed_dicts(f["schema"]),
                "required": f["schema"]["type"] != "default",
            }
            for name, f in schema["schema"]["fields"].items()
        }
        out: dict[str, Any] = {"type": "typed-dict", "fields": fields, "extra_behavior": "forbid"}
        if "ref" in schema:
            out["ref"] = _ref_name(schema["ref"])
        return out
    out = {}
    for k, v in schema.items():
        if k in ("metadata", "serialization", "default_factory_takes_data"):
            continue
        if k == "default_factory":
            if v is not list:
                raise TypeError(f"cannot write default_factory {v!r} as JSON")
            out["default"] = []  # pydantic_core copies an unhashable default per use
        elif k in ("ref", "schema_ref"):
            out[k] = _ref_name(v)
        else:
            out[k] = _as_typed_dicts(v)
    return out


def _ref_name(ref: str) -> str:
    """``fedextract.models.Section:94299208768656`` → ``Section`` (the id part changes per run)."""
    return ref.split(":", 1)[0].rsplit(".", 1)[-1]


def dumps_record_schema() -> str:
    return json.dumps(record_schema(), indent=1, ensure_ascii=False) + "\n"  # field order matters: unsorted


def write(path: str | Path = DEFAULT_PATH) -> Path:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(dumps(), encoding="utf-8", newline="\n")
    return target


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    print(write(args[0]) if args else write())
    RECORD_SCHEMA_PATH.write_text(dumps_record_schema(), encoding="utf-8", newline="\n")
    print(RECORD_SCHEMA_PATH)
    LINE_PATH.write_text(dumps_line_schema(), encoding="utf-8", newline="\n")
    print(LINE_PATH)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
