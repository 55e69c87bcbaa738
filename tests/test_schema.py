"""The committed JSON Schema is exactly what the models generate, and real output validates."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from pydantic_core import ValidationError

import fedextract
from fedextract import record, schema
from fedextract.pipeline import build_tree
from fedextract.record import SCHEMA_PATH as RECORD_SCHEMA_PATH
from tests.conftest import ENCODING_FIXTURES, ROOT, SEED

FIXTURES = ROOT / "tests" / "fixtures"

COMMITTED = ROOT / "schemas" / "fedextract.schema.json"
REGENERATE = "python -m fedextract.schema"


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    committed = json.loads(COMMITTED.read_text("utf-8"))
    Draft202012Validator.check_schema(committed)
    return Draft202012Validator(committed)


def test_committed_schema_is_up_to_date() -> None:
    assert COMMITTED.read_text("utf-8") == schema.dumps(), f"models changed: run `{REGENERATE}` and commit"


def test_schema_header() -> None:
    s = schema.json_schema()
    assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert s["$id"] and s["title"]
    assert s["properties"]["schema_version"]["const"] == "1"
    assert schema.dumps().endswith("}\n") and schema.dumps() == schema.dumps()


def test_write_and_module_entry_point(tmp_path: Path) -> None:
    target = tmp_path / "s.json"
    assert schema.write(target) == target and target.read_text("utf-8") == schema.dumps()
    again = tmp_path / "again.json"
    subprocess.run([sys.executable, "-m", "fedextract.schema", str(again)], check=True, cwd=ROOT,
                   capture_output=True)
    assert again.read_bytes() == target.read_bytes()


def test_seed_output_validates(validator: Draft202012Validator) -> None:
    record = json.loads(fedextract.extract_file(SEED).to_json())
    assert record["schema_version"] == "1" and "source" in record
    errors = sorted(validator.iter_errors(record), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


@pytest.mark.parametrize("name", ["decision_traditional.txt", "plan_traditional.txt"])
def test_fixture_output_validates(validator: Draft202012Validator, name: str) -> None:
    record = json.loads(fedextract.extract_file(ENCODING_FIXTURES / name).to_json())
    validator.validate(record)


def test_schema_rejects_unknown_fields(validator: Draft202012Validator) -> None:
    record = json.loads(fedextract.extract_file(SEED).to_json())
    record["surprise"] = 1
    assert not validator.is_valid(record)


def test_committed_record_schema_is_up_to_date() -> None:
    committed = RECORD_SCHEMA_PATH.read_text("utf-8")
    assert committed == schema.dumps_record_schema(), f"models changed: run `{REGENERATE}` and commit"


def test_record_schema_has_no_run_specific_refs() -> None:
    text = schema.dumps_record_schema()
    assert "fedextract.models" not in text and '"cls"' not in text


@pytest.mark.parametrize("path", [SEED, ENCODING_FIXTURES / "decision_traditional.txt", *sorted(FIXTURES.glob("*.txt"))],
                         ids=lambda p: p.name)
def test_record_path_gives_the_models_json(path: Path) -> None:
    data = path.read_bytes()
    assert record.dumps(fedextract.extract_record(data, name=path.name)) == fedextract.extract_bytes(
        data, name=path.name).to_json()


def test_record_validation_rejects_what_the_models_reject() -> None:
    tree = build_tree(SEED.read_text("utf-8"))
    bad_kind = copy.deepcopy(tree)
    bad_kind["documents"][0]["warnings"].append({"code": "no_such_code", "line": 1, "message": ""})
    extra = copy.deepcopy(tree)
    extra["documents"][0]["surprise"] = 1
    bad_date = copy.deepcopy(tree)
    bad_date["documents"][0]["date"] = "2019/1/1"
    for broken in (bad_kind, extra, bad_date):
        with pytest.raises(ValidationError):
            record.validate(broken)
        with pytest.raises(ValidationError):
            fedextract.Extraction.model_validate(broken)


def test_every_property_of_the_schema_has_a_description() -> None:
    import json

    from fedextract.schema import json_schema

    schema = json.loads(json.dumps(json_schema()))
    objects = [schema, *schema.get("$defs", {}).values()]
    missing = [f"{o.get('title')}.{name}" for o in objects for name, prop in o.get("properties", {}).items()
               if not prop.get("description")]
    assert missing == []


def test_committed_line_schema_is_up_to_date() -> None:
    from fedextract.schema import LINE_PATH, dumps_line_schema

    assert LINE_PATH.read_text(encoding="utf-8") == dumps_line_schema()


def test_every_line_of_a_batch_with_a_bad_file_validates(tmp_path: Path) -> None:
    import json

    from fedextract.schema import line_schema
    from tests.conftest import SEED, run_module

    (tmp_path / "good.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 40)
    res = run_module(tmp_path, "--jobs", "1")
    lines = [json.loads(line) for line in res.out.splitlines()]
    assert res.code == 1 and len(lines) == 3 and sum("error" in line for line in lines) == 2
    validator = Draft202012Validator(line_schema())
    for line in lines:
        validator.validate(line)
    import jsonschema

    with pytest.raises(jsonschema.ValidationError):
        validator.validate({"schema_version": "1", "source": {"name": "x", "path": "x"}, "error": "e", "extra": 1})
